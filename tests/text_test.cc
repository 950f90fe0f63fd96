// Tests of text/: CheckText, NormalizeText, SplitBlocks, SplitSentences,
// and the word helpers of text/word_hash.h.
#include "text/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"
#include "text/word_hash.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

Document Prepare(std::string_view raw, bool headline = true) {
  Document doc;
  doc.text = NormalizeText(raw);
  doc.first_line_is_headline = headline;
  SplitBlocks(&doc);
  Tokenize(&doc);
  SplitSentences(&doc);
  return doc;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

// ---------------------------------------------------------------- CheckText

TEST(CheckTextTest, AcceptsPlainAndMultibyteText) {
  EXPECT_TRUE(CheckText("Hello world.").ok());
  EXPECT_TRUE(
      CheckText(
          "Erdo\xC4\x9F"
          "an met \xE2\x80\x9C"
          "allies\xE2\x80\x9D in \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80")
          .ok());
  // U+10FFFF is the last valid code point.
  EXPECT_TRUE(CheckText("x\xF4\x8F\xBF\xBF").ok());
}

TEST(CheckTextTest, RejectsEmptyAndWhitespace) {
  Status s = CheckText("");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("empty"), std::string::npos);
  s = CheckText(" \n\t\r\n   ");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("whitespace"), std::string::npos);
  // Non-breaking spaces and a BOM are whitespace too.
  EXPECT_FALSE(CheckText("\xEF\xBB\xBF\xC2\xA0 \xE2\x80\x89\n").ok());
  // A long run of spaces exercises the eight-byte fast path.
  EXPECT_FALSE(CheckText(std::string(1000, ' ')).ok());
  EXPECT_TRUE(CheckText(std::string(1000, ' ') + "x").ok());
}

TEST(CheckTextTest, RejectsNulWithOffset) {
  std::string text = "Twelve bytes";
  text += '\0';
  text += "more";
  Status s = CheckText(text);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("NUL"), std::string::npos);
  EXPECT_NE(s.message().find("offset 12"), std::string::npos) << s.message();
}

// The fast paths skip 16 and 8 bytes at a time and then step to the first
// byte of interest: every offset of it, before and after content, is found.
TEST(CheckTextTest, FindsBadBytesAtEveryOffset) {
  for (const std::string& pad : {std::string(""), std::string(21, ' ')}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text = pad + std::string(at, 'a');
      text += '\0';
      text += std::string(20, 'b');
      Status s = CheckText(text);
      EXPECT_NE(s.message().find("NUL byte at byte offset " +
                                 std::to_string(pad.size() + at)),
                std::string::npos)
          << s.message();
      text[pad.size() + at] = '\xFF';
      s = CheckText(text);
      EXPECT_NE(s.message().find("offset " + std::to_string(pad.size() + at)),
                std::string::npos)
          << s.message();
    }
  }
  EXPECT_TRUE(CheckText(std::string(37, ' ') + "x" + std::string(40, 'y')).ok());
  EXPECT_FALSE(CheckText(std::string(37, ' ') + "\xE2\x80\x89" +
                         std::string(40, '\t')).ok());
}

struct BadUtf8Case {
  std::string text;
  size_t offset;
  const char* reason;
};

TEST(CheckTextTest, RejectsInvalidUtf8WithOffsetAndReason) {
  const BadUtf8Case cases[] = {
      {"abc\xC0\xAF", 3, "overlong"},           // overlong '/'
      {"abcd\xE0\x80\xAF", 4, "overlong"},      // overlong 3-byte
      {"\xF0\x80\x80\xAF", 0, "overlong"},      // overlong 4-byte
      {"ab\xED\xA0\x80z", 2, "surrogate"},      // U+D800
      {"ab\xED\xBF\xBFz", 2, "surrogate"},      // U+DFFF
      {"hello\xE2\x80", 5, "truncated"},        // cut at the end
      {"hello\xE2\x80 world", 5, "truncated"},  // cut in the middle
      {"x\xC3", 1, "truncated"},
      {"0123456789\x80", 10, "continuation"},  // stray continuation
      {"\xF4\x90\x80\x80", 0, "U+10FFFF"},     // above the range
      {"12345678901234567\xFF", 17, "lead"},   // never valid
  };
  for (const BadUtf8Case& c : cases) {
    Status s = CheckText(c.text);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << c.reason;
    EXPECT_NE(s.message().find("offset " + std::to_string(c.offset)),
              std::string::npos)
        << s.message();
    EXPECT_NE(s.message().find(c.reason), std::string::npos) << s.message();
  }
}

// ------------------------------------------------------------ NormalizeText

TEST(NormalizeTextTest, ReplacesAtEveryOffset) {
  for (size_t at = 0; at < 40; ++at) {
    std::string head(at, 'a'), tail(20, 'b');
    EXPECT_EQ(NormalizeText(head + "\xE2\x80\x99" + tail), head + "'" + tail);
    EXPECT_EQ(NormalizeText(head + "\r\n" + tail), head + "\n" + tail);
    EXPECT_EQ(NormalizeText(head + "\r" + tail), head + "\n" + tail);
  }
}

TEST(NormalizeTextTest, Quotes) {
  EXPECT_EQ(
      NormalizeText(
          "\xE2\x80\x9CYes,\xE2\x80\x9D she said, \xE2\x80\x98no\xE2\x80\x99."),
      "\"Yes,\" she said, 'no'.");
  EXPECT_EQ(NormalizeText("Moscow\xE2\x80\x99s 5\xE2\x80\xB2 9\xE2\x80\xB3"),
            "Moscow's 5' 9\"");
  EXPECT_EQ(NormalizeText("\xE2\x80\x9E"
                          "Ja\xE2\x80\x9C"),
            "\"Ja\"");
}

TEST(NormalizeTextTest, Dashes) {
  // Spaced en and em dashes stay spaced single hyphens.
  EXPECT_EQ(NormalizeText("17,000 \xE2\x80\x93 40,000"), "17,000 - 40,000");
  EXPECT_EQ(NormalizeText("Moscow \xE2\x80\x94 who"), "Moscow - who");
  // An unspaced em dash or horizontal bar is a parenthetical dash.
  EXPECT_EQ(NormalizeText("Moscow\xE2\x80\x94who"), "Moscow--who");
  EXPECT_EQ(NormalizeText("a\xE2\x80\x95"
                          "b"),
            "a--b");
  // En dash in a range, minus sign, non-breaking hyphen.
  EXPECT_EQ(NormalizeText("1990\xE2\x80\x93"
                          "95 \xE2\x88\x92"
                          "5 UN\xE2\x80\x91"
                          "backed"),
            "1990-95 -5 UN-backed");
}

TEST(NormalizeTextTest, SpacesAndInvisibles) {
  EXPECT_EQ(NormalizeText("to\xC2\xA0"
                          "Damascus"),
            "to Damascus");
  EXPECT_EQ(NormalizeText("a\xE2\x80\x89"
                          "b\xE2\x80\xAF"
                          "c\xE3\x80\x80"
                          "d"),
            "a b c d");
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFStart"), "Start");
  EXPECT_EQ(NormalizeText("co\xC2\xAD"
                          "operation"),
            "cooperation");
  EXPECT_EQ(NormalizeText("zero\xE2\x80\x8Bwidth\xE2\x80\x8Cjoin\xE2\x80\x8D"),
            "zerowidthjoin");
}

TEST(NormalizeTextTest, EllipsisAndLineEnds) {
  EXPECT_EQ(NormalizeText("Wait\xE2\x80\xA6 now"), "Wait... now");
  EXPECT_EQ(NormalizeText("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
  EXPECT_EQ(NormalizeText("x\xE2\x80\xA8y"), "x\ny");
}

TEST(NormalizeTextTest, LeavesOtherTextAlone) {
  std::string text = "Plain ASCII text, long enough for the fast path. ";
  text +=
      "Erdo\xC4\x9F"
      "an \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE2\x82\xAC"
      "5";
  EXPECT_EQ(NormalizeText(text), text);
  // Invalid bytes pass through unchanged rather than being lost.
  EXPECT_EQ(NormalizeText("a\xFF"
                          "b\xE2\x80"),
            "a\xFF"
            "b\xE2\x80");
  EXPECT_EQ(NormalizeText(""), "");
}

// -------------------------------------------------------------- SplitBlocks

// An invented article with every kind of block.
constexpr char kArticle[] =
    "Ghana hosts emergency talks on border clashes\r\n"
    "\r\n"
    "Regional ministers meet in Accra as fighting displaces thousands.\r\n"
    "\r\n"
    "  Foreign ministers from five West African states met in Accra on Monday. "
    "They agreed to send observers.  \r\n"
    "\r\n"
    "\xE2\x80\x9CWe cannot wait any longer,\xE2\x80\x9D the Ghanaian foreign "
    "minister said.\r\n"
    "\r\n"
    "Observers deployed\r\n"
    "\r\n"
    "The first team of 40 observers arrived on Tuesday.\r\n"
    "Residents flee the town of Bawku on Sunday [AFP/Getty Images]\r\n"
    "\r\n"
    "\xE2\x80\x98We have nothing left\xE2\x80\x99\r\n"
    "\r\n"
    "Aid agencies said at least 3,000 people had fled.\r\n"
    "\r\n"
    "Source: Al Jazeera and news agencies\r\n";

TEST(SplitBlocksTest, ClassifiesEveryKind) {
  Document doc = Prepare(kArticle);
  ASSERT_EQ(doc.blocks.size(), 10u);
  const BlockKind expected[] = {
      BlockKind::kHeadline, BlockKind::kStandfirst, BlockKind::kBody,
      BlockKind::kBody,     BlockKind::kHeading,    BlockKind::kBody,
      BlockKind::kCaption,  BlockKind::kHeading,    BlockKind::kBody,
      BlockKind::kCredit,
  };
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    EXPECT_EQ(doc.blocks[i].kind, expected[i])
        << i << ": " << doc.Text(doc.blocks[i].span);
  }
  // Spans are trimmed of surrounding spaces.
  EXPECT_EQ(doc.Text(doc.blocks[2].span).substr(0, 7), "Foreign");
  EXPECT_EQ(doc.Text(doc.blocks[2].span).back(), '.');
  EXPECT_EQ(doc.Text(doc.blocks[4].span), "Observers deployed");
}

TEST(SplitBlocksTest, JsonlLineWithoutHeadlineIsBody) {
  Document doc = Prepare(
      "Israel will evacuate all 21 settlements in the Gaza Strip.", false);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kBody);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_TRUE(doc.sentences[0].codable);
  // A short unpunctuated first line without headline is not a heading.
  doc = Prepare("Talks resume\n\nThe talks resumed on Monday.", false);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kBody);
}

TEST(SplitBlocksTest, TwoLineArticleHasNoStandfirst) {
  Document doc = Prepare("Talks collapse\nThe talks collapsed on Monday.");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kBody);
}

TEST(SplitBlocksTest, CreditAndCaptionForms) {
  const char* credits[] = {
      "Sources: Reuters, AP",
      "Reporting by Jane Doe; Editing by Ali Bo",
      "(Reporting by Sam Lee)",
      "Additional reporting by Omar Haddad",
      "Copyright 2023 Example News",
      "\xC2\xA9 Example News 2023",
      "(c) Example News",
      "Follow us on Twitter for more updates",
  };
  for (const char* c : credits) {
    std::string text =
        std::string("Headline here\n\nStandfirst line here.\n\n") +
        "First body line here.\n\n" + c + "\n\nLast body line.";
    Document doc = Prepare(text);
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(doc.blocks[3].kind, BlockKind::kCredit) << c;
  }
  const char* captions[] = {
      "Soldiers patrol the capital on Monday [Reuters]",
      "A man walks past a burned car [AFP/Getty Images]",
      "Protesters gather in the square (Photo: Jane Doe/AP)",
      "Photo: Police officers at the scene",
  };
  for (const char* c : captions) {
    std::string text =
        std::string("Headline here\n\nStandfirst line here.\n\n") +
        "First body line here.\n\n" + c + "\n\nLast body line.";
    Document doc = Prepare(text);
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(doc.blocks[3].kind, BlockKind::kCaption) << c;
  }
  // Look-alikes that are body text.
  const char* bodies[] = {
      "He said the quote was accurate [sic] and stood by it.",
      "Copyright law was changed in 2019, the minister said.",
      "\"We will not leave.\"",
      "The army said eight soldiers were killed in the attack on Monday",
  };
  for (const char* c : bodies) {
    std::string text =
        std::string("Headline here\n\nStandfirst line here.\n\n") +
        "First body line here.\n\n" + c + "\n\nLast body line.";
    Document doc = Prepare(text);
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(doc.blocks[3].kind, BlockKind::kBody) << c;
  }
}

TEST(SplitBlocksTest, EmptyAndBlankText) {
  Document doc = Prepare("");
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  doc = Prepare("\n\n   \n\t\n");
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

// ----------------------------------------------------------- SplitSentences

TEST(SplitSentencesTest, SentencesNeverCrossBlocks) {
  Document doc = Prepare(kArticle);
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(doc.Text(s.span).find('\n'), std::string_view::npos);
    const Block& b = doc.blocks[s.block];
    EXPECT_GE(s.span.begin, b.span.begin);
    EXPECT_LE(s.span.end, b.span.end);
  }
  // The headline has no final period but ends at its line.
  EXPECT_EQ(doc.Text(doc.sentences[0].span),
            "Ghana hosts emergency talks on border clashes");
  std::vector<std::string> s = SentenceTexts(doc);
  ASSERT_EQ(s.size(), 11u);
  EXPECT_EQ(s[2],
            "Foreign ministers from five West African states met in Accra on "
            "Monday.");
  EXPECT_EQ(s[3], "They agreed to send observers.");
  // Every token belongs to exactly the sentence that covers it.
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    for (uint32_t t = doc.sentences[i].first_token;
         t < doc.sentences[i].end_token; ++t) {
      EXPECT_EQ(doc.tokens[t].sentence, i);
    }
  }
  EXPECT_EQ(doc.sentences.back().end_token, doc.tokens.size());
}

TEST(SplitSentencesTest, CodableFlags) {
  Document doc = Prepare(kArticle);
  for (const Sentence& s : doc.sentences) {
    BlockKind k = doc.blocks[s.block].kind;
    bool furniture = k == BlockKind::kHeading || k == BlockKind::kCaption ||
                     k == BlockKind::kCredit;
    EXPECT_EQ(s.codable, !furniture) << doc.Text(s.span);
  }
}

TEST(SplitSentencesTest, MultiSentenceQuote) {
  Document doc = Prepare(
      "\xE2\x80\x9CThe people have no bread. We are just waiting. "
      "We don\xE2\x80\x99t know what to do.\xE2\x80\x9D",
      false);
  std::vector<std::string> s = SentenceTexts(doc);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "\"The people have no bread.");
  EXPECT_EQ(s[1], "We are just waiting.");
  EXPECT_EQ(s[2], "We don't know what to do.\"");
}

TEST(SplitSentencesTest, ClosingQuoteStaysAndAttributionFollows) {
  Document doc = Prepare(
      "\"Is this the end?\" he asked. \"No.\" The crowd cheered (loudly.) Then "
      "it left!",
      false);
  std::vector<std::string> s = SentenceTexts(doc);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "\"Is this the end?\" he asked.");
  EXPECT_EQ(s[1], "\"No.\"");
  EXPECT_EQ(s[2], "The crowd cheered (loudly.)");
  EXPECT_EQ(s[3], "Then it left!");
}

TEST(SplitSentencesTest, AbbreviationsInitialsDecimals) {
  Document doc = Prepare(
      "Gen. Mustafa Ali met Lt. Col. Omar Sy at 10 a.m. on Sept. 5. "
      "The U.N. envoy and George W. Bush agreed. Inflation hit 17.5 percent. "
      "It was sold to Acme Inc. The firm denied it. He spoke to the U.S. "
      "But no deal followed. Prices rose 3.2 percent in Nov. 2022 and No. 10 "
      "said so.",
      false);
  std::vector<std::string> s = SentenceTexts(doc);
  ASSERT_EQ(s.size(), 8u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0],
            "Gen. Mustafa Ali met Lt. Col. Omar Sy at 10 a.m. on Sept. 5.");
  EXPECT_EQ(s[1], "The U.N. envoy and George W. Bush agreed.");
  EXPECT_EQ(s[2], "Inflation hit 17.5 percent.");
  EXPECT_EQ(s[3], "It was sold to Acme Inc.");
  EXPECT_EQ(s[4], "The firm denied it.");
  EXPECT_EQ(s[5], "He spoke to the U.S.");
  EXPECT_EQ(s[6], "But no deal followed.");
  EXPECT_EQ(s[7], "Prices rose 3.2 percent in Nov. 2022 and No. 10 said so.");
}

TEST(SplitSentencesTest, SplitsBeforeDigitsAndQuotesNotLowerCase) {
  Document doc = Prepare(
      "The toll rose. 12 more died. \"Enough,\" she said. the end? maybe.",
      false);
  std::vector<std::string> s = SentenceTexts(doc);
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "The toll rose.");
  EXPECT_EQ(s[1], "12 more died.");
  // A lower-case word after "." or "?" does not start a sentence.
  EXPECT_EQ(s[2], "\"Enough,\" she said. the end? maybe.");
}

// ------------------------------------------------------------- seed article

TEST(SeedArticleTest, BlocksAndSentences) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::string raw = testing::ReadFile(testing::SharedDir() +
                                      "/seed/000_7512eb012af9a305.txt");
  ASSERT_FALSE(raw.empty());
  ASSERT_TRUE(CheckText(raw).ok());
  Document doc = Prepare(raw);
  auto kind_of = [&](std::string_view prefix) -> int {
    for (const Block& b : doc.blocks) {
      if (doc.Text(b.span).substr(0, prefix.size()) == prefix) {
        return static_cast<int>(b.kind);
      }
    }
    return -1;
  };
  EXPECT_EQ(kind_of("Russian foreign minister in talks"),
            static_cast<int>(BlockKind::kHeadline));
  EXPECT_EQ(kind_of("Sergei Lavrov tells"),
            static_cast<int>(BlockKind::kStandfirst));
  EXPECT_EQ(kind_of("Ambassadors recalled"),
            static_cast<int>(BlockKind::kHeading));
  EXPECT_EQ(kind_of("'Snipers are everywhere'"),
            static_cast<int>(BlockKind::kHeading));
  EXPECT_EQ(kind_of("Homs resident says"),
            static_cast<int>(BlockKind::kCaption));
  EXPECT_EQ(kind_of("Source:"), static_cast<int>(BlockKind::kCredit));
  size_t body = 0;
  for (const Block& b : doc.blocks) body += b.kind == BlockKind::kBody;
  EXPECT_GT(body, 25u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(doc.Text(s.span).find('\n'), std::string_view::npos)
        << doc.Text(s.span);
  }
  // "Both Russia ... resolution. But Lavrov said ..." is two sentences.
  bool found = false;
  for (const Sentence& s : doc.sentences) {
    if (doc.Text(s.span).substr(0, 15) == "But Lavrov said") found = true;
  }
  EXPECT_TRUE(found);
}

// Words of every length up to three chunks, mixed case and UTF-8.
std::vector<std::string> MixedCaseWords() {
  const std::string letters = "AbCdEfGhIjKlMnOpQrStUvWxYz\xC3\x89t\xC3\xA9Z";
  std::vector<std::string> words;
  for (size_t n = 0; n <= 25; ++n)
    for (size_t from = 0; from + n <= letters.size(); from += 3)
      words.push_back(letters.substr(from, n));
  return words;
}

std::string LowerBytewise(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

TEST(WordHashTest, LowerAsciiFoldsOnlyAsciiCapitals) {
  for (const std::string& w : MixedCaseWords()) {
    std::string lower(w.size(), '?');
    lexical::LowerAscii(w.data(), w.size(), lower.data());
    EXPECT_EQ(lower, LowerBytewise(w)) << w;
  }
}

TEST(WordHashTest, LowerAndHashWordIsHashOfLowerCase) {
  for (const std::string& w : MixedCaseWords()) {
    std::string lower(w.size(), '?');
    uint64_t h = lexical::LowerAndHashWord(w, lower.data());
    EXPECT_EQ(lower, LowerBytewise(w)) << w;
    EXPECT_EQ(h, lexical::HashWord(LowerBytewise(w))) << w;
  }
}

TEST(WordHashTest, WordSetHoldsExactlyItsWords) {
  std::vector<std::string> words = MixedCaseWords();
  std::vector<std::string_view> in;
  for (size_t i = 0; i < words.size(); i += 2) in.push_back(words[i]);
  lexical::WordSet set(in);
  for (size_t i = 0; i < words.size(); ++i) {
    bool listed = false;
    for (std::string_view w : in) listed |= w == words[i];
    EXPECT_EQ(set.Contains(words[i]), listed && !words[i].empty()) << words[i];
  }
  EXPECT_FALSE(set.Contains("abcdefghijklmnopqrstu"));
}

TEST(WordHashTest, ConstWordSetHoldsExactlyItsWords) {
  static constexpr lexical::ConstWordSet kSet{
      "a", "of", "the", "said", "words", "twelve-bytes", "sixteen-bytes-xx",
      "", "of", "Mixed", "seventeen-bytes-x", "\xc3\xa9t\xc3\xa9"};
  for (std::string_view w :
       {"a", "of", "the", "said", "words", "twelve-bytes", "sixteen-bytes-xx",
        "Mixed", "seventeen-bytes-x", "\xc3\xa9t\xc3\xa9"})
    EXPECT_TRUE(kSet.Contains(w)) << w;
  for (std::string_view w :
       {"", "b", "A", "ofs", "th", "mixed", "said ", "twelve-byteS",
        "sixteen-bytes-xy", "seventeen-bytes-y", "eighteen-bytes-xyz", "\xc3\xa9t"})
    EXPECT_FALSE(kSet.Contains(w)) << w;
  // The same answers as a WordSet of the same words.
  const lexical::WordSet runtime{"a", "of", "the", "said", "words", "twelve-bytes",
                                 "sixteen-bytes-xx", "Mixed", "seventeen-bytes-x",
                                 "\xc3\xa9t\xc3\xa9"};
  for (const std::string& w : MixedCaseWords())
    EXPECT_EQ(kSet.Contains(w), runtime.Contains(w)) << w;
}

TEST(WordHashTest, FlatWordMapBeforeAndAfterBuild) {
  lexical::FlatWordMap map;
  EXPECT_EQ(map.Find("word"), lexical::FlatWordMap::kMissing);
  map.Build({"word", "longer-than-eight", "x"}, {7, 8, 9});
  EXPECT_EQ(map.Find("word"), 7u);
  EXPECT_EQ(map.Find("longer-than-eight"), 8u);
  EXPECT_EQ(map.Find("longer-than-eighT"), lexical::FlatWordMap::kMissing);
  EXPECT_EQ(map.Find("x"), 9u);
  EXPECT_EQ(map.Find("y"), lexical::FlatWordMap::kMissing);
  lexical::WordFilter unset;
  EXPECT_TRUE(unset.MayContain(lexical::HashWord("anything")));
}

}  // namespace
}  // namespace dyad
