// libFuzzer target for the text/ and tokenize/ stages. Not part of the
// default build. Build and run it with clang from the repository root:
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined \
//     -Iinclude -Isrc fuzz/text_fuzz.cc src/text/*.cc src/tokenize/*.cc \
//     src/base/document.cc -o /tmp/text_fuzz
//   /tmp/text_fuzz -max_len=65536 -max_total_time=300
//
// Every byte string goes through the whole front of the pipeline, twice:
// once as given (as if CheckText had been skipped, which the stages must
// survive) and, when CheckText accepts it, once more in the normal way.
// Beyond "no crash", it checks the invariants later stages rely on: tokens
// are non-empty, ordered, inside their block; every token has a sentence;
// sentences stay inside one block.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/text.h"
#include "tokenize/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void Run(std::string_view raw, bool headline) {
  dyad::Document doc;
  doc.text = dyad::NormalizeText(raw);
  Check(doc.text.size() <= raw.size());  // no mapping ever grows
  doc.first_line_is_headline = headline;
  dyad::SplitBlocks(&doc);
  dyad::Tokenize(&doc);
  dyad::SplitSentences(&doc);
  uint32_t prev_end = 0;
  for (const dyad::Token& t : doc.tokens) {
    Check(t.span.begin < t.span.end);
    Check(t.span.end <= doc.text.size());
    Check(t.span.begin >= prev_end);
    Check(t.sentence < doc.sentences.size());
    prev_end = t.span.end;
  }
  for (const dyad::Sentence& s : doc.sentences) {
    Check(s.block < doc.blocks.size());
    const dyad::Block& b = doc.blocks[s.block];
    Check(s.first_token < s.end_token && s.end_token <= doc.tokens.size());
    Check(s.span.begin >= b.span.begin && s.span.end <= b.span.end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  Run(raw, size % 2 == 0);
  if (dyad::CheckText(raw).ok()) Run(raw, true);
  return 0;
}
