// Benchmarks for the PETRARCH compatibility stage: loading the largest
// Phoenix actor dictionary (target: under 0.5 s) and coding parsed
// sentences. Skips when ../shared is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "petrarch/petrarch.h"

namespace {

std::string SharedPetrarch() {
  for (const char* base :
       {DYAD_SOURCE_DIR "/../shared/petrarch2", "/work/shared/petrarch2"}) {
    std::ifstream probe(std::string(base) +
                        "/dictionaries/Phoenix.Countries.actors.txt");
    if (probe) return base;
  }
  return "";
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void BM_LoadPhoenixCountries(benchmark::State& state) {
  std::string dir = SharedPetrarch();
  if (dir.empty()) {
    state.SkipWithError("../shared/petrarch2 is absent");
    return;
  }
  // Reading the file is part of loading.
  const std::string path = dir + "/dictionaries/Phoenix.Countries.actors.txt";
  for (auto _ : state) {
    dyad::PetrarchDictionaries d;
    d.AddActors(Slurp(path), path);
    d.Freeze();
    benchmark::DoNotOptimize(d.counts().actor_phrases);
  }
  state.SetLabel("Phoenix.Countries.actors.txt");
}
BENCHMARK(BM_LoadPhoenixCountries)->Unit(benchmark::kMillisecond);

void BM_CodeValidationRecords(benchmark::State& state) {
  std::string dir = SharedPetrarch();
  if (dir.empty()) {
    state.SkipWithError("../shared/petrarch2 is absent");
    return;
  }
  std::vector<dyad::PetrarchRecord> recs;
  dyad::PetrarchEnvironment env;
  dyad::ReadPetrarchXml(dir + "/text/PETR.UnitTest.records.xml", &recs, &env);
  dyad::PetrarchFiles files;
  files.verbs = env.verbfile;
  files.actors = env.actorfiles;
  files.agents = env.agentfile;
  files.discards = env.discardfile;
  files.issues.clear();
  std::unique_ptr<dyad::PetrarchDictionaries> d;
  dyad::LoadPetrarchDictionaries(dir + "/dictionaries", dyad::PetrarchConfig(),
                                 files, &d);
  size_t n = 0;
  for (auto _ : state) {
    for (const auto& r : recs) {
      benchmark::DoNotOptimize(dyad::CodeRecord(*d, r, true));
      ++n;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(n));
  state.SetLabel("sentences");
}
BENCHMARK(BM_CodeValidationRecords)->Unit(benchmark::kMillisecond);

void BM_CodeGigawordWithPhoenix(benchmark::State& state) {
  std::string dir = SharedPetrarch();
  if (dir.empty()) {
    state.SkipWithError("../shared/petrarch2 is absent");
    return;
  }
  std::vector<dyad::PetrarchRecord> recs;
  dyad::ReadPetrarchXml(dir + "/text/GigaWord.sample.PETR.xml", &recs);
  std::unique_ptr<dyad::PetrarchDictionaries> d;
  dyad::LoadPetrarchDictionaries(dir + "/dictionaries", dyad::PetrarchConfig(),
                                 &d);
  size_t n = 0;
  for (auto _ : state) {
    for (const auto& r : recs) {
      benchmark::DoNotOptimize(dyad::CodeRecord(*d, r));
      ++n;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(n));
  state.SetLabel("sentences");
}
BENCHMARK(BM_CodeGigawordWithPhoenix)->Unit(benchmark::kMillisecond);

}  // namespace
