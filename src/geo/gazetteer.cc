// Place recognition and disambiguation against the compiled gazetteer.
//
// Recognition looks only where names can be: runs of capitalised tokens
// (with the particles that live inside names: "of", "de", "al-Assad",
// "ez-Zor"), in codable sentences. Inside a run the longest span of up to
// six tokens whose folded key is in the gazetteer wins, left to right, so
// "New South Wales" beats "Wales" and "Syrian Arab Republic" beats nothing.
// One hash probe per tried span keeps this at a few lookups per name, and
// the run is folded once, token by token, so that each span's key is a
// slice of it rather than a fresh fold of its text.
//
// A found name is not yet a place. It is dropped when it is
//   - a demonym or listed common word (the compiler marks those keys
//     blocked: "Syrian", "May", "Security"),
//   - inside a person or organisation mention from actors/, or right after
//     a title ("President", "Mr."),
//   - glued to another capitalised word of the same run ("Arab League",
//     "Rory Challands", "New York Times"), unless that word is the head of
//     a modifier ("US President", "Texas Governor").
// These rules aim at what fools gazetteer matchers in news: people and
// bodies named after places.
//
// Disambiguation scores every gazetteer entry of the name:
//   prior (log population and GeoNames feature class, capitals and
//   division seats first; country, region: see the compiler)
//   + document context: the entry lies in a country the document names
//     (actor mentions, and other names that resolve with little doubt), or
//     in a first-level division the document names ("Santa Ana" next to
//     "California");
//   + local cues: "the city of X" favours cities, "the province of X"
//     divisions.
// A name's own vote is taken out of the context before it is scored, so
// "Georgia" alone does not vote for the country Georgia. The best entry wins;
// ties keep the compiler's order, which is by prior.
//
// The whole model is one read-only file mapping (a heap copy when the file
// cannot be mapped): mapping the ~20 MB file costs no copy out of the page
// cache, which was the larger part of start-up. Matching allocates only the
// output places; its per-document vectors are thread_local scratch.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/fold.h"
#include "geo/gazetteer_format.h"
#include "geo/geo.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using namespace geo;
using lexical::WordSet;

constexpr size_t kMaxSpanTokens = 6;
constexpr size_t kMaxKey = 255;
// Context bonuses, on the scale of the compiler's priors (town 1-2,
// division 4-5, capital 5-6, country 6).
constexpr float kCountryBonus = 3.0f;
constexpr float kAdmin1Bonus = 2.0f;
// A name votes for its best entry's country only when that entry leads its
// namesakes by this much prior.
constexpr float kClearMargin = 1.5f;

using lexical::InList;

// Lower-cases ASCII into a small buffer; longer words never match lists.
std::string_view Lower(std::string_view s, std::array<char, 24>* buf) {
  if (s.size() > buf->size()) return {};
  lexical::LowerAscii(s.data(), s.size(), buf->data());
  return std::string_view(buf->data(), s.size());
}

// A word list that every token is checked against in any case: tokens
// longer than its longest word, which are most tokens, or whose length,
// first and last bytes match those of no word of the list, are turned away
// before they are lower-cased.
class RawWordList {
 public:
  RawWordList(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words) {
      longest_ = std::max(longest_, w.size());
      if (!w.empty()) shapes_[Shape(w)] = true;
    }
  }
  // Whether the lower-cased `raw` is in the list.
  bool ContainsLower(std::string_view raw) const {
    if (raw.empty() || raw.size() > longest_ || !shapes_[Shape(raw)])
      return false;
    std::array<char, 24> buf;
    return words_.Contains(Lower(raw, &buf));
  }

 private:
  // The length (modulo 16) and the low five bits of the first and the last
  // byte, which an ASCII letter shares with its other case: a capitalised
  // name ("Syria") rarely shares all three with a function word ("since"),
  // where the first byte alone let through most of them.
  static size_t Shape(std::string_view w) {
    auto low5 = [](char c) { return static_cast<size_t>(c) & 31; };
    return ((w.size() & 15) << 10) | (low5(w[0]) << 5) | low5(w.back());
  }

  WordSet words_;
  size_t longest_ = 0;
  std::bitset<16 << 10> shapes_;
};

// Capitalised function words: they start sentences and title-case
// headlines, and they never start a place name on their own. `raw` is the
// token as written.
bool IsStopWord(std::string_view raw) {
  static const RawWordList kWords{
      "the",       "a",         "an",     "in",      "on",     "at",
      "for",       "from",      "to",     "by",      "with",   "as",
      "after",     "before",    "but",    "and",     "or",     "if",
      "when",      "while",     "this",   "that",    "these",  "those",
      "it",        "he",        "she",    "they",    "we",     "i",
      "you",       "his",       "her",    "their",   "our",    "its",
      "my",        "there",     "here",   "some",    "many",   "most",
      "all",       "one",       "no",     "not",     "also",   "however",
      "meanwhile", "according", "during", "despite", "since",  "although",
      "though",    "earlier",   "later",  "last",    "next",   "more",
      "other",     "another",   "each",   "every",   "both",   "what",
      "which",     "who",       "where",  "why",     "how",    "over",
      "under",     "about",     "into",   "near",    "than",   "then",
      "so",        "yet",       "of",     "is",      "are",    "was",
      "were",      "has",       "have",   "had",     "will",   "would",
      "can",       "could",     "may",    "might",   "should", "must",
      "do",        "does",      "did",    "be",      "up",     "out",
      "off",       "now",       "just",   "only",    "even",   "such",
      "said",      "says",      "new"};
  return kWords.ContainsLower(raw);
}

// Lower-case words allowed inside a name ("Democratic Republic of the
// Congo", "Trinidad and Tobago", "Newcastle upon Tyne"); `raw` as written.
bool IsConnector(std::string_view raw) {
  static const RawWordList kWords{
      "of",  "de", "del", "da",  "do",  "dos", "das", "du",
      "des", "la", "le",  "el",  "al",  "the", "and", "upon",
      "on",  "y",  "di",  "van", "von", "der", "den", "ez",
      "es",  "as", "ad",  "ash", "an",  "bin", "ibn", "&"};
  return kWords.ContainsLower(raw);
}

bool IsTitle(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "president",    "mr",        "mr.",        "mrs",       "mrs.",
      "ms",           "ms.",       "dr",         "dr.",       "gen",
      "gen.",         "general",   "minister",   "senator",   "sen",
      "sen.",         "rep",       "rep.",       "gov",       "gov.",
      "governor",     "judge",     "justice",    "king",      "queen",
      "prince",       "princess",  "sheikh",     "pope",      "lord",
      "sir",          "colonel",   "col",        "col.",      "captain",
      "capt",         "capt.",     "lt",         "lt.",       "sgt",
      "sgt.",         "secretary", "chancellor", "ayatollah", "imam",
      "rev",          "rev.",      "father",     "coach",     "spokesman",
      "spokeswoman",  "dame",      "emir",       "mayor",     "premier",
      "commissioner", "professor", "prof",       "prof.",     "officer",
      "detective",    "sergeant",  "lady",       "saint-"};
  return kWords.Contains(w);
}

// Capitalised words that may follow a place name in a modifier use:
// "US President", "Syria Army", "Texas Governor".
bool IsModifiedHead(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "president",   "prime",      "minister",   "ministry",   "government",
      "army",        "navy",       "police",     "forces",     "force",
      "military",    "embassy",    "ambassador", "consulate",  "senator",
      "governor",    "mayor",      "officials",  "official",   "authorities",
      "department",  "state",      "secretary",  "foreign",    "defence",
      "defense",     "health",     "premier",    "chancellor", "king",
      "queen",       "leader",     "opposition", "border",     "coast",
      "province",    "region",     "county",     "district",   "city",
      "governorate", "airport",    "parliament", "cabinet",    "court",
      "supreme",     "federal",    "national",   "central",    "republican",
      "democrat",    "democratic", "police",     "residents",  "citizens",
      "troops",      "soldiers",   "marines",    "rebels",     "farmers",
      "doctors",     "team",       "coach",      "cup",        "time",
      "ministers"};
  return kWords.Contains(w);
}

// Capitalised words that make a preceding place name part of an
// organisation or title ("New York Times", "Arab League").
bool IsOrgHead(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "times",     "post",      "journal",  "herald",       "tribune",
      "daily",     "news",      "league",   "council",      "university",
      "college",   "airlines",  "airways",  "bank",         "club",
      "united",    "stock",     "exchange", "institute",    "museum",
      "telegraph", "gazette",   "observer", "mail",         "express",
      "standard",  "chronicle", "star",     "sun",          "globe",
      "review",    "press",     "today",    "broadcasting", "television",
      "radio",     "tv",        "company",  "corporation",  "corp",
      "inc",       "ltd",       "group",    "fc",           "rangers",
      "giants",    "yankees",   "mets",     "jets",         "senators",
      "capitals",  "kings",     "lakers",   "bulls",        "stars"};
  return kWords.Contains(w);
}

// The text of `sp`, or "" when a malformed annotation points outside it.
std::string_view SpanText(std::string_view text, Span sp) {
  if (sp.begin > sp.end || sp.end > text.size()) return {};
  return std::string_view(text.data() + sp.begin, sp.end - sp.begin);
}

// Token text, or "" when a malformed annotation points outside the text.
std::string_view SafeText(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size()) return {};
  return SpanText(doc.text, doc.tokens[i].span);
}

enum TokClass : uint8_t { kOther, kName, kStopCap, kConnect };

struct Match {
  uint32_t first, last;  // tokens, inclusive
  uint32_t sentence;
  const GzSlot* slot;
  int self_country = -1;  // this match's vote in the context
  int self_admin1 = -1;
  float cue_city = 0, cue_admin = 0;
};

struct Scratch {
  std::vector<uint8_t> blocked;
  std::vector<int> mention_countries;
  std::vector<uint8_t> cls;
  std::vector<Match> matches;
  std::vector<float> ctx_country;
  std::vector<uint32_t> ctx_admin1;  // one vote per clear match, sorted
  // The current run folded once (see FoldRun): run token k's key is
  // folded[key_begin[k], key_end[k]), and the gap before it precedes it.
  std::vector<char> folded;
  std::vector<uint32_t> key_begin, key_end;
  std::vector<uint32_t> order;  // place indices, for the focus
};

// Sorts `order`, indices in document order, by key(i) and then by index, so
// that the indices of one key form one run in document order, and returns
// the longest run as [begin, end) positions in `order` (empty when `order`
// is). Of runs equally long, the one whose first index (or last, with
// `tie_to_last`) is the smallest wins.
template <typename Key>
std::pair<size_t, size_t> LongestRun(std::vector<uint32_t>* order, Key key,
                                     bool tie_to_last) {
  std::sort(order->begin(), order->end(), [&](uint32_t a, uint32_t b) {
    int c = key(a).compare(key(b));
    return c != 0 ? c < 0 : a < b;
  });
  size_t best_begin = 0, best_end = 0;
  for (size_t begin = 0, end; begin < order->size(); begin = end) {
    end = begin + 1;
    while (end < order->size() && key((*order)[end]) == key((*order)[begin]))
      ++end;
    size_t n = end - begin, best_n = best_end - best_begin;
    uint32_t at = (*order)[tie_to_last ? end - 1 : begin];
    bool better =
        n > best_n || (n == best_n && n > 0 &&
                       at < (*order)[tie_to_last ? best_end - 1 : best_begin]);
    if (better) {
      best_begin = begin;
      best_end = end;
    }
  }
  return {best_begin, best_end};
}

// Folds the capitalised run of tokens [b, e) piece by piece, each token and
// each gap between two, into scratch. FoldKey reads a character at a time
// and drops the spaces between words, so the key of tokens [first, last] is
// then the one slice folded[key_begin[first - b], key_end[last - b]): each
// token is folded once rather than once for every span it is part of.
// False, and nothing to slice, when the pieces would not add up to the
// whole: tokens out of order, or a piece boundary inside a UTF-8 sequence.
bool FoldRun(const Document& doc, uint32_t b, uint32_t e, Scratch* scratch) {
  std::string_view text = doc.text;
  uint32_t begin = doc.tokens[b].span.begin, end = doc.tokens[e - 1].span.end;
  if (begin > end || end > text.size()) return false;
  auto inside_sequence = [&](uint32_t at) {
    return at < text.size() &&
           (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
  };
  // A key is never longer than its text; FoldAsciiWord stores 8 bytes at a
  // time, so 8 more make room for its last store.
  if (scratch->folded.size() < end - begin + 8)
    scratch->folded.resize(end - begin + 8);
  // Grown, never shrunk: a resize() call per run cost more than the fold of
  // a short run.
  if (scratch->key_begin.size() < e - b) {
    scratch->key_begin.resize(e - b);
    scratch->key_end.resize(e - b);
  }
  char* out = scratch->folded.data();
  size_t n = 0, cap = scratch->folded.size();
  uint32_t prev_end = begin;
  for (uint32_t k = b; k < e; ++k) {
    Span sp = doc.tokens[k].span;
    if (sp.begin < prev_end || sp.end < sp.begin || sp.end > end) return false;
    if (k > b && (inside_sequence(prev_end) || inside_sequence(sp.begin)))
      return false;
    // Most gaps are one space, which folds to nothing.
    uint32_t gap = sp.begin - prev_end;
    if (gap > 1 || (gap == 1 && text[prev_end] != ' '))
      n += FoldKey(text.substr(prev_end, gap), out + n, cap - n);
    scratch->key_begin[k - b] = static_cast<uint32_t>(n);
    // Most tokens of names are short ASCII words, folded a word at a time
    // when 8 bytes of text can be read.
    size_t folded =
        text.size() - sp.begin >= 8
            ? FoldAsciiWord(text.data() + sp.begin, sp.end - sp.begin, out + n)
            : kNotAsciiWord;
    if (folded == kNotAsciiWord)
      folded =
          FoldKey(text.substr(sp.begin, sp.end - sp.begin), out + n, cap - n);
    n += folded;
    scratch->key_end[k - b] = static_cast<uint32_t>(n);
    prev_end = sp.end;
  }
  return true;
}

class GazetteerImpl : public Gazetteer {
 public:
  ~GazetteerImpl() override {
    if (map_ != nullptr) ::munmap(map_, map_size_);
  }
  Status Init(const std::string& path);
  void FindPlaces(Document* doc) const override;

 private:
  // `hash` is HashKey(key).
  const GzSlot* Lookup(std::string_view key, uint32_t hash) const;
  std::string_view Pool(uint32_t off, uint32_t len) const {
    return std::string_view(pool_ + off, len);
  }
  int CountryOfIso3(std::string_view iso3) const {
    auto it = iso3_.find(std::string(iso3));
    return it == iso3_.end() ? -1 : it->second;
  }

  // Bloom filter over the keys, from the file (see gazetteer_format.h).
  // Most spans tried are not names (every sub-span of a capitalised run is
  // tried, longest first), and the slot table is far too large for the
  // cache: the filter answers most misses from cache instead.
  bool MayContain(uint32_t h) const {
    uint64_t bits = GzFilterBits(h);
    return (filter_[GzFilterWord(h, n_filter_words_)] & bits) == bits;
  }
  void PrefetchFilter(uint32_t h) const {
    __builtin_prefetch(&filter_[GzFilterWord(h, n_filter_words_)]);
  }
  // Whether every reference in the file lands inside it, so that matching
  // can trust the data.
  bool ReferencesValid() const;

  void* map_ = nullptr;  // the file mapping, when mmap worked
  size_t map_size_ = 0;
  std::unique_ptr<uint64_t[]> buf_;  // else the file read into memory
  GzHeader h_{};
  const GzSlot* slots_ = nullptr;
  const uint64_t* filter_ = nullptr;
  uint32_t n_filter_words_ = 0;
  const GzEntry* entries_ = nullptr;
  const GzCountry* countries_ = nullptr;
  const GzAdmin1* admin1_ = nullptr;
  const uint32_t* postings_ = nullptr;
  const char* pool_ = nullptr;
  std::unordered_map<std::string, int> iso3_;
};

Status GazetteerImpl::Init(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NotFound("cannot open gazetteer " + path);
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof h_) ||
      st.st_size > (off_t{1} << 32)) {
    ::close(fd);
    return DataLoss("gazetteer " + path + " has a bad size");
  }
  size_t size = static_cast<size_t>(st.st_size);
  char* p = nullptr;
  void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (m != MAP_FAILED) {
    map_ = m;
    map_size_ = size;
    p = static_cast<char*>(m);
    ::close(fd);
  } else {
    buf_.reset(new uint64_t[(size + 7) / 8]);
    p = reinterpret_cast<char*>(buf_.get());
    size_t got = 0;
    while (got < size) {
      ssize_t n = ::read(fd, p + got, size - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ::close(fd);
    if (got != size) return DataLoss("short read of gazetteer " + path);
  }
  std::memcpy(&h_, p, sizeof h_);
  if (h_.magic != kGzMagic) return DataLoss(path + " is not a gazetteer");
  if (h_.version != kGzVersion)
    return DataLoss(path + ": gazetteer format version " +
                    std::to_string(h_.version) + ", expected " +
                    std::to_string(kGzVersion));
  n_filter_words_ = GzFilterWords(h_.n_slots);
  uint64_t need = sizeof h_ + uint64_t{h_.n_slots} * sizeof(GzSlot) +
                  uint64_t{n_filter_words_} * sizeof(uint64_t) +
                  uint64_t{h_.n_entries} * sizeof(GzEntry) +
                  uint64_t{h_.n_countries} * sizeof(GzCountry) +
                  uint64_t{h_.n_admin1} * sizeof(GzAdmin1) +
                  uint64_t{h_.n_postings} * 4 + h_.pool_bytes;
  if (need != size || h_.n_slots == 0 || (h_.n_slots & (h_.n_slots - 1)))
    return DataLoss("gazetteer " + path + " is truncated or corrupt");
  size_t off = sizeof h_;
  slots_ = reinterpret_cast<const GzSlot*>(p + off);
  off += size_t{h_.n_slots} * sizeof(GzSlot);
  filter_ = reinterpret_cast<const uint64_t*>(p + off);
  off += size_t{n_filter_words_} * sizeof(uint64_t);
  entries_ = reinterpret_cast<const GzEntry*>(p + off);
  off += size_t{h_.n_entries} * sizeof(GzEntry);
  countries_ = reinterpret_cast<const GzCountry*>(p + off);
  off += size_t{h_.n_countries} * sizeof(GzCountry);
  admin1_ = reinterpret_cast<const GzAdmin1*>(p + off);
  off += size_t{h_.n_admin1} * sizeof(GzAdmin1);
  postings_ = reinterpret_cast<const uint32_t*>(p + off);
  off += size_t{h_.n_postings} * 4;
  pool_ = p + off;

  if (!ReferencesValid())
    return DataLoss("gazetteer " + path + " has bad references");
  for (uint32_t i = 0; i < h_.n_countries; ++i)
    iso3_[std::string(countries_[i].iso3, strnlen(countries_[i].iso3, 4))] =
        static_cast<int>(i);
  return Status::Ok();
}

// This runs over every record at each start-up, so the checks of the large
// sections are written to take few instructions: no early exit, and each
// record's tests combined with bitwise operators rather than branches.
bool GazetteerImpl::ReferencesValid() const {
  const uint64_t pool_bytes = h_.pool_bytes;
  bool ok = true;
  // Most slots are empty, and one test of those beats checking them all;
  // unrolled, as the loop's own count would cost as much as that test.
#pragma GCC unroll 8
  for (uint32_t i = 0; i < h_.n_slots; ++i) {
    const GzSlot& s = slots_[i];
    if (s.key_len == 0) continue;
    ok &= (uint64_t{s.key_off} + s.key_len <= pool_bytes) &
          (uint64_t{s.first} + s.count <= h_.n_postings);
  }
  uint32_t postings_ok = 1;  // a loop the compiler vectorises
  for (uint32_t i = 0; i < h_.n_postings; ++i)
    postings_ok &= postings_[i] < h_.n_entries;
  ok &= postings_ok != 0;
  // Zero times a finite number is zero, and NaN otherwise, which stays NaN
  // through the sum: one test at the end rather than one for each entry.
  float not_finite = 0.0f;
#pragma GCC unroll 4  // as above: the loop count costs a few per entry
  for (uint32_t i = 0; i < h_.n_entries; ++i) {
    const GzEntry& e = entries_[i];
    // The none values (0xFFFF, 0xFFFFFFFF) wrap to 0 when incremented, so
    // one comparison tests "none or in range".
    ok &= (uint64_t{e.name_off} + e.name_len <= pool_bytes) &
          (e.kind <= kGzAdmin2) & (e.feature <= kGzFeatOther) &
          (static_cast<uint16_t>(e.country + 1) <= h_.n_countries) &
          (e.admin1 + 1 <= h_.n_admin1);
    not_finite += e.lat * 0.0f + e.lon * 0.0f + e.prior * 0.0f;
  }
  ok &= not_finite == 0.0f;
  for (uint32_t i = 0; i < h_.n_countries; ++i)
    ok &= uint64_t{countries_[i].name_off} + countries_[i].name_len <=
              pool_bytes &&
          countries_[i].entry < h_.n_entries;
  for (uint32_t i = 0; i < h_.n_admin1; ++i)
    ok &= uint64_t{admin1_[i].name_off} + admin1_[i].name_len <= pool_bytes &&
          admin1_[i].country < h_.n_countries;
  return ok;
}

const GzSlot* GazetteerImpl::Lookup(std::string_view key, uint32_t h) const {
  if (key.empty() || key.size() > kMaxKey) return nullptr;
  if (!MayContain(h)) return nullptr;
  uint32_t mask = h_.n_slots - 1;
  for (uint32_t i = h & mask, probes = 0; probes < h_.n_slots;
       i = (i + 1) & mask, ++probes) {
    const GzSlot& s = slots_[i];
    if (s.key_len == 0) return nullptr;
    if (s.hash == h && s.key_len == key.size() &&
        lexical::SameBytes(pool_ + s.key_off, key.data(), key.size()))
      return &s;
  }
  return nullptr;
}

PlaceKind KindOf(uint8_t k) {
  switch (k) {
    case kGzCountry:
      return PlaceKind::kCountry;
    case kGzAdmin1:
      return PlaceKind::kAdmin1;
    case kGzDistrict:
      return PlaceKind::kDistrict;
    case kGzAdmin2:
      return PlaceKind::kDistrict;
    case kGzRegion:
      return PlaceKind::kRegion;
    default:
      return PlaceKind::kCity;
  }
}

bool StartsUpper(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  return c >= 'A' && c <= 'Z';
}

// The rest of IsHyphenName, for the few tokens with a hyphen near the
// start (or of three bytes).
[[gnu::noinline]] bool HyphenThenCapital(std::string_view t) {
  size_t n = std::min<size_t>(t.size(), 4), dash = 0;
  while (dash < n && t[dash] != '-') ++dash;
  return dash < n && dash > 0 && dash + 1 < t.size() &&
         StartsUpper(t.substr(dash + 1));
}

// "al-Assad", "ez-Zor": lower-case particle, hyphen, capital. Inline, as
// it runs for every lower-case token of a codable sentence and nearly
// always says no after its first tests, which cost less than a call.
inline bool IsHyphenName(std::string_view t) {
  if (t.size() < 3) return false;
  // Only the first three bytes can hold the first hyphen of a particle: a
  // find() over the whole token was a memchr call for every token. Most
  // tokens have no hyphen among their first four bytes, which one test of
  // all four at once tells.
  if (t.size() >= 4) {
    uint32_t v;
    std::memcpy(&v, t.data(), 4);
    uint32_t x = v ^ 0x2D2D2D2Du;  // '-' bytes become zero
    if (((x - 0x01010101u) & ~x & 0x80808080u) == 0) return false;
  } else if (t[1] != '-') {
    return false;  // of three bytes, only "x-Y" is one
  }
  return HyphenThenCapital(t);
}

// "'s" or "’s". Compared by hand, as operator== cost a strlen and a
// memcmp call per token.
bool IsPossessive(std::string_view t) {
  return (t.size() == 2 && t[0] == '\'' && t[1] == 's') ||
         (t.size() == 4 && t[0] == '\xE2' && t[1] == '\x80' && t[2] == '\x99' &&
          t[3] == 's');
}

// The class of a token that can start a run (kName or kStopCap), else
// kOther; `t` is its text. Declared inline because it runs for every
// token of a codable sentence, where a call cost about as much as its body.
inline TokClass StartClass(std::string_view t, bool capitalized) {
  if (t.empty()) return kOther;
  bool cap = StartsUpper(t) ||
             (capitalized && static_cast<unsigned char>(t[0]) >= 0x80);
  if (cap) return IsStopWord(t) ? kStopCap : kName;
  if (IsHyphenName(t)) return kName;
  return kOther;
}

// The first token of [i, end) that can start a run, or end; *start gets
// its class. Every token of a codable sentence passes through this loop,
// which FindPlaces, with its many live values, kept partly on the stack:
// on its own it keeps the loop in registers.
[[gnu::noinline]] uint32_t FindRunStart(std::string_view text,
                                        const Token* tokens, uint32_t i,
                                        uint32_t end, TokClass* start) {
  for (; i < end; ++i) {
    // SpanText's checks in two comparisons, as an empty span is kOther too.
    Span sp = tokens[i].span;
    if (sp.end > text.size() || sp.begin >= sp.end) continue;
    TokClass c =
        StartClass(std::string_view(text.data() + sp.begin, sp.end - sp.begin),
                   tokens[i].capitalized);
    if (c != kOther) {
      *start = c;
      return i;
    }
  }
  return end;
}

// The full class, for tokens that extend a run.
TokClass Classify(std::string_view t, bool capitalized) {
  TokClass c = StartClass(t, capitalized);
  if (c != kOther) return c;
  return IsConnector(t) || IsPossessive(t) ? kConnect : kOther;
}

void GazetteerImpl::FindPlaces(Document* doc) const {
  doc->places.clear();
  doc->focus_place = kNone;
  const size_t nt = doc->tokens.size();
  if (nt == 0 || doc->sentences.empty()) return;

  // Per-document vectors reuse one thread's capacity across documents.
  thread_local Scratch scratch;
  // Tokens covered by a person or organisation mention.
  std::vector<uint8_t>& blocked = scratch.blocked;
  blocked.assign(nt, 0);
  std::vector<int>& mention_countries = scratch.mention_countries;
  mention_countries.clear();
  for (const ActorMention& m : doc->mentions) {
    if (m.kind == ActorKind::kPerson || m.kind == ActorKind::kOrganisation) {
      for (uint32_t t = m.first_token; t < m.end_token && t < nt; ++t)
        blocked[t] = 1;
    }
    if (m.kind != ActorKind::kOrganisation && m.kind != ActorKind::kPronoun &&
        m.country.size() == 3) {
      int c = CountryOfIso3(m.country);
      if (c >= 0) mention_countries.push_back(c);
    }
  }

  // Token classes, filled only for the tokens of runs: the scan for a run's
  // first token needs no more than StartClass, and most tokens are no part
  // of any run (nor of a codable sentence).
  std::vector<uint8_t>& cls = scratch.cls;
  cls.resize(nt);
  // Locals rather than loads through `doc`, which the byte stores to `cls`
  // might alias.
  const std::string_view text = doc->text;
  const Token* const tokens = doc->tokens.data();
  std::array<char, 24> lb;

  std::vector<Match>& matches = scratch.matches;
  matches.clear();
  char key[kMaxKey + 1];
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& s = doc->sentences[si];
    if (!s.codable) continue;
    uint32_t end = std::min<uint32_t>(s.end_token, static_cast<uint32_t>(nt));
    uint32_t i = s.first_token;
    while (i < end) {
      TokClass start = kOther;
      i = FindRunStart(text, tokens, i, end, &start);
      if (i >= end) break;
      cls[i] = start;
      // The run [b, e): names, capitalised stop words and connectors, with
      // connectors and stop words trimmed from the end.
      uint32_t b = i, e = i + 1;
      while (e < end && (cls[e] = Classify(SpanText(text, tokens[e].span),
                                           tokens[e].capitalized)) != kOther)
        ++e;
      while (e > b && cls[e - 1] != kName) --e;
      i = std::max(e, b + 1);
      if (e <= b) continue;
      const bool sliced = FoldRun(*doc, b, e, &scratch);
      uint32_t pos = b;
      while (pos < e) {
        if (cls[pos] == kConnect) {
          ++pos;
          continue;
        }
        bool consumed = false;
        uint32_t max_len = std::min<uint32_t>(kMaxSpanTokens, e - pos);
        // Hashes of the keys of [pos, pos + len), for every len in one
        // pass; the filter words they test are fetched ahead, as most of
        // them miss the cache.
        std::array<uint32_t, kMaxSpanTokens> span_hash;
        if (sliced) {
          uint32_t h = kHashKeyBasis, at = scratch.key_begin[pos - b];
          for (uint32_t len = 1; len <= max_len; ++len) {
            uint32_t to = scratch.key_end[pos + len - 1 - b];
            h = HashKeyExtend(
                h, std::string_view(scratch.folded.data() + at, to - at));
            at = to;
            span_hash[len - 1] = h;
            PrefetchFilter(h);
          }
        }
        for (uint32_t len = max_len; len >= 1; --len) {
          uint32_t last = pos + len - 1;
          if (cls[last] != kName) continue;
          if (cls[pos] == kStopCap && len == 1) continue;
          // "A US drone strike": a sentence's opening article is no part of
          // a name ("Aus" in Namibia), whatever the folded key matches.
          if (cls[pos] == kStopCap && pos == s.first_token &&
              InList(Lower(SafeText(*doc, pos), &lb), {"a", "an"}))
            continue;
          std::string_view span_key;
          uint32_t hash;
          if (sliced) {
            uint32_t from = scratch.key_begin[pos - b];
            span_key = std::string_view(scratch.folded.data() + from,
                                        scratch.key_end[last - b] - from);
            if (span_key.empty() || span_key.size() > kMaxKey) continue;
            hash = span_hash[len - 1];
          } else {
            Span sp{doc->tokens[pos].span.begin, doc->tokens[last].span.end};
            if (sp.end <= sp.begin || sp.end > doc->text.size()) continue;
            size_t kl = FoldKey(doc->Text(sp), key, kMaxKey);
            if (kl == 0 || kl > kMaxKey) continue;
            span_key = std::string_view(key, kl);
            hash = HashKey(span_key);
          }
          const GzSlot* slot = Lookup(span_key, hash);
          if (slot == nullptr) continue;
          consumed = true;
          pos = last + 1;
          if ((slot->flags & kGzBlocked) || slot->count == 0) break;
          uint32_t first = last + 1 - len;
          // Person and organisation mentions, titles.
          bool reject = false;
          for (uint32_t t = first; t <= last; ++t) reject |= blocked[t] != 0;
          // "across the Line of Control": one capitalised word of a longer
          // name that the tagger still reads as a common noun is that noun.
          Tag ft = doc->tokens[first].tag;
          if (len == 1 && e - b > 1 && first > s.first_token && (ft == Tag::NN || ft == Tag::NNS))
            reject = true;
          if (first > s.first_token) {
            std::string_view prev = Lower(SafeText(*doc, first - 1), &lb);
            reject |= IsTitle(prev);
            // Glued to a preceding capitalised word of the same run.
            if (first > b && cls[first - 1] == kName) reject = true;
          }
          // Countries and divisions head organisation names as modifiers
          // ("U.S. Centers for Disease Control") and stay places there.
          uint8_t top_kind = entries_[postings_[slot->first]].kind;
          bool big = top_kind == kGzCountry || top_kind == kGzRegion ||
                     top_kind == kGzAdmin1;
          if (last + 1 < e && cls[last + 1] == kName) {
            std::string_view next = Lower(SafeText(*doc, last + 1), &lb);
            if (IsOrgHead(next) || (!big && !IsModifiedHead(next)))
              reject = true;
          }
          if (reject) break;
          Match m{first, last, si, slot};
          // "the city of X", "X province".
          if (first >= 2 && first - 2 >= s.first_token &&
              Lower(SafeText(*doc, first - 1), &lb) == "of") {
            std::string_view w = Lower(SafeText(*doc, first - 2), &lb);
            if (InList(w, {"city", "town", "village", "capital", "suburb",
                           "district", "neighbourhood", "neighborhood"}))
              m.cue_city = 1.5f;
            else if (InList(w, {"province", "state", "region", "governorate",
                                "county", "territory"}))
              m.cue_admin = 1.5f;
          }
          if (last + 1 < end) {
            std::string_view w = Lower(SafeText(*doc, last + 1), &lb);
            if (InList(w, {"province", "state", "region", "governorate",
                           "county"}))
              m.cue_admin = 1.5f;
            else if (InList(w, {"city", "town", "village"}))
              m.cue_city = 1.0f;
          }
          matches.push_back(m);
          break;
        }
        if (!consumed) ++pos;
      }
    }
  }
  if (matches.empty()) return;

  // Document context. A match votes for its best-prior entry's country
  // and division when that entry clearly leads its namesakes.
  std::vector<float>& ctx_country = scratch.ctx_country;
  ctx_country.assign(h_.n_countries, 0.0f);
  // A sorted list rather than a hash map of counts: a document has a few
  // matches, and the map allocated a node for each of them.
  std::vector<uint32_t>& ctx_admin1 = scratch.ctx_admin1;
  ctx_admin1.clear();
  for (int c : mention_countries) ctx_country[c] += 1.0f;
  for (Match& m : matches) {
    const GzEntry& top = entries_[postings_[m.slot->first]];
    bool clear = m.slot->count == 1 ||
                 top.prior - entries_[postings_[m.slot->first + 1]].prior >=
                     kClearMargin;
    if (!clear) continue;
    if (top.country != 0xFFFF) {
      m.self_country = top.country;
      ctx_country[top.country] += 1.0f;
    }
    if (top.admin1 != 0xFFFFFFFFu) {
      m.self_admin1 = static_cast<int>(top.admin1);
      ctx_admin1.push_back(top.admin1);
    }
  }
  std::sort(ctx_admin1.begin(), ctx_admin1.end());

  doc->places.reserve(matches.size());
  for (const Match& m : matches) {
    float best_score = -1e9f;
    const GzEntry* best = nullptr;
    for (uint32_t k = 0; k < m.slot->count; ++k) {
      const GzEntry& e = entries_[postings_[m.slot->first + k]];
      float score = e.prior;
      if (e.country != 0xFFFF) {
        float c =
            ctx_country[e.country] - (m.self_country == e.country ? 1 : 0);
        if (c > 0) score += kCountryBonus;
      }
      if (e.admin1 != 0xFFFFFFFFu &&
          (e.kind == kGzCity || e.kind == kGzDistrict)) {
        auto [lo, hi] =
            std::equal_range(ctx_admin1.begin(), ctx_admin1.end(), e.admin1);
        float c = static_cast<float>(hi - lo);
        if (m.self_admin1 == static_cast<int>(e.admin1)) c -= 1;
        if (c > 0) score += kAdmin1Bonus;
      }
      if (e.kind == kGzCity || e.kind == kGzDistrict) score += m.cue_city;
      if (e.kind == kGzAdmin1) score += m.cue_admin;
      if (score > best_score) {
        best_score = score;
        best = &e;
      }
    }
    if (best == nullptr) continue;
    Place p;
    p.span =
        Span{doc->tokens[m.first].span.begin, doc->tokens[m.last].span.end};
    p.sentence = m.sentence;
    p.name = std::string(Pool(best->name_off, best->name_len));
    if (best->country != 0xFFFF) {
      const GzCountry& c = countries_[best->country];
      p.country.assign(c.iso3, strnlen(c.iso3, 4));
    }
    p.kind = KindOf(best->kind);
    p.lat = best->lat;
    p.lon = best->lon;
    p.geonames_id = best->geonames_id;
    if (best->admin1 != 0xFFFFFFFFu) {
      const GzAdmin1& a = admin1_[best->admin1];
      p.admin1 = std::string(Pool(a.name_off, a.name_len));
    }
    doc->places.push_back(std::move(p));
  }

  // Focus: the most named non-country place of the most named country,
  // else that country. The counts come from sorting place indices rather
  // than from hash maps, which allocated a node for each country and name.
  std::vector<uint32_t>& order = scratch.order;
  order.clear();
  for (uint32_t i = 0; i < doc->places.size(); ++i)
    if (!doc->places[i].country.empty()) order.push_back(i);
  // The most named country; of equals, the one named first.
  auto [c_begin, c_end] = LongestRun(
      &order,
      [&](uint32_t i) -> std::string_view { return doc->places[i].country; },
      /*tie_to_last=*/false);
  if (c_begin == c_end) {
    doc->focus_place = 0;
    return;
  }
  const std::string_view dominant = doc->places[order[c_begin]].country;
  uint32_t best = kNone, country_place = kNone;
  order.clear();
  for (uint32_t i = 0; i < doc->places.size(); ++i) {
    const Place& p = doc->places[i];
    if (p.country != dominant) continue;
    if (p.kind == PlaceKind::kCountry) {
      if (country_place == kNone) country_place = i;
      continue;
    }
    order.push_back(i);
  }
  // The most named place; of equals, the one that reached that count first,
  // which is the one whose last mention comes first.
  auto [n_begin, n_end] = LongestRun(
      &order,
      [&](uint32_t i) -> std::string_view { return doc->places[i].name; },
      /*tie_to_last=*/true);
  if (n_begin != n_end) {
    best = order[n_begin];
    // Point at the first mention of the winning name.
    for (uint32_t i = 0; i < doc->places.size(); ++i)
      if (doc->places[i].name == doc->places[best].name &&
          doc->places[i].country == dominant) {
        best = i;
        break;
      }
  }
  doc->focus_place = best != kNone ? best : country_place;
  if (doc->focus_place == kNone) doc->focus_place = 0;
}

}  // namespace

Status Gazetteer::Load(const std::string& path,
                       std::unique_ptr<Gazetteer>* out) {
  auto g = std::make_unique<GazetteerImpl>();
  Status s = g->Init(path);
  if (!s.ok()) return s;
  *out = std::move(g);
  return Status::Ok();
}

}  // namespace dyad
