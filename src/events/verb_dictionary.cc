// The verb-pattern dictionary maps lemma patterns to CAMEO event codes.
//
// Format (see docs/verbs.md): one pattern per line, `CODE  words...`, where
// the first plain word is the head (the verb, or in a [nouns] section the
// noun), and the words after it must follow in order within the clause. A
// word may be a set of alternatives (`talk|negotiation`) or a macro (`@aid`),
// `+word` is a particle that must sit next to the previous word ("call off"),
// `>word` marks the word after which the event's target is found ("recall
// ambassador >from"), `[word]` before the head must stand just before it
// ("[air] strike"), `!word` is a stop word that vetoes the pattern when it
// appears near the head, and `carry_out` is a two-word alternative whose
// words must be adjacent ("launch|carry_out attack").
//
// Matching has two phases, chosen for speed. At load time every word is
// interned to a small integer, every alternative ("carry_out") becomes a run
// of word ids, and every pattern becomes flat slot ranges over those runs;
// patterns are indexed by the id of their head's first word in a dense
// vector, so a call looks only at the patterns whose head is the token's
// lemma. Each token of a document is looked up in the vocabulary once
// (PrepareWords), which also notes one filter bit of 64 per word and where
// the clause barriers are, after which all comparisons are integer compares.
// A pattern is tried only when the windows around the head (the tokens its
// words may start at, before and after it, between the barriers on either
// side) hold the filter bits of all its words, and a particle that opens
// its words after the head must have its bit in the two tokens after it;
// its head's candidates are filed by bit so that the others are never read
// (see CandidateIndex). Each candidate is tried by a small bounded
// backtracking search: slot i may match any token within a gap of up to
// six tokens after slot i-1 (one for particles), never crossing a sentence
// end, a colon, or a comma that opens a new clause. Backtracking (rather
// than greedy first match) matters when an early word also occurs later
// ("call on X to call off ..."). Patterns have at most eight slots and the
// window is bounded, so the cost is small and there is no allocation.
//
// Among matching patterns the most specific wins (most tokens matched); ties go
// to the pattern read first (files in name order, then line order), so a
// dictionary author controls precedence by placement. The dictionary is
// immutable after Load, so the const match calls are thread-safe.
#include "events/verb_dictionary.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "events/verb_word.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

constexpr int kMaxSlots = 8;      // words after the head
constexpr int kMaxPre = 3;        // words before the head
constexpr uint32_t kPreGap = 2;   // reach of each word before the head
constexpr uint32_t kWordGap = 6;  // tokens that may be skipped between words
constexpr uint32_t kParticleGap = 1;
constexpr uint32_t kStopWindow = 12;  // tokens after the head checked for stops
constexpr uint32_t kBefore = 8;       // window of cached ids: head-8 ...
constexpr uint32_t kWindow = 72;      // ... to head+63
constexpr uint32_t kNoWord = 0xFFFFFFFEu;  // token not in the vocabulary

// The loader's maps hash every word and slot key of every pattern line;
// the inlined HashWord costs a fraction of std::hash's out-of-line call.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return lexical::HashWord(s); }
};
template <typename V>
using StringMap =
    std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// An alternative: a run of word ids that must match adjacent tokens.
struct Alt {
  uint32_t begin = 0;
  uint32_t len = 0;
};

// One position in a pattern: alternatives slot_alts_[begin, end).
struct Slot {
  uint32_t begin = 0;  // slot_alts_[begin, end): the alternatives
  uint32_t end = 0;
  bool particle = false;
};

// Inverted index entry: word id -> a slot containing an alternative that
// starts with that word.
struct SlotEntry {
  uint32_t slot;
  uint32_t alt;
  bool operator<(const SlotEntry& o) const {
    return slot != o.slot ? slot < o.slot : alt < o.alt;
  }
};

struct Pattern {
  char code[5] = {0};
  uint8_t code_len = 0;
  uint32_t head_slot = 0;
  // Slot ids live in pattern_slots_[pre_begin, pre_end) (before the head)
  // and [post_begin, post_end) (after it).
  uint32_t pre_begin = 0, pre_end = 0;
  uint32_t post_begin = 0, post_end = 0;
  uint32_t stop_slot = kNone;  // slot of stop words, if any
  int target_slot = -1;        // index into post slots, or -1
  uint32_t order = 0;          // load order (tie-break)
  uint32_t max_words = 0;      // most tokens a match can cover
  bool head_simple = true;     // every head alternative is 1 word
};

// A slot of the line ParseLine is reading: VerbDictionaryImpl::line_alts_
// [begin, end) are its alternatives.
struct LineSlot {
  uint32_t begin = 0, end = 0;
  bool particle = false, target = false;
};

// A pattern as the head's candidate list holds it (see CandidateIndex).
struct Candidate {
  // Slots tested one by one: multi_bits_[multi_begin, multi_mid) are the
  // pre slots, [multi_mid, multi_end) the post slots of several bits.
  uint32_t multi_begin = 0, multi_mid = 0, multi_end = 0;
  uint32_t max_words = 0, order = 0;        // copies of the Pattern's
  uint32_t pid = 0;                         // into patterns_
};

// The candidate patterns of every head word, most specific first. A head
// has 80 candidates on average and about one in seven has all the WordBits
// it requires in the window, which holds only about seven of the 64 bits. So
// rather than test every candidate, a head's candidates are filed in buckets
// by one bit they require (the one fewest candidates require, so the rarest
// in text, as a guess), plus one bucket of those that require none: a call
// opens only the buckets of bits in its window, about a sixth of the
// candidates. The WordBits are kept apart from the rest of a candidate so
// that those tests read one dense array.
struct CandidateIndex {
  std::vector<uint32_t> begin;     // by head word: [begin[w], begin[w + 1])
  std::vector<uint64_t> required;  // by candidate: WordBits its post slots need
  // By candidate: the WordBits of its first post slot when that is a
  // particle right after a one-word head, else 0. The particle must start
  // within two tokens of the head, where far fewer bits are set than in the
  // whole window: "be +ready +to" and the other copula frames are most of
  // the patterns of "be", the commonest head.
  std::vector<uint64_t> near;
  std::vector<Candidate> rest;     // by candidate
  // By head word: the bits of its buckets, and where its bounds start in
  // bucket_bounds: first the bucket of candidates that need no bit, then one
  // per bit of key_bits, lowest first; bounds index filed.
  std::vector<uint64_t> key_bits;
  std::vector<uint32_t> bucket_begin;
  std::vector<uint32_t> bucket_bounds;
  std::vector<uint32_t> filed;   // candidates, in order within a bucket
  uint32_t most_candidates = 0;  // of any head word
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Into `out`, which the loader reuses for every line: growing a fresh vector
// for each of thousands of lines cost more than the split.
void SplitWhite(std::string_view s, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out->push_back(s.substr(i, j - i));
    i = j;
  }
}

// Per-call state: the window of tokens around the head that matching may
// look at, and a direct-mapped memo of slot matches, because many patterns of
// one head share slots ("be +ready +to ..." recurs with every topic) and would
// otherwise test the same slot at the same token again. The memo is per
// thread and its entries carry the number of the call that wrote them, so a
// call starts with an empty memo without clearing it: clearing 2 KB on every
// call that tried a pattern was a tenth of matching.
constexpr uint32_t kMemo = 256;
struct SlotMemo {
  // gen << 48 | slot << 16 | offset << 8 | width; gen 0 is never current.
  uint64_t entries[kMemo] = {};
  uint64_t gen = 0;
  // Starts a call; returns its generation, shifted into place.
  uint64_t Next() {
    if (++gen == (uint64_t{1} << 16)) {
      std::fill(std::begin(entries), std::end(entries), 0);
      gen = 1;
    }
    return gen << 48;
  }
};
struct IdCache {
  uint32_t base = 0;
  uint32_t head = kNone;  // the pattern head's token
  const VerbWords* words = nullptr;
  SlotMemo* memo = nullptr;
  uint64_t gen = 0;  // SlotMemo::Next() of this call, once a pattern is tried
};

// One bit of 64 for a word id. A window's bits are the union over its
// tokens; a slot whose words' bits miss the window cannot match there.
inline uint64_t WordBit(uint32_t id) {
  return uint64_t{1} << ((id * 0x9E3779B97F4A7C15ull) >> 58);
}

// PrepareWords looks up the same few hundred words in every document ("the",
// "said", ","), so a per-thread memo keyed by the bytes of a word of up to
// sixteen answers most lookups without lower-casing or hashing. It has room
// for the distinct words of a few hundred documents (192 KB): with 1024
// entries over a quarter of the lookups missed, with 8192 about one in nine,
// mostly words not seen before. Its ids are those of one
// dictionary, named by a serial number (an address could be reused by a
// later dictionary). An entry keeps the id's filter bit too, which spares
// every token the bit's multiply and the test for a word not in the
// vocabulary.
struct LookupMemo {
  static constexpr int kBits = 13;
  static constexpr size_t kLongest = 16;
  struct Entry {
    uint64_t head = 0;      // the word's first (up to) eight bytes
    uint64_t tail = 0;      // its last eight, for a word of 9-16 bytes
    uint32_t size = kNone;  // of the word; kNone for an empty entry
    uint32_t id = 0;
    uint64_t bit = 0;  // WordBit(id), or 0 for kNoWord
  };
  // The id and filter bit of a word, as PrepareWords stores them.
  struct Word {
    uint32_t id;
    uint64_t bit;
  };
  uint64_t dictionary = 0;  // serial of the dictionary whose ids these are
  std::array<Entry, size_t{1} << kBits> entries;
};

class VerbDictionaryImpl : public VerbDictionary {
 public:
  using VerbDictionary::MatchNoun;
  using VerbDictionary::MatchVerb;
  void PrepareWords(const Document& doc, VerbWords* words) const override;
  bool MatchVerb(const Document& doc, const VerbWords& words, uint32_t verb,
                 uint32_t clause_end, VerbMatch* match) const override {
    return Match(verb_candidates_, doc, words, verb, clause_end, nullptr,
                 match);
  }
  bool MatchPassiveVerb(const Document& doc, const VerbWords& words,
                        uint32_t verb, uint32_t clause_end,
                        const VerbPatient& patient,
                        VerbMatch* match) const override {
    return Match(verb_candidates_, doc, words, verb, clause_end, &patient,
                 match);
  }
  bool MatchNoun(const Document& doc, const VerbWords& words, uint32_t noun,
                 uint32_t limit, VerbMatch* match) const override {
    return Match(noun_candidates_, doc, words, noun, limit, nullptr, match);
  }
  std::vector<std::string_view> PatternCodes() const override {
    std::vector<std::string_view> out;
    out.reserve(patterns_.size());
    for (const Pattern& p : patterns_) out.emplace_back(p.code, p.code_len);
    return out;
  }

  void ParseFile(std::string_view text, const std::string& path);
  void Finish();
  static void FileInBuckets(CandidateIndex* index);
  size_t size() const { return patterns_.size(); }

 private:
  uint32_t InternWord(std::string_view w);
  uint32_t InternAlt(std::string_view alt);
  // Appends the alternative ids of `spec` (a|b|@macro|carry_out) to `out`.
  bool ParseAlternatives(std::string_view spec, std::vector<uint32_t>* out,
                         std::string* error);
  bool ParseLine(std::string_view line, bool noun, std::string* error);

  uint32_t LowerId(std::string_view w) const;
  // Inlined into PrepareWords' loop: as a call, its prologue and epilogue
  // cost as much as the memo's test.
  [[gnu::always_inline]] inline LookupMemo::Word MemoLowerId(
      std::string_view w, LookupMemo* memo) const;
  uint32_t TokenId(const Document& doc, uint32_t i, IdCache* cache) const;
  // Whether token i ends the reach of a pattern: a sentence end, a colon,
  // or a comma that opens a new clause. PrepareWords asks; matching reads
  // its answers in VerbWords::barrier.
  static bool EndsReach(const Document& doc, uint32_t i) {
    Tag t = doc.tokens[i].tag;
    if (t == Tag::kFinal || t == Tag::kColon) return true;
    if (t == Tag::kComma && i + 1 < doc.tokens.size()) {
      Tag n = doc.tokens[i + 1].tag;
      return IsVerb(n) || n == Tag::WDT || n == Tag::WP || n == Tag::WRB;
    }
    return false;
  }
  static bool IsBarrier(const VerbWords& words, uint32_t i) {
    return (words.barrier[i / 64] >> (i % 64)) & 1;
  }
  // The first barrier in [from, limit), else limit.
  static uint32_t NextBarrier(const VerbWords& words, uint32_t from,
                              uint32_t limit) {
    for (uint32_t t = from; t < limit; t = (t / 64 + 1) * 64) {
      uint64_t ahead = words.barrier[t / 64] >> (t % 64);
      if (ahead != 0)
        return std::min<uint32_t>(limit, t + std::countr_zero(ahead));
    }
    return limit;
  }
  // One past the last barrier in [floor, before), else floor.
  static uint32_t AfterLastBarrier(const VerbWords& words, uint32_t floor,
                                   uint32_t before) {
    for (uint32_t t = before; t > floor; t = (t - 1) / 64 * 64) {
      uint32_t last = t - 1;
      uint64_t behind = words.barrier[last / 64] << (63 - last % 64);
      if (behind != 0)
        return std::max<uint32_t>(floor, last - std::countl_zero(behind) + 1);
    }
    return floor;
  }
  uint32_t AddSlot(std::span<const uint32_t> alts, bool particle);
  // Most calls ask about a token whose words cannot start the slot: the
  // filter bits answer those without touching the memo or the index.
  uint32_t SlotWidth(const Document& doc, uint32_t slot, uint32_t t,
                     uint32_t end, IdCache* cache) const {
    if (t < cache->base || t - cache->base >= kWindow ||
        (cache->words->bit[t] & slot_bits_[slot]) == 0)
      return 0;
    return MemoSlotWidth(doc, slot, t, end, cache);
  }
  uint32_t MemoSlotWidth(const Document& doc, uint32_t slot, uint32_t t,
                         uint32_t end, IdCache* cache) const;
  bool MatchPost(const Document& doc, const Pattern& p, uint32_t slot,
                 uint32_t from, uint32_t end, IdCache* cache,
                 std::array<uint32_t, 2 * kMaxSlots>* pos) const;
  bool TryPattern(const Document& doc, const Pattern& p, uint32_t head,
                  uint32_t end, const VerbPatient* patient, IdCache* cache,
                  VerbMatch* m) const;
  // Most calls (a noun chunk's head, a verb of no pattern) end at the
  // head's empty candidate list: inlined into the Match* calls, that test
  // costs them no prologue of the large MatchCandidates.
  [[gnu::always_inline]] bool Match(const CandidateIndex& index,
                                    const Document& doc, const VerbWords& words,
                                    uint32_t head, uint32_t limit,
                                    const VerbPatient* patient,
                                    VerbMatch* match) const {
    if (match == nullptr || head >= doc.tokens.size() ||
        words.lemma.size() != doc.tokens.size())
      return false;
    uint32_t id = words.lemma[head];  // the head goes by its lemma
    if (id == kNoWord || id + 1 >= index.begin.size() ||
        index.begin[id] == index.begin[id + 1])
      return false;
    return MatchCandidates(index, doc, words, head, limit, patient, match);
  }
  // The rest of Match, for a head with candidates.
  bool MatchCandidates(const CandidateIndex& index, const Document& doc,
                       const VerbWords& words, uint32_t head, uint32_t limit,
                       const VerbPatient* patient, VerbMatch* match) const;

  // Frozen after Load.
  StringMap<uint32_t> vocab_;
  std::vector<uint32_t> alt_words_;
  std::vector<Alt> alts_;
  std::vector<uint32_t> slot_alts_;
  std::vector<Slot> slots_;
  std::vector<uint32_t> pattern_slots_;
  std::vector<Pattern> patterns_;
  std::vector<uint32_t> entry_begin_;  // by word id, into entries_
  std::vector<SlotEntry> entries_;
  std::vector<uint64_t> slot_bits_;  // by slot: WordBits of its first words
  // Word -> id at match time (std::unordered_map hashed every lookup with a
  // division and compared std::string keys through a node pointer).
  lexical::FlatWordMap flat_vocab_;
  const uint64_t serial_ = NextSerial();  // for LookupMemo
  static uint64_t NextSerial() {
    static std::atomic<uint64_t> next{1};
    return next++;
  }
  // The patterns of each head word, most specific first, with what Match
  // reads of every one before trying it: stored in the head's own array
  // rather than by pattern id, so the scan reads consecutive memory. A
  // pattern can match only if each of its pre slots has one of its first
  // words in the window before the head and each post slot in the window
  // after it (the WordBits of the windows' tokens): post slots whose words
  // share one bit are tested together through `required`, the others and
  // the (rare) pre slots one by one through multi_bits_.
  CandidateIndex verb_candidates_;
  CandidateIndex noun_candidates_;
  std::vector<uint64_t> multi_bits_;

  // Only while loading: pattern ids by head word id.
  std::vector<std::vector<uint32_t>> verb_index_;
  std::vector<std::vector<uint32_t>> noun_index_;
  StringMap<uint32_t> alt_ids_;
  StringMap<std::vector<uint32_t>> macros_;
  StringMap<uint32_t> slot_ids_;
  // Scratch of ParseLine and AddSlot, reused from line to line so that
  // loading allocates only for what it keeps.
  std::vector<std::string_view> fields_;
  std::vector<uint32_t> line_alts_;  // the line's slots' alternatives
  std::vector<uint32_t> stop_alts_;
  std::vector<LineSlot> pre_slots_, post_slots_;
  std::string slot_key_;
};

// Identical slots (the same macro after the same verb frame recurs in many
// patterns) are stored once, which keeps the inverted index small.
uint32_t VerbDictionaryImpl::AddSlot(std::span<const uint32_t> alts,
                                     bool particle) {
  std::string& key = slot_key_;
  key.resize(1 + alts.size_bytes());
  key[0] = particle ? '+' : '-';
  std::memcpy(key.data() + 1, alts.data(), alts.size_bytes());
  auto it = slot_ids_.find(key);
  if (it != slot_ids_.end()) return it->second;
  Slot s;
  s.begin = static_cast<uint32_t>(slot_alts_.size());
  slot_alts_.insert(slot_alts_.end(), alts.begin(), alts.end());
  s.end = static_cast<uint32_t>(slot_alts_.size());
  s.particle = particle;
  uint32_t id = static_cast<uint32_t>(slots_.size());
  slots_.push_back(s);
  slot_ids_.emplace(key, id);
  return id;
}

uint32_t VerbDictionaryImpl::InternWord(std::string_view w) {
  auto it = vocab_.find(w);
  if (it != vocab_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(vocab_.size());
  vocab_.emplace(std::string(w), id);
  return id;
}

uint32_t VerbDictionaryImpl::InternAlt(std::string_view alt) {
  auto it = alt_ids_.find(alt);
  if (it != alt_ids_.end()) return it->second;
  Alt a;
  a.begin = static_cast<uint32_t>(alt_words_.size());
  size_t start = 0;
  while (true) {
    size_t us = alt.find('_', start);
    alt_words_.push_back(InternWord(alt.substr(start, us - start)));
    ++a.len;
    if (us == std::string_view::npos) break;
    start = us + 1;
  }
  uint32_t id = static_cast<uint32_t>(alts_.size());
  alts_.push_back(a);
  alt_ids_.emplace(std::string(alt), id);
  return id;
}

bool VerbDictionaryImpl::ParseAlternatives(std::string_view spec,
                                           std::vector<uint32_t>* out,
                                           std::string* error) {
  size_t before = out->size();
  size_t start = 0;
  while (start <= spec.size()) {
    size_t bar = spec.find('|', start);
    if (bar == std::string_view::npos) bar = spec.size();
    std::string_view alt = spec.substr(start, bar - start);
    if (!alt.empty() && alt[0] == '@') {
      auto it = macros_.find(alt.substr(1));
      if (it == macros_.end()) {
        *error = "unknown macro " + std::string(alt);
        return false;
      }
      out->insert(out->end(), it->second.begin(), it->second.end());
    } else if (ValidVerbWord(alt)) {
      out->push_back(InternAlt(alt));
    } else {
      *error = "bad word '" + std::string(alt) + "'";
      return false;
    }
    start = bar + 1;
  }
  return out->size() > before;
}

bool VerbDictionaryImpl::ParseLine(std::string_view line, bool noun,
                                   std::string* error) {
  // Macro definition: @name = a b c (or a|b|c)
  if (line[0] == '@') {
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      *error = "macro without '='";
      return false;
    }
    std::string_view name = Trim(line.substr(1, eq - 1));
    if (!ValidVerbWord(name)) {
      *error = "bad macro name";
      return false;
    }
    std::vector<uint32_t> alts;
    SplitWhite(line.substr(eq + 1), &fields_);
    for (std::string_view part : fields_)
      if (!ParseAlternatives(part, &alts, error)) return false;
    if (alts.empty()) {
      *error = "empty macro";
      return false;
    }
    macros_[std::string(name)] = std::move(alts);
    return true;
  }

  SplitWhite(line, &fields_);
  const std::vector<std::string_view>& f = fields_;
  if (f.size() < 2) {
    *error = "expected CODE and pattern";
    return false;
  }
  std::string_view code = f[0];
  if (code.size() < 2 || code.size() > 4 ||
      !std::all_of(code.begin(), code.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    *error = "bad code '" + std::string(code) + "'";
    return false;
  }

  // Parse into the scratch lists first so a bad line leaves no trace. Each
  // slot's alternatives are a range of line_alts_, the stop words (which
  // may be spread over the line) all of stop_alts_.
  std::vector<uint32_t>& alts = line_alts_;
  std::vector<uint32_t>& stops = stop_alts_;
  std::vector<LineSlot>& pre = pre_slots_;
  std::vector<LineSlot>& post = post_slots_;
  alts.clear();
  stops.clear();
  pre.clear();
  post.clear();
  LineSlot head;
  bool have_head = false;
  // Appends the alternatives of `spec` to line_alts_ as the range of `slot`.
  auto parse_slot = [&](std::string_view spec, LineSlot* slot) {
    slot->begin = static_cast<uint32_t>(alts.size());
    bool ok = ParseAlternatives(spec, &alts, error);
    slot->end = static_cast<uint32_t>(alts.size());
    return ok;
  };
  int target = -1;
  for (size_t i = 1; i < f.size(); ++i) {
    std::string_view w = f[i];
    if (w[0] == '#') break;  // trailing comment
    if (w[0] == '!') {
      if (!ParseAlternatives(w.substr(1), &stops, error)) return false;
      continue;
    }
    if (w.front() == '[') {
      if (have_head || w.size() < 3 || w.back() != ']') {
        *error = "'[word]' must come before the head";
        return false;
      }
      LineSlot s;
      if (!parse_slot(w.substr(1, w.size() - 2), &s)) return false;
      pre.push_back(s);
      continue;
    }
    LineSlot s;
    while (!w.empty() && (w[0] == '+' || w[0] == '>')) {
      if (w[0] == '+') s.particle = true;
      if (w[0] == '>') s.target = true;
      w.remove_prefix(1);
    }
    if (!have_head) {
      if (s.particle || s.target) {
        *error = "the head cannot be a particle or target";
        return false;
      }
      if (!parse_slot(w, &head)) return false;
      have_head = true;
      continue;
    }
    if (!parse_slot(w, &s)) return false;
    if (s.target) {
      if (target >= 0) {
        *error = "two target markers";
        return false;
      }
      target = static_cast<int>(post.size());
    }
    post.push_back(s);
  }
  if (!have_head) {
    *error = "no head word";
    return false;
  }
  if (post.size() > kMaxSlots || pre.size() > kMaxPre) {
    *error = "too many words";
    return false;
  }

  Pattern p;
  std::copy(code.begin(), code.end(), p.code);
  p.code_len = static_cast<uint8_t>(code.size());
  auto alts_of = [&alts](const LineSlot& s) {
    return std::span<const uint32_t>(alts.data() + s.begin, s.end - s.begin);
  };
  const std::span<const uint32_t> heads = alts_of(head);
  p.head_slot = AddSlot(heads, false);
  p.pre_begin = static_cast<uint32_t>(pattern_slots_.size());
  for (const LineSlot& s : pre)
    pattern_slots_.push_back(AddSlot(alts_of(s), false));
  p.pre_end = p.post_begin = static_cast<uint32_t>(pattern_slots_.size());
  for (const LineSlot& s : post)
    pattern_slots_.push_back(AddSlot(alts_of(s), s.particle));
  p.post_end = static_cast<uint32_t>(pattern_slots_.size());
  if (!stops.empty()) p.stop_slot = AddSlot(stops, false);
  auto longest = [this](std::span<const uint32_t> slot_alts) {
    uint32_t m = 0;
    for (uint32_t a : slot_alts) m = std::max(m, alts_[a].len);
    return m;
  };
  p.head_simple = longest(heads) == 1;
  p.max_words = longest(heads);
  for (const LineSlot& s : pre) p.max_words += longest(alts_of(s));
  for (const LineSlot& s : post) p.max_words += longest(alts_of(s));
  p.target_slot = target;

  uint32_t order = static_cast<uint32_t>(patterns_.size());
  p.order = order;
  std::vector<std::vector<uint32_t>>& index = noun ? noun_index_ : verb_index_;
  for (uint32_t alt : heads) {
    // Multiword heads ("turn_down") are indexed by their first word.
    uint32_t w = alt_words_[alts_[alt].begin];
    if (index.size() <= w) index.resize(w + 1);
    std::vector<uint32_t>& v = index[w];
    if (v.empty() || v.back() != order) v.push_back(order);
  }
  patterns_.push_back(p);
  return true;
}

void VerbDictionaryImpl::ParseFile(std::string_view text,
                                   const std::string& path) {
  bool noun = false;
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line == "[nouns]") {
      noun = true;
      continue;
    }
    if (line == "[verbs]") {
      noun = false;
      continue;
    }
    std::string error;
    if (!ParseLine(line, noun, &error)) {
      std::fprintf(stderr, "%s:%zu: %s; line skipped\n", path.c_str(), line_no,
                   error.c_str());
    }
  }
}

void VerbDictionaryImpl::Finish() {
  alt_ids_.clear();
  macros_.clear();
  slot_ids_.clear();
  // Candidates are tried most-specific first so that Match can stop as soon
  // as no remaining pattern could beat the best match found.
  for (auto* index : {&verb_index_, &noun_index_}) {
    for (std::vector<uint32_t>& v : *index) {
      std::stable_sort(v.begin(), v.end(), [this](uint32_t a, uint32_t b) {
        return patterns_[a].max_words > patterns_[b].max_words;
      });
    }
  }
  // Invert slots: for each word, the (slot, alternative) pairs it starts,
  // sorted by slot so that a membership test is a binary search.
  std::vector<uint32_t> count(vocab_.size() + 1, 0);
  for (const Slot& s : slots_)
    for (uint32_t k = s.begin; k < s.end; ++k)
      ++count[alt_words_[alts_[slot_alts_[k]].begin] + 1];
  for (size_t w = 1; w < count.size(); ++w) count[w] += count[w - 1];
  entry_begin_ = count;
  entries_.resize(count.back());
  for (uint32_t sid = 0; sid < slots_.size(); ++sid) {
    const Slot& s = slots_[sid];
    for (uint32_t k = s.begin; k < s.end; ++k) {
      uint32_t alt = slot_alts_[k];
      entries_[count[alt_words_[alts_[alt].begin]]++] = SlotEntry{sid, alt};
    }
  }
  for (size_t w = 0; w + 1 < entry_begin_.size(); ++w)
    std::sort(entries_.begin() + entry_begin_[w],
              entries_.begin() + entry_begin_[w + 1]);
  std::vector<std::string_view> words(vocab_.size());
  for (const auto& [w, id] : vocab_) words[id] = w;
  std::vector<uint32_t> ids(words.size());
  for (uint32_t id = 0; id < ids.size(); ++id) ids[id] = id;
  flat_vocab_.Build(words, ids);
  slot_bits_.assign(slots_.size(), 0);
  for (uint32_t sid = 0; sid < slots_.size(); ++sid)
    for (uint32_t k = slots_[sid].begin; k < slots_[sid].end; ++k)
      slot_bits_[sid] |= WordBit(alt_words_[alts_[slot_alts_[k]].begin]);
  std::vector<Candidate> filters(patterns_.size());
  std::vector<uint64_t> required(patterns_.size(), 0);
  std::vector<uint64_t> near(patterns_.size(), 0);
  for (uint32_t pid = 0; pid < patterns_.size(); ++pid) {
    const Pattern& p = patterns_[pid];
    Candidate& f = filters[pid];
    f.pid = pid;
    f.max_words = p.max_words;
    f.order = p.order;
    f.multi_begin = static_cast<uint32_t>(multi_bits_.size());
    for (uint32_t k = p.pre_begin; k < p.pre_end; ++k)
      multi_bits_.push_back(slot_bits_[pattern_slots_[k]]);
    f.multi_mid = static_cast<uint32_t>(multi_bits_.size());
    for (uint32_t k = p.post_begin; k < p.post_end; ++k) {
      uint64_t bits = slot_bits_[pattern_slots_[k]];
      if (std::popcount(bits) == 1) {
        required[pid] |= bits;
      } else {
        multi_bits_.push_back(bits);
      }
    }
    f.multi_end = static_cast<uint32_t>(multi_bits_.size());
    if (p.head_simple && p.post_end > p.post_begin &&
        slots_[pattern_slots_[p.post_begin]].particle)
      near[pid] = slot_bits_[pattern_slots_[p.post_begin]];
  }
  for (auto [index, candidates] : {std::pair{&verb_index_, &verb_candidates_},
                                   std::pair{&noun_index_, &noun_candidates_}}) {
    candidates->begin.assign(1, 0);
    for (size_t w = 0; w < index->size(); ++w) {
      for (uint32_t pid : (*index)[w]) {
        candidates->required.push_back(required[pid]);
        candidates->near.push_back(near[pid]);
        candidates->rest.push_back(filters[pid]);
      }
      candidates->begin.push_back(
          static_cast<uint32_t>(candidates->rest.size()));
    }
    index->clear();
    FileInBuckets(candidates);
  }
}

void VerbDictionaryImpl::FileInBuckets(CandidateIndex* index) {
  std::array<uint32_t, 64> needed_by{};  // candidates that require each bit
  for (uint64_t r : index->required)
    for (uint64_t bits = r; bits != 0; bits &= bits - 1)
      ++needed_by[std::countr_zero(bits)];
  std::vector<int> key_of(index->required.size(), -1);  // -1: no bit
  for (size_t c = 0; c < key_of.size(); ++c) {
    for (uint64_t bits = index->required[c]; bits != 0; bits &= bits - 1) {
      int b = std::countr_zero(bits);
      if (key_of[c] < 0 || needed_by[b] < needed_by[key_of[c]]) key_of[c] = b;
    }
  }
  size_t heads = index->begin.size() - 1;
  index->key_bits.assign(heads, 0);
  index->bucket_begin.assign(heads, 0);
  index->bucket_bounds.clear();
  index->filed.clear();
  for (size_t w = 0; w < heads; ++w) {
    const uint32_t lo = index->begin[w], hi = index->begin[w + 1];
    index->most_candidates = std::max(index->most_candidates, hi - lo);
    uint64_t keys = 0;
    for (uint32_t c = lo; c < hi; ++c)
      if (key_of[c] >= 0) keys |= uint64_t{1} << key_of[c];
    index->key_bits[w] = keys;
    index->bucket_begin[w] = static_cast<uint32_t>(index->bucket_bounds.size());
    index->bucket_bounds.push_back(static_cast<uint32_t>(index->filed.size()));
    auto file = [&](int key) {
      for (uint32_t c = lo; c < hi; ++c)
        if (key_of[c] == key) index->filed.push_back(c);
      index->bucket_bounds.push_back(
          static_cast<uint32_t>(index->filed.size()));
    };
    file(-1);
    for (uint64_t bits = keys; bits != 0; bits &= bits - 1)
      file(std::countr_zero(bits));
  }
}

uint32_t VerbDictionaryImpl::LowerId(std::string_view w) const {
  char buf[64];
  if (w.empty() || w.size() > sizeof(buf)) return kNoWord;
  lexical::LowerAscii(w.data(), w.size(), buf);
  uint32_t id = flat_vocab_.Find(std::string_view(buf, w.size()));
  return id == lexical::FlatWordMap::kMissing ? kNoWord : id;
}

// The filter bit of a word id; 0 for none.
inline uint64_t IdBit(uint32_t id) { return id == kNoWord ? 0 : WordBit(id); }

inline LookupMemo::Word VerbDictionaryImpl::MemoLowerId(
    std::string_view w, LookupMemo* memo) const {
  size_t n = w.size();
  if (n == 0 || n > LookupMemo::kLongest) {
    uint32_t id = LowerId(w);
    return {id, IdBit(id)};
  }
  // Equal sizes and equal (possibly overlapping) loads mean equal words.
  uint64_t head, tail = 0;
  if (n <= 8) {
    head = lexical::LoadShort(w.data(), n);
  } else {
    std::memcpy(&head, w.data(), 8);
    std::memcpy(&tail, w.data() + n - 8, 8);
  }
  uint32_t size = static_cast<uint32_t>(n);
  LookupMemo::Entry& e =
      memo->entries[((head + tail + size) * 0x9E3779B97F4A7C15ull) >>
                    (64 - LookupMemo::kBits)];
  // One branch rather than three.
  if (((e.head ^ head) | (e.tail ^ tail) | (e.size ^ size)) != 0) {
    uint32_t id = LowerId(w);
    e = {head, tail, size, id, IdBit(id)};
  }
  return {e.id, e.bit};
}

// Participles after the head are often predicate adjectives whose patterns
// name the surface form ("be committed to", "be determined to"), so their
// surface word is looked up too; the head itself always goes by its lemma.
// One bit test rather than three compares: this runs for every token.
inline bool TakesSurface(Tag tag) {
  static_assert(static_cast<int>(Tag::kCount) <= 64);
  constexpr uint64_t kTags = uint64_t{1} << static_cast<int>(Tag::VBN) |
                             uint64_t{1} << static_cast<int>(Tag::VBD) |
                             uint64_t{1} << static_cast<int>(Tag::JJ);
  return ((kTags >> (static_cast<unsigned>(tag) & 63)) & 1) != 0;
}
void VerbDictionaryImpl::PrepareWords(const Document& doc,
                                      VerbWords* words) const {
  size_t n = doc.tokens.size();
  words->lemma.resize(n);
  words->surface.resize(n);
  words->bit.resize(n);
  words->barrier.assign(n / 64 + 1, 0);
  thread_local LookupMemo memo;
  if (memo.dictionary != serial_) {
    memo = LookupMemo();
    memo.dictionary = serial_;
  }
  // Raw pointers, so that the memo's stores cannot make the compiler load
  // the vectors' (or the document's) fields again on every token.
  uint32_t* lemma_out = words->lemma.data();
  uint32_t* surface_out = words->surface.data();
  uint64_t* bit_out = words->bit.data();
  uint64_t* barrier_out = words->barrier.data();
  const Token* tokens = doc.tokens.data();
  const size_t text_size = doc.text.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    std::string_view text;
    if (t.span.begin <= text_size) text = doc.Text(t.span);
    std::string_view lemma_text = t.lemma.empty() ? text : t.lemma;
    LookupMemo::Word lemma = MemoLowerId(lemma_text, &memo);
    LookupMemo::Word surface = {kNoWord, 0};
    // Most adjectives are their own lemma, and the same word has the same id.
    if (TakesSurface(t.tag))
      surface = lexical::SameWord(text, lemma_text) ? lemma
                                                    : MemoLowerId(text, &memo);
    lemma_out[i] = lemma.id;
    surface_out[i] = surface.id;
    bit_out[i] = lemma.bit | surface.bit;
    if (EndsReach(doc, static_cast<uint32_t>(i)))
      barrier_out[i / 64] |= uint64_t{1} << (i % 64);
  }
}

uint32_t VerbDictionaryImpl::TokenId(const Document& doc, uint32_t i,
                                     IdCache* cache) const {
  if (i < cache->base || i - cache->base >= kWindow) return kNoWord;
  const VerbWords& w = *cache->words;
  if (i != cache->head && w.surface[i] != kNoWord) return w.surface[i];
  return w.lemma[i];
}

// Number of tokens from `t` that the longest matching alternative of the
// slot covers ("set_up" beats "set"); 0 for none.
uint32_t VerbDictionaryImpl::MemoSlotWidth(const Document& doc, uint32_t slot,
                                           uint32_t t, uint32_t end,
                                           IdCache* cache) const {
  uint64_t key = cache->gen | (uint64_t{slot} << 8 | (t - cache->base)) << 8;
  uint64_t& memo = cache->memo->entries[(slot * 31 + t) & (kMemo - 1)];
  if ((memo & ~uint64_t{0xFF}) == key)
    return static_cast<uint32_t>(memo & 0xFF);
  uint32_t best = 0;
  uint32_t id = TokenId(doc, t, cache);
  if (id == kNoWord) {
    memo = key;
    return 0;
  }
  auto lo = entries_.begin() + entry_begin_[id];
  auto hi = entries_.begin() + entry_begin_[id + 1];
  auto it = std::lower_bound(lo, hi, SlotEntry{slot, 0});
  for (; it != hi && it->slot == slot; ++it) {
    const Alt& a = alts_[it->alt];
    if (a.len <= best) continue;
    uint32_t j = 1;
    for (; j < a.len; ++j) {
      uint32_t u = t + j;
      if (u >= end || IsBarrier(*cache->words, u) ||
          TokenId(doc, u, cache) != alt_words_[a.begin + j])
        break;
    }
    if (j == a.len) best = a.len;
  }
  memo = key | best;
  return best;
}

bool VerbDictionaryImpl::MatchPost(
    const Document& doc, const Pattern& p, uint32_t slot, uint32_t from,
    uint32_t end, IdCache* cache,
    std::array<uint32_t, 2 * kMaxSlots>* pos) const {
  uint32_t n = p.post_end - p.post_begin;
  if (slot == n) return true;
  uint32_t sid = pattern_slots_[p.post_begin + slot];
  uint32_t gap = slots_[sid].particle ? kParticleGap : kWordGap;
  // Tokens past the window cannot match, and a barrier ends the search.
  uint32_t last = static_cast<uint32_t>(std::min<uint64_t>(
      {end, uint64_t{from} + gap + 1, uint64_t{cache->base} + kWindow}));
  const VerbWords& words = *cache->words;
  last = NextBarrier(words, from, last);
  for (uint32_t t = from; t < last; ++t) {
    if ((words.bit[t] & slot_bits_[sid]) == 0) continue;
    uint32_t width = MemoSlotWidth(doc, sid, t, end, cache);
    if (width > 0) {
      (*pos)[slot] = t;
      (*pos)[kMaxSlots + slot] = width;
      if (MatchPost(doc, p, slot + 1, t + width, end, cache, pos)) return true;
    }
  }
  return false;
}

bool VerbDictionaryImpl::TryPattern(const Document& doc, const Pattern& p,
                                    uint32_t head, uint32_t end,
                                    const VerbPatient* patient, IdCache* cache,
                                    VerbMatch* m) const {
  // The head itself may be a multiword alternative ("turn_down").
  uint32_t head_width =
      p.head_simple ? 1 : SlotWidth(doc, p.head_slot, head, end, cache);
  if (head_width == 0) return false;
  // Words required just before the head, matched right to left.
  uint32_t first = head;
  for (uint32_t k = p.pre_end; k > p.pre_begin; --k) {
    uint32_t sid = pattern_slots_[k - 1];
    bool found = false;
    for (uint32_t back = 1; back <= kPreGap && first >= back; ++back) {
      uint32_t t = first - back;
      if (IsBarrier(*cache->words, t)) break;
      if (SlotWidth(doc, sid, t, end, cache) > 0) {
        first = t;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  // Stop words near the head veto the pattern.
  if (p.stop_slot != kNone) {
    uint32_t lo = head >= 2 ? head - 2 : 0;
    uint32_t hi = static_cast<uint32_t>(
        std::min<uint64_t>(end, uint64_t{head} + kStopWindow));
    for (uint32_t t = lo; t < hi; ++t) {
      if (t != head && SlotWidth(doc, p.stop_slot, t, end, cache) > 0)
        return false;
    }
    // And in a passive subject, which stands for the object ("thousands
    // of birds have been killed").
    if (patient != nullptr && patient->first != kNone) {
      for (uint32_t t = patient->first; t < patient->end && t < lo; ++t)
        if (SlotWidth(doc, p.stop_slot, t, patient->end, cache) > 0)
          return false;
    }
  }
  // pos[i] is where post slot i matched, pos[kMaxSlots + i] its width.
  std::array<uint32_t, 2 * kMaxSlots> pos;
  uint32_t n = p.post_end - p.post_begin;
  if (!MatchPost(doc, p, 0, head + head_width, end, cache, &pos)) {
    // The passive subject holds the first post slots ("humanitarian aid
    // was sent to Gaza" for "send @hum aid >to"), the last of them on its
    // head; the rest follow the verb.
    if (patient == nullptr || n == 0 || patient->head == kNone ||
        patient->head >= head || patient->first > patient->head)
      return false;
    bool found = false;
    for (uint32_t k = 1; k <= n && !found; ++k) {
      uint32_t from = patient->first, i = 0;
      for (; i < k && from <= patient->head; ++i) {
        uint32_t sid = pattern_slots_[p.post_begin + i];
        uint32_t width = 0;
        uint32_t t = from;
        for (; t <= patient->head; ++t) {
          width = SlotWidth(doc, sid, t, patient->head + 1, cache);
          if (width > 0) break;
        }
        if (width == 0) {
          from = kNone;
          break;
        }
        pos[i] = t;
        pos[kMaxSlots + i] = width;
        from = t + width;
      }
      found = i == k && from == patient->head + 1 &&
              MatchPost(doc, p, k, head + head_width, end, cache, &pos);
    }
    if (!found) return false;
    m->patient = true;
  }
  uint32_t words = head_width + (p.pre_end - p.pre_begin);
  for (uint32_t i = 0; i < n; ++i) words += pos[kMaxSlots + i];
  m->code = std::string_view(p.code, p.code_len);
  m->first = first;
  uint32_t last_end = n == 0 ? 0 : pos[n - 1] + pos[kMaxSlots + n - 1];
  m->end = std::max(head + head_width, last_end);
  m->target_from = p.target_slot >= 0 ? pos[p.target_slot] : kNone;
  m->specificity = static_cast<int>(words);
  return true;
}

bool VerbDictionaryImpl::MatchCandidates(const CandidateIndex& index,
                                         const Document& doc,
                                         const VerbWords& words, uint32_t head,
                                         uint32_t limit,
                                         const VerbPatient* patient,
                                         VerbMatch* match) const {
  uint32_t end =
      static_cast<uint32_t>(std::min<uint64_t>(limit, doc.tokens.size()));
  if (end <= head) end = head + 1;

  const uint32_t id = words.lemma[head];
  const uint32_t lo = index.begin[id], hi = index.begin[id + 1];
  IdCache cache;
  cache.base = head >= kBefore ? head - kBefore : 0;
  cache.head = head;
  cache.words = &words;
  thread_local SlotMemo memo;
  cache.memo = &memo;
  // The tokens where a pattern's words may start, in two windows: post
  // slots after the head up to the first barrier, which MatchPost never
  // crosses (and from the base when a passive subject may hold them), pre
  // slots before it as far as they reach, stopping at a barrier too. The
  // tighter the windows, the fewer candidates their bits let through: the
  // words just before a verb ("has", "will") would pass many of its
  // patterns' post slots.
  uint32_t stop = std::min<uint32_t>(end, cache.base + kWindow);
  stop = NextBarrier(words, head + 1, stop);
  uint32_t pre_start = AfterLastBarrier(
      words, head - std::min<uint32_t>(head - cache.base, kPreGap * kMaxPre),
      head);
  uint64_t pre_window = 0, window = 0;
  for (uint32_t t = pre_start; t < head; ++t) pre_window |= words.bit[t];
  for (uint32_t t = head + 1; t < stop; ++t) window |= words.bit[t];
  if (patient != nullptr)
    for (uint32_t t = cache.base; t < head; ++t) window |= words.bit[t];
  // Where a particle right after the head may start (see CandidateIndex::
  // near); anywhere when the passive subject may hold it instead.
  uint64_t near_window = 0;
  if (patient != nullptr) {
    near_window = ~uint64_t{0};
  } else {
    const uint32_t near_stop = std::min(stop, head + 2 + kParticleGap);
    for (uint32_t t = head + 1; t < near_stop; ++t) near_window |= words.bit[t];
  }

  // The candidates whose required bits are all in the post window (and
  // whose leading particle can be near the head), as bits of `passing` by
  // position from lo.
  thread_local std::vector<uint64_t> passing;
  const uint32_t chunks = (hi - lo + 63) / 64;
  if (passing.size() < index.most_candidates / 64 + 1)
    passing.resize(index.most_candidates / 64 + 1);
  for (uint32_t chunk = 0; chunk < chunks; ++chunk) passing[chunk] = 0;
  const uint64_t* required = index.required.data();
  const uint64_t* near = index.near.data();
  const uint64_t missing = ~window;
  const uint32_t* bounds = index.bucket_bounds.data() + index.bucket_begin[id];
  const uint64_t keys = index.key_bits[id];
  auto open_bucket = [&](uint32_t bucket) {
    for (uint32_t k = bounds[bucket]; k < bounds[bucket + 1]; ++k) {
      uint32_t at = index.filed[k] - lo;
      if ((required[lo + at] & missing) == 0 &&
          (near[lo + at] == 0 || (near[lo + at] & near_window) != 0))
        passing[at / 64] |= uint64_t{1} << (at % 64);
    }
  };
  open_bucket(0);
  for (uint64_t open = keys & window; open != 0; open &= open - 1)
    open_bucket(1 + std::popcount(keys & ((open & -open) - 1)));

  bool found = false;
  VerbMatch best;
  uint32_t best_order = 0;
  bool done = false;
  for (uint32_t chunk = 0; chunk < chunks && !done; ++chunk) {
    for (uint64_t left = passing[chunk]; left != 0; left &= left - 1) {
      // Most specific first.
      const uint32_t c = lo + chunk * 64 + std::countr_zero(left);
      const Candidate& f = index.rest[c];
      if (found) {
        int most = static_cast<int>(f.max_words);
        if (most < best.specificity) {  // nothing later can win
          done = true;
          break;
        }
        if (most == best.specificity && f.order > best_order) continue;
      }
      bool possible = true;
      for (uint32_t k = f.multi_begin; k < f.multi_mid && possible; ++k)
        possible = (multi_bits_[k] & pre_window) != 0;
      for (uint32_t k = f.multi_mid; k < f.multi_end && possible; ++k)
        possible = (multi_bits_[k] & window) != 0;
      if (!possible) continue;
      if (cache.gen == 0) cache.gen = memo.Next();
      const Pattern& p = patterns_[f.pid];
      VerbMatch m;
      if (!TryPattern(doc, p, head, end, patient, &cache, &m)) continue;
      if (!found || m.specificity > best.specificity ||
          (m.specificity == best.specificity && p.order < best_order)) {
        best = m;
        best_order = p.order;
        found = true;
      }
    }
  }
  if (found) *match = best;
  return found;
}

}  // namespace

Status VerbDictionary::Load(const std::string& path,
                            std::unique_ptr<VerbDictionary>* out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else if (fs::is_regular_file(path, ec)) {
    files.push_back(path);
  } else {
    return NotFound("verb dictionary not found: " + path);
  }
  auto dict = std::make_unique<VerbDictionaryImpl>();
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return NotFound("cannot read " + f.string());
    std::stringstream ss;
    ss << in.rdbuf();
    dict->ParseFile(ss.str(), f.string());
  }
  if (dict->size() == 0) return DataLoss("no verb patterns in " + path);
  dict->Finish();
  *out = std::move(dict);
  return Status::Ok();
}

}  // namespace dyad
