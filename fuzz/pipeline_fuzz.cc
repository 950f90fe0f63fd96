// libFuzzer target for the whole coder: arbitrary bytes as one article,
// every stage from normalisation to events, places, quotes and counts. Not
// part of the default build. With a built tree (for build/data):
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined \
//     -Iinclude -Isrc fuzz/pipeline_fuzz.cc $(ls src/*/*.cc | grep -v -e src/store \
//     -e src/petrarch -e src/io) src/io/*.cc -lsimdjson -lz -lzstd -o /tmp/pipeline_fuzz
//   DYAD_DATA=build/data /tmp/pipeline_fuzz -max_len=8192 -max_total_time=300
//
// Besides "no crash", it checks that every event points at a real sentence
// and at real mentions, which the JSON writer relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "dyad/dyad.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<dyad::Coder> coder = [] {
    std::unique_ptr<dyad::Coder> c;
    if (!dyad::Coder::Create(dyad::CoderOptions(), &c).ok()) std::abort();
    return c;
  }();
  dyad::Document doc;
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (!dyad::MakeDocument("fuzz", raw, &doc).ok()) return 0;
  doc.date = *dyad::Date::Parse("2012-02-07");
  if (!coder->Code(&doc).ok()) std::abort();
  for (const dyad::Event& e : doc.events) {
    if (e.sentence >= doc.sentences.size()) std::abort();
    if (e.source != dyad::kNone && e.source >= doc.mentions.size()) std::abort();
    if (e.target != dyad::kNone && e.target >= doc.mentions.size()) std::abort();
    if (e.place != dyad::kNone && e.place >= doc.places.size()) std::abort();
  }
  return 0;
}
