// Document tone: GDELT's seven figures from a word-valence lexicon.
//
// GDELT scores a document by counting words: the share of words with
// positive valence, the share with negative valence, their difference (tone)
// and sum (polarity), the share of "active" words and of self/group
// pronouns, and the word count. dyad does the same with the VADER lexicon
// (valences -4..+4, compiled at build time into tone.bin by
// tools/data/compile_tone.cc), because it is an openly licensed, widely used
// word list that covers news vocabulary well.
//
// Scoring is one pass over the tokens. A word is any token with a letter. Its
// valence is looked up by its lower-cased text, then by its lemma. A negator
// (not, n't, never, no, nor, none, nobody, nothing, neither, without,
// cannot) within the three preceding tokens flips the sign, the simplest
// rule that gets "not good" and "did not kill" right without a parser.
//
// Activity: GDELT uses the Harvard IV "Active" category, which is not openly
// available; the stand-in counts words whose VADER magnitude exceeds 2 (the
// strongly charged words: "killed", "attack", "crisis") plus a short list of
// action verbs and nouns of conflict and politics, matched by lemma. It is a
// proxy, documented as such, and comparable between documents.
//
// The lexicon is built once and frozen: Score() reads only. Every word of
// every document is looked up once or twice, so the table is a flat
// open-addressing index (load factor <= 0.5, a 32-bit hash tag per slot so
// misses rarely touch the key bytes) rather than a node-based hash map, whose
// bucket and node pointer chases dominated scoring. The negators and the
// self-references are flagged entries of the same table, so a word costs one
// lookup (two when its lemma differs and the first misses). Most words are in
// no list: a filter over the keys' lengths and first eight bytes turns them
// away before they are hashed.
#include <array>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/extract.h"
#include "extract/lexical.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

constexpr uint32_t kToneMagic = 0x4E545944;  // "DYTN" little-endian
constexpr uint32_t kToneVersion = 1;

constexpr const char* kActiveWords[] = {
    "attack",    "fight",       "march",    "protest",   "strike",
    "shell",     "bomb",        "fire",     "push",      "pound",
    "drive",     "seize",       "storm",    "raid",      "launch",
    "invade",    "advance",     "charge",   "clash",     "battle",
    "assault",   "shoot",       "kill",     "arrest",    "move",
    "act",       "action",      "campaign", "mobilize",  "mobilise",
    "deploy",    "demand",      "press",    "pressure",  "force",
    "threaten",  "warn",        "reject",   "veto",      "recall",
    "expel",     "impose",      "sanction", "block",     "break",
    "capture",   "occupy",      "crack",    "crackdown", "offensive",
    "rally",     "demonstrate", "riot",     "rebel",     "revolt",
    "uprising",  "overthrow",   "resist",   "respond",   "retaliate",
    "intervene", "escalate",    "confront", "challenge", "win",
    "defeat",    "destroy",     "burn",     "blast",     "explode",
    "rocket",    "target",      "hit",      "smash",     "run",
    "race",      "rush",        "flee",     "chase",     "pursue",
    "hunt",      "build",       "lead",     "start",     "begin",
    "create",    "establish",   "organize", "organise",  "negotiate",
    "meet",      "visit",       "travel",   "send",      "dispatch",
    "order",     "command",     "declare",  "announce",  "vote",
    "elect",     "sign",
};

// Both lists are checked for every word, so their words share the
// lexicon's table, flagged, and one lookup answers all three questions.
constexpr const char* kNegators[] = {"not",     "n't",     "never",  "no",
                                     "nor",     "none",    "nobody", "nothing",
                                     "neither", "without", "cannot"};
constexpr const char* kSelfReferences[] = {
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"};

// Whether a byte is an ASCII letter or starts a multi-byte UTF-8 character;
// a table, because every byte of every token before its first letter is
// tested.
constexpr std::array<bool, 256> kLetterBytes = [] {
  std::array<bool, 256> letter{};
  for (int c = 0; c < 256; ++c)
    letter[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
  return letter;
}();

bool HasLetter(std::string_view t) {
  for (char c : t) {
    if (kLetterBytes[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

// Whether a word may be a key of the tone table, from its length and its
// first eight bytes (all of a shorter word: lexical::LoadHead) alone. Most
// words are no key, and this turns nearly all of them away with a multiply
// and one bit (16 KB of them: about one in sixteen set), before the word is
// hashed for the table.
class HeadFilter {
 public:
  void Add(std::string_view key) {
    uint64_t m = Mix(lexical::LoadHead(key), key.size());
    words_[Word(m)] |= Bits(m);
  }
  bool MayContain(uint64_t head, size_t size) const {
    uint64_t m = Mix(head, size);
    uint64_t bits = Bits(m);
    return (words_[Word(m)] & bits) == bits;
  }

 private:
  static constexpr int kLogWords = 11;
  static uint64_t Mix(uint64_t head, size_t size) {
    uint64_t m =
        (head ^ (size * 0xFF51AFD7ED558CCDull)) * 0x9E3779B97F4A7C15ull;
    return m ^ (m >> 32);
  }
  static size_t Word(uint64_t m) { return m >> (64 - kLogWords); }
  static uint64_t Bits(uint64_t m) { return uint64_t{1} << (m & 63); }
  std::array<uint64_t, size_t{1} << kLogWords> words_{};
};

class VaderTone : public ToneLexicon {
 public:
  Status Init(const std::string& blob) {
    const char* p = blob.data();
    size_t n = blob.size();
    if (n < 12) return DataLoss("tone.bin is truncated");
    uint32_t magic, version, count;
    std::memcpy(&magic, p, 4);
    std::memcpy(&version, p + 4, 4);
    std::memcpy(&count, p + 8, 4);
    if (magic != kToneMagic) return DataLoss("tone.bin: bad magic number");
    if (version != kToneVersion) {
      return DataLoss("tone.bin: format version " + std::to_string(version) +
                      ", expected " + std::to_string(kToneVersion));
    }
    size_t off = 12;
    // Built as a map first (later duplicates overwrite earlier ones), then
    // frozen into the flat index below.
    std::unordered_map<std::string_view, Entry> words;
    words.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
      if (off + 1 > n) return DataLoss("tone.bin is truncated");
      size_t len = static_cast<unsigned char>(p[off]);
      if (off + 1 + len + 4 > n) return DataLoss("tone.bin is truncated");
      std::string_view word(p + off + 1, len);
      float v;
      std::memcpy(&v, p + off + 1 + len, 4);
      Entry& e = words[word];
      e.valence = v;
      e.active = v > 2.0f || v < -2.0f;
      off += 1 + len + 4;
    }
    if (off != n) return DataLoss("tone.bin has trailing bytes");
    // Active words and their regular inflections go into the same table, so
    // that scoring needs one lookup per word. (The table keeps its own copy
    // of the keys: `extra` and `blob` need not outlive Init.)
    std::deque<std::string> extra;
    for (const char* a : kActiveWords) {
      std::string base(a);
      std::string forms[] = {base,       base + "s",   base + "es", base + "ed",
                             base + "d", base + "ing", base + "ion"};
      if (!base.empty() && base.back() == 'e') {
        forms[5] = base.substr(0, base.size() - 1) + "ing";
      }
      for (const std::string& f : forms) {
        extra.push_back(f);
      }
    }
    for (const std::string& f : extra) words[f].active = true;
    for (auto& [word, entry] : words) entry.scored = true;
    for (const char* w : kNegators) words[w].negator = true;
    for (const char* w : kSelfReferences) words[w].self_reference = true;

    std::vector<std::string_view> keys;
    std::vector<uint32_t> indices;
    keys.reserve(words.size());
    indices.reserve(words.size());
    entries_.reserve(words.size());
    for (const auto& [word, entry] : words) {
      heads_.Add(word);
      keys.push_back(word);
      indices.push_back(static_cast<uint32_t>(entries_.size()));
      entries_.push_back(entry);
    }
    index_.Build(keys, indices);
    return Status::Ok();
  }

  void Score(Document* doc) const override {
    Tone t;
    uint32_t words = 0, pos = 0, neg = 0, active = 0, self = 0;
    int since_negator = 1000;
    char lower[extract_internal::kMaxWord];
    for (const Token& tok : doc->tokens) {
      std::string_view text = doc->Text(tok.span);
      ++since_negator;
      if (!HasLetter(text)) continue;
      ++words;
      // The token is lower-cased only when the filter lets it through or its
      // lemma must be compared with it beyond the first eight bytes.
      bool fits = text.size() <= extract_internal::kMaxWord;
      uint64_t head = 0;  // of the lower-cased token (folding is bytewise)
      bool lowered = false;
      const Entry* e = nullptr;
      if (fits) {
        head = lexical::LowerAscii8(lexical::LoadHead(text));
        if (heads_.MayContain(head, text.size())) {
          lexical::LowerAscii(text.data(), text.size(), lower);
          lowered = true;
          uint32_t i = index_.Find(std::string_view(lower, text.size()));
          if (i != lexical::FlatWordMap::kMissing) {
            e = &entries_[i];
            if (e->negator) {
              since_negator = 0;
              continue;
            }
            if (e->self_reference) ++self;
            if (!e->scored) e = nullptr;
          }
        }
      }
      if (e == nullptr && !tok.lemma.empty()) {
        // Whether the lemma is the lower-cased token (never, for a token too
        // long to match): then its lookup has just missed.
        std::string_view lemma = tok.lemma;
        bool same = fits && lemma.size() == text.size();
        if (same && text.size() <= 8) {
          same = lexical::LoadShort(lemma.data(), lemma.size()) == head;
        } else if (same) {
          if (!lowered) lexical::LowerAscii(text.data(), text.size(), lower);
          same = lexical::SameBytes(lemma.data(), lower, text.size());
        }
        if (!same) e = FindScored(lemma);
      }
      if (e == nullptr) continue;
      float v = since_negator <= 3 ? -e->valence : e->valence;
      if (v > 0) ++pos;
      if (v < 0) ++neg;
      if (e->active) ++active;
    }
    t.word_count = words;
    if (words > 0) {
      double scale = 100.0 / words;
      t.positive = pos * scale;
      t.negative = neg * scale;
      t.tone = t.positive - t.negative;
      t.polarity = t.positive + t.negative;
      t.activity = active * scale;
      t.self_reference = self * scale;
    }
    doc->tone = t;
  }

 private:
  struct Entry {
    float valence = 0;
    bool active = false;
    bool scored = false;  // in the lexicon or an active word, not only flagged
    bool negator = false;
    bool self_reference = false;
  };
  const Entry* FindScored(std::string_view w) const {
    if (!heads_.MayContain(lexical::LoadHead(w), w.size())) return nullptr;
    uint32_t i = index_.Find(w);
    if (i == lexical::FlatWordMap::kMissing || !entries_[i].scored)
      return nullptr;
    return &entries_[i];
  }

  HeadFilter heads_;            // of index_'s keys
  lexical::FlatWordMap index_;  // word -> index into entries_
  std::vector<Entry> entries_;
};

}  // namespace

Status ToneLexicon::Load(const std::string& path,
                         std::unique_ptr<ToneLexicon>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open tone lexicon " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto lex = std::make_unique<VaderTone>();
  Status s = lex->Init(ss.str());
  if (!s.ok()) return Status(s.code(), s.message() + " (" + path + ")");
  *out = std::move(lex);
  return Status::Ok();
}

}  // namespace dyad
