// Tests for the verb-pattern dictionary: loading, matching on hand-tagged
// token sequences (independent of the tagger), and coverage of the data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "events/codebook.h"
#include "events/verb_dictionary.h"
#include "test_util.h"

namespace dyad {
namespace {

struct W {
  const char* text;
  Tag tag;
  const char* lemma;
};

// Builds a one-sentence document from words with their tags and lemmas.
Document MakeDoc(const std::vector<W>& words) {
  Document doc;
  for (const W& w : words) {
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += w.text;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    t.tag = w.tag;
    t.lemma = w.lemma;
    t.sentence = 0;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  s.first_token = 0;
  s.end_token = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  return doc;
}

std::string VerbsDir() {
  std::string p = testing::DataDir() + "/verbs";
  if (std::filesystem::is_directory(p)) return p;
  return testing::SourceDir() + "/data/verbs";
}

class VerbsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status s = VerbDictionary::Load(VerbsDir(), &dict_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() { dict_.reset(); }

  // Matches the verb at `verb` over the whole document.
  static VerbMatch Verb(const Document& doc, uint32_t verb, bool* ok) {
    VerbMatch m;
    *ok = dict_->MatchVerb(doc, verb, static_cast<uint32_t>(doc.tokens.size()),
                           &m);
    return m;
  }

  static std::unique_ptr<VerbDictionary> dict_;
};
std::unique_ptr<VerbDictionary> VerbsTest::dict_;

TEST_F(VerbsTest, RecallAmbassadorFrom) {
  Document doc = MakeDoc({{"Italy", Tag::NNP, "italy"},
                          {"recalled", Tag::VBD, "recall"},
                          {"its", Tag::PRP_S, "its"},
                          {"ambassador", Tag::NN, "ambassador"},
                          {"from", Tag::IN, "from"},
                          {"Syria", Tag::NNP, "syria"},
                          {".", Tag::kFinal, "."}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "161");
  EXPECT_EQ(m.target_from, 4u);
  EXPECT_EQ(m.first, 1u);
  EXPECT_EQ(m.end, 5u);
  EXPECT_EQ(m.specificity, 3);
}

TEST_F(VerbsTest, HoldTalksWith) {
  Document doc = MakeDoc({{"Lavrov", Tag::NNP, "lavrov"},
                          {"held", Tag::VBD, "hold"},
                          {"talks", Tag::NNS, "talk"},
                          {"with", Tag::IN, "with"},
                          {"Assad", Tag::NNP, "assad"},
                          {"in", Tag::IN, "in"},
                          {"Damascus", Tag::NNP, "damascus"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "046");
  EXPECT_EQ(m.target_from, 3u);
}

TEST_F(VerbsTest, Veto) {
  Document doc = MakeDoc({{"Russia", Tag::NNP, "russia"},
                          {"vetoed", Tag::VBD, "veto"},
                          {"the", Tag::DT, "the"},
                          {"resolution", Tag::NN, "resolution"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "129");
  EXPECT_EQ(m.target_from, kNone);
}

TEST_F(VerbsTest, TanksPoundedHoms) {
  Document doc = MakeDoc({{"tanks", Tag::NNS, "tank"},
                          {"pounded", Tag::VBD, "pound"},
                          {"Homs", Tag::NNP, "homs"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "194");  // the subject names the weapon
  EXPECT_EQ(m.first, 0u);
  // Without the weapon it is plain conventional force.
  Document doc2 = MakeDoc({{"troops", Tag::NNS, "troop"},
                           {"continued", Tag::VBD, "continue"},
                           {"to", Tag::TO, "to"},
                           {"pound", Tag::VB, "pound"},
                           {"Homs", Tag::NNP, "homs"}});
  m = Verb(doc2, 3, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code.substr(0, 2), "19");
}

TEST_F(VerbsTest, CriticizeVeto) {
  Document doc = MakeDoc({{"Erdogan", Tag::NNP, "erdogan"},
                          {"criticized", Tag::VBD, "criticize"},
                          {"the", Tag::DT, "the"},
                          {"veto", Tag::NN, "veto"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "111");
}

TEST_F(VerbsTest, SecurityForcesKilled) {
  // Killing by state forces is coded as conventional military force (190);
  // see the note in data/verbs/18_assault.txt.
  Document doc = MakeDoc({{"security", Tag::NN, "security"},
                          {"forces", Tag::NNS, "force"},
                          {"killed", Tag::VBD, "kill"},
                          {"tens", Tag::NNS, "ten"},
                          {"of", Tag::IN, "of"},
                          {"terrorists", Tag::NNS, "terrorist"}});
  bool ok;
  VerbMatch m = Verb(doc, 2, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "190");
}

TEST_F(VerbsTest, DenyFiring) {
  Document doc = MakeDoc({{"authorities", Tag::NNS, "authority"},
                          {"denied", Tag::VBD, "deny"},
                          {"firing", Tag::VBG, "fire"},
                          {"on", Tag::IN, "on"},
                          {"houses", Tag::NNS, "house"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "016");
}

TEST_F(VerbsTest, AccuseArmedGangs) {
  Document doc = MakeDoc({{"state", Tag::NN, "state"},
                          {"television", Tag::NN, "television"},
                          {"accused", Tag::VBD, "accuse"},
                          {"armed", Tag::JJ, "armed"},
                          {"gangs", Tag::NNS, "gang"}});
  bool ok;
  VerbMatch m = Verb(doc, 2, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "112");
  // A named charge refines the code.
  Document doc2 = MakeDoc({{"Syria", Tag::NNP, "syria"},
                           {"accused", Tag::VBD, "accuse"},
                           {"Turkey", Tag::NNP, "turkey"},
                           {"of", Tag::IN, "of"},
                           {"espionage", Tag::NN, "espionage"}});
  m = Verb(doc2, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "1125");
}

TEST_F(VerbsTest, ReadyToSeeMission) {
  Document doc = MakeDoc({{"Syria", Tag::NNP, "syria"},
                          {"was", Tag::VBD, "be"},
                          {"ready", Tag::JJ, "ready"},
                          {"to", Tag::TO, "to"},
                          {"see", Tag::VB, "see"},
                          {"an", Tag::DT, "an"},
                          {"enlarged", Tag::VBN, "enlarge"},
                          {"mission", Tag::NN, "mission"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "0355");
  // Without an object of intent it is the general 030.
  Document doc2 = MakeDoc({{"Syria", Tag::NNP, "syria"},
                           {"is", Tag::VBZ, "be"},
                           {"ready", Tag::JJ, "ready"},
                           {"to", Tag::TO, "to"},
                           {"act", Tag::VB, "act"}});
  m = Verb(doc2, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "030");
  // A copula with an unrelated predicate matches nothing.
  Document doc3 = MakeDoc({{"Homs", Tag::NNP, "homs"},
                           {"is", Tag::VBZ, "be"},
                           {"quiet", Tag::JJ, "quiet"}});
  EXPECT_FALSE(dict_->MatchVerb(doc3, 1, 3, &m));
}

TEST_F(VerbsTest, ShutEmbassy) {
  Document doc = MakeDoc({{"the", Tag::DT, "the"},
                          {"United", Tag::NNP, "united"},
                          {"States", Tag::NNPS, "states"},
                          {"shut", Tag::VBD, "shut"},
                          {"its", Tag::PRP_S, "its"},
                          {"embassy", Tag::NN, "embassy"},
                          {"in", Tag::IN, "in"},
                          {"Damascus", Tag::NNP, "damascus"}});
  bool ok;
  VerbMatch m = Verb(doc, 3, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "161");
  EXPECT_EQ(m.target_from, 6u);
}

TEST_F(VerbsTest, PhrasalParticles) {
  Document doc = MakeDoc({{"Russia", Tag::NNP, "russia"},
                          {"called", Tag::VBD, "call"},
                          {"off", Tag::RP, "off"},
                          {"the", Tag::DT, "the"},
                          {"talks", Tag::NNS, "talk"}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "164");
  Document doc2 = MakeDoc({{"rebels", Tag::NNS, "rebel"},
                           {"carried", Tag::VBD, "carry"},
                           {"out", Tag::RP, "out"},
                           {"an", Tag::DT, "an"},
                           {"attack", Tag::NN, "attack"},
                           {"on", Tag::IN, "on"},
                           {"Idlib", Tag::NNP, "idlib"}});
  m = Verb(doc2, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "190");
  EXPECT_EQ(m.target_from, 5u);
  // "call" alone is not an event.
  Document doc3 = MakeDoc({{"he", Tag::PRP, "he"},
                           {"called", Tag::VBD, "call"},
                           {"home", Tag::NN, "home"}});
  EXPECT_FALSE(dict_->MatchVerb(doc3, 1, 3, &m));
}

TEST_F(VerbsTest, SayIsFallback) {
  Document doc = MakeDoc({{"Lavrov", Tag::NNP, "lavrov"},
                          {"said", Tag::VBD, "say"},
                          {".", Tag::kFinal, "."}});
  bool ok;
  VerbMatch m = Verb(doc, 1, &ok);
  ASSERT_TRUE(ok);
  EXPECT_EQ(m.code, "010");
  EXPECT_EQ(m.specificity, 1);
}

TEST_F(VerbsTest, UnknownVerbAndBadInput) {
  Document doc = MakeDoc(
      {{"Lavrov", Tag::NNP, "lavrov"}, {"sneezed", Tag::VBD, "sneeze"}});
  VerbMatch m;
  EXPECT_FALSE(dict_->MatchVerb(doc, 1, 2, &m));
  EXPECT_FALSE(dict_->MatchVerb(doc, 7, 2, &m));       // out of range
  EXPECT_FALSE(dict_->MatchVerb(doc, 1, 2, nullptr));  // no output
  Document empty;
  EXPECT_FALSE(dict_->MatchVerb(empty, 0, 0, &m));
  EXPECT_FALSE(dict_->MatchNoun(empty, 0, 99, &m));
}

TEST_F(VerbsTest, GapsStopAtSentenceEnd) {
  // "recall" + "ambassador" across a full stop is not a match for 161.
  Document doc = MakeDoc({{"They", Tag::PRP, "they"},
                          {"recalled", Tag::VBD, "recall"},
                          {"it", Tag::PRP, "it"},
                          {".", Tag::kFinal, "."},
                          {"The", Tag::DT, "the"},
                          {"ambassador", Tag::NN, "ambassador"}});
  VerbMatch m;
  bool ok = dict_->MatchVerb(doc, 1, 6, &m);
  EXPECT_TRUE(!ok || m.code != "161");
}

TEST_F(VerbsTest, EmptyLemmaFallsBackToText) {
  Document doc = MakeDoc(
      {{"Russia", Tag::NNP, ""}, {"veto", Tag::VBP, ""}, {"it", Tag::PRP, ""}});
  VerbMatch m;
  ASSERT_TRUE(dict_->MatchVerb(doc, 1, 3, &m));
  EXPECT_EQ(m.code, "129");
}

TEST_F(VerbsTest, Nouns) {
  Document doc = MakeDoc({{"talks", Tag::NNS, "talk"},
                          {"with", Tag::IN, "with"},
                          {"Assad", Tag::NNP, "assad"}});
  VerbMatch m;
  ASSERT_TRUE(dict_->MatchNoun(doc, 0, 3, &m));
  EXPECT_EQ(m.code, "046");
  EXPECT_EQ(m.target_from, 1u);

  Document doc2 = MakeDoc({{"the", Tag::DT, "the"},
                           {"assault", Tag::NN, "assault"},
                           {"on", Tag::IN, "on"},
                           {"Homs", Tag::NNP, "homs"}});
  ASSERT_TRUE(dict_->MatchNoun(doc2, 1, 4, &m));
  EXPECT_EQ(m.code, "190");
  EXPECT_EQ(m.target_from, 2u);

  Document doc3 = MakeDoc({{"the", Tag::DT, "the"}, {"veto", Tag::NN, "veto"}});
  ASSERT_TRUE(dict_->MatchNoun(doc3, 1, 2, &m));
  EXPECT_EQ(m.code, "129");

  // Words before the head: "air strike" is 195, a bare "strike" 143.
  Document doc4 = MakeDoc({{"an", Tag::DT, "an"},
                           {"air", Tag::NN, "air"},
                           {"strike", Tag::NN, "strike"},
                           {"on", Tag::IN, "on"},
                           {"Aleppo", Tag::NNP, "aleppo"}});
  ASSERT_TRUE(dict_->MatchNoun(doc4, 2, 5, &m));
  EXPECT_EQ(m.code, "195");
  EXPECT_EQ(m.first, 1u);
  Document doc5 = MakeDoc({{"a", Tag::DT, "a"}, {"strike", Tag::NN, "strike"}});
  ASSERT_TRUE(dict_->MatchNoun(doc5, 1, 2, &m));
  EXPECT_EQ(m.code, "143");

  // A noun that is not an event.
  Document doc6 =
      MakeDoc({{"the", Tag::DT, "the"}, {"table", Tag::NN, "table"}});
  EXPECT_FALSE(dict_->MatchNoun(doc6, 1, 2, &m));
}

TEST_F(VerbsTest, CoverageAndCodesExist) {
  std::vector<std::string_view> codes = dict_->PatternCodes();
  EXPECT_GE(codes.size(), 1500u);
  std::set<std::string> distinct(codes.begin(), codes.end());
  EXPECT_GE(distinct.size(), 250u);
  std::set<std::string> roots;
  for (const std::string& c : distinct) roots.insert(c.substr(0, 2));
  for (int r = 1; r <= 20; ++r) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", r);
    EXPECT_TRUE(roots.count(buf)) << "root " << buf << " has no pattern";
  }
  std::unique_ptr<Codebook> book;
  std::string cb = testing::DataDir() + "/cameo/codebook.tsv";
  if (!std::filesystem::exists(cb))
    cb = testing::SourceDir() + "/data/cameo/codebook.tsv";
  ASSERT_TRUE(Codebook::Load(cb, &book).ok());
  for (const std::string& c : distinct) {
    const CameoCode* e = book->Find(c);
    ASSERT_NE(e, nullptr) << c;
    EXPECT_EQ(e->code, c) << "pattern code " << c << " is not in the codebook";
  }
}

TEST(VerbDictionaryLoad, LenientAndMissing) {
  std::unique_ptr<VerbDictionary> dict;
  EXPECT_FALSE(VerbDictionary::Load("/nonexistent/verbs", &dict).ok());
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dyad_verbs_test";
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "a.txt");
    out << "# comment\n"
        << "@thing = rock stone\n"
        << "190\tthrow @thing >at\n"
        << "abc\tbroken line\n"  // bad code: skipped
        << "190\tthrow +\n"      // empty particle: skipped
        << "111\t@undefined\n"   // unknown macro: skipped
        << "[nouns]\n"
        << "046\ttalk >with\n";
  }
  {
    std::ofstream out(dir / "ignored.dat");
    out << "010\tsay\n";
  }
  ASSERT_TRUE(VerbDictionary::Load(dir.string(), &dict).ok());
  EXPECT_EQ(dict->PatternCodes().size(), 2u);
  Document doc = MakeDoc({{"they", Tag::PRP, "they"},
                          {"threw", Tag::VBD, "throw"},
                          {"stones", Tag::NNS, "stone"},
                          {"at", Tag::IN, "at"},
                          {"police", Tag::NNS, "police"}});
  VerbMatch m;
  ASSERT_TRUE(dict->MatchVerb(doc, 1, 5, &m));
  EXPECT_EQ(m.code, "190");
  EXPECT_EQ(m.target_from, 3u);
  EXPECT_EQ(m.specificity, 3);
  // Verb patterns are not noun patterns and vice versa.
  EXPECT_FALSE(dict->MatchNoun(doc, 1, 5, &m));
  fs::remove_all(dir);
}

// Word lookups are memoized per thread; a dictionary loaded after another
// (perhaps at the same address) must not see the first one's word ids.
TEST(VerbDictionaryLoad, SuccessiveDictionariesKeepTheirOwnWords) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dyad_verbs_memo_test";
  Document doc = MakeDoc({{"they", Tag::PRP, "they"},
                          {"threw", Tag::VBD, "throw"},
                          {"stones", Tag::NNS, "stone"}});
  for (int round = 0; round < 2; ++round) {
    for (bool longer : {false, true}) {
      fs::create_directories(dir);
      {
        std::ofstream out(dir / "a.txt");
        // The second dictionary gives "throw" and "stone" other ids.
        if (longer) out << "180\tpelt rock\n";
        out << "190\tthrow stone\n";
      }
      std::unique_ptr<VerbDictionary> dict;
      ASSERT_TRUE(VerbDictionary::Load(dir.string(), &dict).ok());
      fs::remove_all(dir);
      VerbMatch m;
      ASSERT_TRUE(dict->MatchVerb(doc, 1, 3, &m)) << round << longer;
      EXPECT_EQ(m.code, "190");
      EXPECT_EQ(m.specificity, 2);
    }
  }
}

}  // namespace
}  // namespace dyad
