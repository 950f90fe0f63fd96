// Character and abbreviation knowledge shared by text/ (checking, sentence
// splitting) and tokenize/ (word boundaries). Header-only, so that the two
// stage libraries agree on what an abbreviation is without linking to each
// other. Everything here is constexpr data or a pure function: safe to call
// from any thread. The word lists are ConstWordSets (text/word_hash.h): the
// tokenizer asks about every word before a period, and a scan compared it
// with each listed word in turn.
#ifndef DYAD_TEXT_LEXICAL_H_
#define DYAD_TEXT_LEXICAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/word_hash.h"

namespace dyad::lexical {

enum class Utf8Error : uint8_t {
  kNone,
  kBadLead,            // 0xF5..0xFF, never valid
  kStrayContinuation,  // 0x80..0xBF where a sequence should start
  kTruncated,          // the sequence stops before its declared length
  kOverlong,           // C0/C1 leads, E0 < A0, F0 < 90
  kSurrogate,          // U+D800..U+DFFF
  kTooLarge,           // above U+10FFFF
};

inline const char* Utf8ErrorName(Utf8Error e) {
  switch (e) {
    case Utf8Error::kNone:
      return "no error";
    case Utf8Error::kBadLead:
      return "invalid lead byte";
    case Utf8Error::kStrayContinuation:
      return "unexpected continuation byte";
    case Utf8Error::kTruncated:
      return "truncated sequence";
    case Utf8Error::kOverlong:
      return "overlong encoding";
    case Utf8Error::kSurrogate:
      return "encoded surrogate";
    case Utf8Error::kTooLarge:
      return "code point above U+10FFFF";
  }
  return "invalid";
}

// Decodes the sequence at p (p < end). Returns its length, always >= 1; on
// an invalid sequence returns 1, sets *cp to U+FFFD and *err to the reason,
// so a caller can step over bad bytes one at a time and never loop forever.
inline int DecodeUtf8(const unsigned char* p, const unsigned char* end,
                      uint32_t* cp, Utf8Error* err) {
  unsigned c = p[0];
  *err = Utf8Error::kNone;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  *cp = 0xFFFD;
  int n;
  uint32_t v;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0xC0) {
    *err = Utf8Error::kStrayContinuation;
    return 1;
  } else if (c < 0xC2) {
    *err = Utf8Error::kOverlong;
    return 1;
  } else if (c < 0xE0) {
    n = 2;
    v = c & 0x1F;
  } else if (c < 0xF0) {
    n = 3;
    v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c < 0xF5) {
    n = 4;
    v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *err = Utf8Error::kBadLead;
    return 1;
  }
  if (end - p < 2 || (p[1] & 0xC0) != 0x80) {
    *err = Utf8Error::kTruncated;
    return 1;
  }
  if (p[1] < lo) {
    *err = Utf8Error::kOverlong;
    return 1;
  }
  if (p[1] > hi) {
    *err = c == 0xED ? Utf8Error::kSurrogate : Utf8Error::kTooLarge;
    return 1;
  }
  for (int k = 1; k < n; ++k) {
    if (end - p <= k || (p[k] & 0xC0) != 0x80) {
      *err = Utf8Error::kTruncated;
      return 1;
    }
    v = (v << 6) | (p[k] & 0x3F);
  }
  *cp = v;
  return n;
}

// Unicode space separators (besides ASCII ones): NormalizeText turns them
// into ' '.
inline bool IsUnicodeSpace(uint32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Characters with no visible form that NormalizeText deletes: soft hyphen,
// zero-width space and joiners, word joiner, direction marks, BOM.
inline bool IsInvisible(uint32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
         cp == 0xFEFF;
}

inline bool IsLineBreak(uint32_t cp) {
  return cp == 0x0085 || cp == 0x2028 || cp == 0x2029;
}

// Letters and digits of any script count as word characters; this short
// list of symbol and punctuation ranges does not. Invalid bytes (U+FFFD)
// stay word characters so that garbage forms one token, not thousands.
inline bool IsWordCodepoint(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') ||
           ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
  }
  if (cp <= 0xBF) {
    // Latin-1 symbols; keep the ordinal indicators, micro sign and
    // superscript/fraction digits inside words.
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB2 || cp == 0xB3 ||
           cp == 0xB9 || (cp >= 0xBC && cp <= 0xBE);
  }
  if (cp == 0xD7 || cp == 0xF7) return false;      // multiplication, division
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency
  if (cp >= 0x2100 && cp <= 0x214F) return cp != 0x2122 && cp != 0x2116;
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;    // arrows, maths, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;    // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;    // small/compat forms
  if (cp >= 0xFF01 && cp <= 0xFF0F) return false;    // fullwidth punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji, pictographs
  return true;
}

// Upper-case letters of Latin, Greek and Cyrillic: an approximation good
// enough for news names ("Ozil", "Elysee" with accents, Cyrillic names).
inline bool IsUpperCodepoint(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  if (cp >= 0x386 && cp <= 0x3AB) return cp != 0x387;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

// How a word that ends in a period behaves at a possible sentence end.
enum class AbbrevKind : uint8_t {
  kNone,
  // Precedes a name or number ("Gen. Mustafa", "No. 10", "Jan. 5"): a
  // sentence never ends after it.
  kTitle,
  // Can end a sentence ("... Acme Inc. The company"): split only before a
  // typical sentence opener.
  kOther,
};

inline constexpr ConstWordSet kTitleAbbrevs{
    "Adm",  "Apr",  "Aug", "Brig", "Capt",   "Cdr", "Cmdr", "Col",    "Cpl",
    "Dec",  "Det",  "Dr",  "Feb",  "Fr",     "Ft",  "Gen",  "Gov",    "Hon",
    "Insp", "Jan",  "Jul", "Jun",  "Lt",     "Maj", "Mar",  "Messrs", "Mme",
    "Mr",   "Mrs",  "Ms",  "Msgr", "Mt",     "No",  "Nos",  "Nov",    "Oct",
    "Pres", "Prof", "Pvt", "Rep",  "Reps",   "Rev", "Sen",  "Sens",   "Sep",
    "Sept", "Sgt",  "St",  "Supt", "approx", "cf",  "no",   "nos",    "vs",
};

inline constexpr ConstWordSet kOtherAbbrevs{
    "Ave", "Blvd", "Bros", "Co", "Corp", "Dept", "Esq", "Inc",
    "Jr",  "Ltd",  "Plc",  "Rd", "Sr",   "al",   "est", "etc",
};

// Classifies `word` (without its final period). Multi-dot forms ("U.S",
// "a.m", "Ph.D") and single capital initials ("W") are recognised by shape.
inline AbbrevKind ClassifyAbbrev(std::string_view word) {
  if (word.empty()) return AbbrevKind::kNone;
  if (word.size() == 1) {
    return (word[0] >= 'A' && word[0] <= 'Z') ? AbbrevKind::kTitle
                                              : AbbrevKind::kNone;
  }
  if (word.size() > 6 || word.find('.') != std::string_view::npos) {
    // Only dotted forms of short letter groups: "U.S", "e.g", "Ph.D".
    size_t seg = 0;
    bool dotted = false;
    for (char c : word) {
      if (c == '.') {
        if (seg == 0) return AbbrevKind::kNone;
        seg = 0;
        dotted = true;
      } else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && ++seg <= 3) {
      } else {
        return AbbrevKind::kNone;
      }
    }
    return dotted && seg > 0 ? AbbrevKind::kOther : AbbrevKind::kNone;
  }
  if (kTitleAbbrevs.Contains(word)) return AbbrevKind::kTitle;
  if (kOtherAbbrevs.Contains(word)) return AbbrevKind::kOther;
  return AbbrevKind::kNone;
}

// Capitalised words that typically open a sentence; after a kOther
// abbreviation a new sentence starts only before one of these.
inline bool IsSentenceOpener(std::string_view w) {
  static constexpr ConstWordSet kOpeners{
      "A",       "According",  "After",   "Also",    "Although",
      "An",      "And",        "As",      "At",      "Before",
      "Both",    "But",        "Despite", "Earlier", "Elsewhere",
      "For",     "He",         "Her",     "His",     "How",
      "However", "I",          "If",      "In",      "It",
      "Its",     "Last",       "Later",   "Many",    "Meanwhile",
      "Most",    "No",         "Now",     "On",      "Our",
      "Police",  "Separately", "She",     "Since",   "So",
      "Some",    "Still",      "That",    "The",     "Their",
      "Then",    "There",      "These",   "They",    "This",
      "Those",   "Thousands",  "Today",   "We",      "What",
      "When",    "Where",      "While",   "Who",     "Why",
      "Yet",     "You",
  };
  return kOpeners.Contains(w);
}

}  // namespace dyad::lexical

#endif  // DYAD_TEXT_LEXICAL_H_
