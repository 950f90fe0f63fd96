// Hash indices over the string tables of tagger.bin.
//
// The tables are stored sorted by key, but a binary search costs ~16 string
// comparisons per word and the tagger looks up every token, often twice, so
// each table gets a power-of-two open-addressing index (load factor <= 0.5)
// at load time: one multiply over the key's first and last eight bytes
// (KeyHash) and, almost always, one slot probe. Building the indices for
// ~150k keys takes a few milliseconds, far less than a hash table serialised
// into the file would save, and keeps the file format independent of the
// hash function.
#include "tag/lexicon.h"

#include <cstring>

namespace dyad::tagmodel {

void HashIndex::Reset(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  filter_.Reset(n);
}

void HashIndex::Insert(uint64_t h, uint32_t value) {
  uint32_t tag = static_cast<uint32_t>(h >> 32) | 1u;
  size_t i = h & mask_;
  while (slots_[i].tag != 0) i = (i + 1) & mask_;
  slots_[i] = Slot{tag, value};
  filter_.Add(h);
}

bool Lexicon::Init(const char* data, size_t size, uint32_t num_tags) {
  if (size < sizeof(LexiconHeader)) return false;
  LexiconHeader h;
  std::memcpy(&h, data, sizeof h);
  uint64_t need = sizeof h + uint64_t{h.num_keys} * sizeof(LexKey) +
                  uint64_t{h.num_emissions} * sizeof(Emission) + h.pool_size;
  if (need != size) return false;
  keys_ = reinterpret_cast<const LexKey*>(data + sizeof h);
  emissions_ = reinterpret_cast<const Emission*>(keys_ + h.num_keys);
  pool_ = reinterpret_cast<const char*>(emissions_ + h.num_emissions);
  num_keys_ = h.num_keys;
  for (uint32_t e = 0; e < h.num_emissions; ++e) {
    if (emissions_[e].tag >= num_tags) return false;
    float s = emissions_[e].score;
    if (!(s > -1e6f && s < 1e6f)) return false;  // also rejects NaN
  }
  index_.Reset(num_keys_);
  for (uint32_t i = 0; i < num_keys_; ++i) {
    const LexKey& k = keys_[i];
    if (k.key_offset > h.pool_size || k.key_size > h.pool_size - k.key_offset ||
        k.first >= k.last || k.last > h.num_emissions)
      return false;
    index_.Insert(
        HashIndex::Hash(std::string_view(pool_ + k.key_offset, k.key_size)), i);
  }
  return true;
}

const LexKey* Lexicon::Find(std::string_view key) const {
  uint32_t i = index_.Find(key, [&](uint32_t v) {
    const LexKey& k = keys_[v];
    return k.key_size == key.size() &&
           lexical::SameBytes(pool_ + k.key_offset, key.data(), key.size());
  });
  return i == kNone ? nullptr : &keys_[i];
}

bool StringMap::Init(const char* data, size_t size) {
  if (size < sizeof(StringMapHeader)) return false;
  StringMapHeader h;
  std::memcpy(&h, data, sizeof h);
  uint64_t need =
      sizeof h + uint64_t{h.num_pairs} * sizeof(StrPair) + h.pool_size;
  if (need != size) return false;
  pairs_ = reinterpret_cast<const StrPair*>(data + sizeof h);
  pool_ = reinterpret_cast<const char*>(pairs_ + h.num_pairs);
  num_pairs_ = h.num_pairs;
  index_.Reset(num_pairs_);
  for (uint32_t i = 0; i < num_pairs_; ++i) {
    const StrPair& p = pairs_[i];
    if (p.key_offset > h.pool_size || p.key_size > h.pool_size - p.key_offset ||
        p.value_offset > h.pool_size ||
        p.value_size > h.pool_size - p.value_offset)
      return false;
    index_.Insert(
        HashIndex::Hash(std::string_view(pool_ + p.key_offset, p.key_size)), i);
  }
  return true;
}

bool StringMap::Find(std::string_view key, std::string_view* value) const {
  uint32_t i = index_.Find(key, [&](uint32_t v) {
    const StrPair& p = pairs_[v];
    return p.key_size == key.size() &&
           lexical::SameBytes(pool_ + p.key_offset, key.data(), key.size());
  });
  if (i == kNone) return false;
  if (value)
    *value =
        std::string_view(pool_ + pairs_[i].value_offset, pairs_[i].value_size);
  return true;
}

}  // namespace dyad::tagmodel
