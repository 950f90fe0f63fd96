// Tests of tokenize/: Penn Treebank conventions over byte spans.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

Document TokenizeText(std::string_view raw) {
  Document doc;
  doc.text = NormalizeText(raw);
  doc.first_line_is_headline = false;
  SplitBlocks(&doc);
  Tokenize(&doc);
  return doc;
}

std::vector<std::string> Tokens(std::string_view raw) {
  Document doc = TokenizeText(raw);
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    out.emplace_back(doc.TokenText(static_cast<uint32_t>(i)));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizeTest, Negations) {
  EXPECT_EQ(Tokens("I don't know"), (V{"I", "do", "n't", "know"}));
  EXPECT_EQ(Tokens("can't won't didn't"),
            (V{"ca", "n't", "wo", "n't", "did", "n't"}));
  EXPECT_EQ(Tokens("DON'T"), (V{"DO", "N'T"}));
  // Curly apostrophes are normalised first.
  EXPECT_EQ(Tokens("don\xE2\x80\x99t"), (V{"do", "n't"}));
}

TEST(TokenizeTest, PossessivesAndClitics) {
  EXPECT_EQ(Tokens("Moscow's veto"), (V{"Moscow", "'s", "veto"}));
  EXPECT_EQ(Tokens("the countries' leaders"),
            (V{"the", "countries", "'", "leaders"}));
  EXPECT_EQ(
      Tokens("we're they've she'll he'd I'm"),
      (V{"we", "'re", "they", "'ve", "she", "'ll", "he", "'d", "I", "'m"}));
  EXPECT_EQ(Tokens("O'Neill's plan"), (V{"O'Neill", "'s", "plan"}));
  EXPECT_EQ(Tokens("Cote d'Ivoire"), (V{"Cote", "d'Ivoire"}));
}

TEST(TokenizeTest, QuotesBracketsAndPunctuation) {
  EXPECT_EQ(Tokens("\"We (Russia) confirmed it,\" he said: yes; no? no!"),
            (V{"\"", "We", "(", "Russia", ")", "confirmed", "it", ",", "\"",
               "he", "said", ":", "yes", ";", "no", "?", "no", "!"}));
  EXPECT_EQ(Tokens("'Snipers are everywhere'"),
            (V{"'", "Snipers", "are", "everywhere", "'"}));
  EXPECT_EQ(Tokens("[Al Jazeera]"), (V{"[", "Al", "Jazeera", "]"}));
  EXPECT_EQ(Tokens("Really?! Wait..."), (V{"Really", "?!", "Wait", "..."}));
  EXPECT_EQ(Tokens("``quoted''"), (V{"``", "quoted", "''"}));
}

TEST(TokenizeTest, FinalPeriodAndAbbreviations) {
  EXPECT_EQ(Tokens("It ended."), (V{"It", "ended", "."}));
  EXPECT_EQ(Tokens("The U.N. and U.S. envoys at 9 a.m."),
            (V{"The", "U.N.", "and", "U.S.", "envoys", "at", "9", "a.m."}));
  EXPECT_EQ(Tokens("Gen. Ali, Lt. Col. Sy, Mr. Li, Dr. Ba, Sen. Ko, Prof. Wu"),
            (V{"Gen.", "Ali", ",", "Lt.", "Col.", "Sy", ",", "Mr.", "Li", ",",
               "Dr.", "Ba", ",", "Sen.", "Ko", ",", "Prof.", "Wu"}));
  EXPECT_EQ(Tokens("on Sept. 5 and Jan. 1, Acme Inc. and Foo Ltd. etc."),
            (V{"on", "Sept.", "5", "and", "Jan.", "1", ",", "Acme", "Inc.",
               "and", "Foo", "Ltd.", "etc."}));
  EXPECT_EQ(Tokens("George W. Bush"), (V{"George", "W.", "Bush"}));
  // "No." is an abbreviation only before a number.
  EXPECT_EQ(Tokens("No. 10 said no."), (V{"No.", "10", "said", "no", "."}));
  EXPECT_EQ(Tokens("U.S.-led forces"), (V{"U.S.-led", "forces"}));
  // Ordinary words keep no period, even capitalised ones.
  EXPECT_EQ(Tokens("in Homs."), (V{"in", "Homs", "."}));
}

TEST(TokenizeTest, Numbers) {
  EXPECT_EQ(Tokens("1,000 and 6,000 rose 17.5 in the 1990s"),
            (V{"1,000", "and", "6,000", "rose", "17.5", "in", "the", "1990s"}));
  EXPECT_EQ(Tokens("$5 or 5% or 10:30"),
            (V{"$", "5", "or", "5", "%", "or", "10:30"}));
  EXPECT_EQ(Tokens("17,000 \xE2\x80\x93 40,000"), (V{"17,000", "-", "40,000"}));
  // A comma list of numbers is not a thousands separator.
  EXPECT_EQ(Tokens("1,2,3"), (V{"1", ",", "2", ",", "3"}));
  EXPECT_EQ(Tokens("in 2012."), (V{"in", "2012", "."}));
  EXPECT_EQ(Tokens("the '90s"), (V{"the", "'90s"}));
}

TEST(TokenizeTest, HyphensAndDashes) {
  EXPECT_EQ(Tokens("the 11-month UN-backed military-led No-one"),
            (V{"the", "11-month", "UN-backed", "military-led", "No-one"}));
  EXPECT_EQ(Tokens("Moscow - who -- wants"),
            (V{"Moscow", "-", "who", "--", "wants"}));
  EXPECT_EQ(Tokens("Moscow\xE2\x80\x94who"), (V{"Moscow", "--", "who"}));
  EXPECT_EQ(Tokens("pre- and post-war"), (V{"pre", "-", "and", "post-war"}));
}

TEST(TokenizeTest, UrlsAndEmail) {
  EXPECT_EQ(Tokens("See https://example.org/a?b=1, or www.example.com."),
            (V{"See", "https://example.org/a?b=1", ",", "or", "www.example.com",
               "."}));
  EXPECT_EQ(Tokens("(http://x.org/wiki/A_(b))"),
            (V{"(", "http://x.org/wiki/A_(b)", ")"}));
  EXPECT_EQ(Tokens("Mail press@example.org."),
            (V{"Mail", "press@example.org", "."}));
}

TEST(TokenizeTest, UnicodeLetters) {
  EXPECT_EQ(Tokens("Erdo\xC4\x9F"
                   "an met \xC3\x96zil in M\xC3\xBCnchen."),
            (V{"Erdo\xC4\x9F"
               "an",
               "met", "\xC3\x96zil", "in", "M\xC3\xBCnchen", "."}));
  Document doc =
      TokenizeText("\xC3\x96zil \xC3\xB6zil \xD0\x9C\xD0\xBE\xD1\x81");
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_FALSE(doc.tokens[1].capitalized);
  EXPECT_TRUE(doc.tokens[2].capitalized);
  // Symbols are tokens of their own.
  EXPECT_EQ(Tokens("\xE2\x82\xAC"
                   "5 \xE2\x80\xA2 item"),
            (V{"\xE2\x82\xAC", "5", "\xE2\x80\xA2", "item"}));
}

TEST(TokenizeTest, SpansFlagsAndBlocks) {
  Document doc = TokenizeText("Headline without stop\n\n  \"Talks,\" he said.");
  ASSERT_EQ(doc.blocks.size(), 2u);
  std::vector<std::string> t;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    t.emplace_back(doc.TokenText(i));
  EXPECT_EQ(t, (V{"Headline", "without", "stop", "\"", "Talks", ",", "\"", "he",
                  "said", "."}));
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_FALSE(doc.tokens[1].capitalized);
  EXPECT_TRUE(doc.tokens[1].space_before);
  EXPECT_TRUE(doc.tokens[3].space_before);   // after the blank line
  EXPECT_FALSE(doc.tokens[4].space_before);  // glued to the quote
  EXPECT_FALSE(doc.tokens[5].space_before);
  EXPECT_TRUE(doc.tokens[7].space_before);
  // Spans are in order, non-empty, and inside their block.
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Span& s = doc.tokens[i].span;
    EXPECT_LT(s.begin, s.end);
    if (i > 0) {
      EXPECT_GE(s.begin, doc.tokens[i - 1].span.end);
    }
  }
  EXPECT_EQ(doc.tokens[2].span.end, doc.blocks[0].span.end);
}

TEST(TokenizeTest, FlagsFollowTheBytesAroundEachToken) {
  // The scan passes the flags of plain words instead of looking them up:
  // they must still say what the bytes say, after every kind of token.
  Document doc;
  doc.text =
      "Plain words, U.S.-led talks.\n\tDon't stop;\xE2\x80\x8B"
      "Ha http://x.org/a Moscow's (Bo) \xC3\x96zil \xC3\xB6 \"Q\" 6,000 A&B "
      "--x '90s Gen. Smith\n";
  doc.first_line_is_headline = false;
  SplitBlocks(&doc);
  Tokenize(&doc);
  ASSERT_GT(doc.tokens.size(), 20u);
  for (const Token& t : doc.tokens) {
    uint32_t b = t.span.begin;
    unsigned char before = b > 0 ? doc.text[b - 1] : 'x';
    bool space = before <= 0x20 || before == 0x7F;
    EXPECT_EQ(t.space_before, space) << b;
    unsigned char c = doc.text[b];
    if (c < 0x80) {
      EXPECT_EQ(t.capitalized, c >= 'A' && c <= 'Z') << b;
    }
  }
}

TEST(TokenizeTest, BlockEndingInsideAWordCutsIt) {
  // Blocks are normally whole lines, so the byte after one never continues
  // a word; a block that ends mid-word must still stop there.
  Document doc;
  doc.text = "Peacekeepers withdrew 6,000 troops";
  doc.blocks.push_back(Block{{0, 5}, BlockKind::kBody});
  doc.blocks.push_back(Block{{13, 17}, BlockKind::kBody});
  doc.blocks.push_back(Block{{22, 24}, BlockKind::kBody});
  Tokenize(&doc);
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i)
    out.emplace_back(doc.TokenText(static_cast<uint32_t>(i)));
  EXPECT_EQ(out, (V{"Peace", "with", "6", ","}));
}

TEST(TokenizeTest, GarbageNeverCrashesOrMakesEmptyTokens) {
  std::string junk;
  for (int i = 0; i < 2048; ++i)
    junk.push_back(static_cast<char>((i * 131 + 7) % 256));
  Document doc;
  doc.text = NormalizeText(junk);
  SplitBlocks(&doc);
  Tokenize(&doc);
  SplitSentences(&doc);
  for (const Token& t : doc.tokens) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, doc.text.size());
    EXPECT_NE(t.sentence, kNone);
  }
  // Blocks pointing past the text are ignored, not read.
  doc.blocks.push_back(Block{{static_cast<uint32_t>(doc.text.size()),
                              static_cast<uint32_t>(doc.text.size() + 50)},
                             BlockKind::kBody});
  Tokenize(&doc);
  SplitSentences(&doc);
}

}  // namespace
}  // namespace dyad
