// A whole-pipeline coder for tests that code one sentence at a time.
#ifndef DYAD_TESTS_CODER_UTIL_H_
#define DYAD_TESTS_CODER_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "dyad/dyad.h"
#include "test_util.h"

namespace dyad::testing {

// A coder over the build's data; null (with a test failure) when it cannot
// load.
inline std::unique_ptr<Coder> LoadCoder() {
  CoderOptions options;
  options.data_dir = DataDir();
  std::unique_ptr<Coder> coder;
  Status s = Coder::Create(options, &coder);
  EXPECT_TRUE(s.ok()) << s.message();
  return s.ok() ? std::move(coder) : nullptr;
}

// `text` coded as one document of body text published 2012-02-07.
inline void CodeBody(const Coder& coder, const std::string& text, Document* doc) {
  EXPECT_TRUE(MakeDocument("t", text, doc).ok());
  doc->first_line_is_headline = false;
  doc->date = *Date::Parse("2012-02-07");
  EXPECT_TRUE(coder.Code(doc).ok());
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_CODER_UTIL_H_
