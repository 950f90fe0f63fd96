// Tagging throughput (POS + lemma) on generated news-like text.
//
// The text is built from a handful of sentences written for this benchmark,
// with names and numbers rotated so that the unknown-word path is exercised
// as in real news. Documents are tokenized on spaces here so that the
// benchmark measures tag/ alone.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "tag/tagger.h"

namespace {

const char* kSentences[] = {
    "Government forces shelled the northern district of %N on %D , killing at "
    "least %C civilians , activists said .",
    "The foreign minister of %N said talks with the opposition would continue "
    "despite the violence .",
    "Protesters were killed by security forces after they refused to leave the "
    "main square in %N .",
    "%N and its allies vetoed a draft resolution that called for an immediate "
    "ceasefire .",
    "\" We will not accept foreign interference , \" the spokesman told "
    "reporters in %N on %D .",
    "The army has been pounding rebel positions since %D and did n't allow aid "
    "convoys to enter the city .",
    "Officials said %C people had fled across the border , where camps were "
    "already overcrowded .",
    "The envoy is expected to meet %N 's president to press for the release of "
    "detained journalists .",
};
const char* kNames[] = {"Homs",   "Zabadani", "Idlib",   "Deraa",  "Aleppo",
                        "Hama",   "Latakia",  "Rastan",  "Qusayr", "Douma",
                        "Tartus", "Baniyas",  "Hasakah", "Raqqa",  "Palmyra"};
const char* kDays[] = {"Monday", "Tuesday", "Sunday", "Friday"};

std::string MakeText(size_t bytes) {
  std::string text;
  size_t k = 0;
  while (text.size() < bytes) {
    // Fill the %N (name), %D (day) and %C (count) slots of the next sentence.
    for (const char* p = kSentences[k % 8]; *p; ++p) {
      if (p[0] == '%' && p[1] == 'N') {
        text += kNames[(k * 7 + 3) % 15], ++p;
      } else if (p[0] == '%' && p[1] == 'D') {
        text += kDays[k % 4], ++p;
      } else if (p[0] == '%' && p[1] == 'C') {
        text += std::to_string(10 + k % 90), ++p;
      } else {
        text += *p;
      }
    }
    text += ' ';
    ++k;
  }
  return text;
}

dyad::Document MakeDoc(const std::string& text) {
  dyad::Document doc;
  doc.text = text;
  uint32_t sent_first = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j == i) break;
    dyad::Token t;
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    doc.tokens.push_back(t);
    if (text.compare(i, j - i, ".") == 0) {
      dyad::Sentence s;
      s.first_token = sent_first;
      s.end_token = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(s);
      sent_first = s.end_token;
    }
    i = j;
  }
  return doc;
}

void BM_Tag(benchmark::State& state) {
  std::unique_ptr<dyad::Tagger> tagger;
  dyad::Status s = dyad::Tagger::Load(
      std::string(DYAD_BINARY_DIR) + "/data/tagger.bin", &tagger);
  if (!s.ok()) {
    state.SkipWithError(s.message().c_str());
    return;
  }
  const std::string text = MakeText(1 << 20);
  dyad::Document doc = MakeDoc(text);
  for (auto _ : state) {
    tagger->Tag(&doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * doc.tokens.size()),
      benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * doc.sentences.size()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<dyad::Tagger> tagger;
    dyad::Status s = dyad::Tagger::Load(
        std::string(DYAD_BINARY_DIR) + "/data/tagger.bin", &tagger);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    benchmark::DoNotOptimize(tagger.get());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

}  // namespace
