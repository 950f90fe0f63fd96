// Tests for the PETRARCH compatibility stage: dictionary formats on small
// inline samples, date-restricted actor codes, tree and XML readers, the
// coder on hand-made parses, and the validation suite and Phoenix
// dictionaries from ../shared when present.
#include "petrarch/petrarch.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

#include "petrarch/internal.h"
#include "test_util.h"

namespace dyad {
namespace {

using petrarch_internal::SplitWords;

std::unique_ptr<PetrarchDictionaries> Build(const char* verbs,
                                            const char* actors,
                                            const char* agents,
                                            const char* discards = "") {
  auto d = std::make_unique<PetrarchDictionaries>();
  d->AddVerbs(verbs, "verbs");
  d->AddActors(actors, "actors");
  d->AddAgents(agents, "agents");
  d->AddDiscards(discards, "discards");
  d->Freeze();
  return d;
}

PetrarchRecord Rec(const char* date, const char* parse) {
  PetrarchRecord r;
  r.id = "t";
  r.date = date;
  r.parse = parse;
  r.parse_ok = ParsePennTree(parse, &r.tree).ok();
  return r;
}

const char kActors[] = R"(
<!-- sample actors -->
VALDORIA  [VAL]
+VALDORIAN
+NEW_VALDOR   # the capital
KESTREL_ISLANDS_ [KST]
OSMAR PELLIN
	[VALGOV 20100101-20141231]
	[VALOPP >20150101]
	[VAL]
BRANDT
	[KST <19990101]
TRIO [AAA/BBB/CCC]
)";

const char kAgents[] = R"(
!PERSON! = MAN, MEN, WOMAN, WOMEN
MINISTER [~GOV]
POLICE {} [~COP]
CHAIR!PERSON! [~LEG]
RELIEF_AGENCY [NGO~]
GOOSE {GEESE} [~GSE]
)";

const char kVerbs[] = R"(
&MONEYS
+DOLLARS
+GOLD BARS

--- CRITICIZE  [121]  ---
CRITICIZE
SLAM {SLAMMED SLAMS}
- HARSHLY * [122]
- * $ OVER +  [123]

--- GIVE  [070] ---
GIVE {GAVE GIVEN}
- * &MONEYS [071]

--- MEET  [031:031] ---
MEET {MET}
- % * [030]

--- CUT [---] ---
+CUT_OFF [195]
)";

TEST(PetrarchDictionaries, ParsesEachFormat) {
  auto d = Build(kVerbs, kActors, kAgents, "+TYPHOON\nBASEBALL GAME\n");
  PetrarchCounts c = d->counts();
  EXPECT_EQ(c.actors, 5u);
  EXPECT_EQ(c.actor_phrases, 7u);
  EXPECT_EQ(c.verb_patterns, 4u);
  EXPECT_EQ(c.synsets, 1u);
  EXPECT_EQ(c.discards, 2u);
  EXPECT_EQ(c.warnings, 0u);
  size_t len = 0;
  auto w = SplitWords("the new valdor army");
  auto codes = d->MatchActor(w, 1, 20000101, &len);
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0], "VAL");
  EXPECT_EQ(len, 2u);
  auto trio = SplitWords("trio");
  EXPECT_EQ(d->MatchActor(trio, 0, 20000101, &len),
            (std::vector<std::string>{"AAA", "BBB", "CCC"}));
  // Agents: generated plural, explicit plural, {} = none, substitution.
  auto a = SplitWords("ministers geese police polices chairwomen");
  EXPECT_EQ(d->MatchAgent(a, 0, &len), "~GOV");
  EXPECT_EQ(d->MatchAgent(a, 1, &len), "~GSE");
  EXPECT_EQ(d->MatchAgent(a, 2, &len), "~COP");
  EXPECT_EQ(d->MatchAgent(a, 3, &len), "");
  EXPECT_EQ(d->MatchAgent(a, 4, &len), "~LEG");
}

TEST(PetrarchDictionaries, DateRestrictedCodes) {
  auto d = Build(kVerbs, kActors, kAgents);
  auto w = SplitWords("osmar pellin");
  size_t len = 0;
  EXPECT_EQ(d->MatchActor(w, 0, 20120505, &len)[0], "VALGOV");
  EXPECT_EQ(d->MatchActor(w, 0, 20141231, &len)[0], "VALGOV");  // inclusive
  EXPECT_EQ(d->MatchActor(w, 0, 20160101, &len)[0], "VALOPP");
  EXPECT_EQ(d->MatchActor(w, 0, 20150101, &len)[0], "VAL");  // > is strict
  EXPECT_EQ(d->MatchActor(w, 0, 19900101, &len)[0], "VAL");  // default
  auto b = SplitWords("brandt");
  EXPECT_EQ(d->MatchActor(b, 0, 19980101, &len)[0], "KST");
  EXPECT_TRUE(d->MatchActor(b, 0, 20000101, &len).empty());  // no default
}

TEST(PetrarchDictionaries, LenientWithJunk) {
  ::testing::internal::CaptureStderr();
  auto d = Build(
      "stray line before any block\n--- X [010] ---\nX\n- no star "
      "[011]\n",
      "[ORPHAN]\nGOOD [GOO]\n\t[BAD 1999-]\n", "NOCODE\n");
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_GE(d->counts().warnings, 4u);
  EXPECT_NE(err.find("verbs:1:"), std::string::npos) << err;
  EXPECT_NE(err.find("actors:3:"), std::string::npos) << err;
  size_t len = 0;
  auto w = SplitWords("good");
  EXPECT_EQ(d->MatchActor(w, 0, 20000101, &len)[0], "GOO");
}

TEST(PetrarchTree, RejectsUnbalanced) {
  PtbTree t;
  EXPECT_TRUE(ParsePennTree("(ROOT (S (NP (NNP A)) (VP (VBD b))))", &t).ok());
  EXPECT_EQ(t.leaves.size(), 2u);
  EXPECT_EQ(t.nodes[t.leaves[0]].word, "A");
  EXPECT_FALSE(ParsePennTree("(ROOT (S (NP (NNP A)) (VP (VBD b)))", &t).ok());
  EXPECT_FALSE(ParsePennTree("(ROOT (S (NP (NNP A)))))", &t).ok());
  EXPECT_FALSE(ParsePennTree("", &t).ok());
  EXPECT_FALSE(ParsePennTree(")(", &t).ok());
}

TEST(PetrarchXml, ReadsRecordsConfigAndJunk) {
  const char xml[] = R"(<Validation><Environment><Verbfile>v.txt</Verbfile>
<Actorfile>a.txt</Actorfile></Environment>
<Sentence date = "20100101" id ='S1' category="X">
<EventCoding sourcecode="VAL" targetcode="KST" eventcode="121"></EventCoding>
<Text>Valdoria criticized Kestrel &amp; co.</Text>
<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD criticized) (NP (NNP Kestrel)))))</Parse>
</Sentence>
<!-- <Sentence id="commented"></Sentence> -->
<Config option="require_dyad" value="false"></Config>
<Sentence date="20100101" id="S2"><EventCoding noevents="True"></EventCoding>
<Text>x</Text><Parse>(ROOT (S (NP (NNP Valdoria)</Parse></Sentence>
<Sentence id="S3"
)";
  std::vector<PetrarchRecord> recs;
  PetrarchEnvironment env;
  ::testing::internal::CaptureStderr();
  ASSERT_TRUE(ParsePetrarchXml(xml, "mem.xml", &recs, &env).ok());
  std::string err = ::testing::internal::GetCapturedStderr();
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(env.verbfile, "v.txt");
  EXPECT_EQ(env.actorfiles.size(), 1u);
  EXPECT_EQ(recs[0].id, "S1");
  EXPECT_EQ(recs[0].text, "Valdoria criticized Kestrel & co.");
  EXPECT_TRUE(recs[0].parse_ok);
  EXPECT_EQ(recs[0].expected.size(), 1u);
  EXPECT_TRUE(recs[0].config.require_dyad);
  EXPECT_FALSE(recs[1].config.require_dyad);
  EXPECT_TRUE(recs[1].expect_noevents);
  EXPECT_FALSE(recs[1].parse_ok);
  EXPECT_NE(err.find("mem.xml:"), std::string::npos) << err;
}

TEST(PetrarchCoder, SubjectVerbObjectAndPatterns) {
  auto d = Build(kVerbs, kActors, kAgents);
  auto ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdoria)) (VP (VBD criticized) (NP (NNP "
              "Kestrel) (NNPS Islands)))))"));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0], (PetrarchEvent{"VAL", "KST", "121"}));
  // A pattern word before the verb.
  ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdoria)) (ADVP (RB harshly)) (VP (VBD "
              "slammed) (NP (NNP Kestrel) (NNPS Islands)))))"));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "122");
  // Synset after the verb; agent suffix on the subject.
  ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdorian) (NNS ministers)) (VP (VBD gave) "
              "(NP (CD ten) (NN gold) (NNS bars)) (PP (TO to) (NP (NNP "
              "Kestrel) (NNPS Islands))))))"));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0], (PetrarchEvent{"VALGOV", "KST", "071"}));
}

TEST(PetrarchCoder, CompoundsPairsPassiveAndDates) {
  auto d = Build(kVerbs, kActors, kAgents);
  // Compound subject with `%`: coded among its members.
  auto ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdoria) (CC and) (NNP Trio)) (VP (VBD "
              "met))))"));
  EXPECT_EQ(ev.size(), 12u);  // 4 actors, all ordered pairs
  // Paired code, passive with "by", date-restricted actor.
  ev = CodeSentence(
      *d, Rec("20120101",
              "(ROOT (S (NP (NNP Kestrel) (NNPS Islands)) (VP (VBD was) (VP "
              "(VBN criticized) (PP (IN by) (NP (NNP Osmar) (NNP "
              "Pellin)))))))"));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0], (PetrarchEvent{"VALGOV", "KST", "121"}));
  ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdoria)) (VP (MD will) (VP (VB meet) (NP "
              "(NNP Kestrel) (NNPS Islands))))))"));
  ASSERT_EQ(ev.size(), 2u);
  // Particle verb with its own code; prefix agent.
  ev = CodeSentence(
      *d, Rec("20000101",
              "(ROOT (S (NP (NNP Valdoria) (NN relief) (NN agency)) (VP (VBD "
              "cut) (PRT (RP off)) (NP (NNP Kestrel) (NNPS Islands)))))"));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0], (PetrarchEvent{"NGOVAL", "KST", "195"}));
}

TEST(PetrarchCoder, BadInputNeverCrashes) {
  auto d = Build(kVerbs, kActors, kAgents);
  PetrarchRecord r;
  EXPECT_EQ(CodeRecord(*d, r).error, "bad_input_parse");
  for (const char* p : {"(ROOT)", "(X (VP (VBD met)))", "(VP (VBD met))",
                        "(ROOT (VP (VBD criticized) (NP)))", "(A (B (C d)))"}) {
    PetrarchRecord q = Rec("", p);
    CodeRecord(*d, q);
  }
}

// Random bracketings over the sample vocabulary: whatever the shape, coding
// returns without crashing, and random bytes never make a tree.
TEST(PetrarchCoder, RandomTreesNeverCrash) {
  auto d = Build(kVerbs, kActors, kAgents);
  const char* labels[] = {"S", "NP", "VP", "PP", "SBAR", "ADJP", "CC", ","};
  const char* tags[] = {"NNP", "VBD", "VBN", "IN", "CC", "PRP", "POS", ","};
  const char* words[] = {"Valdoria", "met",        "by",      "and",
                         "was",      "criticized", "harshly", "Trio",
                         "gave",     "gold",       "bars",    "'s"};
  unsigned seed = 12345;
  auto rnd = [&](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  std::function<std::string(int)> gen = [&](int depth) -> std::string {
    if (depth > 5 || rnd(3) == 0)
      return std::string("(") + tags[rnd(8)] + " " + words[rnd(12)] + ")";
    std::string s = std::string("(") + labels[rnd(8)];
    int kids = 1 + rnd(4);
    for (int k = 0; k < kids; ++k) s += " " + gen(depth + 1);
    return s + ")";
  };
  for (int i = 0; i < 2000; ++i) {
    PetrarchRecord r = Rec("20000101", ("(ROOT " + gen(0) + ")").c_str());
    ASSERT_TRUE(r.parse_ok);
    CodeRecord(*d, r);
  }
  PtbTree t;
  for (int i = 0; i < 2000; ++i) {
    std::string junk;
    for (int k = 0; k < 40; ++k) junk.push_back(static_cast<char>(rnd(256)));
    ParsePennTree(junk, &t);
    std::vector<PetrarchRecord> recs;
    ParsePetrarchXml("<Sentence id='x'>" + junk, "junk", &recs);
  }
}

TEST(PetrarchValidation, UnitTestSuitePassRate) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::string xml =
      testing::SharedDir() + "/petrarch2/text/PETR.UnitTest.records.xml";
  int passed = 0, failed = 0;
  std::string report;
  ::testing::internal::CaptureStderr();
  Status s = RunPetrarchValidation(xml, "", &passed, &failed, &report);
  ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(s.ok()) << s.message();
  std::printf("%svalidation: %d passed, %d failed\n", report.c_str(), passed,
              failed);
  EXPECT_EQ(passed + failed, 284);
  EXPECT_GE(passed * 100, (passed + failed) * 90);
}

TEST(PetrarchValidation, PhoenixDictionariesLoad) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::unique_ptr<PetrarchDictionaries> d;
  ::testing::internal::CaptureStderr();
  Status s = LoadPetrarchDictionaries(
      testing::SharedDir() + "/petrarch2/dictionaries", PetrarchConfig(), &d);
  std::string err = ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(s.ok()) << s.message();
  PetrarchCounts c = d->counts();
  std::printf(
      "phoenix: %zu verb forms, %zu patterns, %zu synsets, %zu actor "
      "phrases, %zu agent phrases, %zu discards, %zu issue phrases, "
      "%zu warnings\n",
      c.verb_forms, c.verb_patterns, c.synsets, c.actor_phrases,
      c.agent_phrases, c.discards, c.issue_phrases, c.warnings);
  EXPECT_GT(c.actor_phrases, 20000u);
  EXPECT_GT(c.verb_patterns, 4000u);
  EXPECT_GT(c.agent_phrases, 500u);
  // Junk is tolerated, but it must stay junk: a small share of the entries.
  EXPECT_LT(c.warnings * 100, c.actor_phrases + c.verb_patterns);
}

}  // namespace
}  // namespace dyad
