// Per-stage throughput in MB/s of article text, and the whole pipeline.
//
// Each stage is timed on documents already carried through the stages before
// it; the copy of that prepared document is excluded from the timing.
// The corpus is the project's own sample article, repeated. Besides the
// pipeline's stages: document setup (normalising the raw text), the verb
// dictionary alone (the pattern matching inside the event stage) and the
// JSON document line that `dyad code --emit documents` writes, and the
// coder on a batch of documents coded stage by stage or one by one.
//   build/pipeline_bench --benchmark_filter=Stage
#include <benchmark/benchmark.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <vector>

#include "actors/actors.h"
#include "dyad/dyad.h"
#include "events/codebook.h"
#include "events/event_coder.h"
#include "events/verb_dictionary.h"
#include "extract/extract.h"
#include "geo/geo.h"
#include "io/json_writer.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "text/text.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

struct Models {
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<ActorDictionary> actors;
  std::unique_ptr<VerbDictionary> verbs;
  std::unique_ptr<Codebook> codebook;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<ToneLexicon> tone;
  std::string text;
  bool ok = false;

  Models() {
    std::string dir = std::string(DYAD_BINARY_DIR) + "/data";
    std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/samples/sample_article.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    text = NormalizeText(ss.str());
    ok = Tagger::Load(dir + "/tagger.bin", &tagger).ok() &&
         ActorDictionary::Load(dir + "/actors", &actors).ok() &&
         VerbDictionary::Load(dir + "/verbs", &verbs).ok() &&
         Codebook::Load(dir + "/cameo/codebook.tsv", &codebook).ok() &&
         Gazetteer::Load(dir + "/gazetteer.bin", &gazetteer).ok() &&
         ToneLexicon::Load(dir + "/tone.bin", &tone).ok() && !text.empty();
  }
};

Models& M() {
  static Models m;
  return m;
}

using Stage = std::function<void(Document*)>;

std::vector<Stage> Stages() {
  Models& m = M();
  return {
      [](Document* d) { SplitBlocks(d); },
      [](Document* d) { Tokenize(d); },
      [](Document* d) { SplitSentences(d); },
      [&m](Document* d) { m.tagger->Tag(d); },
      [](Document* d) { Parse(d); },
      [&m](Document* d) { m.actors->FindActors(d); },
      [](Document* d) { FindDates(d); },
      [&m](Document* d) { m.gazetteer->FindPlaces(d); },
      [](Document* d) { FindQuotes(d); },
      [](Document* d) { FindCounts(d); },
      [&m](Document* d) { m.tone->Score(d); },
      [&m](Document* d) { CodeEvents(*m.verbs, *m.codebook, d); },
      [](Document* d) { LocateEvents(d); },
  };
}

constexpr size_t kEventsStage = 11;  // index of CodeEvents in Stages()

// The sample article carried through the first `stages` stages.
Document Prepared(size_t stages) {
  std::vector<Stage> all = Stages();
  Document doc;
  doc.text = M().text;
  doc.date = *Date::Parse("2023-08-15");
  for (size_t i = 0; i < stages && i < all.size(); ++i) all[i](&doc);
  return doc;
}

bool ModelsOk(benchmark::State& state) {
  if (M().ok) return true;
  state.SkipWithError("models or samples/sample_article.txt missing; build dyad_data");
  return false;
}

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * M().text.size()));
}

// Benchmarks stage `index` (and, with `through`, every stage before it too).
void RunStage(benchmark::State& state, size_t index, bool through) {
  if (!ModelsOk(state)) return;
  std::vector<Stage> stages = Stages();
  Document prepared = Prepared(through ? 0 : index);
  for (auto _ : state) {
    state.PauseTiming();
    Document doc = prepared;
    state.ResumeTiming();
    if (through) {
      for (size_t i = 0; i <= index; ++i) stages[i](&doc);
    } else {
      stages[index](&doc);
    }
    benchmark::DoNotOptimize(doc.events.data());
  }
  SetBytes(state);
}

void BM_StageBlocks(benchmark::State& s) { RunStage(s, 0, false); }
void BM_StageTokenize(benchmark::State& s) { RunStage(s, 1, false); }
void BM_StageSentences(benchmark::State& s) { RunStage(s, 2, false); }
void BM_StageTag(benchmark::State& s) { RunStage(s, 3, false); }
void BM_StageParse(benchmark::State& s) { RunStage(s, 4, false); }
void BM_StageActors(benchmark::State& s) { RunStage(s, 5, false); }
void BM_StageDates(benchmark::State& s) { RunStage(s, 6, false); }
void BM_StageGeo(benchmark::State& s) { RunStage(s, 7, false); }
void BM_StageQuotes(benchmark::State& s) { RunStage(s, 8, false); }
void BM_StageCounts(benchmark::State& s) { RunStage(s, 9, false); }
void BM_StageTone(benchmark::State& s) { RunStage(s, 10, false); }
void BM_StageEvents(benchmark::State& s) { RunStage(s, kEventsStage, false); }
void BM_StageLocate(benchmark::State& s) { RunStage(s, kEventsStage + 1, false); }
void BM_WholePipeline(benchmark::State& s) { RunStage(s, kEventsStage + 1, true); }

// MakeDocument: the UTF-8 check and normalisation before the first stage.
void BM_StageSetup(benchmark::State& state) {
  if (!ModelsOk(state)) return;
  Document doc;
  for (auto _ : state) {
    Status s = MakeDocument("bench", M().text, &doc);
    benchmark::DoNotOptimize(s.ok());
    benchmark::DoNotOptimize(doc.text.data());
  }
  SetBytes(state);
}

// The verb dictionary on its own: word ids for the document, then the best
// pattern of every clause's verb (what the event stage spends most on).
void BM_StageVerbs(benchmark::State& state) {
  if (!ModelsOk(state)) return;
  Document doc = Prepared(kEventsStage);
  VerbWords words;
  size_t matched = 0;
  for (auto _ : state) {
    M().verbs->PrepareWords(doc, &words);
    for (const Clause& cl : doc.clauses) {
      VerbMatch m;
      if (cl.verb == kNone) continue;
      matched += M().verbs->MatchVerb(doc, words, cl.verb, cl.end_token, &m);
    }
  }
  benchmark::DoNotOptimize(matched);
  SetBytes(state);
}

// The output of `dyad code --emit documents` for a coded document.
void BM_WriteDocumentLine(benchmark::State& state) {
  if (!ModelsOk(state)) return;
  CoderOptions options;
  options.data_dir = std::string(DYAD_BINARY_DIR) + "/data";
  std::unique_ptr<Coder> coder;
  Status s = Coder::Create(options, &coder);
  if (!s.ok()) {
    state.SkipWithError(s.message().c_str());
    return;
  }
  Document doc = Prepared(kEventsStage + 2);
  std::string out;
  for (auto _ : state) {
    out.clear();
    AppendDocumentLine(doc, *coder, &out);
    benchmark::DoNotOptimize(out.data());
  }
  SetBytes(state);
  state.counters["line_bytes"] = static_cast<double>(out.size());
}

BENCHMARK(BM_StageBlocks);
BENCHMARK(BM_StageTokenize);
BENCHMARK(BM_StageSentences);
BENCHMARK(BM_StageTag);
BENCHMARK(BM_StageParse);
BENCHMARK(BM_StageActors);
BENCHMARK(BM_StageDates);
BENCHMARK(BM_StageGeo);
BENCHMARK(BM_StageQuotes);
BENCHMARK(BM_StageCounts);
BENCHMARK(BM_StageTone);
BENCHMARK(BM_StageEvents);
BENCHMARK(BM_StageLocate);
BENCHMARK(BM_StageSetup);
BENCHMARK(BM_StageVerbs);
BENCHMARK(BM_WriteDocumentLine);
BENCHMARK(BM_WholePipeline);

// The whole coder on 128 copies of the article, handed to Coder::CodeBatch
// `range(0)` at a time: 1 codes every stage per document, 128 runs each
// stage over all of them (as `dyad code` does on one thread).
void BM_CoderBatch(benchmark::State& state) {
  if (!ModelsOk(state)) return;
  static const std::unique_ptr<Coder> coder = [] {
    CoderOptions options;
    options.data_dir = std::string(DYAD_BINARY_DIR) + "/data";
    std::unique_ptr<Coder> c;
    return Coder::Create(options, &c).ok() ? std::move(c) : nullptr;
  }();
  if (coder == nullptr) {
    state.SkipWithError("cannot load the coder");
    return;
  }
  constexpr size_t kDocs = 128;
  const size_t batch = static_cast<size_t>(state.range(0));
  std::vector<Document> docs(kDocs);
  std::vector<Document*> ptrs;
  std::vector<Status> status(kDocs);
  for (Document& d : docs) {
    if (!MakeDocument("bench", M().text, &d).ok()) {
      state.SkipWithError("MakeDocument failed");
      return;
    }
    d.date = *Date::Parse("2023-08-15");
    ptrs.push_back(&d);
  }
  for (auto _ : state) {
    for (size_t b = 0; b < kDocs; b += batch)
      coder->CodeBatch(ptrs.data() + b, std::min(batch, kDocs - b),
                       status.data() + b);
    benchmark::DoNotOptimize(docs.back().events.data());
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * kDocs * M().text.size()));
}
BENCHMARK(BM_CoderBatch)->Arg(1)->Arg(128)->Unit(benchmark::kMillisecond);

// Loading every model, as `dyad code` does at startup.
void BM_LoadModels(benchmark::State& state) {
  CoderOptions options;
  options.data_dir = std::string(DYAD_BINARY_DIR) + "/data";
  for (auto _ : state) {
    std::unique_ptr<Coder> coder;
    Status s = Coder::Create(options, &coder);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      break;
    }
  }
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
