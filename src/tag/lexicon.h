// Read-only string-keyed tables over sections of tagger.bin: the tables live
// in the loaded file and only a flat open-addressing index is built per table.
#ifndef DYAD_TAG_LEXICON_H_
#define DYAD_TAG_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "tag/tagger_model.h"
#include "text/word_hash.h"

namespace dyad::tagmodel {

// The hash of the tagger's tables and of its word cache, for a key w whose
// lexical::LoadHead is `head`: one multiply over the key as LoadShort reads
// it, or over its first and last eight bytes, where HashWord mixes in every
// eight bytes in turn; the cache hashes every token, and loading the model
// hashes ~160k keys. Longer keys (rare) with the same ends and length share
// a hash, which costs a comparison.
inline uint64_t KeyHash(std::string_view w, uint64_t head) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t v = head;
  if (w.size() > 8) {
    uint64_t tail;
    std::memcpy(&tail, w.data() + w.size() - 8, 8);
    v ^= tail * kMul;
  }
  // The high half of a product depends on all bits of the factors, the low
  // half only on their low bits: fold it down for slot indices.
  uint64_t h = (v ^ (uint64_t{w.size()} << 56)) * kMul;
  return h ^ (h >> 32);
}

// Linear-probing index from a key to its position in a table. Slots hold the
// full hash, so most misses end without touching the string pool. A Bloom
// filter of two bits per key in eight answers most misses first: it is a
// sixteenth the size of the slot array, so it stays in cache where the slot
// probe would be a cache miss, and misses are common (suffix guesses and
// lemma candidates try several keys that do not exist for each one that
// does).
class HashIndex {
 public:
  static uint64_t Hash(std::string_view s) {
    return KeyHash(s, lexical::LoadHead(s));
  }
  void Reset(size_t n);
  void Insert(uint64_t h, uint32_t value);
  // Starts loading the filter word and first slot for key into the cache, so
  // that a Find() shortly after does not wait for memory. Lookups of one
  // sentence are independent, and prefetching them all first lets their
  // cache misses overlap instead of following one another.
  void Prefetch(std::string_view key) const {
    if (slots_.empty()) return;
    uint64_t h = Hash(key);
    filter_.Prefetch(h);
    __builtin_prefetch(&slots_[h & mask_]);
  }
  // Calls same(value) on every slot whose hash matches; returns the first
  // value for which it is true, or kNone.
  template <typename Same>
  uint32_t Find(std::string_view key, Same same) const {
    if (slots_.empty()) return kNone;
    uint64_t h = Hash(key);
    if (!filter_.MayContain(h)) return kNone;
    uint32_t tag = static_cast<uint32_t>(h >> 32) | 1u;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return kNone;
      if (s.tag == tag && same(s.value)) return s.value;
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;  // high half of the hash, never 0 when used
    uint32_t value = 0;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  lexical::WordFilter filter_;
};

// key -> (tag, score) list.
class Lexicon {
 public:
  // Validates the section and indexes it; false when it is malformed. A key
  // without emissions counts as malformed: the tagger relies on every key
  // giving a token at least one candidate.
  bool Init(const char* data, size_t size, uint32_t num_tags);
  const LexKey* Find(std::string_view key) const;
  void Prefetch(std::string_view key) const { index_.Prefetch(key); }
  const Emission* emissions() const { return emissions_; }
  size_t size() const { return num_keys_; }

 private:
  const LexKey* keys_ = nullptr;
  const Emission* emissions_ = nullptr;
  const char* pool_ = nullptr;
  uint32_t num_keys_ = 0;
  HashIndex index_;
};

// key -> string (an empty value makes it a set).
class StringMap {
 public:
  bool Init(const char* data, size_t size);
  // True when key is present; sets *value when value is not null.
  bool Find(std::string_view key, std::string_view* value) const;
  size_t size() const { return num_pairs_; }

 private:
  const StrPair* pairs_ = nullptr;
  const char* pool_ = nullptr;
  uint32_t num_pairs_ = 0;
  HashIndex index_;
};

}  // namespace dyad::tagmodel

#endif  // DYAD_TAG_LEXICON_H_
