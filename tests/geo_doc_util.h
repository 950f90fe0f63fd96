// A stand-in for the tokenize/, text/ and tag/ stages, for geo tests and
// benchmarks: it must not depend on those stages, which change on their own
// schedule. Each line is a block; tokens split on spaces and punctuation
// (keeping "U.S." and "al-Assad" whole, splitting "'s"); sentences end at
// . ! ?; a capitalised token is NNP, anything else NN.
#ifndef DYAD_TESTS_GEO_DOC_UTIL_H_
#define DYAD_TESTS_GEO_DOC_UTIL_H_

#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::testing {

inline bool GeoIsWordByte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '.' || c >= 0x80;
}

// Length of a UTF-8 curly quote/apostrophe/dash at s[i], else 0.
inline size_t GeoPunctUtf8(std::string_view s, size_t i) {
  if (i + 2 < s.size() + 0 && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 ||
        c == 0x94)
      return 3;
  }
  return 0;
}

inline void GeoAddToken(Document* doc, size_t b, size_t e) {
  if (e <= b) return;
  Token t;
  t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  unsigned char c = static_cast<unsigned char>(doc->text[b]);
  t.capitalized = c >= 'A' && c <= 'Z';
  t.tag = t.capitalized ? Tag::NNP : Tag::NN;
  t.space_before =
      b > 0 && (doc->text[b - 1] == ' ' || doc->text[b - 1] == '\n');
  doc->tokens.push_back(t);
}

// Builds blocks, tokens, sentences (all codable) from doc->text.
inline void GeoSimpleAnalyze(Document* doc) {
  doc->ClearAnnotations();
  const std::string& s = doc->text;
  size_t line_start = 0;
  while (line_start <= s.size()) {
    size_t line_end = s.find('\n', line_start);
    if (line_end == std::string::npos) line_end = s.size();
    if (line_end > line_start) {
      Block blk;
      blk.span = Span{static_cast<uint32_t>(line_start),
                      static_cast<uint32_t>(line_end)};
      blk.kind = doc->blocks.empty() ? BlockKind::kHeadline : BlockKind::kBody;
      doc->blocks.push_back(blk);
      size_t sent_first = doc->tokens.size();
      auto close_sentence = [&]() {
        if (doc->tokens.size() == sent_first) return;
        Sentence se;
        se.first_token = static_cast<uint32_t>(sent_first);
        se.end_token = static_cast<uint32_t>(doc->tokens.size());
        se.span = Span{doc->tokens[sent_first].span.begin,
                       doc->tokens.back().span.end};
        se.block = static_cast<uint32_t>(doc->blocks.size() - 1);
        for (uint32_t t = se.first_token; t < se.end_token; ++t)
          doc->tokens[t].sentence =
              static_cast<uint32_t>(doc->sentences.size());
        doc->sentences.push_back(se);
        sent_first = doc->tokens.size();
      };
      size_t i = line_start;
      while (i < line_end) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r') {
          ++i;
          continue;
        }
        if (size_t n = GeoPunctUtf8(s, i)) {
          // ’s after a word is a possessive token.
          if (s.compare(i, 3, "\xE2\x80\x99") == 0 && i + 3 < line_end &&
              s[i + 3] == 's' &&
              (i + 4 >= line_end || !GeoIsWordByte(s[i + 4]))) {
            GeoAddToken(doc, i, i + 4);
            i += 4;
            continue;
          }
          GeoAddToken(doc, i, i + n);
          i += n;
          continue;
        }
        if (!GeoIsWordByte(c) || c == '-' || c == '.') {
          if (c == '\'' && i + 1 < line_end && s[i + 1] == 's' &&
              (i + 2 >= line_end || !GeoIsWordByte(s[i + 2]))) {
            GeoAddToken(doc, i, i + 2);
            i += 2;
            continue;
          }
          GeoAddToken(doc, i, i + 1);
          bool final = c == '.' || c == '!' || c == '?';
          ++i;
          if (final) close_sentence();
          continue;
        }
        size_t j = i;
        while (j < line_end &&
               GeoIsWordByte(static_cast<unsigned char>(s[j])) &&
               GeoPunctUtf8(s, j) == 0)
          ++j;
        // A trailing period belongs to the word only in abbreviations
        // with an inner period ("U.S.").
        size_t word_end = j;
        bool final = false;
        if (word_end > i + 1 && s[word_end - 1] == '.') {
          std::string_view w(s.data() + i, word_end - 1 - i);
          static constexpr std::string_view kAbbrev[] = {
              "Mr", "Mrs", "Ms",   "Dr",   "St", "Gen", "Sen", "Rep", "Gov",
              "Lt", "Col", "Capt", "Prof", "Jr", "Sr",  "Rev", "Sgt", "Mt"};
          bool abbrev = false;
          for (std::string_view a : kAbbrev) abbrev |= w == a;
          if (!abbrev && w.find('.') == std::string_view::npos) {
            --word_end;
            final = true;
          }
        }
        GeoAddToken(doc, i, word_end);
        if (final) {
          GeoAddToken(doc, word_end, word_end + 1);
          close_sentence();
        }
        i = j;
      }
      close_sentence();
    }
    line_start = line_end + 1;
  }
}

inline Document GeoMakeDoc(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  GeoSimpleAnalyze(&doc);
  return doc;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_GEO_DOC_UTIL_H_
