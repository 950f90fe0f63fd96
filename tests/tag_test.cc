// Tests for tag/: tags and lemmas on news sentences that a naive tagger gets
// wrong, model validation, and accuracy against PETRARCH's Treebank parses.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "tag/tagger.h"
#include "test_util.h"

namespace dyad {
namespace {

std::string ModelPath() { return testing::DataDir() + "/tagger.bin"; }

class TagTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status s = Tagger::Load(ModelPath(), &tagger_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() { tagger_.reset(); }
  static std::unique_ptr<Tagger> tagger_;
};
std::unique_ptr<Tagger> TagTest::tagger_;

// Builds a one-sentence document from space-separated tokens, so these tests
// do not depend on the tokenizer and sentence splitter.
Document MakeDoc(const std::string& spaced) {
  Document doc;
  doc.text = spaced;
  size_t i = 0;
  while (i < spaced.size()) {
    while (i < spaced.size() && spaced[i] == ' ') ++i;
    size_t j = i;
    while (j < spaced.size() && spaced[j] != ' ') ++j;
    if (j > i) {
      Token t;
      t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      t.sentence = 0;
      t.capitalized = spaced[i] >= 'A' && spaced[i] <= 'Z';
      t.space_before = i > 0;
      doc.tokens.push_back(t);
    }
    i = j;
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(spaced.size())};
  s.first_token = 0;
  s.end_token = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  return doc;
}

// "word/TAG word/TAG ..." for failure messages.
std::string Tagged(const Document& doc) {
  std::string out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (i) out += ' ';
    out += std::string(doc.TokenText(i)) + "/" + TagName(doc.tokens[i].tag);
  }
  return out;
}

// Tag of the first token whose text is `word`.
std::string TagOf(const Document& doc, std::string_view word) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.TokenText(i) == word) return TagName(doc.tokens[i].tag);
  return "(absent)";
}
std::string LemmaOf(const Document& doc, std::string_view word) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.TokenText(i) == word) return doc.tokens[i].lemma;
  return "(absent)";
}

Document TagText(const Tagger& t, const std::string& text) {
  Document d = MakeDoc(text);
  t.Tag(&d);
  return d;
}

TEST_F(TagTest, VetoedIsPastTense) {
  Document d = TagText(*tagger_, "Russia and China vetoed the resolution .");
  EXPECT_EQ(TagOf(d, "Russia"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "vetoed"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "resolution"), "NN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "."), ".") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "vetoed"), "veto");
}

TEST_F(TagTest, RareVbnWordCanBePastTense) {
  // "pounded" is only ever VBN in the training counts.
  Document d = TagText(*tagger_, "Regime tanks pounded the city of Homs .");
  EXPECT_EQ(TagOf(d, "Regime"), "NN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "tanks"), "NNS") << Tagged(d);
  EXPECT_EQ(TagOf(d, "pounded"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Homs"), "NNP") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "tanks"), "tank");
  EXPECT_EQ(LemmaOf(d, "pounded"), "pound");
  EXPECT_EQ(LemmaOf(d, "Regime"), "regime");
}

TEST_F(TagTest, RecalledAmbassador) {
  Document d = TagText(*tagger_,
                       "Italy recalled its ambassador from Syria on Tuesday .");
  EXPECT_EQ(TagOf(d, "Italy"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "recalled"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "its"), "PRP$") << Tagged(d);
  EXPECT_EQ(TagOf(d, "ambassador"), "NN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "from"), "IN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Tuesday"), "NNP") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "recalled"), "recall");
}

TEST_F(TagTest, ProgressivePerfect) {
  Document d =
      TagText(*tagger_, "The army has been shelling Bab Amr since Sunday .");
  EXPECT_EQ(TagOf(d, "The"), "DT") << Tagged(d);
  EXPECT_EQ(TagOf(d, "has"), "VBZ") << Tagged(d);
  EXPECT_EQ(TagOf(d, "been"), "VBN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "shelling"), "VBG") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Bab"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Amr"), "NNP") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "shelling"), "shell");
  EXPECT_EQ(LemmaOf(d, "has"), "have");
  EXPECT_EQ(LemmaOf(d, "been"), "be");
}

TEST_F(TagTest, SaidTalks) {
  Document d = TagText(*tagger_, "He said talks would continue .");
  EXPECT_EQ(TagOf(d, "He"), "PRP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "said"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "talks"), "NNS") << Tagged(d);
  EXPECT_EQ(TagOf(d, "would"), "MD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "continue"), "VB") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "said"), "say");
}

TEST_F(TagTest, ExpectedToPress) {
  Document d = TagText(*tagger_, "Lavrov was expected to press Assad .");
  EXPECT_EQ(TagOf(d, "Lavrov"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "was"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "expected"), "VBN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "to"), "TO") << Tagged(d);
  EXPECT_EQ(TagOf(d, "press"), "VB") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Assad"), "NNP") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "was"), "be");
}

TEST_F(TagTest, Passive) {
  Document d = TagText(*tagger_, "Protesters were killed by security forces .");
  EXPECT_EQ(TagOf(d, "Protesters"), "NNS") << Tagged(d);
  EXPECT_EQ(TagOf(d, "were"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "killed"), "VBN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "forces"), "NNS") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "Protesters"), "protester");
  EXPECT_EQ(LemmaOf(d, "killed"), "kill");
  EXPECT_EQ(LemmaOf(d, "forces"), "force");
}

TEST_F(TagTest, AttacksByContext) {
  Document n = TagText(*tagger_, "The attacks on the city continued .");
  EXPECT_EQ(TagOf(n, "attacks"), "NNS") << Tagged(n);
  Document v = TagText(*tagger_, "The army often attacks the city at night .");
  EXPECT_EQ(TagOf(v, "attacks"), "VBZ") << Tagged(v);
  EXPECT_EQ(LemmaOf(v, "attacks"), "attack");
  Document p = TagText(*tagger_, "He attacks the city .");
  EXPECT_EQ(TagOf(p, "attacks"), "VBZ") << Tagged(p);
}

TEST_F(TagTest, Contractions) {
  Document d = TagText(*tagger_, "The rocket shelling did n't stop .");
  EXPECT_EQ(TagOf(d, "did"), "VBD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "n't"), "RB") << Tagged(d);
  EXPECT_EQ(TagOf(d, "stop"), "VB") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "n't"), "not");
  EXPECT_EQ(LemmaOf(d, "did"), "do");
  Document e = TagText(*tagger_, "They wo n't leave and we ca n't stay .");
  EXPECT_EQ(TagOf(e, "wo"), "MD") << Tagged(e);
  EXPECT_EQ(LemmaOf(e, "wo"), "will");
  EXPECT_EQ(LemmaOf(e, "ca"), "can");
  Document f = TagText(*tagger_, "He 's sure they 're ready and we 've left .");
  EXPECT_EQ(TagOf(f, "'s"), "VBZ") << Tagged(f);
  EXPECT_EQ(LemmaOf(f, "'s"), "be");
  EXPECT_EQ(LemmaOf(f, "'re"), "be");
  EXPECT_EQ(LemmaOf(f, "'ve"), "have");
  Document g = TagText(*tagger_, "Moscow 's envoy arrived .");
  EXPECT_EQ(TagOf(g, "'s"), "POS") << Tagged(g);
}

TEST_F(TagTest, QuotesByPosition) {
  Document d = TagText(*tagger_, "He called it \" a massacre \" .");
  ASSERT_EQ(d.tokens.size(), 8u);
  EXPECT_EQ(TagName(d.tokens[3].tag), std::string("``")) << Tagged(d);
  // The hand-built text puts a space before the closing mark, so build one
  // where it hugs the word as normalised text does.
  Document q;
  q.text = "He said \"no\".";
  auto add = [&](uint32_t b, uint32_t e) {
    Token t;
    t.span = {b, e};
    q.tokens.push_back(t);
  };
  add(0, 2), add(3, 7), add(8, 9), add(9, 11), add(11, 12), add(12, 13);
  q.sentences.push_back(Sentence{{0, 13}, 0, 6, 0, true});
  tagger_->Tag(&q);
  EXPECT_EQ(TagName(q.tokens[2].tag), std::string("``")) << Tagged(q);
  EXPECT_EQ(TagName(q.tokens[4].tag), std::string("''")) << Tagged(q);
}

TEST_F(TagTest, UnknownWordShapes) {
  Document d =
      TagText(*tagger_,
              "The Alawite-dominated regime deployed 2,000 troops near "
              "Zabadani , sources told Reuters .");
  EXPECT_EQ(TagOf(d, "2,000"), "CD") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Zabadani"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "deployed"), "VBD") << Tagged(d);
  EXPECT_EQ(LemmaOf(d, "2,000"), "2,000");
  Document u =
      TagText(*tagger_, "Militants were regrouping and blogged about it .");
  EXPECT_EQ(TagOf(u, "regrouping"), "VBG") << Tagged(u);
}

TEST_F(TagTest, UnknownCapitalisedWordsAreNames) {
  // Inside a sentence with only short lower-case words ("met", "in"), and
  // at its start, an unknown capitalised word is a name whatever its
  // ending suggests.
  Document d = TagText(*tagger_,
                       "Kenyan President William Ruto met Prime Minister Abiy Ahmed in Addis "
                       "Ababa on Monday .");
  EXPECT_EQ(TagOf(d, "Ahmed"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "met"), "VBD") << Tagged(d);
  Document s = TagText(*tagger_, "Abiy later criticised Somalia .");
  EXPECT_EQ(TagOf(s, "Abiy"), "NNP") << Tagged(s);
  EXPECT_EQ(TagOf(s, "later"), "RB") << Tagged(s);
}

TEST_F(TagTest, AcronymsOfFunctionWordsAreNames) {
  // In ordinary text "WHO" and "IS" in capitals are bodies, not words.
  Document d =
      TagText(*tagger_, "The WHO said IS fighters who attacked it fled .");
  EXPECT_EQ(TagOf(d, "WHO"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "IS"), "NNP") << Tagged(d);
  EXPECT_EQ(TagOf(d, "who"), "WP") << Tagged(d);
}

TEST_F(TagTest, TitleCaseHeadline) {
  Document d = TagText(*tagger_, "Russia And China Block Resolution On Syria");
  EXPECT_EQ(TagOf(d, "And"), "CC") << Tagged(d);
  EXPECT_EQ(TagOf(d, "On"), "IN") << Tagged(d);
  EXPECT_EQ(TagOf(d, "Russia"), "NNP") << Tagged(d);
}

TEST_F(TagTest, IrregularLemmas) {
  const Tagger& t = *tagger_;
  EXPECT_EQ(t.Lemma("went", Tag::VBD), "go");
  EXPECT_EQ(t.Lemma("killed", Tag::VBN), "kill");
  EXPECT_EQ(t.Lemma("held", Tag::VBD), "hold");
  EXPECT_EQ(t.Lemma("seized", Tag::VBD), "seize");
  EXPECT_EQ(t.Lemma("fled", Tag::VBD), "flee");
  EXPECT_EQ(t.Lemma("shot", Tag::VBD), "shoot");
  EXPECT_EQ(t.Lemma("Went", Tag::VBD), "go");
  EXPECT_EQ(t.Lemma("people", Tag::NNS), "people");
  EXPECT_EQ(t.Lemma("years", Tag::NNS), "year");
  EXPECT_EQ(t.Lemma("lives", Tag::NNS), "life");
  EXPECT_EQ(t.Lemma("children", Tag::NNS), "child");
  EXPECT_EQ(t.Lemma("crises", Tag::NNS), "crisis");
  EXPECT_EQ(t.Lemma("media", Tag::NNS), "media");
  EXPECT_EQ(t.Lemma("women", Tag::NNS), "woman");
  EXPECT_EQ(t.Lemma("cities", Tag::NNS), "city");
  EXPECT_EQ(t.Lemma("boxes", Tag::NNS), "box");
  EXPECT_EQ(t.Lemma("better", Tag::JJR), "good");
  EXPECT_EQ(t.Lemma("biggest", Tag::JJS), "big");
  EXPECT_EQ(t.Lemma("larger", Tag::JJR), "large");
  EXPECT_EQ(t.Lemma("are", Tag::VBP), "be");
  EXPECT_EQ(t.Lemma("is", Tag::VBZ), "be");
}

TEST_F(TagTest, RuleLemmas) {
  const Tagger& t = *tagger_;
  EXPECT_EQ(t.Lemma("vetoed", Tag::VBD), "veto");
  EXPECT_EQ(t.Lemma("shelled", Tag::VBD), "shell");
  EXPECT_EQ(t.Lemma("stopped", Tag::VBD), "stop");
  EXPECT_EQ(t.Lemma("hoped", Tag::VBD), "hope");
  EXPECT_EQ(t.Lemma("hopping", Tag::VBG), "hop");
  EXPECT_EQ(t.Lemma("hoping", Tag::VBG), "hope");
  EXPECT_EQ(t.Lemma("singing", Tag::VBG), "sing");
  EXPECT_EQ(t.Lemma("tried", Tag::VBD), "try");
  EXPECT_EQ(t.Lemma("died", Tag::VBD), "die");
  EXPECT_EQ(t.Lemma("agreed", Tag::VBD), "agree");
  EXPECT_EQ(t.Lemma("watches", Tag::VBZ), "watch");
  EXPECT_EQ(t.Lemma("carries", Tag::VBZ), "carry");
  EXPECT_EQ(t.Lemma("Condemns", Tag::VBZ), "condemn");
  // British spellings meet the American verb dictionaries.
  EXPECT_EQ(t.Lemma("criticised", Tag::VBD), "criticize");
  EXPECT_EQ(t.Lemma("mobilise", Tag::VB), "mobilize");
  EXPECT_EQ(t.Lemma("stabilising", Tag::VBG), "stabilize");
  EXPECT_EQ(t.Lemma("analysed", Tag::VBN), "analyze");
  EXPECT_EQ(t.Lemma("advised", Tag::VBD), "advise");
  // Words WordNet does not know still get a regular stem.
  EXPECT_EQ(t.Lemma("tweeted", Tag::VBD), "tweet");
  EXPECT_EQ(t.Lemma("jihadists", Tag::NNS), "jihadist");
  // Numbers keep their text; other tags are just lower-cased.
  EXPECT_EQ(t.Lemma("1,500", Tag::CD), "1,500");
  EXPECT_EQ(t.Lemma("Syria", Tag::NNP), "syria");
  EXPECT_EQ(t.Lemma("The", Tag::DT), "the");
}

TEST_F(TagTest, BadInputNeverCrashes) {
  Document empty;
  tagger_->Tag(&empty);
  // Tokens without sentences, sentences past the end, odd bytes, long words.
  Document d;
  d.text = std::string("\xff\xfe ") + std::string(300, 'x') + " \"\" --- ";
  Token a, b, c;
  a.span = {0, 2};
  b.span = {3, 303};
  c.span = {304, 306};
  d.tokens = {a, b, c};
  d.sentences.push_back(Sentence{{0, 5}, 2, 9, 0, true});
  d.sentences.push_back(Sentence{{0, 5}, 3, 1, 0, true});
  Token wild;  // a span outside the text must not throw
  wild.span = {400, 9000};
  d.tokens.push_back(wild);
  tagger_->Tag(&d);
  for (const Token& t : d.tokens) EXPECT_NE(t.tag, Tag::kUnknown);
  EXPECT_EQ(tagger_->Lemma("", Tag::NN), "");
  EXPECT_EQ(tagger_->Lemma(std::string(500, 'A'), Tag::VBD).size(), 64u);
}

TEST_F(TagTest, RandomBytesNeverCrash) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    Document d;
    size_t len = rng() % 400;
    for (size_t i = 0; i < len; ++i) {
      uint32_t r = rng() % 10;
      d.text += r < 2   ? ' '
                : r < 4 ? static_cast<char>('A' + rng() % 26)
                : r < 6 ? static_cast<char>('a' + rng() % 26)
                        : static_cast<char>(rng() % 256);
    }
    Document spaced = MakeDoc(d.text);
    // Random sentence boundaries, some past the end.
    spaced.sentences.clear();
    uint32_t n = static_cast<uint32_t>(spaced.tokens.size());
    for (int k = 0; k < 3; ++k) {
      uint32_t a = rng() % (n + 3), b = rng() % (n + 3);
      spaced.sentences.push_back(
          Sentence{{0, 0}, std::min(a, b), std::max(a, b), 0, true});
    }
    tagger_->Tag(&spaced);
    for (const Token& t : spaced.tokens) ASSERT_NE(t.tag, Tag::kUnknown);
  }
}

TEST_F(TagTest, ConcurrentTaggingMatchesSerial) {
  const std::string text =
      "Syrian troops shelled Homs again on Monday , activists said , as "
      "Russia 's foreign minister Sergei Lavrov arrived in Damascus for talks "
      ".";
  Document serial = TagText(*tagger_, text);
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int k = 0; k < 200; ++k) {
        Document d = TagText(*tagger_, text);
        for (size_t i = 0; i < d.tokens.size(); ++i)
          if (d.tokens[i].tag != serial.tokens[i].tag ||
              d.tokens[i].lemma != serial.tokens[i].lemma)
            ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(LemmaOf(serial, "shelled"), "shell");
  EXPECT_EQ(TagOf(serial, "Lavrov"), "NNP") << Tagged(serial);
}

TEST(TagModel, RejectsMissingTruncatedAndCorruptFiles) {
  std::unique_ptr<Tagger> t;
  EXPECT_EQ(Tagger::Load("/nonexistent/tagger.bin", &t).code(),
            StatusCode::kNotFound);
  std::string model = testing::ReadFile(ModelPath());
  ASSERT_GT(model.size(), 1000u);
  std::string path = ::testing::TempDir() + "/tagger_bad.bin";
  auto write = [&](const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  };
  for (size_t cut :
       {size_t{0}, size_t{7}, size_t{40}, model.size() / 2, model.size() - 1}) {
    write(model.substr(0, cut));
    Status s = Tagger::Load(path, &t);
    EXPECT_EQ(s.code(), StatusCode::kDataLoss)
        << "cut at " << cut << ": " << s.message();
  }
  std::string bad_magic = model;
  bad_magic[0] = 'X';
  write(bad_magic);
  EXPECT_EQ(Tagger::Load(path, &t).code(), StatusCode::kDataLoss);
  std::string flipped = model;
  flipped[model.size() / 3] ^= 0x40;
  write(flipped);
  EXPECT_EQ(Tagger::Load(path, &t).code(), StatusCode::kDataLoss);
  write(model);
  EXPECT_TRUE(Tagger::Load(path, &t).ok());
  std::remove(path.c_str());
}

// Per-token accuracy against the Penn Treebank parses that ship with
// PETRARCH's sample and validation texts.
struct Gold {
  std::vector<std::string> words, tags;
};

std::vector<Gold> ReadParses(const std::string& xml) {
  std::vector<Gold> out;
  static const std::regex leaf(R"(\(([^()\s]+) ([^()\s]+)\))");
  size_t pos = 0;
  while ((pos = xml.find("<Parse>", pos)) != std::string::npos) {
    size_t end = xml.find("</Parse>", pos);
    if (end == std::string::npos) break;
    std::string body = xml.substr(pos, end - pos);
    pos = end;
    Gold g;
    for (std::sregex_iterator it(body.begin(), body.end(), leaf), e; it != e;
         ++it) {
      std::string tag = (*it)[1], word = (*it)[2];
      if (tag.rfind("AUX", 0) == 0) {  // the parser's auxiliary tags
        static const std::pair<const char*, const char*> kAux[] = {
            {"AUXD", "VBD"}, {"AUXZ", "VBZ"}, {"AUXP", "VBP"},
            {"AUXB", "VB"},  {"AUXN", "VBN"}, {"AUXG", "VBG"}};
        for (auto [a, p] : kAux)
          if (tag == a) tag = p;
      }
      if (word == "-LRB-") word = "(";
      if (word == "-RRB-") word = ")";
      if (word == "``" || word == "''") word = "\"";
      g.words.push_back(word);
      g.tags.push_back(tag);
    }
    if (!g.words.empty()) out.push_back(std::move(g));
  }
  return out;
}

// Text where closing quotes and punctuation hug the previous word, as the
// normaliser leaves real text.
Document DocFromWords(const Gold& g) {
  Document doc;
  for (size_t i = 0; i < g.words.size(); ++i) {
    const std::string& w = g.words[i];
    bool hug =
        i > 0 && (g.tags[i] == "''" || g.tags[i] == "," || g.tags[i] == "." ||
                  g.tags[i] == "POS" || w == "n't" || g.tags[i] == "-RRB-");
    if (i > 0 && !hug) doc.text += ' ';
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += w;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    doc.tokens.push_back(t);
  }
  doc.sentences.push_back(Sentence{{0, static_cast<uint32_t>(doc.text.size())},
                                   0,
                                   static_cast<uint32_t>(doc.tokens.size()),
                                   0,
                                   true});
  return doc;
}

TEST_F(TagTest, AccuracyOnPetrarchParses) {
  DYAD_SKIP_WITHOUT_SHARED();
  size_t all_right = 0, all_total = 0;
  for (const char* file :
       {"GigaWord.sample.PETR.xml", "PETR.UnitTest.records.xml"}) {
    std::string xml =
        testing::ReadFile(testing::SharedDir() + "/petrarch2/text/" + file);
    if (xml.empty()) GTEST_SKIP() << file << " is absent";
    size_t right = 0, total = 0;
    std::map<std::string, int> confusions;
    for (const Gold& g : ReadParses(xml)) {
      Document d = DocFromWords(g);
      tagger_->Tag(&d);
      for (size_t i = 0; i < g.words.size(); ++i) {
        if (g.tags[i] == "TABARI") continue;
        ++total;
        std::string got = TagName(d.tokens[i].tag);
        if (got == g.tags[i]) {
          ++right;
        } else {
          ++confusions[g.tags[i] + "->" + got +
                       (std::getenv("TAG_WORDS") ? "/" + g.words[i]
                                                 : std::string())];
        }
      }
    }
    std::vector<std::pair<int, std::string>> top;
    for (auto& [k, v] : confusions) top.push_back({v, k});
    std::sort(top.rbegin(), top.rend());
    std::string worst;
    for (size_t i = 0;
         i < top.size() && i < (std::getenv("TAG_WORDS") ? 60u : 8u); ++i)
      worst += " " + top[i].second + ":" + std::to_string(top[i].first);
    std::printf("[ tagger ] %s: %zu/%zu tokens = %.4f; top errors%s\n", file,
                right, total, total ? double(right) / total : 0.0,
                worst.c_str());
    all_right += right;
    all_total += total;
  }
  ASSERT_GT(all_total, 1000u);
  double acc = double(all_right) / all_total;
  std::printf("[ tagger ] overall accuracy %.4f\n", acc);
  EXPECT_GE(acc, 0.90);
}

}  // namespace
}  // namespace dyad
