// Throughput of the extract/ stage (dates, quotes, counts, tone) on a
// project-written news text, over Documents built once by the test
// tokenizer so that only extract/ is measured.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "../tests/extract_testing.h"
#include "extract/extract.h"

namespace {

// A made-up wire report with the constructions extract/ looks for.
constexpr const char* kArticle =
    "Army shells northern town as talks stall\n"
    "Government troops pressed a three-day offensive on Tuesday while envoys "
    "met in Geneva.\n"
    "At least 42 people were killed and dozens of others wounded when "
    "artillery hit the market of Kafr Duma on Monday morning, a monitoring "
    "group said.\n"
    "\"We buried eleven children yesterday. Nobody is safe here,\" said Omar "
    "Haddad, a local doctor reached by telephone.\n"
    "The interior ministry said police arrested 130 protesters in the capital "
    "and that several hundred more were detained overnight.\n"
    "Crowds of 5,000 marched through the old city since Sunday evening, "
    "according to witnesses.\n"
    "\"There will be no return to the old ways. We want elections in March, "
    "not promises,\n"
    "\"and we will keep marching until they listen,\" the opposition "
    "spokeswoman, Leila Nasser, told reporters.\n"
    "The United Nations says more than 200,000 residents have fled the "
    "region since last May, and between 3,000 and 4,000 refugees crossed the "
    "border last week.\n"
    "Foreign minister Anton Weber said on Tuesday that his government was "
    "ready to help, calling the situation \"deeply alarming\".\n"
    "Analysts compared the siege to the 1994 famine in which tens of "
    "thousands of villagers are thought to have died.\n"
    "Five aid workers were kidnapped near the airport, the agency said.\n";

dyad::Document MakeBenchDocument(int copies) {
  std::string text;
  for (int i = 0; i < copies; ++i) text += kArticle;
  return dyad::testing::MakeTestDocument(text, "2012-02-07");
}

void BM_Extract(benchmark::State& state) {
  dyad::Document doc = MakeBenchDocument(static_cast<int>(state.range(0)));
  std::unique_ptr<dyad::ToneLexicon> tone;
  dyad::Status s = dyad::ToneLexicon::Load(
      std::string(DYAD_BINARY_DIR) + "/data/tone.bin", &tone);
  if (!s.ok()) {
    state.SkipWithError(s.message().c_str());
    return;
  }
  for (auto _ : state) {
    dyad::FindDates(&doc);
    dyad::FindQuotes(&doc);
    dyad::FindCounts(&doc);
    tone->Score(&doc);
    benchmark::DoNotOptimize(doc.counts.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(doc.sentences.size()) * state.iterations(),
      benchmark::Counter::kIsRate);
  state.counters["counts"] = static_cast<double>(doc.counts.size());
  state.counters["quotes"] = static_cast<double>(doc.quotes.size());
}
BENCHMARK(BM_Extract)->Arg(1)->Arg(20);

template <void (*Fn)(dyad::Document*)>
void BM_Stage(benchmark::State& state) {
  dyad::Document doc = MakeBenchDocument(20);
  dyad::FindDates(&doc);
  for (auto _ : state) {
    Fn(&doc);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(doc.sentences.size()) * state.iterations(),
      benchmark::Counter::kIsRate);
}
void Counts(dyad::Document* d) { dyad::FindCounts(d); }
void Quotes(dyad::Document* d) { dyad::FindQuotes(d); }
void Dates(dyad::Document* d) { dyad::FindDates(d); }
BENCHMARK(BM_Stage<Dates>)->Name("BM_Dates");
BENCHMARK(BM_Stage<Quotes>)->Name("BM_Quotes");
BENCHMARK(BM_Stage<Counts>)->Name("BM_Counts");

}  // namespace
