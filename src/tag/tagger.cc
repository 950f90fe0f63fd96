// Part-of-speech tagging with a bigram hidden Markov model.
//
// Each sentence is decoded with Viterbi over tag candidates: the best tag
// sequence maximises sum(log P(t_i | t_i-1) + log P(w_i | t_i)). Emissions are
// stored as log P(t|w) - log P(t), which differs from log P(w|t) only by
// log P(w), the same for every tag of one token, so the decoded path is the
// same while known words, suffix guesses and class guesses share one scale
// (see tools/data/compile_tagger.cc, which builds the model).
//
// Only the tags a word can take are candidates, so a sentence of n tokens
// with k candidates each costs n * k^2 additions (k is 1-3 for most words)
// instead of n * 47^2. Unknown words are guessed from the longest suffix the
// model knows, for their shape class (lower-case, capitalised, hyphenated,
// with digits), which is where most tagging errors come from in news text
// full of unseen names; when WordNet lists an unknown lower-case word, the
// readings it cannot have are discounted. Capitalised words at the start of a
// sentence, after an opening quote or bracket, and in title-case headlines are
// also looked up in lower case, because there capitals say nothing about being
// a name.
//
// The model is one file mapped read-only (read into memory when it cannot be
// mapped, e.g. from a pipe): mapping skips copying ~6 MB out of the page
// cache at start-up. Its sections are used in place and only the hash
// indices are built at load time. Tag() is const: its scratch
// arrays are thread_local and keep their capacity, so decoding allocates
// nothing per token once a thread has seen its longest sentence.
#include "tag/tagger.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "tag/lexicon.h"
#include "tag/tagger_model.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using namespace tagmodel;

constexpr int N = static_cast<int>(kNumTags);
constexpr size_t kMaxWord = 64;  // longer tokens are not looked up
constexpr int kMaxCandidates = 12;
constexpr float kPruneLog = -6.9f;  // drop candidates 1000x below the best

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
inline char ToLower(char c) {
  return IsUpper(c) ? static_cast<char>(c + 32) : c;
}

// "12", "1,000", "17.5", "2011-12", "3/4", "10:30", "-5", "50%".
bool IsNumber(std::string_view w) {
  size_t i = 0;
  if (i < w.size() && (w[i] == '-' || w[i] == '+')) ++i;
  if (i >= w.size() || !IsDigit(w[i])) return false;
  for (; i < w.size(); ++i) {
    char c = w[i];
    if (!IsDigit(c) && c != ',' && c != '.' && c != '-' && c != '/' &&
        c != ':' && !(c == '%' && i + 1 == w.size()))
      return false;
  }
  return true;
}

// The text of span sp of text, or "" when an upstream bug left the span
// outside it (Document::TokenText would throw).
std::string_view SpanText(std::string_view text, Span sp) {
  if (sp.begin > sp.end || sp.end > text.size()) return {};
  return std::string_view(text.data() + sp.begin, sp.end - sp.begin);
}

std::string_view SafeText(const Document& doc, uint32_t i) {
  return SpanText(doc.text, doc.tokens[i].span);
}

// A '"' token opens a quote when it stands after a space, a bracket or the
// start of the text.
bool OpensQuote(const Document& doc, uint32_t i) {
  uint32_t b = doc.tokens[i].span.begin;
  if (b == 0 || b > doc.text.size()) return true;
  char prev = doc.text[b - 1];
  return prev == ' ' || prev == '\n' || prev == '\t' || prev == '\r' ||
         prev == '(' || prev == '[';
}

// "(", "[", ":", "``", "--" or "-": after these a capital opens a clause.
// Compared byte by byte: short tokens (",", "of", "to") come before about a
// third of all tokens, and a list of words cost a comparison per entry.
bool IsOpener(std::string_view w) {
  if (w.size() == 1)
    return w[0] == '(' || w[0] == '[' || w[0] == ':' || w[0] == '-';
  return w.size() == 2 && w[0] == w[1] && (w[0] == '`' || w[0] == '-');
}

// Words a title-case headline leaves in lower case.
bool IsTitleCaseFunctionWord(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{"and", "the", "for", "with", "from", "but",  "nor",
                                       "via", "per", "into", "onto", "over", "amid", "as",
                                       "at",  "by",  "in",  "of",   "on",   "or",   "to",
                                       "up",  "vs",  "off", "out"};
  return kWords.Contains(w);
}

bool IsNounTag(int t) {
  return t == static_cast<int>(Tag::NN) || t == static_cast<int>(Tag::NNS) ||
         t == static_cast<int>(Tag::NNP) || t == static_cast<int>(Tag::NNPS);
}

// Open-class tags that WordNet can vouch for (see WordNetTags).
constexpr uint64_t kMaskable = [] {
  uint64_t m = 0;
  for (Tag t : {Tag::NN, Tag::NNS, Tag::VB, Tag::VBP, Tag::VBD, Tag::VBN,
                Tag::VBG, Tag::VBZ, Tag::JJ, Tag::JJR, Tag::JJS})
    m |= uint64_t{1} << static_cast<int>(t);
  return m;
}();

// A tag a token may take. Viterbi scores and back pointers are kept apart
// (see Scratch), so that a token's candidates can be read where the word
// cache holds them instead of being copied for every occurrence.
struct Candidate {
  uint8_t tag;
  float emit;
};

// Lemmas of up to kPaddedLemma bytes are copied as that many bytes, which
// the compiler inlines as two moves, and then cut to length: a copy of the
// actual length was a library call per token. The string is first sized by
// filling it, which needs none of the checks for an overlapping source that
// assign(data, size) makes. libstdc++ keeps strings of up to 15 bytes in
// the string itself, so no step allocates.
constexpr size_t kPaddedLemma = 15;

// Sets *out to `lemma`, which must have kPaddedLemma readable bytes from its
// start whatever its length.
inline void AssignPaddedLemma(std::string_view lemma, std::string* out) {
  if (lemma.size() <= kPaddedLemma) {
    out->assign(kPaddedLemma, '\0');
    std::memcpy(out->data(), lemma.data(), kPaddedLemma);
    out->resize(lemma.size());
  } else {
    out->assign(lemma);
  }
}

// A word's candidate tags and lemmas, remembered per thread. News text
// repeats a small vocabulary, and computing them again costs several probes
// of the multi-megabyte model tables per token (capitalisation variants,
// suffix guesses, WordNet base forms), each likely a cache miss; the cache
// is small enough to stay in L2. The candidates depend only on the word and
// the three context flags that AddCandidates takes, and a lemma only on the
// word and its tag, so a hit gives exactly what computing would.
class WordCache {
 public:
  static constexpr uint32_t kMaxEntries = 1u << 15;
  static constexpr uint32_t kNoLemma = 0xFFFFFFFFu;
  // Each (word, flags) is one record in records_, at the entry id's byte
  // offset: this Entry, the word, the word lower-cased, then the
  // candidates. A hit reads one or two adjacent cache lines; with entries,
  // words and candidates in three arrays it was three misses per token.
  struct Entry {
    // Bit t: the lemma for tag t is the word lower-cased; most lemmas are,
    // and need no list walk.
    uint64_t lower_tags;
    // lexical::LoadHead of the word: for words of up to eight bytes a probe
    // compares this, not the key's bytes.
    uint64_t head;
    uint32_t lemma;  // head of this word's other lemmas, or kNoLemma
    uint16_t key_len;
    uint8_t flags;
    uint8_t num_cands;
  };
  static_assert(kNumTags <= 64, "lower_tags has one bit per tag");
  struct Lemma {
    uint32_t off;
    uint16_t len;
    uint8_t tag;
    uint32_t next;
  };

  // Forgets everything when the cache belongs to another model or when
  // `room` more entries might not fit; entry ids stay valid until the next
  // call.
  void Prepare(uint64_t owner, uint32_t room) {
    if (owner == owner_ && count_ + room <= kMaxEntries) return;
    owner_ = owner;
    slots_.assign(kSlotMask + 1, Slot{});
    records_.clear();
    // Room for a full cache of typical records (an Entry, two copies of a
    // short word and a few candidates) from the start: growing by doubling
    // copied all records made so far each time. The capacity survives
    // clear(), and pages not written are never touched.
    records_.reserve(size_t{kMaxEntries} * kTypicalRecord);
    count_ = 0;
    lemmas_.clear();
    lemma_chars_.clear();
  }
  // h is KeyHash(w, head): the probe starts from the word alone, so that it
  // can
  // be prefetched before the flags are known.
  void Prefetch(uint64_t h) const {
    __builtin_prefetch(&slots_[h & kSlotMask]);
  }
  // The entry of (w, flags), or kNone.
  uint32_t Find(std::string_view w, uint64_t head, uint8_t flags,
                uint64_t h) const {
    uint32_t tag = Tag(h, flags);
    for (size_t i = h & kSlotMask;; i = (i + 1) & kSlotMask) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return kNone;
      if (s.tag != tag) continue;
      const Entry& e = entry(s.entry);
      if (e.head == head && e.flags == flags && e.key_len == w.size() &&
          (w.size() <= 8 ||
           lexical::SameBytes(Key(s.entry), w.data(), w.size())))
        return s.entry;
    }
  }
  uint32_t Insert(std::string_view w, uint64_t head, uint8_t flags, uint64_t h,
                  const Candidate* c, size_t n) {
    uint32_t id = static_cast<uint32_t>(
        records_.empty() ? 0 : records_.size() - kPaddedLemma);
    size_t cand_at = CandOffset(w.size());
    records_.resize(id + ((cand_at + n * sizeof(Candidate) + 7) & ~size_t{7}) +
                    kPaddedLemma);
    std::byte* r = records_.data() + id;
    new (r) Entry{0,        head,
                  kNoLemma, static_cast<uint16_t>(w.size()),
                  flags,    static_cast<uint8_t>(n)};
    char* key = reinterpret_cast<char*>(r + sizeof(Entry));
    std::memcpy(key, w.data(), w.size());
    lexical::LowerAscii(w.data(), w.size(), key + w.size());
    for (size_t k = 0; k < n; ++k)
      new (r + cand_at + k * sizeof(Candidate)) Candidate(c[k]);
    ++count_;
    size_t i = h & kSlotMask;
    while (slots_[i].tag != 0) i = (i + 1) & kSlotMask;
    slots_[i] = Slot{Tag(h, flags), id};
    return id;
  }
  // Where records are: cands() pointers stay valid while this does not
  // change.
  const std::byte* records() const { return records_.data(); }
  const Entry& entry(uint32_t id) const {
    return *reinterpret_cast<const Entry*>(records_.data() + id);
  }
  const Candidate* cands(uint32_t id) const {
    return reinterpret_cast<const Candidate*>(records_.data() + id +
                                              CandOffset(entry(id).key_len));
  }
  // The cached lemma of entry `id` for `tag`, with kPaddedLemma bytes
  // readable from its start (see AssignPaddedLemma); false when not cached
  // yet.
  bool FindLemma(uint32_t id, uint8_t tag, std::string_view* lemma) const {
    const Entry& e = entry(id);
    if ((e.lower_tags >> tag) & 1) {
      *lemma = Lower(id);
      return true;
    }
    for (uint32_t l = e.lemma; l != kNoLemma; l = lemmas_[l].next) {
      if (lemmas_[l].tag == tag) {
        *lemma = std::string_view(lemma_chars_.data() + lemmas_[l].off,
                                  lemmas_[l].len);
        return true;
      }
    }
    return false;
  }
  void AddLemma(uint32_t id, uint8_t tag, std::string_view lemma) {
    Entry& e = *reinterpret_cast<Entry*>(records_.data() + id);
    if (lemma == Lower(id)) {
      e.lower_tags |= uint64_t{1} << tag;
      return;
    }
    Lemma l;
    // Like records_, lemma_chars_ ends in kPaddedLemma bytes of padding.
    if (!lemma_chars_.empty())
      lemma_chars_.resize(lemma_chars_.size() - kPaddedLemma);
    l.off = static_cast<uint32_t>(lemma_chars_.size());
    l.len = static_cast<uint16_t>(lemma.size());
    l.tag = tag;
    l.next = e.lemma;
    lemma_chars_.append(lemma);
    lemma_chars_.append(kPaddedLemma, '\0');
    e.lemma = static_cast<uint32_t>(lemmas_.size());
    lemmas_.push_back(l);
  }

 private:
  // Where a record's candidates start, after the Entry and two copies of a
  // key of `len` bytes.
  static size_t CandOffset(size_t len) {
    return (sizeof(Entry) + 2 * len + alignof(Candidate) - 1) &
           ~(alignof(Candidate) - 1);
  }
  const char* Key(uint32_t id) const {
    return reinterpret_cast<const char*>(records_.data() + id + sizeof(Entry));
  }
  std::string_view Lower(uint32_t id) const {
    size_t len = entry(id).key_len;
    return std::string_view(Key(id) + len, len);
  }
  struct Slot {
    uint32_t tag = 0;  // Tag(): never 0 when used
    uint32_t entry = 0;
  };
  static constexpr size_t kTypicalRecord = 64;  // bytes
  // Twice as many slots as entries; a constant mask spares every probe
  // reading the vector's size from thread-local storage.
  static constexpr size_t kSlotMask = 2 * kMaxEntries - 1;
  // Bits of the hash the slot index does not use, and the flags.
  static uint32_t Tag(uint64_t h, uint8_t flags) {
    return (static_cast<uint32_t>(h >> 32) & ~0xFu) | uint32_t{flags} << 1 | 1u;
  }
  uint64_t owner_ = 0;
  std::vector<Slot> slots_;
  // 8-byte aligned records, see Entry, then kPaddedLemma bytes of padding
  // so that every lowered word can be read as a padded lemma.
  std::vector<std::byte> records_;
  uint32_t count_ = 0;              // records in records_
  std::vector<Lemma> lemmas_;
  std::string lemma_chars_;
};

// The floor of every Viterbi score, below any real path.
constexpr float kNoPath = -1e30f;

// One Viterbi step: the best score into each of the m candidates `cur` from
// the kWays candidates of the token before (scores `in`), and the way in it
// came by. Instantiated per count of ways, so that the previous token's tags
// and scores stay in registers for all m candidates: a loop over a runtime
// count gathered a transition row per way through memory for every token.
// into is the transposed transition matrix, [tag * N + previous tag].
template <uint32_t kWays>
[[gnu::always_inline]] inline void ViterbiStep(const float* into,
                                               const Candidate* prev,
                                               const float* in,
                                               const Candidate* cur, uint32_t m,
                                               float* out, uint16_t* out_back) {
  uint32_t tags[kWays];
  float scores[kWays];
  for (uint32_t p = 0; p < kWays; ++p) {
    tags[p] = prev[p].tag;
    scores[p] = in[p];
  }
  for (uint32_t j = 0; j < m; ++j) {
    const float* col = into + cur[j].tag * N;
    float best = kNoPath;
    uint16_t arg = 0;
    for (uint32_t p = 0; p < kWays; ++p) {
      float v = scores[p] + col[tags[p]];
      if (v > best) best = v, arg = static_cast<uint16_t>(p);
    }
    out[j] = best + cur[j].emit;
    out_back[j] = arg;
  }
}

// ViterbiStep<ways>, for 1 <= ways <= kMaxCandidates. Inline, for a call
// per token cost about as much as a step into one candidate.
template <uint32_t kWays = 1>
[[gnu::always_inline]] inline void ViterbiStepFor(
    uint32_t ways, const float* into, const Candidate* prev, const float* in,
    const Candidate* cur, uint32_t m, float* out, uint16_t* out_back) {
  if constexpr (kWays < kMaxCandidates) {
    if (ways != kWays) {
      return ViterbiStepFor<kWays + 1>(ways, into, prev, in, cur, m, out,
                                       out_back);
    }
  }
  ViterbiStep<kWays>(into, prev, in, cur, m, out, out_back);
}

struct Scratch {
  // The candidates of tokens the word cache does not hold, and for a moment
  // those of a word about to be added to it.
  std::vector<Candidate> cands;
  // Per token of the sentence:
  std::vector<std::string_view> text;  // SafeText
  std::vector<uint64_t> head;          // lexical::LoadHead of its text
  std::vector<uint64_t> hash;          // KeyHash of its text
  std::vector<uint32_t> entry;         // its WordCache entry, or kNone
  std::vector<const Candidate*> cand;  // where its candidates are
  std::vector<uint8_t> count;          // how many candidates it has
  // The tokens the cache does not hold, and where theirs start in `cands`,
  // which may move until all are in.
  std::vector<std::pair<uint32_t, uint32_t>> uncached;
  // Per candidate of the sentence, tokens in order: the best path score, and
  // the index of the best previous candidate within its token.
  std::vector<float> score;
  std::vector<uint16_t> back;
  // An unknown word's pooled tag probabilities, and the tags whose
  // probability may be nonzero: a word gets a few of the N tags, and the
  // loops over probs visit only those.
  float probs[N];
  uint64_t touched = 0;
  WordCache words;

  void ClearProbs() {
    std::fill(probs, probs + N, 0.0f);
    touched = 0;
  }
  void AddProb(int tag, float p) {
    probs[tag] += p;
    touched |= uint64_t{1} << tag;
  }
};

// Calls f(t) for every tag t in `touched`, lowest first, while f returns
// true.
template <typename F>
void ForTouched(uint64_t touched, F f) {
  for (uint64_t m = touched; m != 0; m &= m - 1)
    if (!f(__builtin_ctzll(m))) return;
}

// Makes v hold at least n elements. The per-token scratch arrays are
// written before they are read, so they only grow: resizing them to each
// sentence's length zero-filled the tail whenever a sentence was longer than
// the one before.
template <typename T>
void GrowTo(std::vector<T>* v, size_t n) {
  if (v->size() < n) v->resize(n);
}

// Distinguishes tagger instances for the per-thread caches: a pointer could
// be reused by a later tagger with another model.
std::atomic<uint64_t> next_tagger_id{1};

class HmmTagger : public Tagger {
 public:
  ~HmmTagger() override {
    if (map_ != nullptr) ::munmap(map_, size_);
  }
  Status Init(const std::string& path);
  void Tag(Document* doc) const override;
  std::string Lemma(std::string_view word, dyad::Tag tag) const override;

 private:
  void TagSentence(Document* doc, const Sentence& s, Scratch* sc) const;
  // The lemmas of the n tokens TagSentence has just tagged.
  void SetLemmas(Token* tokens, uint32_t n, Scratch* sc) const;
  // initial: the token opens a sentence or quote; headline: the sentence is
  // in title case (then title_case) or all capitals (then shouting).
  void AddCandidates(const Document& doc, uint32_t i, bool initial,
                     bool title_case, bool shouting, Scratch* sc) const;
  // Adds P(t|key) * weight for every emission of key to sc->probs.
  void Accumulate(const LexKey* k, const Lexicon& lex, float weight,
                  Scratch* sc) const;
  // Longest known suffix of w for its class; never null once loaded.
  const LexKey* SuffixGuess(std::string_view w, char cls) const;
  // Bit set of the open-class tags WordNet allows for a lower-case word;
  // 0 when WordNet does not know it.
  uint64_t WordNetTags(std::string_view lw) const;
  void EmitFromProbs(Scratch* sc) const;
  void EmitFromKey(const LexKey* k, const Lexicon& lex, Scratch* sc) const;
  void EmitOne(dyad::Tag t, Scratch* sc) const;
  bool OnlyFunctionWord(const LexKey* k) const;
  size_t LemmaInto(std::string_view word, dyad::Tag tag, char* out) const;
  bool IsBase(char pos, std::string_view w) const;
  // The first `keep` bytes of w plus `add`, written to out when WordNet
  // lists it as a base form of `pos`; its length, else 0.
  size_t TryBase(char pos, const char* w, size_t keep, const char* add, char* out) const;
  bool Exception(char pos, std::string_view w, std::string_view* lemma) const;
  // *known is set when WordNet vouches for the lemma.
  size_t VerbLemma(const char* w, size_t n, char* out, bool* known) const;
  size_t NounLemma(const char* w, size_t n, char* out, bool* known) const;
  size_t AdjLemma(const char* w, size_t n, char* out, bool* known) const;

  const uint64_t id_ = next_tagger_id.fetch_add(1);
  void* map_ = nullptr;               // the file mapping, when mmap worked
  std::unique_ptr<uint32_t[]> data_;  // else the file read into memory
  size_t size_ = 0;
  const float* transitions_ = nullptr;
  // transitions_ transposed, [tag * N + previous tag]: see ViterbiStep.
  float into_[N * N];
  const float* log_prior_ = nullptr;
  Lexicon vocab_, suffix_, classes_;
  StringMap exceptions_, bases_;
};

Status HmmTagger::Init(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NotFound("tagger model not found: " + path);
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size < 0 || st.st_size > (1L << 30)) {
    ::close(fd);
    return DataLoss("tagger model unreadable: " + path);
  }
  size_ = static_cast<size_t>(st.st_size);
  const char* base = nullptr;
  void* m = size_ > 0 ? ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0)
                      : MAP_FAILED;
  if (m != MAP_FAILED) {
    map_ = m;
    base = static_cast<const char*>(m);
    ::close(fd);
  } else {
    data_.reset(new uint32_t[(size_ + 3) / 4 + 1]);
    size_t got = 0;
    char* p = reinterpret_cast<char*>(data_.get());
    while (got < size_) {
      ssize_t n = ::read(fd, p + got, size_ - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ::close(fd);
    if (got != size_) return DataLoss("tagger model truncated: " + path);
    base = p;
  }

  auto bad = [&](const std::string& why) {
    return DataLoss("tagger model " + path + " is corrupt: " + why);
  };
  if (size_ < sizeof(FileHeader)) return bad("shorter than its header");
  FileHeader h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof h.magic) != 0)
    return bad("bad magic");
  if (h.version != kVersion)
    return bad("format version " + std::to_string(h.version));
  if (h.num_tags != kNumTags) return bad("tag set differs from this build");
  if (h.file_size != size_) return bad("truncated or padded");
  if (h.num_sections > 64 ||
      sizeof(FileHeader) + h.num_sections * sizeof(SectionEntry) > size_)
    return bad("section table");
  if (Checksum(base + sizeof(FileHeader), size_ - sizeof(FileHeader)) !=
      h.checksum)
    return bad("checksum mismatch");

  bool have[8] = {};
  for (uint32_t s = 0; s < h.num_sections; ++s) {
    SectionEntry e;
    std::memcpy(&e, base + sizeof(FileHeader) + s * sizeof(SectionEntry),
                sizeof e);
    if (e.offset % 4 != 0 || e.offset > size_ || e.size > size_ - e.offset)
      return bad("section out of bounds");
    const char* p = base + e.offset;
    bool ok = true;
    switch (e.id) {
      case kTransitions:
        ok = e.size == sizeof(float) * N * N;
        transitions_ = reinterpret_cast<const float*>(p);
        break;
      case kPriors:
        ok = e.size == sizeof(float) * N;
        log_prior_ = reinterpret_cast<const float*>(p);
        break;
      case kVocab:
        ok = vocab_.Init(p, e.size, N);
        break;
      case kSuffix:
        ok = suffix_.Init(p, e.size, N);
        break;
      case kUnknownClasses:
        ok = classes_.Init(p, e.size, N);
        break;
      case kLemmaExceptions:
        ok = exceptions_.Init(p, e.size);
        break;
      case kBaseForms:
        ok = bases_.Init(p, e.size);
        break;
      default:
        break;  // unknown sections are skipped: later minor versions
    }
    if (!ok) return bad("section " + std::to_string(e.id));
    if (e.id < 8) have[e.id] = true;
  }
  for (uint32_t id = kTransitions; id <= kBaseForms; ++id)
    if (!have[id]) return bad("missing section " + std::to_string(id));
  for (int i = 0; i < N * N; ++i)
    if (!std::isfinite(transitions_[i])) return bad("transition not finite");
  for (int prev = 0; prev < N; ++prev)
    for (int tag = 0; tag < N; ++tag)
      into_[tag * N + prev] = transitions_[prev * N + tag];
  for (int i = 0; i < N; ++i)
    if (!std::isfinite(log_prior_[i])) return bad("prior not finite");
  // The unknown-word model needs its class roots.
  for (char c :
       {kClassLower, kClassCap, kClassHyphen, kClassDigit, kClassAcronym})
    if (!suffix_.Find(std::string_view(&c, 1)))
      return bad("suffix model roots");
  return Status::Ok();
}

void HmmTagger::EmitOne(dyad::Tag t, Scratch* sc) const {
  sc->cands.push_back({static_cast<uint8_t>(t), 0.0f});
}

bool HmmTagger::OnlyFunctionWord(const LexKey* k) const {
  for (uint32_t e = k->first; e < k->last; ++e) {
    switch (static_cast<dyad::Tag>(vocab_.emissions()[e].tag)) {
      case dyad::Tag::WP:
      case dyad::Tag::WDT:
      case dyad::Tag::WRB:
      case dyad::Tag::IN:
      case dyad::Tag::DT:
      case dyad::Tag::PRP:
      case dyad::Tag::PRP_S:
      case dyad::Tag::CC:
      case dyad::Tag::MD:
      case dyad::Tag::TO:
      case dyad::Tag::EX:
      case dyad::Tag::PDT:
      case dyad::Tag::RP:
      case dyad::Tag::VBZ:
        break;
      default:
        return false;
    }
  }
  return k->last > k->first;
}

void HmmTagger::EmitFromKey(const LexKey* k, const Lexicon& lex,
                            Scratch* sc) const {
  uint32_t last = std::min<uint32_t>(k->last, k->first + kMaxCandidates);
  for (uint32_t e = k->first; e < last; ++e) {
    const Emission& em = lex.emissions()[e];
    sc->cands.push_back({static_cast<uint8_t>(em.tag), em.score});
  }
}

void HmmTagger::Accumulate(const LexKey* k, const Lexicon& lex, float weight,
                           Scratch* sc) const {
  for (uint32_t e = k->first; e < k->last; ++e) {
    const Emission& em = lex.emissions()[e];
    sc->AddProb(em.tag, weight * std::exp(em.score + log_prior_[em.tag]));
  }
}

void HmmTagger::EmitFromProbs(Scratch* sc) const {
  float best = 0;
  ForTouched(sc->touched, [&](int t) {
    best = std::max(best, sc->probs[t]);
    return true;
  });
  if (best <= 0) {
    EmitOne(dyad::Tag::NN, sc);
    return;
  }
  int n = 0;
  ForTouched(sc->touched, [&](int t) {
    float p = sc->probs[t];
    if (p <= 0 || std::log(p / best) < kPruneLog) return true;
    sc->cands.push_back({static_cast<uint8_t>(t), std::log(p) - log_prior_[t]});
    return ++n < kMaxCandidates;
  });
}

const LexKey* HmmTagger::SuffixGuess(std::string_view w, char cls) const {
  char key[kMaxSuffix + 1];
  key[0] = cls;
  size_t k = std::min<size_t>(kMaxSuffix, w.size());
  for (;; --k) {
    std::memcpy(key + 1, w.data() + w.size() - k, k);
    if (const LexKey* hit = suffix_.Find(std::string_view(key, k + 1)))
      return hit;
    if (k == 0) return nullptr;
  }
}

void HmmTagger::AddCandidates(const Document& doc, uint32_t i, bool initial,
                              bool title_case, bool shouting,
                              Scratch* sc) const {
  std::string_view w = SafeText(doc, i);
  if (w.empty()) return EmitOne(dyad::Tag::SYM, sc);
  // ASCII double quotes after normalisation: the side they stand on decides.
  if (w == "\"") {
    return EmitOne(
        OpensQuote(doc, i) ? dyad::Tag::kOpenQuote : dyad::Tag::kCloseQuote,
        sc);
  }
  if (w.size() > kMaxWord)
    return EmitOne(IsNumber(w) ? dyad::Tag::CD : dyad::Tag::NN, sc);

  const LexKey* exact = vocab_.Find(w);
  // Latin-1 capitals in UTF-8 (U+00C0..U+00DE) count as capitals too.
  bool cap = IsUpper(w[0]) ||
             (static_cast<unsigned char>(w[0]) == 0xC3 && w.size() > 1 &&
              static_cast<unsigned char>(w[1]) >= 0x80 &&
              static_cast<unsigned char>(w[1]) <= 0x9E);
  bool all_caps = cap && w.size() > 1;
  for (size_t j = 1; j < w.size() && all_caps; ++j) all_caps = !IsLower(w[j]);

  char lower[kMaxWord];
  lexical::LowerAscii(w.data(), w.size(), lower);
  std::string_view lw(lower, w.size());

  // Whether the capitals may be an accident of position: sentence-initial
  // title-case words, or anything in an all-caps headline. Acronyms in
  // ordinary text ("US", "UN") stay as written.
  bool headline = shouting || (title_case && !initial);
  bool lowerable =
      shouting ? cap : (cap && (initial || title_case) && !all_caps);
  // "The WHO warned", "IS fighters": in ordinary text a word in capitals
  // that is otherwise only a function word is an acronym.
  if (exact && !lowerable && all_caps && !shouting && OnlyFunctionWord(exact))
    return EmitOne(dyad::Tag::NNP, sc);
  if (exact && !lowerable) return EmitFromKey(exact, vocab_, sc);
  sc->ClearProbs();
  if (lowerable) {
    // Capitals carry no information here: pool the capitalised and lower-case
    // readings by how often each was seen.
    const LexKey* title = nullptr;
    char tbuf[kMaxWord];
    if (all_caps && !exact) {
      tbuf[0] = w[0];
      std::memcpy(tbuf + 1, lower + 1, w.size() - 1);
      title = vocab_.Find(std::string_view(tbuf, w.size()));
    }
    const LexKey* low = vocab_.Find(lw);
    if (!exact) exact = title;
    if (exact || low) {
      // Capitalised forms in the training text are mostly names ("Resolution
      // Trust"); a headline capitalises every word, so there the lower-case
      // reading counts for more.
      float ne = exact ? (static_cast<float>(exact->count) + 0.5f) *
                             (headline ? 0.2f : 1.0f)
                       : 0.0f;
      float nl = low ? static_cast<float>(low->count) + 0.5f : 0.0f;
      if (exact) Accumulate(exact, vocab_, ne / (ne + nl), sc);
      if (low) {
        Accumulate(low, vocab_, nl / (ne + nl) * (exact ? 1.0f : 0.95f), sc);
        if (!exact) sc->AddProb(static_cast<int>(dyad::Tag::NNP), 0.05f);
      }
      return EmitFromProbs(sc);
    }
  }
  // Unknown word.
  if (IsNumber(w)) return EmitOne(dyad::Tag::CD, sc);
  bool alnum = false;
  for (char c : w) alnum = alnum || IsAlpha(c) || IsDigit(c) || (c & 0x80);
  if (!alnum) {
    if (w == "(" || w == "[" || w == "{")
      return EmitOne(dyad::Tag::kLeftParen, sc);
    if (w == ")" || w == "]" || w == "}")
      return EmitOne(dyad::Tag::kRightParen, sc);
    if (w[0] == '-' || w[0] == '.' || w[0] == ':' || w[0] == ';')
      return EmitOne(dyad::Tag::kColon, sc);
    return EmitOne(dyad::Tag::SYM, sc);
  }
  char cls = WordClass(w.data(), w.size());
  if (cls == kClassLower && cap) cls = kClassCap;  // "Ümit"
  if (cls == kClassHyphen) {
    // "al-Assad", "bin-Laden": a capitalised part after a particle is a name.
    for (size_t j = 1; j < w.size(); ++j)
      if (w[j - 1] == '-' && IsUpper(w[j])) cls = kClassCap;
  }
  if (lowerable) {
    // Unknown either way: partly a name, partly whatever the lower-case
    // suffix says; names are the likelier inside a headline, and when
    // WordNet does not know the lower-case word either ("Abiy later
    // criticised").
    float name = headline ? 0.8f : 0.5f;
    bool letters = true;
    for (char ch : w) letters = letters && IsAlpha(ch);
    if (cls == kClassCap && letters && WordNetTags(lw) == 0) {
      // Capitalised words that open sentences are mostly adverbs and
      // determiners ("Finally", "Many"), so their suffixes say nothing
      // about a name: the name reading goes to NNP itself.
      sc->AddProb(static_cast<int>(dyad::Tag::NNP), 0.9f);
      Accumulate(SuffixGuess(lw, WordClass(lw.data(), lw.size())), suffix_, 0.1f, sc);
      return EmitFromProbs(sc);
    }
    // "Russia Vetoes UN Resolution": in a title-case headline a word that
    // WordNet knows in lower case is mostly that word, with only the
    // readings WordNet allows it.
    uint64_t licensed = headline && !shouting && letters ? WordNetTags(lw) : 0;
    if (licensed) name = 0.2f;
    Accumulate(SuffixGuess(w, cls), suffix_, name, sc);
    const LexKey* lower_guess = SuffixGuess(lw, WordClass(lw.data(), lw.size()));
    if (licensed && lower_guess) {
      float before[N];
      std::copy(sc->probs, sc->probs + N, before);
      Accumulate(lower_guess, suffix_, 1.0f - name, sc);
      for (int t = 0; t < N; ++t)
        if (((kMaskable >> t) & 1) && !((licensed >> t) & 1))
          sc->probs[t] = before[t] + (sc->probs[t] - before[t]) * 0.02f;
    } else {
      Accumulate(lower_guess, suffix_, 1.0f - name, sc);
    }
    return EmitFromProbs(sc);
  }
  const LexKey* k = SuffixGuess(w, cls);
  if (!k) return EmitOne(dyad::Tag::NN, sc);
  if (cls == kClassLower || cls == kClassHyphen) {
    // WordNet knows far more words than the tagged corpus: when it lists
    // this one, readings it cannot have ("bloodshed" is no verb) are
    // heavily discounted rather than left to the suffix alone.
    if (uint64_t licensed = WordNetTags(lw)) {
      Accumulate(k, suffix_, 1.0f, sc);
      ForTouched(sc->touched & kMaskable & ~licensed, [&](int t) {
        sc->probs[t] *= 0.02f;
        return true;
      });
      return EmitFromProbs(sc);
    }
  }
  if (cls == kClassCap) {
    // A capitalised word nobody has seen, inside a sentence of ordinary
    // case, is a name: "Abiy Ahmed" is no adverb and participle, whatever
    // "-y" and "-ed" suggest for lower-case words.
    Accumulate(k, suffix_, 1.0f, sc);
    ForTouched(sc->touched, [&](int t) {
      if (!IsNounTag(t) && t != static_cast<int>(dyad::Tag::JJ))
        sc->probs[t] *= 0.02f;
      return true;
    });
    return EmitFromProbs(sc);
  }
  EmitFromKey(k, suffix_, sc);
}

uint64_t HmmTagger::WordNetTags(std::string_view lw) const {
  using T = dyad::Tag;
  auto bit = [](T t) { return uint64_t{1} << static_cast<int>(t); };
  size_t n = lw.size();
  char buf[kMaxWord + 8];
  bool known = false;
  uint64_t m = 0;
  if (IsBase('n', lw)) m |= bit(T::NN);
  if (IsBase('v', lw)) m |= bit(T::VB) | bit(T::VBP);
  if (IsBase('a', lw)) m |= bit(T::JJ);
  if (n > 1 && lw.back() == 's') {
    size_t len = NounLemma(lw.data(), n, buf, &known);
    if (known && std::string_view(buf, len) != lw) m |= bit(T::NNS);
  }
  size_t len = VerbLemma(lw.data(), n, buf, &known);
  if (known && std::string_view(buf, len) != lw) {
    if (lw.ends_with("ing"))
      m |= bit(T::VBG);
    else if (lw.ends_with("s"))
      m |= bit(T::VBZ);
    else
      m |= bit(T::VBD) | bit(T::VBN);
  }
  if (lw.ends_with("er") || lw.ends_with("est")) {
    len = AdjLemma(lw.data(), n, buf, &known);
    if (known && std::string_view(buf, len) != lw)
      m |= lw.ends_with("er") ? bit(T::JJR) : bit(T::JJS);
  }
  return m;
}

void HmmTagger::TagSentence(Document* doc, const Sentence& s,
                            Scratch* sc) const {
  uint32_t first = s.first_token;
  uint32_t end = std::min<uint32_t>(s.end_token,
                                    static_cast<uint32_t>(doc->tokens.size()));
  if (first >= end) return;
  uint32_t n = end - first;

  WordCache& cache = sc->words;
  // A sentence longer than the whole cache (a run-on paste) goes uncached.
  bool use_cache = n <= WordCache::kMaxEntries;
  if (use_cache) cache.Prepare(id_, n);
  GrowTo(&sc->text, n);
  GrowTo(&sc->head, n);
  GrowTo(&sc->hash, n);
  GrowTo(&sc->entry, n);
  GrowTo(&sc->count, n);
  GrowTo(&sc->cand, n);
  std::string_view* text = sc->text.data();
  uint64_t* head = sc->head.data();
  uint64_t* hash = sc->hash.data();
  uint32_t* entry = sc->entry.data();
  uint8_t* count = sc->count.data();
  const Candidate** cand = sc->cand.data();

  // Title-case or all-caps headlines: capitals do not mark names there.
  int words = 0, lower_words = 0, caps_words = 0;
  // Set once a word in lower case and a word not in capitals have been seen:
  // the sentence is then neither, whatever follows.
  bool prose = false;
  // Local copies: the stores below could alias doc's members for all the
  // compiler knows, and it reloaded them for every token.
  const std::string_view doc_text = doc->text;
  Token* tokens = doc->tokens.data() + first;
  for (uint32_t k = 0; k < n; ++k) {
    std::string_view w = SpanText(doc_text, tokens[k].span);
    text[k] = w;
    if (use_cache) {
      head[k] = lexical::LoadHead(w);
      uint64_t h = KeyHash(w, head[k]);
      hash[k] = h;
      cache.Prefetch(h);
    }
    if (prose || w.size() < 2 || !IsAlpha(w[0])) continue;
    ++words;
    // Title case leaves only short function words in lower case; "met" or
    // "war" in lower case says the sentence is ordinary prose.
    // (Only the first such word matters.)
    if (lower_words == 0 && w.size() >= 3 && IsLower(w[0]) && !IsTitleCaseFunctionWord(w))
      ++lower_words;
    bool all = true;
    for (size_t j = 0; j < w.size() && all; ++j) all = !IsLower(w[j]);
    caps_words += all;
    prose = lower_words > 0 && caps_words < words;
  }
  bool title_case = words >= 3 && lower_words == 0;
  bool shouting = words >= 3 && caps_words == words;
  uint8_t sentence_flags =
      static_cast<uint8_t>(title_case << 1 | shouting << 2);

  sc->cands.clear();
  sc->uncached.clear();
  uint32_t total = 0;  // candidates in the sentence
  const std::byte* records = cache.records();
  // The previous token's text, carried over: reloaded from `text` after the
  // stores below (a byte store may alias it), it cost a few loads a token.
  std::string_view prev_text;
  for (uint32_t k = 0; k < n; ++k) {
    std::string_view w = text[k];
    bool initial = k == 0;
    if (!initial && prev_text.size() <= 2 && !prev_text.empty()) {
      initial = IsOpener(prev_text) || (lexical::SameWord(prev_text, "\"") &&
                                        OpensQuote(*doc, first + k - 1));
    }
    prev_text = w;
    // A lone '"' depends on its neighbours, not on the word alone.
    if (!use_cache || w.empty() || w.size() > kMaxWord ||
        lexical::SameWord(w, "\"")) {
      size_t from = sc->cands.size();
      AddCandidates(*doc, first + k, initial, title_case, shouting, sc);
      entry[k] = kNone;
      count[k] = static_cast<uint8_t>(sc->cands.size() - from);
      total += count[k];
      sc->uncached.emplace_back(k, static_cast<uint32_t>(from));
      continue;
    }
    uint8_t flags = sentence_flags | static_cast<uint8_t>(initial);
    uint32_t id = cache.Find(w, head[k], flags, hash[k]);
    if (id == kNone) {
      size_t from = sc->cands.size();
      AddCandidates(*doc, first + k, initial, title_case, shouting, sc);
      id = cache.Insert(w, head[k], flags, hash[k], sc->cands.data() + from,
                        sc->cands.size() - from);
      sc->cands.resize(from);
    }
    entry[k] = id;
    cand[k] = cache.cands(id);
    count[k] = cache.entry(id).num_cands;
    total += count[k];
  }
  // Cache records move only when an insertion outgrows their reserve, rarely,
  // and sc->cands not once complete. Every token has at least one candidate
  // (Lexicon::Init rejects keys without emissions).
  if (cache.records() != records) {
    for (uint32_t k = 0; k < n; ++k)
      if (entry[k] != kNone) cand[k] = cache.cands(entry[k]);
  }
  for (auto [k, from] : sc->uncached) cand[k] = sc->cands.data() + from;
  GrowTo(&sc->score, total);
  GrowTo(&sc->back, total);
  float* score = sc->score.data();
  uint16_t* back = sc->back.data();

  // Viterbi. The sentence starts after a virtual sentence-final mark, as in
  // the training data where sentences follow one another.
  const float* start = transitions_ + static_cast<int>(dyad::Tag::kFinal) * N;
  for (uint32_t j = 0; j < count[0]; ++j)
    score[j] = start[cand[0][j].tag] + cand[0][j].emit;
  // Candidate counts are at most kMaxCandidates (EmitFromKey and
  // EmitFromProbs stop there). The previous token's candidates stay in
  // registers from one step to the next, and each token's scores start where
  // the previous token's end.
  const Candidate* prev = cand[0];
  uint32_t ways = count[0];
  uint32_t at = 0;  // where prev's scores start
  for (uint32_t t = 1; t < n; ++t) {
    const Candidate* cur = cand[t];
    uint32_t m = count[t];
    uint32_t next = at + ways;
    ViterbiStepFor(ways, into_, prev, score + at, cur, m, score + next,
                   back + next);
    prev = cur;
    ways = m;
    at = next;
  }
  uint32_t best = 0;
  const float* last = score + at;
  for (uint32_t j = 1; j < ways; ++j)
    if (last[j] > last[best]) best = j;
  for (uint32_t t = n; t-- > 0;) {
    tokens[t].tag = static_cast<dyad::Tag>(cand[t][best].tag);
    if (t == 0) break;
    best = back[at + best];
    at -= count[t - 1];
  }

  SetLemmas(tokens, n, sc);
}

// Apart from TagSentence, where inlining the string assignments no longer
// paid off for the compiler and each became a library call.
void HmmTagger::SetLemmas(Token* tokens, uint32_t n, Scratch* sc) const {
  const std::string_view* text = sc->text.data();
  const uint32_t* entry = sc->entry.data();
  WordCache& cache = sc->words;
  char buf[kMaxWord + 8];
  for (uint32_t k = 0; k < n; ++k) {
    Token& tok = tokens[k];
    // Cached words are at most kMaxWord bytes: a hit needs no look at the
    // text.
    uint32_t id = entry[k];
    std::string_view lemma;
    if (id != kNone &&
        cache.FindLemma(id, static_cast<uint8_t>(tok.tag), &lemma)) {
      AssignPaddedLemma(lemma, &tok.lemma);
      continue;
    }
    std::string_view w = text[k];
    if (w.size() > kMaxWord) {
      tok.lemma.assign(w);
      for (char& ch : tok.lemma) ch = ToLower(ch);
      continue;
    }
    size_t len = LemmaInto(w, tok.tag, buf);
    tok.lemma.assign(buf, len);
    if (id != kNone)
      cache.AddLemma(id, static_cast<uint8_t>(tok.tag),
                     std::string_view(buf, len));
  }
}

void HmmTagger::Tag(Document* doc) const {
  thread_local Scratch scratch;
  for (const Sentence& s : doc->sentences) TagSentence(doc, s, &scratch);
  // Tokens outside every sentence (no sentence splitter ran, or a gap) are
  // tagged as one run each so that no token is left kUnknown.
  uint32_t ntok = static_cast<uint32_t>(doc->tokens.size());
  uint32_t i = 0;
  size_t si = 0;
  while (i < ntok) {
    while (si < doc->sentences.size() && doc->sentences[si].end_token <= i)
      ++si;
    if (si < doc->sentences.size() && doc->sentences[si].first_token <= i) {
      i = doc->sentences[si].end_token;
      continue;
    }
    uint32_t stop =
        si < doc->sentences.size() ? doc->sentences[si].first_token : ntok;
    stop = std::min(stop, ntok);
    if (stop <= i) break;
    // Long runs are cut so that a single decode stays bounded.
    uint32_t cut = std::min<uint32_t>(stop, i + 256);
    Sentence s;
    s.first_token = i;
    s.end_token = cut;
    TagSentence(doc, s, &scratch);
    i = cut;
  }
}

// ---------------------------------------------------------------------------
// Lemmas.

bool HmmTagger::IsBase(char pos, std::string_view w) const {
  char key[kMaxWord + 2];
  if (w.size() > kMaxWord) return false;
  key[0] = pos;
  std::memcpy(key + 1, w.data(), w.size());
  return bases_.Find(std::string_view(key, w.size() + 1), nullptr);
}

bool HmmTagger::Exception(char pos, std::string_view w,
                          std::string_view* lemma) const {
  char key[kMaxWord + 2];
  if (w.size() > kMaxWord) return false;
  key[0] = pos;
  std::memcpy(key + 1, w.data(), w.size());
  return exceptions_.Find(std::string_view(key, w.size() + 1), lemma);
}

size_t Copy(std::string_view s, char* out) {
  size_t n = std::min(s.size(), kMaxWord);
  std::memcpy(out, s.data(), n);
  return n;
}

bool EndsWith(const char* w, size_t n, const char* suf) {
  size_t k = std::strlen(suf);
  return n >= k && std::memcmp(w + n - k, suf, k) == 0;
}

inline bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// True when the stem ends in a doubled consonant ("stopp", "shell").
bool DoubledConsonant(const char* s, size_t n) {
  return n >= 3 && s[n - 1] == s[n - 2] && IsAlpha(s[n - 1]) &&
         !IsVowel(s[n - 1]);
}

size_t HmmTagger::TryBase(char pos, const char* w, size_t keep, const char* add,
                          char* out) const {
  char cand[kMaxWord + 4];
  size_t a = std::strlen(add);
  if (keep == 0 || keep + a > kMaxWord) return 0;
  std::memcpy(cand, w, keep);
  std::memcpy(cand + keep, add, a);
  if (!IsBase(pos, std::string_view(cand, keep + a))) return 0;
  std::memcpy(out, cand, keep + a);
  return keep + a;
}

size_t HmmTagger::VerbLemma(const char* w, size_t n, char* out,
                            bool* known) const {
  *known = true;
  std::string_view lemma;
  if (Exception('v', std::string_view(w, n), &lemma)) return Copy(lemma, out);
  auto try_base = [&](size_t keep, const char* add) {
    return TryBase('v', w, keep, add, out);
  };
  size_t r = 0;
  auto stem_rules = [&](size_t stem) -> size_t {
    // A stem ending in two consonants ("shell", "pound", "sing") rarely lost
    // an "e"; other stems ("hop", "seiz", "veto") try restoring it first.
    bool two_cons = stem >= 2 && !IsVowel(w[stem - 1]) &&
                    !IsVowel(w[stem - 2]) && w[stem - 1] != 'y';
    size_t k;
    if (two_cons) {
      if ((k = try_base(stem, ""))) return k;
      if ((k = try_base(stem, "e"))) return k;
    } else {
      if ((k = try_base(stem, "e"))) return k;
      if ((k = try_base(stem, ""))) return k;
    }
    if (DoubledConsonant(w, stem) && (k = try_base(stem - 1, ""))) return k;
    return 0;
  };
  if (EndsWith(w, n, "ied") && (r = try_base(n - 3, "y"))) return r;
  if (EndsWith(w, n, "ed") && (r = stem_rules(n - 2))) return r;
  if (EndsWith(w, n, "ing") && (r = stem_rules(n - 3))) return r;
  if (EndsWith(w, n, "s")) {
    if ((r = try_base(n - 1, ""))) return r;
    if (EndsWith(w, n, "es") && (r = try_base(n - 2, ""))) return r;
    if (EndsWith(w, n, "ies") && (r = try_base(n - 3, "y"))) return r;
  }
  if (IsBase('v', std::string_view(w, n)))
    return Copy(std::string_view(w, n), out);
  *known = false;
  // A known noun or adjective mistagged as a verb ("bloodshed") is left whole.
  if (IsBase('n', std::string_view(w, n)) ||
      IsBase('a', std::string_view(w, n)))
    return Copy(std::string_view(w, n), out);
  // Not in WordNet: strip by rule alone.
  auto fallback_stem = [&](size_t stem) -> size_t {
    std::memcpy(out, w, stem);
    if (DoubledConsonant(w, stem) && w[stem - 1] != 'l' && w[stem - 1] != 's' &&
        w[stem - 1] != 'z' && w[stem - 1] != 'f')
      return stem - 1;
    char last = w[stem - 1];
    bool add_e = last == 'v' || last == 'u' || last == 'c' ||
                 ((last == 'z' || last == 's') && stem >= 2 &&
                  (w[stem - 2] == 'i' || w[stem - 2] == 'y'));
    if (add_e) out[stem++] = 'e';
    return stem;
  };
  if (n > 4 && EndsWith(w, n, "ied")) {
    std::memcpy(out, w, n - 3);
    out[n - 3] = 'y';
    return n - 2;
  }
  if (n > 4 && EndsWith(w, n, "ed")) return fallback_stem(n - 2);
  if (n > 5 && EndsWith(w, n, "ing")) return fallback_stem(n - 3);
  if (n > 3 && EndsWith(w, n, "s") && !EndsWith(w, n, "ss")) {
    size_t k = n - 1;
    if (EndsWith(w, n, "ches") || EndsWith(w, n, "shes") ||
        EndsWith(w, n, "sses") || EndsWith(w, n, "xes") ||
        EndsWith(w, n, "zes"))
      k = n - 2;
    std::memcpy(out, w, k);
    if (EndsWith(w, n, "ies") && n > 4) {
      out[n - 3] = 'y';
      return n - 2;
    }
    return k;
  }
  return Copy(std::string_view(w, n), out);
}

size_t HmmTagger::NounLemma(const char* w, size_t n, char* out,
                            bool* known) const {
  *known = true;
  std::string_view word(w, n), lemma;
  if (Exception('n', word, &lemma)) return Copy(lemma, out);
  auto try_base = [&](size_t keep, const char* add) {
    return TryBase('n', w, keep, add, out);
  };
  size_t r;
  if (EndsWith(w, n, "s")) {
    if ((r = try_base(n - 1, ""))) return r;
    if (EndsWith(w, n, "es") && (r = try_base(n - 2, ""))) return r;
    if (EndsWith(w, n, "ies") && (r = try_base(n - 3, "y"))) return r;
  }
  if (EndsWith(w, n, "men") && (r = try_base(n - 3, "man"))) return r;
  if (IsBase('n', word)) return Copy(word, out);  // "people", "arms"
  *known = false;
  // Not in WordNet ("jihadists", "Alawites"): regular English plurals.
  if (n > 4 && EndsWith(w, n, "ies")) {
    std::memcpy(out, w, n - 3);
    out[n - 3] = 'y';
    return n - 2;
  }
  if (EndsWith(w, n, "ches") || EndsWith(w, n, "shes") ||
      EndsWith(w, n, "sses") || EndsWith(w, n, "xes")) {
    std::memcpy(out, w, n - 2);
    return n - 2;
  }
  if (n > 2 && EndsWith(w, n, "s") && !EndsWith(w, n, "ss") &&
      !EndsWith(w, n, "us") && !EndsWith(w, n, "is")) {
    std::memcpy(out, w, n - 1);
    return n - 1;
  }
  return Copy(word, out);
}

size_t HmmTagger::AdjLemma(const char* w, size_t n, char* out,
                           bool* known) const {
  *known = true;
  std::string_view word(w, n), lemma;
  if (Exception('a', word, &lemma)) return Copy(lemma, out);
  auto try_base = [&](size_t keep, const char* add) {
    return TryBase('a', w, keep, add, out);
  };
  size_t r;
  for (const char* suf : {"est", "er"}) {
    size_t k = std::strlen(suf);
    if (!EndsWith(w, n, suf)) continue;
    size_t stem = n - k;
    if ((r = try_base(stem, ""))) return r;
    if ((r = try_base(stem, "e"))) return r;
    if (DoubledConsonant(w, stem) && (r = try_base(stem - 1, ""))) return r;
    if (stem > 1 && w[stem - 1] == 'i' && (r = try_base(stem - 1, "y")))
      return r;
  }
  *known = IsBase('a', word);
  return Copy(word, out);
}

size_t HmmTagger::LemmaInto(std::string_view word, dyad::Tag tag,
                            char* out) const {
  using T = dyad::Tag;
  if (word.size() > kMaxWord) word = word.substr(0, kMaxWord);
  if (tag == T::CD) return Copy(word, out);
  char low[kMaxWord];
  size_t n = word.size();
  lexical::LowerAscii(word.data(), n, low);
  std::string_view lw(low, n);
  // Clitics split off by the tokenizer.
  if (n > 0 && (low[0] == '\'' || lw == "n't")) {
    if (lw == "n't") return Copy("not", out);
    if (lw == "'s") {
      if (tag == T::VBZ) return Copy("be", out);
      if (tag == T::PRP) return Copy("us", out);
      return Copy("'s", out);
    }
    if (lw == "'re" || lw == "'m") return Copy("be", out);
    if (lw == "'ve") return Copy("have", out);
    if (lw == "'ll") return Copy("will", out);
    if (lw == "'d") return Copy(tag == T::MD ? "would" : "have", out);
  }
  if (tag == T::MD) {
    if (lw == "wo") return Copy("will", out);
    if (lw == "ca") return Copy("can", out);
    if (lw == "sha") return Copy("shall", out);
  }
  size_t len;
  bool known;
  switch (tag) {
    case T::VB:
    case T::VBP: {
      std::string_view lemma;
      if (!IsBase('v', lw) && Exception('v', lw, &lemma)) {
        len = Copy(lemma, out);  // "are", "am" -> "be"
      } else {
        len = Copy(lw, out);
      }
      break;
    }
    case T::VBD:
    case T::VBN:
    case T::VBG:
    case T::VBZ:
      len = VerbLemma(low, n, out, &known);
      break;
    case T::NNS:
    case T::NNPS:
      return NounLemma(low, n, out, &known);
    case T::JJR:
    case T::JJS:
      return AdjLemma(low, n, out, &known);
    case T::RBR:
    case T::RBS: {
      std::string_view lemma;
      if (Exception('r', lw, &lemma)) return Copy(lemma, out);
      return Copy(lw, out);
    }
    default:
      return Copy(lw, out);
  }
  // Verb dictionaries are written in American spelling: "criticise" and
  // "analyse" become "criticize" and "analyze" when WordNet knows that form.
  if (len >= 4 && out[len - 1] == 'e' && out[len - 2] == 's' &&
      (out[len - 3] == 'i' || out[len - 3] == 'y')) {
    out[len - 2] = 'z';
    if (!IsBase('v', std::string_view(out, len))) out[len - 2] = 's';
  }
  return len;
}

std::string HmmTagger::Lemma(std::string_view word, dyad::Tag tag) const {
  char buf[kMaxWord + 8];
  return std::string(buf, LemmaInto(word, tag, buf));
}

}  // namespace

Status Tagger::Load(const std::string& path, std::unique_ptr<Tagger>* out) {
  auto t = std::make_unique<HmmTagger>();
  Status s = t->Init(path);
  if (!s.ok()) return s;
  *out = std::move(t);
  return Status::Ok();
}

}  // namespace dyad
