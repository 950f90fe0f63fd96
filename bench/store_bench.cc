// Event store benchmark: ingest rate and query latency on a synthetic
// collection of 1,000,000 coded events (250,000 documents of 4 sentences,
// one event each), written to a temporary SQLite file.
//
//   build/store_bench                       # all of it (~ minutes)
//   DYAD_BENCH_EVENTS=100000 build/store_bench   # smaller, for a smoke run
//   DYAD_BENCH_KEEP=1 ...     # keep the database file (path in the temp dir)
//
// BM_Ingest runs once and leaves the database for the query benchmarks.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/store.h"

namespace dyad {
namespace {

constexpr int kEventsPerDoc = 4;

int64_t TargetEvents() {
  const char* env = std::getenv("DYAD_BENCH_EVENTS");
  int64_t n = env ? std::atoll(env) : 0;
  return n > 0 ? n : 1000000;
}

std::string DbPath() {
  static const std::string path =
      (std::filesystem::temp_directory_path() /
       ("dyad_store_bench_" + std::to_string(getpid()) + ".db"))
          .string();
  return path;
}

void RemoveDb() {
  if (std::getenv("DYAD_BENCH_KEEP")) return;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove((DbPath() + suffix).c_str());
  }
}

struct Pools {
  std::vector<std::string> countries = {
      "SYR", "RUS", "USA", "TUR", "IRN", "ISR", "EGY", "IRQ", "LBN", "JOR",
      "SAU", "FRA", "GBR", "DEU", "CHN", "UKR", "YEM", "LBY", "AFG", "PAK"};
  std::vector<std::string> roles = {"GOV", "MIL", "REB", "CVL", "OPP",
                                    "COP", "MED", "BUS", "JUD", "LEG"};
  std::vector<std::string> cameo = {
      "010", "012", "020", "036", "040", "042", "043", "046", "051",
      "057", "061", "071", "080", "090", "111", "112", "120", "130",
      "138", "141", "145", "150", "160", "172", "173", "180", "181",
      "183", "190", "193", "194", "195", "200"};
  struct P {
    const char* name;
    const char* country;
    double lat, lon;
  };
  std::vector<P> places = {
      {"Homs", "SYR", 34.73, 36.71},    {"Damascus", "SYR", 33.51, 36.29},
      {"Aleppo", "SYR", 36.20, 37.16},  {"Moscow", "RUS", 55.75, 37.62},
      {"Ankara", "TUR", 39.93, 32.86},  {"Baghdad", "IRQ", 33.31, 44.36},
      {"Cairo", "EGY", 30.04, 31.24},   {"Beirut", "LBN", 33.89, 35.50},
      {"Kyiv", "UKR", 50.45, 30.52},    {"Sanaa", "YEM", 15.37, 44.19},
      {"Tripoli", "LBY", 32.89, 13.19}, {"Kabul", "AFG", 34.53, 69.17}};
  std::vector<CameoCode> codes;
  Pools() {
    for (const std::string& c : cameo) {
      CameoCode cc;
      cc.code = c;
      int root = std::atoi(c.substr(0, 2).c_str());
      cc.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      cc.goldstein = root <= 8 ? root * 0.8 : -root * 0.5;
      cc.plover = root >= 18 ? "ASSAULT" : root == 14 ? "PROTEST" : "CONSULT";
      codes.push_back(cc);
    }
  }
};

const Pools& GetPools() {
  static const Pools pools;
  return pools;
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

// Document i: 4 sentences with one event each; dates over three years,
// actors and codes drawn so that popular dyads repeat (dedup happens).
void MakeDoc(int64_t i, Document* doc) {
  const Pools& p = GetPools();
  *doc = Document();
  doc->id = "bench-" + std::to_string(i);
  doc->source = "source" + std::to_string(i % 40);
  doc->url = "https://news.example/" + std::to_string(i);
  int day = static_cast<int>(Mix(i) % 1095);
  doc->date.year = static_cast<int16_t>(2011 + day / 365);
  doc->date.month = static_cast<int8_t>(day % 365 / 31 + 1);
  doc->date.day = static_cast<int8_t>(day % 31 % 28 + 1);
  doc->tone.tone = static_cast<double>(Mix(i + 7) % 200) / 10.0 - 10.0;
  for (int k = 0; k < kEventsPerDoc; ++k) {
    uint64_t r = Mix(i * 16 + k);
    auto actor = [&](uint64_t x) {
      ActorMention m;
      // Skewed: low indices much more frequent.
      size_t ci = (x % 100) < 60 ? x % 4 : x % p.countries.size();
      m.country = p.countries[ci];
      m.role = p.roles[(x >> 8) % p.roles.size()];
      m.code = m.country + m.role;
      m.name = m.country + " " + m.role;
      m.sentence = static_cast<uint32_t>(k);
      return m;
    };
    ActorMention a = actor(r), b = actor(r >> 20);
    const std::string& code = p.cameo[(r >> 40) % p.cameo.size()];
    const auto& pl = p.places[(r >> 48) % p.places.size()];
    uint32_t begin = static_cast<uint32_t>(doc->text.size());
    doc->text += a.name + " and " + b.name + " " + code + " in " + pl.name +
                 (k % 2 ? " after talks." : " amid clashes.") + " ";
    Sentence s;
    s.span = {begin, static_cast<uint32_t>(doc->text.size() - 1)};
    doc->sentences.push_back(s);
    a.span = {begin, begin + 7};
    b.span = {begin + 12, begin + 19};
    doc->mentions.push_back(a);
    doc->mentions.push_back(b);
    Place place;
    place.name = pl.name;
    place.country = pl.country;
    place.lat = pl.lat;
    place.lon = pl.lon;
    place.sentence = static_cast<uint32_t>(k);
    doc->places.push_back(place);
    Event e;
    e.sentence = static_cast<uint32_t>(k);
    e.source = static_cast<uint32_t>(doc->mentions.size() - 2);
    e.target = static_cast<uint32_t>(doc->mentions.size() - 1);
    e.cameo = code;
    e.place = static_cast<uint32_t>(doc->places.size() - 1);
    doc->events.push_back(e);
  }
}

const CameoCode* Lookup(std::string_view code) {
  for (const CameoCode& c : GetPools().codes) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

bool g_ingested = false;

void Ingest(benchmark::State* state) {
  RemoveDb();
  std::atexit(RemoveDb);
  std::unique_ptr<Store> store;
  Status s = Store::Open(DbPath(), {}, &store);
  if (!s.ok()) {
    if (state) state->SkipWithError(s.message().c_str());
    return;
  }
  int64_t docs = TargetEvents() / kEventsPerDoc;
  Document doc;
  for (int64_t i = 0; i < docs; ++i) {
    MakeDoc(i, &doc);
    s = store->Put(doc, Lookup);
    if (!s.ok()) break;
  }
  if (s.ok()) s = store->Commit();
  if (!s.ok() && state) state->SkipWithError(s.message().c_str());
  if (state) {
    StoreCounts c;
    store->Count(&c);
    state->counters["events"] = static_cast<double>(c.events);
    state->counters["dedup_events"] = static_cast<double>(c.dedup_events);
    state->counters["documents"] = static_cast<double>(c.documents);
  }
  g_ingested = s.ok();
}

void BM_Ingest(benchmark::State& state) {
  for (auto _ : state) Ingest(&state);
  state.counters["events_per_s"] = benchmark::Counter(
      static_cast<double>(TargetEvents() / kEventsPerDoc * kEventsPerDoc),
      benchmark::Counter::kIsRate);
  state.counters["db_MB"] =
      static_cast<double>(std::filesystem::file_size(DbPath())) / 1e6;
}
BENCHMARK(BM_Ingest)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void RunSpec(benchmark::State& state, const QuerySpec& spec) {
  if (!g_ingested) Ingest(nullptr);
  std::unique_ptr<Store> store;
  StoreOptions options;
  options.read_only = true;
  Status s = Store::Open(DbPath(), options, &store);
  if (!s.ok()) return state.SkipWithError(s.message().c_str());
  FILE* null = std::fopen("/dev/null", "w");
  int64_t rows = 0;
  for (auto _ : state) {
    s = RunQuery(store->db(), spec, OutputFormat::kJsonl, null, &rows);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      break;
    }
  }
  std::fclose(null);
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_QueryDyadWeeklyConflict(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.dyad = "SYRMIL:SYRCVL";
  spec.filter.quad = 4;
  spec.filter.from = "2011-03-01";
  spec.count_by = "week";
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryDyadWeeklyConflict)->Unit(benchmark::kMillisecond);

void BM_QueryActorList(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.actor = "RUSGOV";
  spec.filter.from = "2012-01-01";
  spec.filter.to = "2012-01-31";
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryActorList)->Unit(benchmark::kMillisecond);

void BM_QueryCameoMonthByCountry(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.cameo = "19";
  spec.count_by = "month";
  spec.group = "country";
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryCameoMonthByCountry)->Unit(benchmark::kMillisecond);

void BM_QueryTopDyadsOneMonth(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.from = "2012-06-01";
  spec.filter.to = "2012-06-30";
  spec.top = "dyads";
  spec.top_n = 10;
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryTopDyadsOneMonth)->Unit(benchmark::kMillisecond);

void BM_QueryGoldsteinQuadOneDay(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.from = "2012-06-15";
  spec.filter.to = "2012-06-15";
  spec.group = "quad";
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryGoldsteinQuadOneDay)->Unit(benchmark::kMillisecond);

void BM_QueryNearHomsOneMonth(benchmark::State& state) {
  QuerySpec spec;
  ParseNear("34.73,36.71", &spec.filter);
  spec.filter.radius_km = 50;
  spec.filter.from = "2012-06-01";
  spec.filter.to = "2012-06-30";
  spec.goldstein = true;
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryNearHomsOneMonth)->Unit(benchmark::kMillisecond);

void BM_QueryFullTextCount(benchmark::State& state) {
  QuerySpec spec;
  spec.filter.text = "Aleppo AND talks";
  spec.filter.from = "2012-06-01";
  spec.filter.to = "2012-06-30";
  spec.goldstein = true;
  RunSpec(state, spec);
}
BENCHMARK(BM_QueryFullTextCount)->Unit(benchmark::kMillisecond);

void BM_ExportGdeltOneDay(benchmark::State& state) {
  if (!g_ingested) Ingest(nullptr);
  std::unique_ptr<Store> store;
  StoreOptions options;
  options.read_only = true;
  Status s = Store::Open(DbPath(), options, &store);
  if (!s.ok()) return state.SkipWithError(s.message().c_str());
  FILE* null = std::fopen("/dev/null", "w");
  QueryFilter f;
  f.from = f.to = "2012-06-15";
  int64_t rows = 0;
  for (auto _ : state)
    Export(store->db(), f, ExportFormat::kGdelt, null, &rows);
  std::fclose(null);
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ExportGdeltOneDay)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
