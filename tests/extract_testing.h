// Hand-built Documents for the extract/ tests, so that they do not depend on
// the text/, tokenize/, tag/ and actors/ stages. The tokenizer here is a
// deliberately plain Penn-like splitter: words (with internal hyphens,
// digit commas and decimal points), "n't" and "'s" split off, every other
// punctuation character its own token. Blocks are lines; sentences end after
// . ! ? (and a closing quote glued to it).
#ifndef DYAD_TESTS_EXTRACT_TESTING_H_
#define DYAD_TESTS_EXTRACT_TESTING_H_

#include <algorithm>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::testing {

// Curly quotes and dashes to ASCII, as text/ normalisation does.
inline std::string NormalizeForTest(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    auto at = [&](const char* s) {
      size_t n = std::char_traits<char>::length(s);
      return raw.substr(i, n) == s ? n : 0;
    };
    size_t n;
    if ((n = at("\xE2\x80\x9C")) || (n = at("\xE2\x80\x9D"))) {
      out += '"';
    } else if ((n = at("\xE2\x80\x98")) || (n = at("\xE2\x80\x99"))) {
      out += '\'';
    } else if ((n = at("\xE2\x80\x93"))) {
      out += '-';
    } else if ((n = at("\xE2\x80\x94"))) {
      out += "--";
    } else if ((n = at("\xC2\xA0"))) {
      out += ' ';
    } else {
      n = 1;
      if (raw[i] != '\r') out += raw[i];
    }
    i += n - 1;
  }
  return out;
}

inline bool TestIsWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

// Builds a Document with blocks, tokens, sentences, lemmas (lower-cased
// text) and CD tags on numbers. date: "YYYY-MM-DD" or "" for unknown.
inline Document MakeTestDocument(std::string_view raw,
                                 std::string_view date = "") {
  Document doc;
  doc.text = NormalizeForTest(raw);
  if (auto d = Date::Parse(date)) doc.date = *d;
  const std::string& t = doc.text;
  // Blocks: non-empty lines.
  size_t pos = 0;
  int line_no = 0;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string::npos) nl = t.size();
    size_t b = pos, e = nl;
    while (b < e && t[b] == ' ') ++b;
    while (e > b && t[e - 1] == ' ') --e;
    if (e > b) {
      Block blk;
      blk.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      std::string_view line(t.data() + b, e - b);
      char last = line.back();
      size_t words = std::count(line.begin(), line.end(), ' ') + 1;
      if (line_no == 0) {
        blk.kind = BlockKind::kHeadline;
      } else if (line_no == 1) {
        blk.kind = BlockKind::kStandfirst;
      } else if (last == ']') {
        blk.kind = BlockKind::kCaption;
      } else if (line.substr(0, 7) == "Source:") {
        blk.kind = BlockKind::kCredit;
      } else if (words < 8 && last != '.' && last != '"' && last != '?' &&
                 last != '!') {
        blk.kind = BlockKind::kHeading;
      }
      doc.blocks.push_back(blk);
      ++line_no;
    }
    pos = nl + 1;
  }
  if (doc.blocks.empty() && !t.empty()) {
    // Not reached for non-empty text, kept for safety.
  }
  // Tokens and sentences per block.
  for (uint32_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const Block& blk = doc.blocks[bi];
    uint32_t i = blk.span.begin;
    bool space = true;
    uint32_t sent_first = static_cast<uint32_t>(doc.tokens.size());
    auto push = [&](uint32_t b, uint32_t e) {
      Token tok;
      tok.span = {b, e};
      tok.space_before = space;
      space = false;
      unsigned char c0 = static_cast<unsigned char>(t[b]);
      tok.capitalized = c0 >= 'A' && c0 <= 'Z';
      std::string lemma(t.substr(b, e - b));
      for (char& ch : lemma) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      tok.lemma = lemma;
      if (c0 >= '0' && c0 <= '9') tok.tag = Tag::CD;
      doc.tokens.push_back(tok);
    };
    while (i < blk.span.end) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if (c == ' ' || c == '\t') {
        space = true;
        ++i;
        continue;
      }
      if (TestIsWordChar(c)) {
        uint32_t j = i;
        while (j < blk.span.end) {
          unsigned char d = static_cast<unsigned char>(t[j]);
          if (TestIsWordChar(d)) {
            ++j;
          } else if ((d == '-' || d == ',' || d == '.' || d == '\'') &&
                     j + 1 < blk.span.end &&
                     TestIsWordChar(static_cast<unsigned char>(t[j + 1])) &&
                     (d == '-' || d == '\'' ||
                      (t[j - 1] >= '0' && t[j - 1] <= '9' && t[j + 1] >= '0' &&
                       t[j + 1] <= '9'))) {
            ++j;
          } else {
            break;
          }
        }
        std::string_view w(t.data() + i, j - i);
        // Split "n't", "'s", "'ve", "'re", "'ll", "'d".
        uint32_t split = j;
        if (w.size() > 3 && w.substr(w.size() - 3) == "n't") {
          split = j - 3;
        } else {
          size_t ap = w.rfind('\'');
          if (ap != std::string_view::npos && ap > 0) split = i + ap;
        }
        if (split > i && split < j) {
          push(i, split);
          push(split, j);
        } else {
          push(i, j);
        }
        i = j;
        continue;
      }
      uint32_t j = i + 1;
      if (c == '-' && j < blk.span.end && t[j] == '-') ++j;
      push(i, j);
      i = j;
    }
    // Sentences.
    uint32_t end_tok = static_cast<uint32_t>(doc.tokens.size());
    for (uint32_t k = sent_first; k < end_tok; ++k) {
      std::string_view x = doc.TokenText(k);
      bool final = x == "." || x == "!" || x == "?";
      uint32_t last = k;
      if (final) {
        while (last + 1 < end_tok && doc.TokenText(last + 1) == "\"" &&
               !doc.tokens[last + 1].space_before)
          ++last;
      }
      if ((final && last + 1 < end_tok) || last + 1 == end_tok) {
        Sentence s;
        s.first_token = sent_first;
        s.end_token = last + 1;
        s.block = bi;
        s.span = {doc.tokens[sent_first].span.begin, doc.tokens[last].span.end};
        s.codable = blk.kind == BlockKind::kHeadline ||
                    blk.kind == BlockKind::kStandfirst ||
                    blk.kind == BlockKind::kBody;
        uint32_t si = static_cast<uint32_t>(doc.sentences.size());
        for (uint32_t m = sent_first; m <= last; ++m)
          doc.tokens[m].sentence = si;
        doc.sentences.push_back(s);
        sent_first = last + 1;
        k = last;
      }
    }
  }
  return doc;
}

// Index of the first token with this text at or after `from`; kNone if none.
inline uint32_t FindToken(const Document& doc, std::string_view text,
                          uint32_t from = 0) {
  for (uint32_t i = from; i < doc.tokens.size(); ++i) {
    if (doc.TokenText(i) == text) return i;
  }
  return kNone;
}

// Token range of each occurrence of a space-separated phrase.
inline bool MatchPhraseAt(const Document& doc, uint32_t i,
                          std::string_view phrase, uint32_t* end) {
  uint32_t k = i;
  size_t p = 0;
  while (p < phrase.size()) {
    size_t sp = phrase.find(' ', p);
    if (sp == std::string_view::npos) sp = phrase.size();
    if (k >= doc.tokens.size() || doc.TokenText(k) != phrase.substr(p, sp - p))
      return false;
    ++k;
    p = sp + 1;
  }
  *end = k;
  return true;
}

// Adds a mention for every occurrence of the phrase (token-aligned) that does
// not overlap an existing mention; keeps mentions ordered.
inline void AddMentions(Document* doc, std::string_view phrase, ActorKind kind,
                        std::string code, std::string name) {
  for (uint32_t i = 0; i < doc->tokens.size(); ++i) {
    uint32_t end;
    if (!MatchPhraseAt(*doc, i, phrase, &end)) continue;
    bool overlap = false;
    for (const ActorMention& m : doc->mentions) {
      if (m.first_token < end && i < m.end_token) overlap = true;
    }
    if (overlap) continue;
    ActorMention m;
    m.first_token = i;
    m.end_token = end;
    m.span = {doc->tokens[i].span.begin, doc->tokens[end - 1].span.end};
    m.sentence = doc->tokens[i].sentence;
    m.kind = kind;
    m.code = code;
    m.name = name;
    m.country = code.substr(0, 3);
    doc->mentions.push_back(m);
  }
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const ActorMention& a, const ActorMention& b) {
              return a.first_token < b.first_token;
            });
}

// Adds a place for every occurrence of the phrase.
inline void AddPlaces(Document* doc, std::string_view phrase,
                      std::string country) {
  for (uint32_t i = 0; i < doc->tokens.size(); ++i) {
    uint32_t end;
    if (!MatchPhraseAt(*doc, i, phrase, &end)) continue;
    Place p;
    p.span = {doc->tokens[i].span.begin, doc->tokens[end - 1].span.end};
    p.sentence = doc->tokens[i].sentence;
    p.name = std::string(phrase);
    p.country = country;
    doc->places.push_back(p);
  }
  std::sort(doc->places.begin(), doc->places.end(),
            [](const Place& a, const Place& b) {
              return a.span.begin < b.span.begin;
            });
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_EXTRACT_TESTING_H_
