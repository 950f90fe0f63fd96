// A fast hash for short strings (words, names), shared by the flat
// open-addressing tables that the tagger, the actor matcher and the tone
// lexicon build at load time, and small word sets for keyword lists (built
// at start-up, or at compile time). Header-only, so stage libraries need not
// link to each other. The value is never stored in a data file, so it may
// change between builds.
#ifndef DYAD_TEXT_WORD_HASH_H_
#define DYAD_TEXT_WORD_HASH_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dyad::lexical {

// ASCII A-Z of eight bytes at once, other bytes (UTF-8 included) kept: a
// byte is upper case when it is below 0x80, at least 'A' and at most 'Z',
// and each test is one add whose carry lands in the byte's own top bit.
inline uint64_t LowerAscii8(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t low7 = v & ~kHigh;
  uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
  uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;
  uint64_t upper = at_least_a & ~above_z & ~v & kHigh;
  return v | (upper >> 2);  // 0x80 >> 2 == 'a' - 'A'
}

// sizeof(Word) bytes at p in native byte order, as memcpy reads them; also
// in a constant expression, where memcpy is not allowed, so that the word
// sets built at compile time see the words as the probes at run time do.
template <typename Word>
[[gnu::always_inline]] constexpr Word LoadNative(const char* p) {
  if (std::is_constant_evaluated()) {
    Word v = 0;
    for (size_t k = 0; k < sizeof(Word); ++k) {
      size_t byte =
          std::endian::native == std::endian::little ? k : sizeof(Word) - 1 - k;
      v |= Word{static_cast<uint8_t>(p[k])} << (8 * byte);
    }
    return v;
  }
  Word v;
  std::memcpy(&v, p, sizeof(Word));
  return v;
}

// Up to 8 bytes as one word: two overlapping 4-byte loads, or three single
// bytes; for a given n <= 8 it reads every byte, so equal values mean equal
// strings.
[[gnu::always_inline]] constexpr uint64_t LoadShort(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t a = LoadNative<uint32_t>(p);
    uint32_t b = LoadNative<uint32_t>(p + n - 4);
    return (uint64_t{a} << 32) | b;
  }
  if (n == 0) return 0;
  return (uint64_t{static_cast<uint8_t>(p[0])} << 16) |
         (uint64_t{static_cast<uint8_t>(p[n >> 1])} << 8) |
         static_cast<uint8_t>(p[n - 1]);
}

// A word's first 8 bytes, or all of a shorter word as LoadShort reads it:
// for words of up to 8 bytes, equal heads and lengths mean equal words.
[[gnu::always_inline]] constexpr uint64_t LoadHead(std::string_view w) {
  if (w.size() <= 8) return LoadShort(w.data(), w.size());
  return LoadNative<uint64_t>(w.data());
}

// Writes n <= 8 bytes that LoadShort(p, n) would read back as v. Where
// LoadShort's reads overlap, v must hold the same byte twice (any value it
// returned does).
inline void StoreShort(char* p, size_t n, uint64_t v) {
  if (n >= 4) {
    uint32_t a = static_cast<uint32_t>(v >> 32), b = static_cast<uint32_t>(v);
    std::memcpy(p, &a, 4);
    std::memcpy(p + n - 4, &b, 4);
    return;
  }
  if (n == 0) return;
  p[0] = static_cast<char>(v >> 16);
  p[n >> 1] = static_cast<char>(v >> 8);
  p[n - 1] = static_cast<char>(v);
}

// Lower-cases (ASCII only) n bytes of src into dst, which may not overlap
// it. The keyword matchers fold most tokens they look at; a byte loop was a
// measurable share of the pipeline. Words of 4-7 bytes are folded as the
// one word LoadShort reads.
inline void LowerAscii(const char* src, size_t n, char* dst) {
  if (n >= 8) {
    for (size_t i = 0;; i += 8) {
      if (i + 8 > n) i = n - 8;  // the last chunk overlaps: folding twice is harmless
      uint64_t v;
      std::memcpy(&v, src + i, 8);
      v = LowerAscii8(v);
      std::memcpy(dst + i, &v, 8);
      if (i + 8 == n) return;
    }
  }
  if (n >= 4) {
    StoreShort(dst, n, LowerAscii8(LoadShort(src, n)));
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    char c = src[i];
    dst[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

// Whether n bytes at a and b are equal. Keys in the tables below are mostly
// short, where a call to memcmp (and its dispatch on the length) cost more
// than the comparison: up to 16 bytes are compared as two words.
[[gnu::always_inline]] inline bool SameBytes(const char* a, const char* b,
                                             size_t n) {
  if (n <= 8) return LoadShort(a, n) == LoadShort(b, n);
  if (n <= 16) {
    uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return std::memcmp(a, b, n) == 0;
}

// Whether a and b are the same word. std::string_view's == calls memcmp
// once the lengths agree, and the pipeline compares words (a token with its
// lemma, with keyword literals) often enough that the calls were 3-5% of its
// time; most words are short enough for SameBytes' two loads.
[[gnu::always_inline]] inline bool SameWord(std::string_view a,
                                            std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

// Whether w is one of a short list of words.
inline bool InList(std::string_view w,
                   std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (SameWord(w, x)) return true;
  return false;
}

// Multiply-xorshift over 8-byte chunks. The last 1-7 bytes are read with
// fixed-size loads (two overlapping 4-byte loads, or three single bytes)
// rather than a variable-length memcpy into a stack word: the latter stalls
// on store-to-load forwarding, which cost more than the rest of the hash.
// The length is mixed in first, so overlapping reads cannot collide words of
// different lengths. `fold` maps each loaded word before it is mixed in
// (and stored to dst, when that is not null): HashWord's is the identity,
// LowerAndHashWord's folds case.
template <typename Fold>
[[gnu::always_inline]] inline uint64_t HashWordFolded(std::string_view s,
                                                      Fold fold, char* dst) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xA0761D6478BD642Full ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    v = fold(v);
    if (dst != nullptr) {
      std::memcpy(dst, &v, 8);
      dst += 8;
    }
    h = (h ^ v) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t v = fold(LoadShort(p, n));
  if (dst != nullptr) StoreShort(dst, n, v);
  h = (h ^ v) * kMul;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

[[gnu::always_inline]] inline uint64_t HashWord(std::string_view s) {
  return HashWordFolded(
      s, [](uint64_t v) { return v; }, nullptr);
}

// HashWord of s lower-cased as LowerAscii does it, with that lower-cased
// copy written to dst (s.size() bytes, not overlapping s). Matchers that
// fold a token and then look it up read its bytes once instead of twice;
// folding is bytewise, so it commutes with HashWord's loads.
[[gnu::always_inline]] inline uint64_t LowerAndHashWord(std::string_view s,
                                                        char* dst) {
  return HashWordFolded(s, LowerAscii8, dst);
}

// A Bloom filter of two bits per key in eight over HashWord values, for the
// flat tables whose slot arrays are too large to stay in cache while most
// probes miss: the filter is a sixteenth of their size and answers most
// misses without touching a slot. Both bits of a key are in one 64-bit word
// (a blocked filter), so a probe costs one cache line, not two: the
// pipeline's stages evict each other's tables, and a line is a miss. Its
// bits come from hash bits that the slot index (the low bits) does not use.
class WordFilter {
 public:
  void Reset(size_t n) {
    size_t words = 1;
    while (words * 64 < 8 * n) words <<= 1;
    words_.assign(words, 0);
    mask_ = words - 1;
  }
  void Add(uint64_t h) { words_[Word(h)] |= Bits(h); }
  // Always true before Reset.
  bool MayContain(uint64_t h) const {
    uint64_t b = Bits(h);
    return (words_[Word(h)] & b) == b;
  }
  void Prefetch(uint64_t h) const { __builtin_prefetch(&words_[Word(h)]); }

 private:
  size_t Word(uint64_t h) const { return (h >> 40) & mask_; }
  static uint64_t Bits(uint64_t h) {
    return (uint64_t{1} << ((h >> 20) & 63)) | (uint64_t{1} << ((h >> 26) & 63));
  }
  // Before Reset, one word with every bit set: probes need no test for it.
  std::vector<uint64_t> words_ = std::vector<uint64_t>(1, ~uint64_t{0});
  size_t mask_ = 0;
};

// A frozen map from words to 32-bit values, for the dictionaries probed once
// or more per token. Open addressing over 16-byte slots that hold the hash's
// high bits, the length and the word's first bytes (all of a word of up to 8
// bytes), so that most hits are decided by the slot alone; longer keys are
// checked against one contiguous copy of the keys. A Bloom filter in front
// answers most misses from cache.
class FlatWordMap {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // Before Build, the filter rejects every word, so that Find needs no test
  // for an empty table.
  FlatWordMap() { filter_.Reset(0); }

  // keys[i] maps to values[i]; keys must be distinct.
  void Build(const std::vector<std::string_view>& keys,
             const std::vector<uint32_t>& values) {
    size_t cap = 16;
    while (cap < 2 * keys.size()) cap <<= 1;  // load factor <= 0.5
    slots_.assign(cap, Slot{});
    key_off_.assign(cap, 0);
    mask_ = cap - 1;
    chars_.clear();
    filter_.Reset(keys.size());
    for (size_t k = 0; k < keys.size(); ++k) {
      std::string_view w = keys[k];
      uint64_t h = HashWord(w);
      filter_.Add(h);
      size_t i = h & mask_;
      while (slots_[i].tag != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{LoadHead(w), Tag(h, w.size()), values[k]};
      key_off_[i] = static_cast<uint32_t>(chars_.size());
      chars_.append(w);
    }
  }

  uint32_t Find(std::string_view w) const { return Find(w, HashWord(w)); }
  // The same with h = HashWord(w), for callers that probe several tables
  // with one word or look a word up more than once.
  uint32_t Find(std::string_view w, uint64_t h) const {
    if (!filter_.MayContain(h)) return kMissing;
    uint32_t tag = Tag(h, w.size());
    uint64_t head = LoadHead(w);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return kMissing;
      if (s.tag == tag && s.head == head &&
          (w.size() <= 8 || SameBytes(chars_.data() + key_off_[i], w.data(), w.size())))
        return s.value;
    }
  }
  // Starts loading the filter word of HashWord value h.
  void Prefetch(uint64_t h) const { filter_.Prefetch(h); }

 private:
  struct Slot {
    uint64_t head = 0;  // LoadHead() of the key
    uint32_t tag = 0;   // Tag(): never 0 when used
    uint32_t value = 0;
  };
  // High hash bits, a bit that keeps it non-zero, and the length (capped:
  // longer keys are compared in full anyway).
  static uint32_t Tag(uint64_t h, size_t n) {
    return (static_cast<uint32_t>(h >> 32) & ~0x1FFu) | 0x100u |
           static_cast<uint32_t>(n < 0xFF ? n : 0xFF);
  }

  std::vector<Slot> slots_;
  std::vector<uint32_t> key_off_;  // by slot: the key's offset in chars_
  std::string chars_;
  size_t mask_ = 0;
  WordFilter filter_;
};

// The slots of a WordSet or a ConstWordSet: open addressing over the
// word's length and first bytes (all of a word of up to 8 bytes, LoadShort's
// word), so a probe compares two integers and reads key bytes only for
// longer words; the slot index is hashed from the same integers.
struct WordSlot {
  uint64_t head = 0;       // LoadHead() of the word
  uint32_t size = 0;       // 0 for an empty slot
  uint32_t long_word = 0;  // for words over 8 bytes: index of its bytes
};

// A table of 16 slots or more, at least four per word: most probes of a
// word not in the set stop at the first, empty, slot.
constexpr size_t WordSlotCount(size_t words) {
  size_t cap = 16;
  while (cap < 4 * words) cap <<= 1;
  return cap;
}

// The product's top bits, which depend on every bit of the head; shift is
// 64 - log2(slot count).
constexpr size_t WordSlotIndex(uint64_t head, size_t n, int shift) {
  return ((head ^ n) * 0x9E3779B97F4A7C15ull) >> shift;
}

// Puts w (not empty, not yet in the table) into the first free slot of its
// probe sequence; long_word is where the set keeps w's bytes if w is longer
// than 8 bytes.
constexpr void InsertWordSlot(WordSlot* slots, size_t mask, int shift,
                              std::string_view w, uint32_t long_word) {
  uint64_t head = LoadHead(w);
  size_t i = WordSlotIndex(head, w.size(), shift);
  while (slots[i].size != 0) i = (i + 1) & mask;
  slots[i] = WordSlot{head, static_cast<uint32_t>(w.size()), long_word};
}

// Whether w is in the table, whose longest word has at most max_size bytes:
// one compare rules out the empty word and every longer one, and where
// max_size is a constant of at most 16 the compiler drops the memcmp path
// of SameBytes, and the register saves that a call needs.
[[gnu::always_inline]] inline bool ProbeWordSlots(const WordSlot* slots,
                                                  size_t mask, int shift,
                                                  const char* const* long_words,
                                                  size_t max_size,
                                                  std::string_view w) {
  if (w.size() - 1 >= max_size) return false;
  uint64_t head = LoadHead(w);
  for (size_t i = WordSlotIndex(head, w.size(), shift);; i = (i + 1) & mask) {
    const WordSlot& s = slots[i];
    if (s.size == 0) return false;
    if (s.head == head && s.size == w.size() &&
        (w.size() <= 8 ||
         SameBytes(long_words[s.long_word], w.data(), w.size())))
      return true;
  }
}

// A fixed set of short words, for the keyword lists that every token is
// checked against. A linear scan compared each token with dozens of words;
// this is one probe of a small open-addressing table, and most tokens stop
// at an empty slot. The words must outlive the set (string literals do);
// build it once, as a function-local static, or use a ConstWordSet.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::vector<std::string_view>(words)) {}
  explicit WordSet(const std::vector<std::string_view>& words) {
    size_t cap = WordSlotCount(words.size());
    shift_ = 64 - std::countr_zero(cap);
    slots_.assign(cap, WordSlot{});
    mask_ = cap - 1;
    for (std::string_view w : words) {
      if (w.empty() || Contains(w)) continue;
      InsertWordSlot(slots_.data(), mask_, shift_, w,
                     static_cast<uint32_t>(long_words_.size()));
      if (w.size() > 8) long_words_.push_back(w.data());
    }
  }
  // No longest word: it would cost a load, and rule out few of the words
  // these sets are asked about.
  bool Contains(std::string_view w) const {
    return ProbeWordSlots(slots_.data(), mask_, shift_, long_words_.data(),
                          SIZE_MAX, w);
  }

 private:
  std::vector<WordSlot> slots_;
  std::vector<const char*> long_words_;  // the bytes of words over 8 bytes
  size_t mask_ = 0;
  int shift_ = 60;  // 64 - log2(slots_.size())
};

// A WordSet of string literals built by the compiler:
//   static constexpr lexical::ConstWordSet kWords{"say", "tell"};
// A function-local WordSet is tested for its first use on every call, and
// the code that builds it made the callers' frames larger; this one is
// constant data, and its table's address and size are constants in
// Contains, as is MaxSize, the longest literal's length (from its type).
template <size_t N, size_t MaxSize>
class ConstWordSet {
 public:
  template <typename... Words>
  consteval explicit ConstWordSet(const Words&... words) {
    const std::string_view list[] = {std::string_view(words)...};
    uint32_t long_count = 0;
    for (size_t k = 0; k < N; ++k) {
      std::string_view w = list[k];
      bool seen = false;
      for (size_t j = 0; j < k; ++j) seen |= list[j] == w;
      if (w.empty() || seen) continue;
      InsertWordSlot(slots_.data(), kSlots - 1, kShift, w, long_count);
      if (w.size() > 8) long_words_[long_count++] = w.data();
    }
  }
  [[gnu::always_inline]] bool Contains(std::string_view w) const {
    return ProbeWordSlots(slots_.data(), kSlots - 1, kShift, long_words_.data(),
                          MaxSize, w);
  }

 private:
  static constexpr size_t kSlots = WordSlotCount(N);
  static constexpr int kShift = 64 - std::countr_zero(kSlots);
  std::array<WordSlot, kSlots> slots_{};
  std::array<const char*, N> long_words_{};  // the bytes of words over 8 bytes
};

// Each word is a string literal, a char array one longer than the word.
template <typename... Words>
ConstWordSet(const Words&...)
    -> ConstWordSet<sizeof...(Words), std::max({std::extent_v<Words>...}) - 1>;

}  // namespace dyad::lexical

#endif  // DYAD_TEXT_WORD_HASH_H_
