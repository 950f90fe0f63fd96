// Quantity phrases in news text: "6,000", "1.5 million", "twenty-one",
// "a hundred", "dozens", "tens of thousands", "at least 88", "up to 50",
// "17,000 - 40,000", "between 17,000 and 40,000".
//
// Used by the count and date finders of extract/, and public to the project
// for any stage that needs a number out of tokens.
#ifndef DYAD_EXTRACT_NUMBERS_H_
#define DYAD_EXTRACT_NUMBERS_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "dyad/document.h"
#include "extract/lexical.h"

namespace dyad {

enum class QuantityBound : uint8_t {
  kExact,    // "88", "six"
  kAtLeast,  // "at least 88", "more than 100", "over 50"
  kAtMost,   // "up to 50", "fewer than 10"
  kApprox,   // "nearly 100", "about 2,000", "some 300"
  kRange,    // "17,000 - 40,000", "between 2 and 3", "two or three"
  kVague,    // "dozens", "tens of thousands", "several", "a few"
};

// A parsed quantity. lower <= upper always holds.
//   exact / approx: lower == upper == the figure.
//   at least / more than: lower == the figure, upper == the figure too (the
//     open end is unknown; `bound` says it is open). "more than 100" gives
//     100, not 101: the stated figure is what reports and GDELT carry, and it
//     keeps "more than 6,000" and "at least 6,000" comparable.
//   at most / up to: lower == 0, upper == the figure.
//   vague: lower == the conventional lower bound ("dozens" 24, "scores" 40,
//     "tens" 20, "hundreds" 200, "thousands" 2000, "tens of thousands" 20000,
//     "several" 3, "a few" 2, "a number of" 2), upper == the last value
//     before the next order of magnitude ("dozens" 99, "hundreds" 999).
struct Quantity {
  int64_t lower = 0;
  int64_t upper = 0;
  uint32_t length = 0;  // tokens consumed
  QuantityBound bound = QuantityBound::kExact;
  bool has_digits = false;    // written with digits ("88", "1.5 million")
  bool year_like = false;     // a bare 4-digit number 1800..2100 ("1982")
  bool ends_with_of = false;  // the phrase swallowed "of" ("dozens of")
};

// Parses the longest quantity phrase that starts exactly at words[0]. Words
// are token texts in any case. Returns false when words[0] does not start a
// quantity. Never reads past words[n-1].
bool ParseQuantity(const std::string_view* words, size_t n, Quantity* out);

// Same over doc->tokens[first, end).
bool ParseQuantity(const Document& doc, uint32_t first, uint32_t end,
                   Quantity* out);

// Value of a single number token ("6,000", "88", "1.5", "six",
// "twenty-one", "12th" is not a number). False when it is not one.
bool ParseNumberToken(std::string_view token, double* value);

// Whether the token can begin a quantity phrase (cheap first-word test).
bool MayStartQuantity(std::string_view token);

// What a token can be as a phrase's first word: none, one, or one only
// before certain second words ("at least", "a few", "in excess of").
enum class QuantityStart : uint8_t { kNo, kYes, kWithSecondWord };

namespace numbers_internal {
// The first letters, lengths and last letters of the first words.
extern const extract_internal::WordShapes kFirstWordShapes;
// The first words of one or two letters ("a", "in", "at"...), all of which
// need a second word: bit (second letter - 'a') of the first letter's entry,
// bit 26 for a word of one letter.
extern const std::array<uint32_t, 26> kShortFirstWords;
// The full test, for a token that kFirstWordShapes lets through; out of
// line, so that the inline test below needs no stack frame.
[[gnu::noinline]] QuantityStart ClassifyFirstWord(std::string_view token);
}  // namespace numbers_internal

// Inline: the count finder asks it of every token.
inline QuantityStart ClassifyQuantityStart(std::string_view token) {
  if (token.empty() || token.size() > extract_internal::kMaxWord)
    return QuantityStart::kNo;
  if (extract_internal::IsDigit(token[0])) return QuantityStart::kYes;
  // Every first word starts with a letter: this turns punctuation away.
  char first = static_cast<char>(token[0] | 0x20);
  if (first < 'a' || first > 'z') return QuantityStart::kNo;
  // The commonest words of all are this short: a table answers for them,
  // without a call or a hash.
  if (token.size() <= 2) {
    unsigned bit = 26;
    if (token.size() == 2) {
      bit = (static_cast<unsigned char>(token[1]) | 0x20u) - 'a';
      if (bit >= 26) return QuantityStart::kNo;
    }
    return (numbers_internal::kShortFirstWords[first - 'a'] >> bit) & 1
               ? QuantityStart::kWithSecondWord
               : QuantityStart::kNo;
  }
  return numbers_internal::kFirstWordShapes.MayContain(token)
             ? numbers_internal::ClassifyFirstWord(token)
             : QuantityStart::kNo;
}
// For a kWithSecondWord first word, whether the word after it (empty when
// there is none) may go on to a quantity phrase.
bool MayFollowQuantityStart(std::string_view second);

// Both tests at doc.tokens[first], first < end: ParseQuantity(doc, first,
// end) fails wherever this is false. Inline, as it runs on every token.
inline bool MayStartQuantityAt(const Document& doc, uint32_t first,
                               uint32_t end) {
  switch (ClassifyQuantityStart(doc.TokenText(first))) {
    case QuantityStart::kNo:
      return false;
    case QuantityStart::kYes:
      return true;
    case QuantityStart::kWithSecondWord:
      break;
  }
  uint32_t second = first + 1;
  return second < end && second < doc.tokens.size() &&
         MayFollowQuantityStart(doc.TokenText(second));
}

}  // namespace dyad

#endif  // DYAD_EXTRACT_NUMBERS_H_
