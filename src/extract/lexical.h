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

// Which first letters, lengths and last letters the words of a keyword list
// come in. The matchers run on every token, and this test turns almost all
// of them away before they are lower-cased and compared with the list. Built
// at compile time (constexpr), so a test needs no guard for a static's
// initialisation; a table is 1.6 KB.
class WordShapes {
 public:
  // The shapes of a list of lower-case words.
  template <typename Words>
  static constexpr WordShapes Of(const Words& words) {
    WordShapes shapes;
    for (std::string_view w : words) shapes.Add(w);
    return shapes;
  }
  constexpr void Add(std::string_view lower_word) {
    Add(lower_word.front(), lower_word.size(), lower_word.back());
  }
  // Words whose ends are not both ASCII letters, or that are longer than
  // kLengths - 1, are never turned away.
  constexpr void Add(char lower_first, size_t length, char lower_last) {
    if (length < kLengths && IsLetter(lower_first) && IsLetter(lower_last))
      lasts_[lower_first - 'a'][length] |= uint32_t{1} << (lower_last - 'a');
  }
  // False when no word of the list can be `token`, in any ASCII case.
  constexpr bool MayContain(std::string_view token) const {
    if (token.empty()) return false;
    unsigned first = LetterIndex(token.front());
    unsigned last = LetterIndex(token.back());
    if (first >= 26 || last >= 26 || token.size() >= kLengths) return true;
    return (lasts_[first][token.size()] >> last) & 1;
  }

 private:
  static constexpr size_t kLengths = 16;
  static constexpr bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
  // 0..25 for an ASCII letter of either case, 26 or more for any other byte
  // (setting bit 0x20 lower-cases exactly the upper-case letters).
  static constexpr unsigned LetterIndex(char c) {
    return (static_cast<unsigned char>(c) | 0x20u) - 'a';
  }

  // Bit (last - 'a') of lasts_[first - 'a'][length]: a word has those ends.
  uint32_t lasts_[26][kLengths] = {};
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
