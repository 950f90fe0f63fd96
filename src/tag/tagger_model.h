// The on-disk layout of tagger.bin, shared by the build-time compiler
// (tools/data/compile_tagger.cc) and the loader (src/tag/tagger.cc).
//
// The file is written and read on the same machine at build time, so fields
// are native little-endian and every struct is a multiple of four bytes:
//
//   FileHeader                      magic "DYADTAG1", version, tag count,
//                                   section count, checksum of the rest
//   SectionEntry[num_sections]      id, offset (from file start), size
//   sections...
//
// Section kinds:
//   kTransitions  float[kNumTags * kNumTags], log P(tag | previous tag)
//   kPriors       float[kNumTags], log P(tag)
//   kVocab, kSuffix, kUnknownClasses: a lexicon (LexiconHeader, LexKey[],
//                 Emission[], string pool): key -> (tag, log P(t|key)/P(t))
//   kLemmaExceptions, kBaseForms: a string map (StringMapHeader, StrPair[],
//                 pool). Keys carry a one-letter part-of-speech prefix
//                 ('v' verb, 'n' noun, 'a' adjective, 'r' adverb).
#ifndef DYAD_TAG_TAGGER_MODEL_H_
#define DYAD_TAG_TAGGER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "dyad/document.h"

namespace dyad::tagmodel {

inline constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'T', 'A', 'G', '1'};
inline constexpr uint32_t kVersion = 1;
inline constexpr uint32_t kNumTags = static_cast<uint32_t>(Tag::kCount);

enum SectionId : uint32_t {
  kTransitions = 1,
  kPriors = 2,
  kVocab = 3,
  kSuffix = 4,
  kUnknownClasses = 5,
  kLemmaExceptions = 6,
  kBaseForms = 7,
};

// Suffix-model word classes (first byte of a kSuffix key).
inline constexpr char kClassLower = 'l';    // lower-case, no hyphen, no digit
inline constexpr char kClassCap = 'c';      // starts with an upper-case letter
inline constexpr char kClassHyphen = 'h';   // lower-case with a hyphen
inline constexpr char kClassDigit = 'd';    // contains a digit
inline constexpr char kClassAcronym = 'a';  // two or more letters, all capitals
inline constexpr int kMaxSuffix = 5;

// The suffix-model class of a word; the compiler and the tagger must agree.
inline char WordClass(const char* w, size_t n) {
  bool hyphen = false, lower = false;
  int upper = 0;
  for (size_t i = 0; i < n; ++i) {
    if (w[i] >= '0' && w[i] <= '9') return kClassDigit;
    if (w[i] == '-') hyphen = true;
    if (w[i] >= 'a' && w[i] <= 'z') lower = true;
    if (w[i] >= 'A' && w[i] <= 'Z') ++upper;
  }
  if (upper >= 2 && !lower) return kClassAcronym;
  if (n > 0 && w[0] >= 'A' && w[0] <= 'Z') return kClassCap;
  return hyphen ? kClassHyphen : kClassLower;
}

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t num_tags;
  uint32_t num_sections;
  uint32_t checksum;  // Checksum() of bytes [sizeof(FileHeader), file_size)
  uint32_t file_size;
  uint32_t reserved;
};
static_assert(sizeof(FileHeader) == 32);

struct SectionEntry {
  uint32_t id;
  uint32_t offset;
  uint32_t size;
  uint32_t reserved;
};

struct LexiconHeader {
  uint32_t num_keys;
  uint32_t num_emissions;
  uint32_t pool_size;
  uint32_t reserved;
};

struct LexKey {
  uint32_t key_offset;  // into the pool
  uint32_t key_size;
  uint32_t first;  // emissions [first, last)
  uint32_t last;
  uint32_t count;  // training occurrences (0 for model classes)
  uint32_t reserved;
};

struct Emission {
  uint32_t tag;  // dyad::Tag value
  float score;   // log P(tag | key) - log P(tag)
};

struct StringMapHeader {
  uint32_t num_pairs;
  uint32_t pool_size;
};

struct StrPair {
  uint32_t key_offset;
  uint32_t key_size;
  uint32_t value_offset;
  uint32_t value_size;
};

// Checksum of the file body: four independent multiply-xor lanes over 8-byte
// words (fast enough to check ~6 MB in about a millisecond; it detects
// truncation and bit rot, not tampering).
inline uint32_t Checksum(const char* data, size_t n) {
  const uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h[4] = {1, 2, 3, 4};
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int l = 0; l < 4; ++l) {
      uint64_t v;
      std::memcpy(&v, data + i + 8 * l, 8);
      h[l] = (h[l] ^ v) * kMul;
      h[l] ^= h[l] >> 31;
    }
  }
  uint64_t r = n * kMul;
  for (; i < n; ++i) r = (r ^ static_cast<unsigned char>(data[i])) * kMul;
  for (int l = 0; l < 4; ++l) r = (r ^ h[l]) * kMul, r ^= r >> 29;
  return static_cast<uint32_t>(r ^ (r >> 32));
}

}  // namespace dyad::tagmodel

#endif  // DYAD_TAG_TAGGER_MODEL_H_
