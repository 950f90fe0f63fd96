// A Penn Treebank style tokenizer that works on byte offsets.
//
// The classic PTB tokenizer is a cascade of regular expressions over a
// copied string. Here a single left-to-right scanner does the same job and
// only records Spans into Document::text, so no token text is ever copied
// and nothing but the token vector is allocated.
//
// The scanner alternates between two states. At a word character (a letter
// or digit of any script) it reads a word, letting a few joiners continue
// it when a word character follows: '.' ("U.N", "17.5", "aljazeera.com"),
// '-' ("11-month", "military-led"), an apostrophe ("don't", "O'Neill"),
// ',' between a digit and exactly three digits ("6,000"), ':' between
// digits ("10:30"), '/' ("AFP/Getty"), '@' (e-mail) and '&' between
// capitals ("AT&T"). Then two PTB decisions are made on the word:
//   - a final period is kept on the word only for abbreviations: dotted
//     letter groups ("U.S.", "a.m."), capital initials ("W."), and the known
//     list in text/lexical.h ("Gen.", "Inc.", "Sept."); "No." only before a
//     number. Otherwise the period is its own token. The same list drives
//     sentence splitting, so the two stages cannot disagree.
//   - clitics are split off the end: "n't" ("do|n't", "ca|n't", "wo|n't"),
//     "'s 're 've 'll 'd 'm" ("Moscow|'s"). A plural possessive
//     ("countries'") needs no rule: the trailing apostrophe is not followed
//     by a word character, so it never joins the word.
// Anything else is punctuation: runs of '-' ("--"), '.' ("..."), '?'/'!'
// and '`' form one token; every other mark, including '$' and '%', is a
// token of its own. URLs (http://, https://, www.) are taken whole up to the
// next space, minus trailing punctuation.
//
// Tokenization never crosses a block boundary: each block is scanned on its
// own, so a headline without a final period cannot merge with the next line.
// Invalid UTF-8 decodes to U+FFFD, a word character, one byte at a time, so
// any input terminates and yields non-empty tokens.
#include "tokenize/tokenizer.h"

#include <array>
#include <string_view>

#include "text/lexical.h"

namespace dyad {
namespace {

using lexical::DecodeUtf8;
using lexical::Utf8Error;

// ASCII byte classes, looked up once per byte on the hot path.
// kEndsWord: an ASCII byte that ends a word wherever it stands, i.e. neither
// a word character nor a joiner.
enum : uint8_t {
  kSpace = 1,
  kWord = 2,
  kDigit = 4,
  kUpper = 8,
  kUrlStart = 16,
  kEndsWord = 32
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c <= 0x20; ++c) t[c] = kSpace;
  t[0x7F] = kSpace;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWord | kDigit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWord | kUpper;
  t['_'] = kWord;
  for (int c : {'h', 'H', 'w', 'W'}) t[c] |= kUrlStart;  // http://, www.
  for (int c = 0; c < 0x80; ++c) {
    if (!(t[c] & kWord)) t[c] |= kEndsWord;
  }
  for (char c : {'.', '-', '/', '\'', '@', ',', ':', '&'})
    t[static_cast<unsigned char>(c)] &= ~kEndsWord;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

class BlockScanner {
 public:
  BlockScanner(Document* doc, uint32_t begin, uint32_t end)
      : doc_(doc),
        s_(reinterpret_cast<const unsigned char*>(doc->text.data())),
        begin_(begin),
        end_(end),
        // The byte at end_ is readable (at worst the string's terminating
        // NUL) and, for a block of a line, a line break or a space.
        word_at_end_(kClass[s_[end]] & kWord) {}

  void Run() {
    uint32_t i = begin_;
    // Whether the byte before i is an ASCII space, i.e. a token at i has
    // space_before: the scan knows it, where Emit() has to look.
    bool after_space = SpaceBefore(i);
    while (i < end_) {
      unsigned char c = s_[i];
      uint8_t cls = kClass[c];
      if (cls & kSpace) {
        ++i;
        after_space = true;
        continue;
      }
      if (c >= 0x80) {
        bool space_before = after_space;
        after_space = false;
        uint32_t cp;
        int n = Decode(i, &cp);
        if (lexical::IsUnicodeSpace(cp) || lexical::IsInvisible(cp) ||
            lexical::IsLineBreak(cp)) {
          i += n;
          continue;
        }
        if (!lexical::IsWordCodepoint(cp)) {
          Emit(i, i + n);
          i += n;
          continue;
        }
        i = Word(i, cls, space_before);
        continue;
      }
      if (cls & kWord) {
        i = Word(i, cls, after_space);
      } else {
        i = Punct(i);
      }
      after_space = false;
    }
  }

 private:
  int Decode(uint32_t i, uint32_t* cp) const {
    Utf8Error err;
    return DecodeUtf8(s_ + i, s_ + end_, cp, &err);
  }

  // Length of the word character at i, or 0 when there is none.
  int WordCharAt(uint32_t i) const {
    if (i >= end_) return 0;
    unsigned char c = s_[i];
    if (c < 0x80) return (kClass[c] & kWord) ? 1 : 0;
    return CodepointWordCharAt(i);
  }
  // The non-ASCII part of WordCharAt, out of line like the other rare paths
  // of Word(): inlined, their registers were saved and restored for every
  // word.
  [[gnu::noinline]] int CodepointWordCharAt(uint32_t i) const {
    uint32_t cp;
    int n = Decode(i, &cp);
    return lexical::IsWordCodepoint(cp) ? n : 0;
  }

  bool DigitAt(uint32_t i) const {
    return i < end_ && (kClass[s_[i]] & kDigit);
  }
  bool UpperAt(uint32_t i) const {
    return i < end_ && (kClass[s_[i]] & kUpper);
  }

  bool SpaceBefore(uint32_t b) const {
    return b > 0 && (kClass[s_[b - 1]] & kSpace);
  }

  void Emit(uint32_t b, uint32_t e) {
    if (e <= b) return;
    unsigned char c = s_[b];
    EmitKnown(b, e, SpaceBefore(b),
              c < 0x80 ? (kClass[c] & kUpper) != 0 : UpperCodepointAt(b));
  }
  // Emit() for a non-empty token whose flags the caller knows.
  void EmitKnown(uint32_t b, uint32_t e, bool space_before, bool capitalized) {
    Token& t = doc_->tokens.emplace_back();
    t.span = {b, e};
    t.space_before = space_before;
    t.capitalized = capitalized;
  }

  // Out of line: decoding inlined into Emit made every token pay for the
  // registers it needs.
  [[gnu::noinline]] bool UpperCodepointAt(uint32_t i) const {
    uint32_t cp;
    Decode(i, &cp);
    return lexical::IsUpperCodepoint(cp);
  }

  bool MatchNoCase(uint32_t i, std::string_view w) const {
    if (end_ - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      unsigned char c = s_[i + k];
      if (c >= 'A' && c <= 'Z') c |= 0x20;
      if (c != static_cast<unsigned char>(w[k])) return false;
    }
    return true;
  }

  [[gnu::noinline]] uint32_t Url(uint32_t i) {
    uint32_t j = i;
    int open_parens = 0;
    while (j < end_ && !(kClass[s_[j]] & kSpace)) {
      if (s_[j] == '(') ++open_parens;
      if (s_[j] == ')') --open_parens;
      ++j;
    }
    // Trailing punctuation belongs to the sentence, not the address.
    while (j > i + 1) {
      unsigned char c = s_[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
          c == '?' || c == '"' || c == '\'' || c == ']' || c == '>') {
        --j;
      } else if (c == ')' && open_parens < 0) {
        ++open_parens;
        --j;
      } else {
        break;
      }
    }
    Emit(i, j);
    return j;
  }

  // Scans a word starting at i (a word character, of class cls) and emits
  // it, with its clitic split off. Returns the position after the word.
  // after_space: whether the byte before i is an ASCII space. Inline: as a
  // call per word it cost more than the flags save.
  [[gnu::always_inline]] uint32_t Word(uint32_t i, uint8_t cls,
                                       bool after_space) {
    if ((cls & kUrlStart) && i + 1 < end_ &&
        ((s_[i + 1] | 0x20) == 't' || (s_[i + 1] | 0x20) == 'w')) {
      if (MatchNoCase(i, "http://") || MatchNoCase(i, "https://") ||
          MatchNoCase(i, "www.")) {
        return Url(i);
      }
    }
    // Most words are ASCII letters followed by a space or a mark that
    // cannot join them: emitted here, without the joiner logic.
    uint32_t j = SkipAsciiWord(i);
    if (j >= end_ || (kClass[s_[j]] & kEndsWord) ||
        (s_[j] == ',' && !(kClass[s_[j - 1]] & kDigit))) {
      // An ASCII word: SkipAsciiWord went past its first byte.
      EmitKnown(i, j, after_space, cls & kUpper);
      return j;
    }
    return JoinedWord(i, j);
  }

  // The rest of Word(): [i, j) are word characters, and what follows may
  // join them.
  [[gnu::noinline]] uint32_t JoinedWord(uint32_t i, uint32_t j) {
    bool has_apostrophe = false, attached_period = false;
    for (;;) {
      // Plain word characters.
      for (;;) {
        j = SkipAsciiWord(j);
        if (j >= end_ || s_[j] < 0x80) break;
        int n = WordCharAt(j);
        if (n == 0) break;
        j += n;
      }
      if (j >= end_) break;
      unsigned char c = s_[j];
      bool next_word = WordCharAt(j + 1) > 0;
      bool joined = false;
      switch (c) {
        case '.':
          joined = next_word;
          break;
        case '-':
        case '/':
          joined = next_word;
          break;
        case '\'':
          if (next_word) has_apostrophe = joined = true;
          break;
        case '@':
          joined = next_word;
          break;
        case ',':
          // Thousands separator: "6,000" but not "1,2" or "3,0001".
          joined = DigitAt(j - 1) && DigitAt(j + 1) && DigitAt(j + 2) &&
                   DigitAt(j + 3) && !DigitAt(j + 4);
          break;
        case ':':
          joined = DigitAt(j - 1) && DigitAt(j + 1);
          break;
        case '&':
          joined = UpperAt(j - 1) && UpperAt(j + 1);
          break;
        default:
          break;
      }
      if (joined) {
        ++j;
        continue;
      }
      if (c == '.' && !(j + 1 < end_ && s_[j + 1] == '.') && !attached_period &&
          AttachPeriod(i, j)) {
        ++j;
        attached_period = true;
        // "U.S.-led": the word may go on after the abbreviation.
        if (j < end_ && s_[j] == '-' && WordCharAt(j + 1) > 0) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (has_apostrophe && !attached_period) {
      uint32_t cut = CliticStart(i, j);
      if (cut > i) {
        Emit(i, cut);
        Emit(cut, j);
        return j;
      }
    }
    Emit(i, j);
    return j;
  }

  // Whether the period at position dot ends the abbreviation [i, dot).
  [[gnu::noinline]] bool AttachPeriod(uint32_t i, uint32_t dot) const {
    std::string_view w(reinterpret_cast<const char*>(s_ + i), dot - i);
    lexical::AbbrevKind kind = lexical::ClassifyAbbrev(w);
    if (kind == lexical::AbbrevKind::kNone) return false;
    if (w == "No" || w == "no" || w == "Nos" || w == "nos") {
      // "No. 10" is an abbreviation; "The answer was no." is not.
      uint32_t k = dot + 1;
      while (k < end_ && s_[k] == ' ') ++k;
      return DigitAt(k);
    }
    return true;
  }

  // Where a clitic starts in the word [i, j), or i when there is none.
  [[gnu::noinline]] uint32_t CliticStart(uint32_t i, uint32_t j) const {
    uint32_t len = j - i;
    auto lower = [&](uint32_t k) {
      return static_cast<unsigned char>(s_[k] | 0x20);
    };
    if (len > 3 && lower(j - 3) == 'n' && s_[j - 2] == '\'' &&
        lower(j - 1) == 't') {
      return j - 3;
    }
    if (len > 2 && s_[j - 2] == '\'') {
      unsigned char c = lower(j - 1);
      if (c == 's' || c == 'd' || c == 'm') return j - 2;
    }
    if (len > 3 && s_[j - 3] == '\'') {
      unsigned char a = lower(j - 2), b = lower(j - 1);
      if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') ||
          (a == 'l' && b == 'l')) {
        return j - 3;
      }
    }
    return i;
  }

  uint32_t Punct(uint32_t i) {
    unsigned char c = s_[i];
    uint32_t j = i + 1;
    switch (c) {
      case '-':
      case '.':
      case '`':
        while (j < end_ && s_[j] == c) ++j;
        break;
      case '?':
      case '!':
        while (j < end_ && (s_[j] == '?' || s_[j] == '!')) ++j;
        break;
      case '\'':
        // "'90s": a decade with its apostrophe is one word.
        if (DigitAt(j) && DigitAt(j + 1) && !DigitAt(j + 2)) {
          uint32_t k = j + 2;
          if (k < end_ && s_[k] == 's') ++k;
          if (WordCharAt(k) == 0) {
            Emit(i, k);
            return k;
          }
        }
        if (j < end_ && s_[j] == '\'') ++j;  // '' as a closing quote
        break;
      default:
        break;
    }
    Emit(i, j);
    return j;
  }

  // Skips ASCII word characters from j. Unless a word character follows the
  // block, the first byte that is not one stops the scan by itself, and a
  // bounds check per byte was a good part of the tokenizer's time.
  uint32_t SkipAsciiWord(uint32_t j) const {
    if (word_at_end_) {
      while (j < end_ && (kClass[s_[j]] & kWord)) ++j;
      return j;
    }
    // A pointer, not a 32-bit index: the index needed widening every byte.
    const unsigned char* p = s_ + j;
    while (kClass[*p] & kWord) ++p;
    return static_cast<uint32_t>(p - s_);
  }

  Document* doc_;
  const unsigned char* s_;
  uint32_t begin_;
  uint32_t end_;
  bool word_at_end_;
};

}  // namespace

void Tokenize(Document* doc) {
  doc->tokens.clear();
  // News text has about one token per five or six bytes. Reserving a
  // generous bound once means the vector never regrows (and never moves a
  // million tokens); pages reserved but not used are never touched.
  doc->tokens.reserve(doc->text.size() / 4 + 16);
  for (const Block& block : doc->blocks) {
    uint32_t b = block.span.begin;
    uint32_t e = block.span.end;
    if (e > doc->text.size()) e = static_cast<uint32_t>(doc->text.size());
    if (b >= e) continue;
    BlockScanner(doc, b, e).Run();
  }
}

}  // namespace dyad
