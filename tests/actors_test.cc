// Tests of actors/: the dictionary loader, the matcher and coreference.
// Documents are built by hand ("word/TAG[/lemma]", "~" before a token that
// has no space before it), so these tests do not depend on the tokenizer or
// the tagger.
#include "actors/actors.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "test_util.h"

namespace dyad {
namespace {

Tag ParseTag(const std::string& name) {
  for (int t = 0; t < static_cast<int>(Tag::kCount); ++t)
    if (name == TagName(static_cast<Tag>(t))) return static_cast<Tag>(t);
  return Tag::kUnknown;
}

std::string DefaultLemma(const std::string& word, Tag tag) {
  std::string w;
  for (char c : word)
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (tag == Tag::NNS && w.size() > 3) {
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "men") == 0)
      return w.substr(0, w.size() - 3) + "man";
    if (w.compare(w.size() - 3, 3, "ies") == 0)
      return w.substr(0, w.size() - 3) + "y";
    if (w.back() == 's') return w.substr(0, w.size() - 1);
  }
  return w;
}

// Sentences of "word/TAG[/lemma]" tokens separated by spaces.
Document MakeDoc(const std::vector<std::string>& sentences,
                 const std::string& date = "") {
  Document doc;
  if (!date.empty()) doc.date = *Date::Parse(date);
  for (const std::string& sentence : sentences) {
    Sentence s;
    s.first_token = static_cast<uint32_t>(doc.tokens.size());
    s.span.begin = static_cast<uint32_t>(doc.text.size());
    size_t pos = 0;
    while (pos < sentence.size()) {
      size_t end = sentence.find(' ', pos);
      if (end == std::string::npos) end = sentence.size();
      std::string item = sentence.substr(pos, end - pos);
      pos = end + 1;
      if (item.empty()) continue;
      bool glued = item[0] == '~';
      if (glued) item.erase(0, 1);
      size_t slash = item.find('/', 1);
      std::string word = item.substr(0, slash);
      std::string tag_name, lemma;
      if (slash != std::string::npos) {
        std::string rest = item.substr(slash + 1);
        size_t slash2 = rest.find('/');
        tag_name = rest.substr(0, slash2);
        if (slash2 != std::string::npos) lemma = rest.substr(slash2 + 1);
      }
      Token t;
      t.tag = ParseTag(tag_name);
      t.lemma = lemma.empty() ? DefaultLemma(word, t.tag) : lemma;
      if (!doc.text.empty() && !glued) doc.text += ' ';
      t.space_before = !glued && !doc.tokens.empty();
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += word;
      t.span.end = static_cast<uint32_t>(doc.text.size());
      t.capitalized = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
      t.sentence = static_cast<uint32_t>(doc.sentences.size());
      doc.tokens.push_back(t);
    }
    s.end_token = static_cast<uint32_t>(doc.tokens.size());
    s.span.end = static_cast<uint32_t>(doc.text.size());
    doc.sentences.push_back(s);
  }
  return doc;
}

class ActorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = testing::SourceDir() + "/data/actors";
    Status s = ActorDictionary::Load(dir, &dict_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() { dict_.reset(); }

  static std::vector<ActorMention> Find(Document* doc) {
    dict_->FindActors(doc);
    return doc->mentions;
  }
  static std::string Text(const Document& doc, const ActorMention& m) {
    return std::string(doc.Text(m.span));
  }
  // The mention whose text is `text`, or nullptr.
  static const ActorMention* ByText(const Document& doc,
                                    const std::string& text, int nth = 0) {
    for (const ActorMention& m : doc.mentions)
      if (Text(doc, m) == text && nth-- == 0) return &m;
    return nullptr;
  }

  static std::unique_ptr<ActorDictionary> dict_;
};
std::unique_ptr<ActorDictionary> ActorsTest::dict_;

TEST_F(ActorsTest, CountriesByNameAreBareCountryCodes) {
  Document doc =
      MakeDoc({"Russia/NNP and/CC China/NNP vetoed/VBD the/DT "
               "resolution/NN ./."});
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "RUS");
  EXPECT_EQ(m[0].kind, ActorKind::kCountry);
  EXPECT_EQ(m[1].code, "CHN");
  EXPECT_EQ(m[1].country, "CHN");
  EXPECT_EQ(m[1].name, "China");
}

TEST_F(ActorsTest, ShortFormsAndAcronymsAreCaseSensitive) {
  Document doc =
      MakeDoc({"The/DT U.S./NNP and/CC Britain/NNP told/VBD us/PRP "
               "that/IN the/DT UN/NNP and/CC the/DT UK/NNP agreed/VBD ./."});
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].code, "USA");
  EXPECT_EQ(m[1].code, "GBR");
  EXPECT_EQ(m[2].code, "IGOUNO");
  EXPECT_EQ(m[2].country, "IGO");
  EXPECT_EQ(m[3].code, "GBR");
}

TEST_F(ActorsTest, SeatsOfGovernment) {
  Document doc =
      MakeDoc({"Moscow/NNP ,/, the/DT Kremlin/NNP ,/, the/DT White/NNP "
               "House/NNP ,/, the/DT Pentagon/NNP ,/, Downing/NNP "
               "Street/NNP and/CC Washington/NNP agreed/VBD ./."});
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0].code, "RUSGOV");
  EXPECT_EQ(m[1].code, "RUSGOV");
  EXPECT_EQ(m[2].code, "USAGOV");
  EXPECT_EQ(Text(doc, m[2]), "White House");
  EXPECT_EQ(m[3].code, "USAMIL");
  EXPECT_EQ(m[4].code, "GBRGOV");
  EXPECT_EQ(m[5].code, "USAGOV");
}

TEST_F(ActorsTest, CountryPlusAgentComposes) {
  Document doc =
      MakeDoc({"Syrian/JJ security/NN forces/NNS fired/VBD ./.",
               "Turkey/NNP ~'s/POS prime/JJ minister/NN spoke/VBD ./.",
               "Russian/JJ news/NN agencies/NNS said/VBD ./.",
               "Syrian/JJ state/NN television/NN said/VBD ./.",
               "The/DT Syrian/JJ government/NN denied/VBD it/PRP ./.",
               "The/DT Russian/JJ foreign/JJ minister/NN arrived/VBD ./."});
  Find(&doc);
  const ActorMention* m = ByText(doc, "Syrian security forces");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRCOP");
  EXPECT_EQ(m->role, "COP");
  m = ByText(doc, "Turkey's prime minister");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "TURGOV");
  m = ByText(doc, "Russian news agencies");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "RUSMED");
  m = ByText(doc, "Syrian state television");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRGOV");
  m = ByText(doc, "Syrian government");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRGOV");
  m = ByText(doc, "Russian foreign minister");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "RUSGOV");
}

TEST_F(ActorsTest, LongestMatchPrefersOrganisations) {
  Document doc =
      MakeDoc({"The/DT Security/NNP Council/NNP and/CC the/DT Free/NNP "
               "Syrian/NNP Army/NNP met/VBD the/DT Arab/NNP League/NNP ./."});
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(Text(doc, m[0]), "Security Council");
  EXPECT_EQ(m[0].code, "IGOUNO");
  EXPECT_EQ(Text(doc, m[1]), "Free Syrian Army");
  EXPECT_EQ(m[1].code, "SYRREBFSA");
  EXPECT_EQ(m[1].role, "REB");
  EXPECT_EQ(m[2].code, "IGOARL");
  EXPECT_EQ(m[2].kind, ActorKind::kOrganisation);
}

TEST_F(ActorsTest, AgentsWithoutCountryTakeTheDominantCountry) {
  Document doc =
      MakeDoc({"Syria/NNP rejected/VBD the/DT plan/NN from/IN Damascus/NNP ./.",
               "Regime/NN tanks/NNS pounded/VBD Homs/NNP while/IN Russia/NNP "
               "watched/VBD ./.",
               "Security/NN forces/NNS and/CC the/DT army/NN killed/VBD "
               "militants/NNS ./.",
               "Activists/NNS said/VBD ./."});
  Find(&doc);
  const ActorMention* m = ByText(doc, "Regime tanks");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRMIL");
  m = ByText(doc, "Security forces");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRCOP");
  m = ByText(doc, "army");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRMIL");
  m = ByText(doc, "militants");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYRREB");
  m = ByText(doc, "Activists");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "SYROPP");
  EXPECT_EQ(m->kind, ActorKind::kAgent);
}

TEST_F(ActorsTest, AgentWithNoCountryAnywhereKeepsItsRole) {
  Document doc = MakeDoc({"Police/NNS arrested/VBD protesters/NNS ./."});
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "COP");
  EXPECT_EQ(m[0].country, "");
  EXPECT_EQ(m[1].code, "OPP");
}

TEST_F(ActorsTest, PeopleAreCodedByTheDateOfTheDocument) {
  auto code_on = [](const std::string& date, const std::string& sentence) {
    Document doc = MakeDoc({sentence}, date);
    dict_->FindActors(&doc);
    return doc.mentions.empty() ? std::string("none") : doc.mentions[0].code;
  };
  const std::string lavrov = "Sergei/NNP Lavrov/NNP said/VBD ./.";
  EXPECT_EQ(code_on("2012-02-07", lavrov), "RUSGOV");
  EXPECT_EQ(code_on("2001-05-01", lavrov), "RUSELI");
  EXPECT_EQ(code_on("", lavrov), "RUSGOV");
  const std::string obama = "Obama/NNP said/VBD ./.";
  EXPECT_EQ(code_on("2012-02-07", obama), "USAGOV");
  EXPECT_EQ(code_on("2020-06-01", obama), "USAELI");
  // One surname, two presidents.
  Document hafez = MakeDoc({"Assad/NNP said/VBD ./."}, "1995-03-01");
  dict_->FindActors(&hafez);
  ASSERT_EQ(hafez.mentions.size(), 1u);
  EXPECT_EQ(hafez.mentions[0].name, "Hafez al-Assad");
  Document bashar = MakeDoc({"Assad/NNP said/VBD ./."}, "2012-02-07");
  dict_->FindActors(&bashar);
  ASSERT_EQ(bashar.mentions.size(), 1u);
  EXPECT_EQ(bashar.mentions[0].name, "Bashar al-Assad");
  EXPECT_EQ(bashar.mentions[0].code, "SYRGOV");
  // Offices change: Erdogan was prime minister, then president; Davutoglu
  // foreign minister, then prime minister, then out of office.
  EXPECT_EQ(code_on("2012-02-07", "Davutoglu/NNP spoke/VBD ./."), "TURGOV");
  EXPECT_EQ(code_on("2019-02-07", "Davutoglu/NNP spoke/VBD ./."), "TURELI");
  // A title in the text overrides the dictionary's dates.
  EXPECT_EQ(code_on("2019-02-07",
                    "Prime/NNP Minister/NNP Davutoglu/NNP spoke/VBD ./."),
            "TURGOV");
}

TEST_F(ActorsTest, TitleBeforeDictionaryPersonMakesOneMention) {
  Document doc = MakeDoc({"President/NNP Bashar/NNP al-Assad/NNP was/VBD "
                          "committed/VBN ./.",
                          "Syrian/JJ President/NNP Bashar/NNP al/NNP ~-/: "
                          "~Assad/NNP spoke/VBD ./."},
                         "2012-02-07");
  auto m = Find(&doc);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Text(doc, m[0]), "President Bashar al-Assad");
  EXPECT_EQ(m[0].code, "SYRGOV");
  EXPECT_EQ(m[0].kind, ActorKind::kPerson);
  EXPECT_EQ(Text(doc, m[1]), "Syrian President Bashar al-Assad");
  EXPECT_EQ(m[1].code, "SYRGOV");
  EXPECT_EQ(m[1].antecedent, 0u);
}

TEST_F(ActorsTest, TitleCodesUnknownPeopleAndTheirSurnamesLater) {
  Document doc =
      MakeDoc({"Turkish/JJ Prime/NNP Minister/NNP Ahmet/NNP "
               "Yildizoglu/NNP visited/VBD Cairo/NNP ./.",
               "Yildizoglu/NNP said/VBD talks/NNS went/VBD well/RB ./."});
  auto m = Find(&doc);
  const ActorMention* p =
      ByText(doc, "Turkish Prime Minister Ahmet Yildizoglu");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code, "TURGOV");
  EXPECT_EQ(p->kind, ActorKind::kPerson);
  EXPECT_EQ(p->name, "Ahmet Yildizoglu");
  const ActorMention* later = ByText(doc, "Yildizoglu");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "TURGOV");
  EXPECT_EQ(later->name, "Ahmet Yildizoglu");
  ASSERT_NE(later->antecedent, kNone);
  EXPECT_EQ(Text(doc, m[later->antecedent]),
            "Turkish Prime Minister Ahmet Yildizoglu");
}

TEST_F(ActorsTest, AppositivesCodeTheNameBeforeThem) {
  Document doc = MakeDoc(
      {"Recep/NNP Tayyip/NNP Erdogan/NNP ,/, Turkey/NNP ~'s/POS prime/JJ "
       "minister/NN ,/, said/VBD on/IN Tuesday/NNP ./.",
       "Sergei/NNP Srokan/NNP ,/, a/DT Russian/JJ political/JJ analyst/NN "
       "said/VBD ./.",
       "Abu/NNP Abdo/NNP Alhomsy/NNP ,/, an/DT activist/NN in/IN Homs/NNP ,/, "
       "spoke/VBD ./.",
       "Srokan/NNP added/VBD ./."},
      "2012-02-07");
  auto m = Find(&doc);
  const ActorMention* e = ByText(doc, "Recep Tayyip Erdogan");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->code, "TURGOV");
  const ActorMention* app = ByText(doc, "Turkey's prime minister");
  ASSERT_NE(app, nullptr);
  EXPECT_EQ(app->code, "TURGOV");
  EXPECT_EQ(&doc.mentions[app->antecedent], e);
  const ActorMention* s = ByText(doc, "Sergei Srokan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->code, "RUS");
  EXPECT_EQ(s->country, "RUS");
  EXPECT_EQ(s->role, "");
  EXPECT_EQ(s->kind, ActorKind::kPerson);
  const ActorMention* later = ByText(doc, "Srokan");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "RUS");
  const ActorMention* a = ByText(doc, "Abu Abdo Alhomsy");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->role, "OPP");
  // No country in the appositive: the document's dominant one (Turkey,
  // Russia and... once each; Turkey is first).
  EXPECT_EQ(a->code, "TUROPP");
}

TEST_F(ActorsTest, OrganisationPossessiveNamesItsPeople) {
  Document doc = MakeDoc(
      {"Al/NNP Jazeera/NNP ~'s/POS Rory/NNP Challands/NNP ,/, reporting/VBG "
       "from/IN Moscow/NNP said/VBD ./.",
       "Challands/NNP added/VBD ./."});
  auto m = Find(&doc);
  const ActorMention* org = ByText(doc, "Al Jazeera");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->code, "QATMEDAJZ");
  const ActorMention* p = ByText(doc, "Rory Challands");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, ActorKind::kPerson);
  EXPECT_EQ(p->role, "MED");
  EXPECT_EQ(p->code, "QATMEDAJZ");
  const ActorMention* later = ByText(doc, "Challands");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "QATMEDAJZ");
  EXPECT_EQ(&doc.mentions[later->antecedent], p);
}

TEST_F(ActorsTest, PersonPronounsPreferTheSubject) {
  Document doc = MakeDoc(
      {"Lavrov/NNP said/VBD/say he/PRP had/VBD a/DT meeting/NN with/IN "
       "Assad/NNP "
       "and/CC that/IN Moscow/NNP was/VBD eager/JJ ./.",
       "He/PRP added/VBD/add that/IN Syria/NNP was/VBD ready/JJ ./.",
       "Lavrov/NNP was/VBD expected/VBN to/TO use/VB his/PRP$ visit/NN to/TO "
       "press/VB Assad/NNP ./."},
      "2012-02-07");
  auto m = Find(&doc);
  int pronouns = 0;
  for (const ActorMention& x : m) {
    if (x.kind != ActorKind::kPronoun) continue;
    ++pronouns;
    ASSERT_NE(x.antecedent, kNone);
    EXPECT_EQ(m[x.antecedent].name, "Sergei Lavrov") << Text(doc, x);
    EXPECT_EQ(x.code, "RUSGOV");
  }
  EXPECT_EQ(pronouns, 3);
}

TEST_F(ActorsTest, ThingAndPluralPronouns) {
  Document doc = MakeDoc(
      {"Italy/NNP recalled/VBD its/PRP$ ambassador/NN from/IN Syria/NNP ./.",
       "It/PRP said/VBD/say its/PRP$ embassy/NN would/MD remain/VB open/JJ ./.",
       "Activists/NNS said/VBD/say they/PRP saw/VBD tanks/NNS ./."});
  auto m = Find(&doc);
  std::vector<std::string> antecedents;
  for (const ActorMention& x : m)
    if (x.kind == ActorKind::kPronoun)
      antecedents.push_back(Text(doc, m[x.antecedent]));
  ASSERT_EQ(antecedents.size(), 4u);
  EXPECT_EQ(antecedents[0], "Italy");
  EXPECT_EQ(antecedents[1], "Italy");
  EXPECT_EQ(antecedents[2], "Italy");
  EXPECT_EQ(antecedents[3], "Activists");
  // The possessive lends its country: Italy's ambassador and embassy, though
  // the document is about Syria as much as Italy.
  EXPECT_EQ(ByText(doc, "ambassador")->code, "ITAGOV");
  EXPECT_EQ(ByText(doc, "embassy")->code, "ITAGOV");
}

TEST_F(ActorsTest, ApposedPhrasesBeforeATitleGiveTheCountry) {
  Document doc =
      MakeDoc({"The/DT US/NNP commander/NN in/IN Iraq/NNP ,/, "
               "General/NNP David/NNP Petraeus/NNP ,/, met/VBD "
               "French/JJ political/JJ and/CC military/JJ officials/NNS "
               "in/IN Lebanon/NNP ,/, Lebanon/NNP and/CC Lebanon/NNP ./."});
  Find(&doc);
  ASSERT_NE(ByText(doc, "General David Petraeus"), nullptr);
  EXPECT_EQ(ByText(doc, "General David Petraeus")->code, "USAMIL");
  ASSERT_NE(ByText(doc, "French political and military officials"), nullptr);
  EXPECT_EQ(ByText(doc, "French political and military officials")->code,
            "FRAGOV");
}

TEST_F(ActorsTest, OurCorrespondentIsTheNewsOrganisation) {
  Document doc = MakeDoc({"Reuters/NNP reported/VBD from/IN Syria/NNP ./.",
                          "Our/PRP$ correspondent/NN said/VBD Syria/NNP "
                          "agreed/VBD ./."});
  Find(&doc);
  ASSERT_NE(ByText(doc, "correspondent"), nullptr);
  EXPECT_EQ(ByText(doc, "correspondent")->code, "GBRMEDRTR");
}

TEST_F(ActorsTest, HyphenatedCompoundsAreNotActors) {
  Document doc =
      MakeDoc({"UN/NNP ~-/: ~backed/VBN measures/NNS and/CC pro/JJ "
               "~-/: ~Assad/NNP crowds/NNS and/CC the/DT military/NN "
               "~-/: ~led/VBN assault/NN ./."},
              "2012-02-07");
  auto m = Find(&doc);
  for (const ActorMention& x : m) {
    EXPECT_NE(x.code, "IGOUNO");
    EXPECT_NE(x.name, "Bashar al-Assad");
    EXPECT_NE(Text(doc, x), "military");
  }
}

TEST_F(ActorsTest, AmbiguousNames) {
  Document doc =
      MakeDoc({"In/IN May/NNP the/DT government/NN of/IN Georgia/NNP "
               "and/CC Michael/NNP Jordan/NNP met/VBD ./.",
               "Theresa/NNP May/NNP and/CC Jordan/NNP agreed/VBD ./."},
              "2017-03-01");
  auto m = Find(&doc);
  for (const ActorMention& x : m) EXPECT_NE(Text(doc, x), "May");
  const ActorMention* g = ByText(doc, "Georgia");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->code, "GEO");
  EXPECT_EQ(ByText(doc, "Jordan", 0)->sentence, 1u);  // not "Michael Jordan"
  Document pm =
      MakeDoc({"Prime/NNP Minister/NNP May/NNP and/CC Sergei/NNP "
               "Lavrov/NNP ,/, the/DT foreign/JJ minister/NN ,/, met/VBD "
               "in/IN Syria/NNP and/CC Syria/NNP ./."},
              "2017-03-01");
  dict_->FindActors(&pm);
  ASSERT_NE(ByText(pm, "Prime Minister May"), nullptr);
  EXPECT_EQ(ByText(pm, "Prime Minister May")->code, "GBRGOV");
  // The appositive takes the named person's country, not the dominant one.
  ASSERT_NE(ByText(pm, "foreign minister"), nullptr);
  EXPECT_EQ(ByText(pm, "foreign minister")->code, "RUSGOV");
  const ActorMention* may = ByText(doc, "Theresa May");
  ASSERT_NE(may, nullptr);
  EXPECT_EQ(may->code, "GBRGOV");
}

TEST_F(ActorsTest, ObjectPronounIsNotItsClauseSubject) {
  // "he would welcome him": "him" is someone else ("himself" would not be).
  Document doc =
      MakeDoc({"Sergei/NNP Lavrov/NNP met/VBD Bashar/NNP al-Assad/NNP ./.",
               "He/PRP said/VBD he/PRP would/MD welcome/VB him/PRP in/IN "
               "Moscow/NNP ./."},
              "2012-02-07");
  Find(&doc);
  const ActorMention* him = ByText(doc, "him");
  ASSERT_NE(him, nullptr);
  EXPECT_EQ(him->name, "Bashar al-Assad");
  const ActorMention* he = ByText(doc, "He");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->name, "Sergei Lavrov");
}

TEST_F(ActorsTest, ThePopeIsTheHolySees) {
  Document doc =
      MakeDoc({"The/DT Pope/NNP called/VBD for/IN calm/NN in/IN Gaza/NNP ./.",
               "Pope/NNP Francis/NNP met/VBD a/DT bishop/NN ./."},
              "2021-03-06");
  Find(&doc);
  ASSERT_NE(ByText(doc, "Pope"), nullptr);
  EXPECT_EQ(ByText(doc, "Pope")->code, "VATREL");
  ASSERT_NE(ByText(doc, "Pope Francis"), nullptr);
  EXPECT_EQ(ByText(doc, "Pope Francis")->code, "VATREL");
}

TEST_F(ActorsTest, TheAgencyIsTheBodyLastNamed) {
  Document doc = MakeDoc(
      {"The/DT World/NNP Food/NNP Programme/NNP warned/VBD of/IN famine/NN ./.",
       "The/DT agency/NN said/VBD it/PRP needed/VBD funds/NNS ./.",
       "The/DT agency/NN chief/NN resigned/VBD ./."});
  Find(&doc);
  const ActorMention* agency = ByText(doc, "agency", 0);
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(agency->code, "IGOUNOWFP");
  // "the agency chief" is a compound, not the body.
  for (const ActorMention& m : doc.mentions) {
    if (m.sentence == 2) {
      EXPECT_NE(Text(doc, m), "agency");
    }
  }
}

TEST_F(ActorsTest, NewspapersNeedTheirFullName) {
  // A capitalised ordinary word is no newspaper: "(Nation)" glosses a party
  // name, and the Kenyan daily is only ever "Daily Nation".
  Document doc = MakeDoc(
      {"The/DT Umma/NNP (/-LRB- Nation/NNP )/-RRB- party/NN said/VBD ./.",
       "The/DT Daily/NNP Nation/NNP reported/VBD it/PRP ./.",
       "Iran/NNP 's/POS Guardian/NNP Council/NNP rejected/VBD it/PRP ./."});
  Find(&doc);
  EXPECT_EQ(ByText(doc, "Nation"), nullptr);
  ASSERT_NE(ByText(doc, "Daily Nation"), nullptr);
  EXPECT_EQ(ByText(doc, "Daily Nation")->code, "KENMEDNAT");
  ASSERT_NE(ByText(doc, "Guardian Council"), nullptr);
  EXPECT_EQ(ByText(doc, "Guardian Council")->code, "IRNGOV");
}
TEST_F(ActorsTest, AdjectivesNeedANounToBeAnAgent) {
  Document doc =
      MakeDoc({"The/DT military/JJ assault/NN and/CC an/DT official/JJ "
               "visit/NN near/IN the/DT opposition/NN stronghold/NN ./."});
  auto m = Find(&doc);
  EXPECT_TRUE(m.empty()) << Text(doc, m[0]);
}

TEST_F(ActorsTest, MentionsAreOrderedAndDisjoint) {
  Document doc = MakeDoc(
      {"Russian/JJ foreign/JJ minister/NN in/IN talks/NNS with/IN Assad/NNP",
       "Sergei/NNP Lavrov/NNP tells/VBZ Syrian/JJ president/NN that/IN "
       "peace/NN "
       "is/VBZ in/IN Moscow/NNP ~'s/POS interests/NNS ,/, as/IN army/NN "
       "continues/VBZ bombardment/NN of/IN Homs/NNP ./.",
       "Those/DT in/IN the/DT opposition/NN said/VBD Turkey/NNP ,/, "
       "Belgium/NNP "
       "and/CC Britain/NNP ,/, which/WDT recalled/VBD their/PRP$ "
       "ambassadors/NNS "
       "./."},
      "2012-02-07");
  auto m = Find(&doc);
  ASSERT_GE(m.size(), 8u);
  for (size_t i = 1; i < m.size(); ++i) {
    EXPECT_LE(m[i - 1].end_token, m[i].first_token);
    EXPECT_LE(m[i - 1].span.end, m[i].span.begin);
  }
  for (const ActorMention& x : m) {
    EXPECT_FALSE(x.code.empty());
    EXPECT_EQ(doc.tokens[x.first_token].sentence, x.sentence);
  }
  EXPECT_EQ(ByText(doc, "Syrian president")->code, "SYRGOV");
  EXPECT_EQ(ByText(doc, "Moscow")->code, "RUSGOV");
}

TEST_F(ActorsTest, BadInputNeverCrashes) {
  Document empty;
  dict_->FindActors(&empty);
  EXPECT_TRUE(empty.mentions.empty());
  // Sentences pointing past the tokens, tokens with no sentences.
  Document odd = MakeDoc({"Syria/NNP ~'s/POS he/PRP"});
  odd.sentences.push_back(Sentence{Span{0, 0}, 2, 99, 0, true});
  odd.sentences.push_back(Sentence{Span{0, 0}, 50, 60, 0, true});
  dict_->FindActors(&odd);
  Document no_sentences = MakeDoc({"Russia/NNP"});
  no_sentences.sentences.clear();
  dict_->FindActors(&no_sentences);
  EXPECT_TRUE(no_sentences.mentions.empty());
  // Untagged tokens and odd bytes.
  Document untagged =
      MakeDoc({"\xff\xfe ' 's - - , Lavrov , , the the Assad ~'s "
               "~'s he it they"});
  dict_->FindActors(&untagged);
  SUCCEED();
}

// Random documents from tricky tokens: whatever the input, mentions stay
// ordered, disjoint, coded, inside their sentence, and antecedents point back.
TEST_F(ActorsTest, RandomDocumentsKeepTheInvariants) {
  const std::vector<std::string> vocab = {
      "Russia",  "Russian",   "'s",       "-",
      ",",       "he",        "his",      "it",
      "its",     "they",      "their",    "President",
      "Prime",   "Minister",  "minister", "Lavrov",
      "Assad",   "al",        "Bashar",   "the",
      "a",       "an",        "Syrian",   "security",
      "forces",  "army",      "regime",   "tanks",
      "UN",      "US",        "Security", "Council",
      "Al",      "Jazeera",   "Rory",     "Challands",
      "said",    "analyst",   "Mr",       "Jordan",
      "Michael", "May",       "Theresa",  "pro",
      "backed",  "activists", "our",      "correspondent",
      "Moscow",  "Kremlin",   "."};
  const std::vector<std::string> tags = {"NNP", "NN",  "NNS",  "JJ",
                                         "VBD", "PRP", "PRP$", "POS",
                                         ",",   "DT",  ":",    "."};
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int doc_no = 0; doc_no < 2000; ++doc_no) {
    std::vector<std::string> sentences;
    int n_sent = 1 + next(4);
    for (int s = 0; s < n_sent; ++s) {
      std::string sentence;
      int n_tok = 1 + next(14);
      for (int t = 0; t < n_tok; ++t) {
        if (!sentence.empty()) sentence += ' ';
        if (next(4) == 0) sentence += '~';
        sentence += vocab[next(vocab.size())] + "/" + tags[next(tags.size())];
      }
      sentences.push_back(sentence);
    }
    Document doc = MakeDoc(sentences, next(2) ? "2012-02-07" : "");
    dict_->FindActors(&doc);
    const auto& m = doc.mentions;
    for (size_t i = 0; i < m.size(); ++i) {
      ASSERT_FALSE(m[i].code.empty());
      ASSERT_LT(m[i].first_token, m[i].end_token);
      ASSERT_LE(m[i].end_token, doc.tokens.size());
      const Sentence& s = doc.sentences[m[i].sentence];
      ASSERT_GE(m[i].first_token, s.first_token);
      ASSERT_LE(m[i].end_token, s.end_token);
      ASSERT_LE(m[i].span.end, doc.text.size());
      if (i > 0) {
        ASSERT_LE(m[i - 1].end_token, m[i].first_token);
      }
      if (m[i].antecedent != kNone) {
        ASSERT_LT(m[i].antecedent, i);
      }
    }
  }
}

TEST(ActorsDataTest, RealDictionaryHasTheRequiredCoverage) {
  std::string dir = testing::SourceDir() + "/data/actors";
  std::unique_ptr<ActorDictionary> dict;
  auto start = std::chrono::steady_clock::now();
  Status s = ActorDictionary::Load(dir, &dict);
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  ASSERT_TRUE(s.ok()) << s.message();
  ActorDictionaryStats st = dict->Stats();
  std::printf(
      "loaded in %.1f ms: %d countries, %d IGOs, %d other organisations, "
      "%d agent phrases, %d tenures of %d people\n",
      ms, st.countries, st.igos, st.non_state, st.agent_phrases, st.tenures,
      st.people);
  EXPECT_EQ(st.warnings, 0);
  EXPECT_GE(st.countries, 193);
  EXPECT_GE(st.igos, 100);
  EXPECT_GE(st.non_state, 100);
  EXPECT_GE(st.agent_phrases, 300);
  EXPECT_GE(st.tenures, 400);
}

TEST(ActorsDataTest, BuiltDataDirectoryLoadsWhenPresent) {
  std::string dir = testing::DataDir() + "/actors";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not built";
  std::unique_ptr<ActorDictionary> dict;
  Status s = ActorDictionary::Load(dir, &dict);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GE(dict->Stats().countries, 193);
}

TEST(ActorsLoadTest, MalformedLinesAreSkippedWithAWarning) {
  std::string dir = ::testing::TempDir() + "/actors_load_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    std::ofstream f(dir + "/a.tsv");
    f << "# comment\n"
      << "country\tRUS\tRussia\tRussia\tRussian\tMoscow\n"
      << "country\trus\tbad code\tx\n"  // line 3: bad code
      << "org\tIGOUNO\tIGO\t-\tUnited Nations\tUN\n"
      << "org\tIGOXXX\tIGO\n"                              // line 5: too short
      << "person\tRUSGOV\t2004-03-09\tsoon\tfm\tX Y\tY\n"  // line 6: bad date
      << "person\tRUSGOV\t2004-03-09\t-\tfm\tSergei Lavrov\tLavrov\n"
      << "agent\tGOV\tbody\tgovernment\n"  // line 8: bad kind
      << "agent\tGOV\tgroup\tgovernment\n"
      << "frobnicate\tx\n";  // line 10
  }
  std::unique_ptr<ActorDictionary> dict;
  ::testing::internal::CaptureStderr();
  Status s = ActorDictionary::Load(dir, &dict);
  std::string err = ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(dict->Stats().warnings, 5);
  EXPECT_NE(err.find("a.tsv:3:"), std::string::npos) << err;
  EXPECT_NE(err.find("a.tsv:5:"), std::string::npos) << err;
  EXPECT_NE(err.find("a.tsv:6:"), std::string::npos) << err;
  EXPECT_NE(err.find("a.tsv:8:"), std::string::npos) << err;
  EXPECT_NE(err.find("a.tsv:10:"), std::string::npos) << err;
  EXPECT_EQ(dict->Stats().countries, 1);
  EXPECT_EQ(dict->Stats().tenures, 1);
  Document doc =
      MakeDoc({"Lavrov/NNP and/CC the/DT Russian/JJ government/NN "
               "met/VBD the/DT UN/NNP ./."});
  dict->FindActors(&doc);
  ASSERT_EQ(doc.mentions.size(), 3u);
  EXPECT_EQ(doc.mentions[0].code, "RUSGOV");
  EXPECT_EQ(doc.mentions[1].code, "RUSGOV");
  EXPECT_EQ(doc.mentions[2].code, "IGOUNO");

  std::unique_ptr<ActorDictionary> missing;
  EXPECT_FALSE(ActorDictionary::Load(dir + "/nope", &missing).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
