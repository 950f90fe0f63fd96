// Small word helpers shared by the extract/ matchers: ASCII case folding into
// a caller's stack buffer (no allocation on the hot path) and calendar
// arithmetic on dyad::Date.
#ifndef DYAD_EXTRACT_LEXICAL_H_
#define DYAD_EXTRACT_LEXICAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/document.h"
#include "text/word_hash.h"

namespace dyad::extract_internal {

// Longest token the keyword tables care about; longer tokens never match.
constexpr size_t kMaxWord = 31;

// A lower-cased copy of a short token held on the stack.
class LowerWord {
 public:
  LowerWord() = default;
  explicit LowerWord(std::string_view s) { Set(s); }
  void Set(std::string_view s) {
    if (s.size() > kMaxWord) {
      size_ = 0;
      too_long_ = true;
      return;
    }
    too_long_ = false;
    lexical::LowerAscii(s.data(), s.size(), buf_);
    size_ = s.size();
  }
  std::string_view view() const { return std::string_view(buf_, size_); }
  bool too_long() const { return too_long_; }

 private:
  char buf_[kMaxWord + 1];
  size_t size_ = 0;
  bool too_long_ = false;
};

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Case-insensitive ASCII equality against a lower-case literal.
inline bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Days since 1970-01-01 of a full date (proleptic Gregorian), and back.
int64_t DaysFromCivil(int y, int m, int d);
Date CivilFromDays(int64_t days);
// 0 = Sunday .. 6 = Saturday.
int Weekday(const Date& d);
// d (a full date) plus n days.
Date AddDays(const Date& d, int64_t n);
bool IsFullDate(const Date& d);
int DaysInMonth(int year, int month);

}  // namespace dyad::extract_internal

#endif  // DYAD_EXTRACT_LEXICAL_H_
