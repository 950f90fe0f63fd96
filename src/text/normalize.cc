// Checking and normalising raw article text.
//
// CheckText is a strict UTF-8 validator (Unicode 15, table 3-7: no
// overlongs, no surrogates, nothing above U+10FFFF, no truncated sequences)
// that also rejects NUL bytes and text with nothing but spaces in it. It
// reports the byte offset of the first problem, because the people feeding
// dyad need to find the bad byte in a multi-megabyte dump.
//
// NormalizeText maps the typographic zoo of news copy onto the few ASCII
// forms the later stages know: curly quotes and primes become ' and ",
// dashes become "-", exotic spaces become ' ', invisible characters vanish,
// the ellipsis becomes "...", and CRLF/CR become LF. Doing this once, up
// front, means the tokenizer, the dictionaries and every pattern downstream
// only ever see one spelling of an apostrophe or a dash.
//
// Both functions are one pass over the bytes. News text is mostly ASCII, so
// the inner loops test eight bytes at a time for "anything interesting"
// (a high bit, a NUL, a CR) and copy whole ASCII runs with one append; only
// multi-byte characters take the slow, decoding path. When a block of eight
// has something interesting, the plain bytes before it are skipped at once:
// stepping to it byte by byte through the slow path cost about as much as
// the rest of the scan, since a curly quote or an accent every line or two
// is common in news copy.
//
// An unspaced em dash ("Moscow—who") is a parenthetical dash, not a hyphen:
// it becomes "--" so that the tokenizer splits it off instead of gluing the
// two words into one hyphenated token. A spaced one becomes " - ".
#include <bit>
#include <cstring>
#include <string>

#include "text/lexical.h"
#include "text/text.h"

namespace dyad {
namespace {

using lexical::DecodeUtf8;
using lexical::Utf8Error;

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

inline uint64_t Load8(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Nonzero when some byte of v is zero (the classic bit trick). Bytes above
// a zero byte may be flagged too, but the first flagged byte is zero.
inline uint64_t HasZero(uint64_t v) { return (v - kOnes) & ~v & kHighs; }

// Whether one of the 16 bytes at p has its high bit set or equals the byte
// of `repeated` (eight copies of one byte): the test of the ASCII fast
// paths, for two words at once, so that the loop's own steps are paid half
// as often.
inline bool Interesting16(const unsigned char* p, uint64_t repeated) {
  uint64_t a = Load8(p), b = Load8(p + 8);
  return (((a | b) & kHighs) | HasZero(a ^ repeated) | HasZero(b ^ repeated)) !=
         0;
}

// How many bytes of a Load8() word come before the first one whose high bit
// is set in flags (not zero).
inline int BytesBefore(uint64_t flags) {
  return (std::endian::native == std::endian::little
              ? std::countr_zero(flags)
              : std::countl_zero(flags)) /
         8;
}

inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

std::string Offset(size_t i) { return std::to_string(i); }

enum class Replacement : uint8_t {
  kKeep,
  kApostrophe,
  kQuote,
  kDash,
  kLongDash,
  kSpace,
  kNewline,
  kRemove,
  kEllipsis
};

Replacement Classify(uint32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x02BC:
    case 0x00B4:
    case 0x2039:
    case 0x203A:
      return Replacement::kApostrophe;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
    case 0x00AB:
    case 0x00BB:
    case 0x301D:
    case 0x301E:
      return Replacement::kQuote;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return Replacement::kDash;
    case 0x2014:
    case 0x2015:
    case 0xFE58:
      return Replacement::kLongDash;
    case 0x2026:
      return Replacement::kEllipsis;
    default:
      break;
  }
  if (lexical::IsUnicodeSpace(cp)) return Replacement::kSpace;
  if (lexical::IsInvisible(cp)) return Replacement::kRemove;
  if (lexical::IsLineBreak(cp)) return Replacement::kNewline;
  return Replacement::kKeep;
}

// True when the raw text at p starts with a space of any kind (for the
// spaced/unspaced em dash decision).
bool StartsWithSpace(const unsigned char* p, const unsigned char* end) {
  if (p >= end) return true;
  if (IsAsciiSpace(*p)) return true;
  if (*p < 0x80) return false;
  uint32_t cp;
  Utf8Error err;
  DecodeUtf8(p, end, &cp, &err);
  return err == Utf8Error::kNone &&
         (lexical::IsUnicodeSpace(cp) || lexical::IsLineBreak(cp));
}

}  // namespace

Status CheckText(std::string_view raw) {
  const unsigned char* const begin =
      reinterpret_cast<const unsigned char*>(raw.data());
  const unsigned char* const end = begin + raw.size();
  const unsigned char* p = begin;
  bool content = false;
  while (p < end) {
    // ASCII fast path: skip sixteen plain bytes at a time once content has
    // been seen, then eight. Content is noted from the first byte of the
    // block that is not a space, cheaply enough.
    for (;;) {
      if (content) {
        while (end - p >= 16 && !Interesting16(p, 0)) p += 16;
      }
      if (end - p < 8) break;
      uint64_t v = Load8(p);
      uint64_t stop = (v & kHighs) | HasZero(v);
      if (stop != 0) {
        int plain = BytesBefore(stop);
        for (int k = 0; k < plain; ++k) content |= !IsAsciiSpace(p[k]);
        p += plain;
        break;
      }
      if (!content) {
        for (int k = 0; k < 8; ++k) content |= !IsAsciiSpace(p[k]);
      }
      p += 8;
    }
    if (p >= end) break;
    unsigned char c = *p;
    if (c < 0x80) {
      if (c == 0)
        return InvalidArgument("NUL byte at byte offset " + Offset(p - begin));
      content |= !IsAsciiSpace(c);
      ++p;
      continue;
    }
    uint32_t cp;
    Utf8Error err;
    int n = DecodeUtf8(p, end, &cp, &err);
    if (err != Utf8Error::kNone) {
      return InvalidArgument(std::string("invalid UTF-8 (") +
                             lexical::Utf8ErrorName(err) + ") at byte offset " +
                             Offset(p - begin));
    }
    if (!content) {
      content = !lexical::IsUnicodeSpace(cp) && !lexical::IsInvisible(cp) &&
                !lexical::IsLineBreak(cp);
    }
    p += n;
  }
  if (raw.empty()) return InvalidArgument("text is empty");
  if (!content) return InvalidArgument("text contains only whitespace");
  return Status::Ok();
}

std::string NormalizeText(std::string_view raw) {
  std::string out;
  NormalizeText(raw, &out);
  return out;
}

void NormalizeText(std::string_view raw, std::string* out_text) {
  std::string& out = *out_text;
  out.clear();
  out.reserve(raw.size());
  const unsigned char* const begin =
      reinterpret_cast<const unsigned char*>(raw.data());
  const unsigned char* const end = begin + raw.size();
  const unsigned char* p = begin;
  const unsigned char* run = begin;  // start of the pending ASCII run
  constexpr uint64_t kCRs = kOnes * '\r';
  while (p < end) {
    while (end - p >= 16 && !Interesting16(p, kCRs)) p += 16;
    while (end - p >= 8) {
      uint64_t v = Load8(p);
      uint64_t stop = (v & kHighs) | HasZero(v ^ kCRs);
      if (stop != 0) {
        p += BytesBefore(stop);
        break;
      }
      p += 8;
    }
    if (p >= end) break;
    unsigned char c = *p;
    if (c < 0x80 && c != '\r') {
      ++p;
      continue;
    }
    out.append(reinterpret_cast<const char*>(run), p - run);
    if (c == '\r') {
      // CRLF -> LF (drop the CR); lone CR -> LF.
      if (p + 1 < end && p[1] == '\n') {
        ++p;
      } else {
        out.push_back('\n');
        ++p;
      }
      run = p;
      continue;
    }
    uint32_t cp;
    Utf8Error err;
    int n = DecodeUtf8(p, end, &cp, &err);
    Replacement r = err == Utf8Error::kNone ? Classify(cp) : Replacement::kKeep;
    switch (r) {
      case Replacement::kKeep:
        out.append(reinterpret_cast<const char*>(p), n);
        break;
      case Replacement::kApostrophe:
        out.push_back('\'');
        break;
      case Replacement::kQuote:
        out.push_back('"');
        break;
      case Replacement::kDash:
        out.push_back('-');
        break;
      case Replacement::kLongDash: {
        bool spaced = (out.empty() || IsAsciiSpace(out.back())) ||
                      StartsWithSpace(p + n, end);
        out.append(spaced ? "-" : "--");
        break;
      }
      case Replacement::kSpace:
        out.push_back(' ');
        break;
      case Replacement::kNewline:
        out.push_back('\n');
        break;
      case Replacement::kRemove:
        break;
      case Replacement::kEllipsis:
        out.append("...");
        break;
    }
    p += n;
    run = p;
  }
  out.append(reinterpret_cast<const char*>(run), end - run);
}

}  // namespace dyad
