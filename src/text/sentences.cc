// Sentence boundaries over tokens.
//
// A sentence ends at a final mark (". ! ? ...") together with any closing
// quotes or brackets glued to it, provided the next token is separated by a
// space and looks like a sentence start: a capitalised word, a number, or an
// opening quote or bracket. Working on tokens rather than characters means
// the hard cases are already decided by the tokenizer: decimals ("17.5") and
// dotted abbreviations ("U.N.") are single tokens, so their periods are
// never final marks on their own.
//
// Abbreviations that keep their period need one more decision, taken from
// the shared list in text/lexical.h:
//   - titles, months and initials ("Gen.", "Sept.", "W.") precede a name or
//     number, so a sentence never ends after them;
//   - the rest ("U.S.", "Inc.", "etc.") may end a sentence, but a capitalised
//     word after them is usually a name ("the U.N. Security Council"), so a
//     sentence ends only before a common sentence opener ("The", "He",
//     "But", ...) or an opening quote.
//
// Quotations need no special machinery. In
//   "We are just waiting. We don't know."
// the first period is followed by a capitalised word and splits; the second
// is followed by the closing quote, which is glued to it (no space), so the
// quote mark stays with its sentence. A question inside a quote followed by
// a lower-case attribution ("Why?" he asked) does not split.
//
// Sentences never cross blocks: each block's tokens are processed alone, and
// the end of a block always closes the sentence. Sentences in headings,
// captions and credit lines are kept (quotes and places may still be
// reported) but marked not codable.
#include <string_view>

#include "text/lexical.h"
#include "text/text.h"

namespace dyad {
namespace {

enum class EndKind : uint8_t { kNone, kFinal, kTitleAbbrev, kOtherAbbrev };

EndKind ClassifyEnd(std::string_view t) {
  if (t.empty()) return EndKind::kNone;
  char last = t.back();
  if (last == '?' || last == '!') {
    return t.front() == '?' || t.front() == '!' ? EndKind::kFinal
                                                : EndKind::kNone;
  }
  if (last != '.') return EndKind::kNone;
  if (t.front() == '.') return EndKind::kFinal;  // "." or "..."
  switch (lexical::ClassifyAbbrev(t.substr(0, t.size() - 1))) {
    case lexical::AbbrevKind::kTitle:
      return EndKind::kTitleAbbrev;
    case lexical::AbbrevKind::kOther:
      return EndKind::kOtherAbbrev;
    case lexical::AbbrevKind::kNone:
      return EndKind::kNone;
  }
  return EndKind::kNone;
}

bool IsCloser(std::string_view t) {
  return t == "\"" || t == "'" || t == "''" || t == ")" || t == "]" || t == "}";
}

bool IsOpener(std::string_view t) {
  return t == "\"" || t == "'" || t == "`" || t == "``" || t == "(" || t == "[";
}

}  // namespace

void SplitSentences(Document* doc) {
  doc->sentences.clear();
  std::vector<Token>& tokens = doc->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const std::string& text = doc->text;
  // Every token of a block gets its sentence as the scan passes it (and a
  // closer skipped over with the sentence it closes); only strays are
  // marked here. One pass over a block's tokens finds where the block ends,
  // its sentence ends and the tokens' sentences: three passes were a
  // measurable share of the stage.
  uint32_t t = 0;
  for (uint32_t b = 0; b < doc->blocks.size(); ++b) {
    const Block& block = doc->blocks[b];
    while (t < n && tokens[t].span.begin < block.span.begin)
      tokens[t++].sentence = kNone;
    // Tokens are in text order: the block's are the run from here that
    // begins before its end.
    const uint32_t block_end = block.span.end;
    auto in_block = [&](uint32_t k) {
      return k < n && tokens[k].span.begin < block_end;
    };
    if (!in_block(t)) continue;
    const bool codable = block.kind != BlockKind::kHeading &&
                         block.kind != BlockKind::kCaption &&
                         block.kind != BlockKind::kCredit;

    auto close = [&](uint32_t s, uint32_t e) {
      Sentence sent;
      sent.span = {tokens[s].span.begin, tokens[e - 1].span.end};
      sent.first_token = s;
      sent.end_token = e;
      sent.block = b;
      sent.codable = codable;
      doc->sentences.push_back(sent);
    };

    uint32_t start = t;
    uint32_t index = static_cast<uint32_t>(doc->sentences.size());
    uint32_t k = t;
    for (; in_block(k); ++k) {
      tokens[k].sentence = index;
      // Most tokens are ruled out by their last byte alone.
      Span sp = tokens[k].span;
      if (sp.begin < sp.end && sp.end <= text.size()) {
        char last = text[sp.end - 1];
        if (last != '.' && last != '?' && last != '!') continue;
      }
      EndKind kind = ClassifyEnd(doc->TokenText(k));
      if (kind == EndKind::kNone || kind == EndKind::kTitleAbbrev) continue;
      uint32_t m = k + 1;
      while (in_block(m) && !tokens[m].space_before &&
             IsCloser(doc->TokenText(m)))
        tokens[m++].sentence = index;
      // The block end closes the sentence anyway.
      if (!in_block(m)) {
        k = m;
        break;
      }
      const Token& next = tokens[m];
      // Closers glued to a mark that ends no sentence are scanned again.
      if (!next.space_before) continue;
      std::string_view nt = doc->TokenText(m);
      bool split;
      if (kind == EndKind::kFinal) {
        split =
            next.capitalized || (nt[0] >= '0' && nt[0] <= '9') || IsOpener(nt);
      } else {
        split =
            IsOpener(nt) || (next.capitalized && lexical::IsSentenceOpener(nt));
      }
      if (!split) continue;
      close(start, m);
      start = m;
      ++index;
      k = m - 1;
    }
    close(start, k);
    t = k;
  }
  for (; t < n; ++t) tokens[t].sentence = kNone;
}

}  // namespace dyad
