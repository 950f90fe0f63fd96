// Benchmarks of geo/: loading the gazetteer, and FindPlaces + LocateEvents
// per sentence on a news-like article (the seed article when ../shared is
// there, else a built-in text). Documents are prepared by the geo test
// helper so the numbers measure this stage alone.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "../tests/geo_doc_util.h"
#include "geo/geo.h"

namespace {

std::string DataPath() {
  return std::string(DYAD_BINARY_DIR) + "/data/gazetteer.bin";
}

std::string ArticleText() {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) +
                   "/../shared/seed/000_7512eb012af9a305.txt");
  if (in) {
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  return "Troops shelled the central city of Homs on Monday.\n"
         "Officials in Damascus said the army had entered Bab Amr.\n"
         "The minister flew from Moscow to Damascus for talks with the "
         "president.\n"
         "The United States and Britain closed their embassies in Syria.\n";
}

const dyad::Gazetteer* Gaz() {
  static std::unique_ptr<dyad::Gazetteer> g = [] {
    std::unique_ptr<dyad::Gazetteer> out;
    dyad::Gazetteer::Load(DataPath(), &out);
    return out;
  }();
  return g.get();
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<dyad::Gazetteer> g;
    dyad::Status s = dyad::Gazetteer::Load(DataPath(), &g);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_FindPlaces(benchmark::State& state) {
  const dyad::Gazetteer* g = Gaz();
  if (g == nullptr) {
    state.SkipWithError("no gazetteer.bin");
    return;
  }
  dyad::Document doc = dyad::testing::GeoMakeDoc(ArticleText());
  size_t sentences = doc.sentences.size();
  for (auto _ : state) {
    g->FindPlaces(&doc);
    dyad::LocateEvents(&doc);
    benchmark::DoNotOptimize(doc.places.data());
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences * state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["places"] = static_cast<double>(doc.places.size());
}
BENCHMARK(BM_FindPlaces);

}  // namespace
