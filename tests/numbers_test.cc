// Quantity phrases: digits, words, vague plurals, qualifiers and ranges.
#include "extract/numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_testing.h"

namespace dyad {
namespace {

// Splits on spaces; each piece is one token.
struct Parsed {
  bool ok = false;
  Quantity q;
};
Parsed P(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == std::string_view::npos) sp = text.size();
    if (sp > pos) words.push_back(text.substr(pos, sp - pos));
    pos = sp + 1;
  }
  Parsed p;
  p.ok = ParseQuantity(words.data(), words.size(), &p.q);
  return p;
}

TEST(Numbers, Digits) {
  EXPECT_EQ(P("88").q.lower, 88);
  EXPECT_EQ(P("6,000 people").q.lower, 6000);
  EXPECT_EQ(P("6,000 people").q.length, 1u);
  EXPECT_EQ(P("6000").q.lower, 6000);
  EXPECT_EQ(P("1,234,567").q.lower, 1234567);
  EXPECT_EQ(P("1.5 million").q.lower, 1500000);
  EXPECT_EQ(P("1.5 million").q.length, 2u);
  EXPECT_EQ(P("2 million").q.upper, 2000000);
  EXPECT_EQ(P("3 dozen").q.lower, 36);
  EXPECT_EQ(P("2.5m").q.lower, 2500000);
  EXPECT_TRUE(P("88").q.has_digits);
  EXPECT_EQ(P("88").q.bound, QuantityBound::kExact);
}

TEST(Numbers, BadDigitGroupsAreNotNumbers) {
  EXPECT_FALSE(P("1,2").ok);
  EXPECT_FALSE(P("12,34").ok);
  EXPECT_FALSE(P("1,0000").ok);
  EXPECT_FALSE(P("11-month").ok);
  EXPECT_FALSE(P("12th").ok);
  EXPECT_FALSE(P("fifth").ok);
  EXPECT_FALSE(P("people").ok);
  EXPECT_FALSE(P("").ok);
}

TEST(Numbers, Years) {
  EXPECT_TRUE(P("1982").q.year_like);
  EXPECT_FALSE(P("1,982").q.year_like);
  EXPECT_FALSE(P("88").q.year_like);
}

TEST(Numbers, Words) {
  EXPECT_EQ(P("six").q.lower, 6);
  EXPECT_EQ(P("Six members").q.lower, 6);
  EXPECT_EQ(P("Six members").q.length, 1u);
  EXPECT_EQ(P("twenty-one").q.lower, 21);
  EXPECT_EQ(P("twenty one").q.lower, 21);
  EXPECT_EQ(P("twenty - one").q.lower, 21);
  EXPECT_EQ(P("a hundred").q.lower, 100);
  EXPECT_EQ(P("a hundred people").q.length, 2u);
  EXPECT_EQ(P("two thousand").q.lower, 2000);
  EXPECT_EQ(P("three hundred and fifty").q.lower, 350);
  EXPECT_EQ(P("two thousand five hundred").q.lower, 2500);
  EXPECT_EQ(P("a dozen").q.lower, 12);
  EXPECT_EQ(P("half a dozen").q.lower, 6);
  EXPECT_EQ(P("ten").q.lower, 10);
  EXPECT_FALSE(P("a man").ok);
  EXPECT_FALSE(P("an attack").ok);
}

TEST(Numbers, VagueQuantities) {
  Parsed d = P("dozens of people");
  EXPECT_EQ(d.q.lower, 24);
  EXPECT_EQ(d.q.bound, QuantityBound::kVague);
  EXPECT_TRUE(d.q.ends_with_of);
  EXPECT_EQ(d.q.length, 2u);
  EXPECT_EQ(P("Dozens").q.lower, 24);
  EXPECT_EQ(P("scores of people").q.lower, 40);
  EXPECT_FALSE(P("scores").ok);  // "the scores" are results
  EXPECT_EQ(P("tens of terrorists").q.lower, 20);
  EXPECT_FALSE(P("tens").ok);
  Parsed tt = P("tens of thousands of people");
  EXPECT_EQ(tt.q.lower, 20000);
  EXPECT_EQ(tt.q.length, 4u);
  EXPECT_TRUE(tt.q.ends_with_of);
  EXPECT_EQ(P("tens of thousands").q.lower, 20000);
  EXPECT_EQ(P("hundreds").q.lower, 200);
  EXPECT_EQ(P("hundreds of thousands").q.lower, 200000);
  EXPECT_EQ(P("thousands").q.lower, 2000);
  EXPECT_EQ(P("several").q.lower, 3);
  EXPECT_EQ(P("several hundred").q.lower, 300);
  EXPECT_EQ(P("a few").q.lower, 2);
  EXPECT_EQ(P("a few thousand").q.lower, 2000);
  EXPECT_EQ(P("a number of people").q.lower, 2);
  EXPECT_EQ(P("a number of people").q.length, 3u);
  EXPECT_FALSE(P("a number").ok);
  EXPECT_GE(P("dozens").q.upper, P("dozens").q.lower);
}

TEST(Numbers, Qualifiers) {
  Parsed a = P("at least 88 people");
  EXPECT_EQ(a.q.lower, 88);
  EXPECT_EQ(a.q.length, 3u);
  EXPECT_EQ(a.q.bound, QuantityBound::kAtLeast);
  EXPECT_EQ(P("at least 6,000").q.lower, 6000);
  // "more than 100": the stated figure is the lower bound (documented).
  EXPECT_EQ(P("more than 100").q.lower, 100);
  EXPECT_EQ(P("more than 100").q.bound, QuantityBound::kAtLeast);
  EXPECT_EQ(P("over 50").q.lower, 50);
  Parsed u = P("up to 50");
  EXPECT_EQ(u.q.lower, 0);
  EXPECT_EQ(u.q.upper, 50);
  EXPECT_EQ(u.q.bound, QuantityBound::kAtMost);
  EXPECT_EQ(P("as many as 30").q.upper, 30);
  EXPECT_EQ(P("as many as 30").q.length, 4u);
  EXPECT_FALSE(P("as many").ok);
  EXPECT_EQ(P("nearly 100").q.lower, 100);
  EXPECT_EQ(P("nearly 100").q.bound, QuantityBound::kApprox);
  EXPECT_EQ(P("almost two thousand").q.lower, 2000);
  EXPECT_EQ(P("about 40").q.lower, 40);
  EXPECT_EQ(P("around a dozen").q.lower, 12);
  EXPECT_EQ(P("no fewer than 12").q.lower, 12);
  EXPECT_EQ(P("no fewer than 12").q.bound, QuantityBound::kAtLeast);
  EXPECT_EQ(P("at least dozens").q.lower, 24);
  // A qualifier without a number is nothing.
  EXPECT_FALSE(P("at least").ok);
  EXPECT_FALSE(P("over the weekend").ok);
  EXPECT_FALSE(P("about the crisis").ok);
  EXPECT_FALSE(P("some people").ok);
}

TEST(Numbers, Ranges) {
  Parsed r = P("17,000 - 40,000 Syrians");
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.q.lower, 17000);
  EXPECT_EQ(r.q.upper, 40000);
  EXPECT_EQ(r.q.length, 3u);
  EXPECT_EQ(r.q.bound, QuantityBound::kRange);
  EXPECT_EQ(P("17,000 to 40,000").q.upper, 40000);
  EXPECT_EQ(P("17,000-40,000").q.lower, 17000);
  EXPECT_EQ(P("17,000-40,000").q.upper, 40000);
  EXPECT_EQ(P("17,000 -- 40,000").q.upper, 40000);
  EXPECT_EQ(P("17,000 \xE2\x80\x93 40,000").q.upper, 40000);  // en dash kept
  Parsed b = P("between 17,000 and 40,000 people");
  EXPECT_EQ(b.q.lower, 17000);
  EXPECT_EQ(b.q.upper, 40000);
  EXPECT_EQ(b.q.length, 4u);
  EXPECT_EQ(P("two or three").q.lower, 2);
  EXPECT_EQ(P("two or three").q.upper, 3);
  // The first half borrows the scale of the second.
  EXPECT_EQ(P("17 to 40 thousand").q.lower, 17000);
  EXPECT_EQ(P("between 2 and 3 million").q.lower, 2000000);
  EXPECT_EQ(P("at least 10 to 15").q.lower, 10);
  // Not ranges: "to" before a non-number, descending pairs.
  EXPECT_EQ(P("5 to protest").q.length, 1u);
  EXPECT_EQ(P("40 - 17").q.length, 1u);
  EXPECT_EQ(P("one or more").q.length, 1u);
  EXPECT_FALSE(P("between 5").ok);
}

TEST(Numbers, TokenHelpers) {
  double v = 0;
  EXPECT_TRUE(ParseNumberToken("6,000", &v));
  EXPECT_EQ(v, 6000);
  EXPECT_TRUE(ParseNumberToken("Twenty-one", &v));
  EXPECT_EQ(v, 21);
  EXPECT_FALSE(ParseNumberToken("fifth", &v));
  EXPECT_TRUE(MayStartQuantity("At"));
  EXPECT_TRUE(MayStartQuantity("88"));
  EXPECT_TRUE(MayStartQuantity("dozens"));
  EXPECT_FALSE(MayStartQuantity("killed"));
  EXPECT_FALSE(MayStartQuantity("Homs"));
  EXPECT_FALSE(MayStartQuantity(""));
  // Compounds, capitals and a starter that ends in a period are first
  // words too; words of a starter's length and first letter are not.
  EXPECT_TRUE(MayStartQuantity("Twenty-one"));
  EXPECT_TRUE(MayStartQuantity("ninety-nine"));
  EXPECT_TRUE(MayStartQuantity("THOUSANDS"));
  EXPECT_TRUE(MayStartQuantity("approx."));
  EXPECT_FALSE(MayStartQuantity("twenty-ten"));
  EXPECT_FALSE(MayStartQuantity("the"));
  EXPECT_FALSE(MayStartQuantity("abut"));
  EXPECT_FALSE(MayStartQuantity(","));
}

// MayStartQuantityAt may only turn away tokens where no phrase parses.
TEST(Numbers, MayStartQuantityAtKeepsEveryParse) {
  Document doc = testing::MakeTestDocument(
      "At least 5 died in the city, a man said. A few, a hundred or an "
      "estimated 300 fled as many as 40 times; no fewer than 20 and in "
      "excess of 1,000 were up to 50 more than half a dozen at home. Not "
      "more than two, upwards of six, just over ten, close to nine. A");
  uint32_t end = static_cast<uint32_t>(doc.tokens.size());
  int parsed = 0;
  for (uint32_t i = 0; i < end; ++i) {
    Quantity q;
    if (!ParseQuantity(doc, i, end, &q)) continue;
    ++parsed;
    EXPECT_TRUE(MayStartQuantityAt(doc, i, end)) << doc.TokenText(i);
  }
  EXPECT_GE(parsed, 15);
  auto at = [&](std::string_view word) {
    for (uint32_t i = 0; i < end; ++i)
      if (doc.TokenText(i) == word) return MayStartQuantityAt(doc, i, end);
    ADD_FAILURE() << word;
    return false;
  };
  EXPECT_TRUE(at("At"));
  EXPECT_FALSE(at("in"));   // "in the city"
  EXPECT_FALSE(at("a"));    // "a man"
  EXPECT_FALSE(at("at"));   // "at home"
  EXPECT_TRUE(at("half"));  // "half a dozen"
  // The last token: no second word to read.
  EXPECT_FALSE(MayStartQuantityAt(doc, end - 1, end));
}

TEST(Numbers, GarbageDoesNotCrash) {
  std::vector<std::string> junk = {
      ",",  "-",  "--",   ".",        "9999999999999999999",
      "1.", ".5", "1..2", "\xff\xfe", "a"};
  for (const std::string& j : junk) {
    std::string_view w[3] = {j, j, j};
    Quantity q;
    ParseQuantity(w, 3, &q);
    EXPECT_LE(q.lower, q.upper);
  }
  EXPECT_FALSE(ParseQuantity(nullptr, 0, nullptr));
  // Overflow-prone phrases stay finite and ordered.
  for (const char* t : {"hundred hundred hundred hundred hundred hundred "
                        "hundred hundred hundred hundred hundred",
                        "a million million million million million",
                        "999,999,999,999,999 billion",
                        "99999999999999 to 999999999999999 billion"}) {
    Parsed p = P(t);
    EXPECT_LE(p.q.lower, p.q.upper) << t;
    EXPECT_GE(p.q.lower, 0) << t;
  }
}

}  // namespace
}  // namespace dyad
