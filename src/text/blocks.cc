// Splitting an article into blocks and deciding what each block is.
//
// Wire copy and web articles arrive as lines: a headline, often a standfirst
// (the one-sentence summary under it), body paragraphs, and furniture that
// must not be coded as news: photo captions, section headings and credit
// lines. Coding a caption ("Protesters in Niamey [Reuters]") or a heading
// ("Ambassadors recalled") as an ordinary sentence produces events with no
// verb context or, worse, duplicates of events already coded from the body.
//
// Each non-empty line becomes one Block (its span trimmed of surrounding
// spaces); blank lines only separate paragraphs. Classification is by the
// line's position and shape, never by its topic:
//   - headline: the first line, when the document says it has one;
//   - credit: a known opening ("Source:", "Reporting by", "(c)", ...) or a
//     short unpunctuated last line ("Al Jazeera and news agencies");
//   - caption: a line that ends with a bracketed credit ("[Reuters]",
//     "[AFP/Getty Images]") or a "(Photo: ...)" note, or opens with "Photo:";
//   - standfirst: the second line of a headlined article with more to come;
//   - heading: a short line (at most seven words) inside the body with no
//     sentence-final punctuation; a short quoted phrase counts too
//     ("'Snipers are everywhere'"), since sites use pull quotes as headings;
//   - body: everything else.
// Credit and caption tests run before the standfirst rule, so an article of
// headline + caption + body is not misread.
#include <cstring>
#include <string_view>

#include "text/lexical.h"
#include "text/text.h"

namespace dyad {
namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a | 0x20);
    if (a != b) return false;
  }
  return true;
}

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }

// Upper-case first letter, Unicode-aware (accented capitals).
bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  uint32_t cp;
  lexical::Utf8Error err;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  lexical::DecodeUtf8(p, p + s.size(), &cp, &err);
  return lexical::IsUpperCodepoint(cp);
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsQuoteChar(char c) { return c == '"' || c == '\'' || c == '`'; }

bool IsCredit(std::string_view line) {
  static constexpr std::string_view kPrefixes[] = {
      "source:",       "sources:",    "reporting by ",
      "editing by ",   "edited by ",  "additional reporting by ",
      "writing by ",   "written by ", "compiled by ",
      "follow us on ", "(c) ",        "\xC2\xA9",  // the copyright sign
  };
  std::string_view s = line;
  // Reuters wraps its credits in parentheses: "(Reporting by ...)".
  if (s.size() > 1 && s[0] == '(' && !StartsWithNoCase(s, "(c)"))
    s.remove_prefix(1);
  for (std::string_view p : kPrefixes) {
    if (StartsWithNoCase(s, p)) return true;
  }
  if (StartsWithNoCase(s, "copyright ") && s.size() > 10) {
    char c = s[10];
    return !IsLowerAscii(c);  // "Copyright 2023 ...", not "Copyright law ..."
  }
  return false;
}

bool IsCaption(std::string_view line) {
  if (StartsWithNoCase(line, "photo:") ||
      StartsWithNoCase(line, "photograph:") ||
      StartsWithNoCase(line, "picture:") || StartsWithNoCase(line, "image:")) {
    return true;
  }
  if (line.size() < 4) return false;
  char last = line.back();
  if (last == ']') {
    size_t open = line.rfind('[');
    if (open == std::string_view::npos || open == 0) return false;
    std::string_view credit = line.substr(open + 1, line.size() - open - 2);
    // A credit is a short name: "Reuters", "AFP/Getty Images", "Al Jazeera".
    // Editorial notes ("[sic]", "[inaudible]") are lower case.
    if (credit.empty() || credit.size() > 60 || CountWords(credit) > 6)
      return false;
    if (!StartsUpper(credit)) return false;
    return CountWords(line.substr(0, open)) >= 2;
  }
  if (last == ')') {
    size_t open = line.rfind('(');
    if (open == std::string_view::npos) return false;
    std::string_view note = line.substr(open + 1);
    return StartsWithNoCase(note, "photo") ||
           StartsWithNoCase(note, "picture") ||
           StartsWithNoCase(note, "file photo") ||
           StartsWithNoCase(note, "image");
  }
  return false;
}

// A line that does not end like a sentence. Closing quotes and brackets are
// looked through: "'Snipers are everywhere'" qualifies, "\"We will stay.\""
// does not.
bool LacksFinalPunctuation(std::string_view line) {
  size_t n = line.size();
  while (n > 0 && (IsQuoteChar(line[n - 1]) || line[n - 1] == ')')) --n;
  if (n == 0) return false;
  char c = line[n - 1];
  return !(c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
           c == ',' || c == '-');
}

bool IsHeading(std::string_view line) {
  if (line.size() > 80) return false;
  size_t words = CountWords(line);
  if (words == 0 || words > 7) return false;
  if (!LacksFinalPunctuation(line)) return false;
  std::string_view s = line;
  while (!s.empty() && IsQuoteChar(s[0])) s.remove_prefix(1);
  if (s.empty()) return false;
  return StartsUpper(s) || IsDigitAscii(s[0]);
}

// A short unpunctuated closing line such as "Al Jazeera and news agencies"
// or "AFP": a credit, not a heading (nothing follows it).
bool IsTrailingCredit(std::string_view line) {
  return line.size() <= 60 && CountWords(line) <= 5 &&
         LacksFinalPunctuation(line) && StartsUpper(line) &&
         line.front() != '"' && line.front() != '\'';
}

}  // namespace

void SplitBlocks(Document* doc) {
  doc->blocks.clear();
  const std::string& text = doc->text;
  const size_t size = text.size();
  const char* data = text.data();
  size_t pos = 0;
  while (pos < size) {
    const void* nl = std::memchr(data + pos, '\n', size - pos);
    size_t line_end = nl ? static_cast<const char*>(nl) - data : size;
    size_t b = pos, e = line_end;
    // Trim spaces and stray control bytes; normalised text has no exotic
    // spaces left, and a line of control bytes alone is not a block.
    while (b < e && static_cast<unsigned char>(data[b]) <= ' ') ++b;
    while (e > b && static_cast<unsigned char>(data[e - 1]) <= ' ') --e;
    if (e > b) {
      Block block;
      block.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      doc->blocks.push_back(block);
    }
    pos = line_end + 1;
  }

  const size_t n = doc->blocks.size();
  const bool headlined = doc->first_line_is_headline;
  for (size_t k = 0; k < n; ++k) {
    Block& block = doc->blocks[k];
    std::string_view line = doc->Text(block.span);
    if (k == 0 && headlined) {
      block.kind = BlockKind::kHeadline;
    } else if (IsCredit(line)) {
      block.kind = BlockKind::kCredit;
    } else if (IsCaption(line)) {
      block.kind = BlockKind::kCaption;
    } else if (k == 1 && headlined && n > 2) {
      block.kind = BlockKind::kStandfirst;
    } else if (k > 0 && k + 1 < n && IsHeading(line)) {
      block.kind = BlockKind::kHeading;
    } else if (k >= 2 && k + 1 == n && IsTrailingCredit(line)) {
      block.kind = BlockKind::kCredit;
    } else {
      block.kind = BlockKind::kBody;
    }
  }
}

}  // namespace dyad
