// Shared helpers for tests: where the project's data and ../shared live.
#ifndef DYAD_TESTS_TEST_UTIL_H_
#define DYAD_TESTS_TEST_UTIL_H_

#include <string>

namespace dyad::testing {

// build/data (the compiled data the CLI uses).
std::string DataDir();
// The repository root.
std::string SourceDir();
// ../shared next to the repository, or "" when it is absent (tests skip).
std::string SharedDir();
// Whole file as a string; "" when unreadable.
std::string ReadFile(const std::string& path);

}  // namespace dyad::testing

#define DYAD_SKIP_WITHOUT_SHARED()                                   \
  do {                                                              \
    if (::dyad::testing::SharedDir().empty())                       \
      GTEST_SKIP() << "../shared is absent; skipping gold check";   \
  } while (0)

#endif  // DYAD_TESTS_TEST_UTIL_H_
