// A fast hash for short strings (words, names), shared by the flat
// open-addressing tables that the tagger, the actor matcher and the tone
// lexicon build at load time, and a small static word set for keyword
// lists. Header-only, so stage libraries need not link
// to each other. The value is never stored in a data file, so it may change
// between builds.
#ifndef DYAD_TEXT_WORD_HASH_H_
#define DYAD_TEXT_WORD_HASH_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace dyad::lexical {

// Multiply-xorshift over 8-byte chunks. The last 1-7 bytes are read with
// fixed-size loads (two overlapping 4-byte loads, or three single bytes)
// rather than a variable-length memcpy into a stack word: the latter stalls
// on store-to-load forwarding, which cost more than the rest of the hash.
// The length is mixed in first, so overlapping reads cannot collide words of
// different lengths.
inline uint64_t HashWord(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xA0761D6478BD642Full ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (uint64_t{a} << 32) | b;
  } else if (n > 0) {
    v = (uint64_t{static_cast<uint8_t>(p[0])} << 16) |
        (uint64_t{static_cast<uint8_t>(p[n >> 1])} << 8) |
        static_cast<uint8_t>(p[n - 1]);
  }
  h = (h ^ v) * kMul;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

// A Bloom filter of two bits per key in eight over HashWord values, for the
// flat tables above whose slot arrays are too large to stay in cache while
// most probes miss: the filter is a sixteenth of their size and answers
// most misses without touching a slot. Its bits come from hash bits that
// the slot index (the low bits) does not use.
class WordFilter {
 public:
  void Reset(size_t n) {
    size_t bits = 64;
    while (bits < 8 * n) bits <<= 1;
    words_.assign(bits / 64, 0);
    mask_ = bits - 1;
  }
  void Add(uint64_t h) {
    size_t a = Bit1(h), b = Bit2(h);
    words_[a >> 6] |= uint64_t{1} << (a & 63);
    words_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // Always true before Reset.
  bool MayContain(uint64_t h) const {
    if (words_.empty()) return true;
    size_t a = Bit1(h), b = Bit2(h);
    return ((words_[a >> 6] >> (a & 63)) & (words_[b >> 6] >> (b & 63)) &
            1) != 0;
  }

 private:
  size_t Bit1(uint64_t h) const { return (h >> 40) & mask_; }
  size_t Bit2(uint64_t h) const { return (h >> 20) & mask_; }
  std::vector<uint64_t> words_;
  size_t mask_ = 0;
};

// A fixed set of short words, for the keyword lists that every token is
// checked against. A linear scan compared each token with dozens of words;
// this is one probe of a small open-addressing table keyed by the length and
// three letters, and most tokens stop at an empty slot without comparing
// any bytes. The words must outlive the set (string literals do); build it
// once, as a function-local static.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::vector<std::string_view>(words)) {}
  explicit WordSet(const std::vector<std::string_view>& words) {
    size_t cap = 16;
    while (cap < 4 * words.size()) cap <<= 1;
    slots_.assign(cap, std::string_view());
    mask_ = cap - 1;
    for (std::string_view w : words) {
      if (w.empty() || Contains(w)) continue;
      size_t i = Hash(w) & mask_;
      while (!slots_[i].empty()) i = (i + 1) & mask_;
      slots_[i] = w;
    }
  }
  bool Contains(std::string_view w) const {
    if (w.empty()) return false;
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == w) return true;
    }
  }

 private:
  static size_t Hash(std::string_view w) {
    auto b = [](char c) { return size_t{static_cast<uint8_t>(c)}; };
    size_t h = w.size() * 0x9E3779B1u ^ b(w[0]) * 0x85EBCA77u ^
               b(w[w.size() - 1]) * 0xC2B2AE3Du ^
               b(w[w.size() / 2]) * 0x27D4EB2Fu;
    return h ^ (h >> 15);
  }
  std::vector<std::string_view> slots_;
  size_t mask_ = 0;
};

}  // namespace dyad::lexical

#endif  // DYAD_TEXT_WORD_HASH_H_
