// Chunks and clauses from hand-tagged sentences, so the parser is tested on
// its own, independent of the tagger's choices.
#include <gtest/gtest.h>

#include <sstream>

#include "dyad/document.h"
#include "parse/parser.h"

namespace dyad {
namespace {

Tag TagOf(const std::string& name) {
  for (int t = 0; t < static_cast<int>(Tag::kCount); ++t)
    if (name == TagName(static_cast<Tag>(t))) return static_cast<Tag>(t);
  ADD_FAILURE() << "unknown tag " << name;
  return Tag::kUnknown;
}

// "Russia/NNP/russia vetoed/VBD/veto ..." -> one tagged sentence.
Document Tagged(const std::string& spec) {
  Document doc;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t a = item.find('/'), b = item.find('/', a + 1);
    std::string word = item.substr(0, a);
    std::string tag = item.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    std::string lemma = b == std::string::npos ? word : item.substr(b + 1);
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.span = {static_cast<uint32_t>(doc.text.size()),
              static_cast<uint32_t>(doc.text.size() + word.size())};
    doc.text += word;
    t.tag = TagOf(tag);
    t.lemma = lemma;
    for (char& c : t.lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.sentence = 0;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  s.end_token = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  doc.blocks.push_back({s.span, BlockKind::kBody});
  Parse(&doc);
  return doc;
}

std::string Phrase(const Document& d, uint32_t first, uint32_t end) {
  if (first == kNone) return "<none>";
  return std::string(d.TokensText(first, end));
}

const Clause& ClauseOf(const Document& d, const std::string& verb) {
  for (const Clause& c : d.clauses)
    if (d.TokenText(c.verb) == verb) return c;
  ADD_FAILURE() << "no clause for " << verb;
  static Clause none;
  return none;
}

TEST(Parse, SubjectObjectOfSimpleClause) {
  Document d = Tagged(
      "Italy/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Syria/NNP ./.");
  const Clause& c = ClauseOf(d, "recalled");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Italy");
  EXPECT_EQ(Phrase(d, c.object_first, c.object_end), "its ambassador");
  ASSERT_EQ(c.preps.size(), 1u);
  EXPECT_FALSE(c.passive);
  EXPECT_FALSE(c.negated);
}

TEST(Parse, ApproximatorOpeningTheClauseIsNoPreposition) {
  Document d = Tagged(
      "Around/IN 500/CD teachers/NNS/teacher protested/VBD/protest in/IN "
      "Ouagadougou/NNP ./.");
  const Clause& c = ClauseOf(d, "protested");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "500 teachers");
  // After a noun it is a preposition: "concerns about 500 jobs".
  Document e = Tagged(
      "Unions/NNS/union raised/VBD/raise concerns/NNS/concern about/IN 500/CD "
      "jobs/NNS/job ./.");
  const Clause& r = ClauseOf(e, "raised");
  EXPECT_EQ(Phrase(e, r.subject_first, r.subject_end), "Unions");
}

TEST(Parse, OpeningVerbReadAsParticipleIsThePast) {
  Document d = Tagged(
      "Palestinian/JJ youths/NNS/youth resorted/VBN/resort to/TO "
      "throwing/VBG/throw "
      "stones/NNS/stone ./.");
  const Clause& c = ClauseOf(d, "resorted");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Palestinian youths");
  // A finite verb later in the clause makes it a reduced relative.
  Document e = Tagged(
      "Two/CD men/NNS/man arrested/VBN/arrest in/IN Nairobi/NNP "
      "appeared/VBD/appear "
      "in/IN court/NN ./.");
  const Clause& r = ClauseOf(e, "appeared");
  EXPECT_EQ(Phrase(e, r.subject_first, r.subject_end), "Two men");
  EXPECT_EQ(e.tokens[2].tag, Tag::VBN);
}

TEST(Parse, CoordinatedSubject) {
  Document d = Tagged(
      "Russia/NNP and/CC China/NNP vetoed/VBD/veto the/DT resolution/NN ./.");
  const Clause& c = ClauseOf(d, "vetoed");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Russia and China");
}

TEST(Parse, PossessiveTitleIsOneNounPhrase) {
  Document d = Tagged(
      "Turkey/NNP 's/POS prime/JJ minister/NN criticised/VBD/criticize the/DT veto/NN ./.");
  const Clause& c = ClauseOf(d, "criticised");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Turkey 's prime minister");
  EXPECT_EQ(Phrase(d, c.object_first, c.object_end), "the veto");
}

TEST(Parse, PassiveWithAgent) {
  Document d = Tagged(
      "Six/CD soldiers/NNS were/VBD/be killed/VBN/kill by/IN rebels/NNS ./.");
  const Clause& c = ClauseOf(d, "killed");
  EXPECT_TRUE(c.passive);
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Six soldiers");
  EXPECT_EQ(Phrase(d, c.agent_first, c.agent_end), "rebels");
}

TEST(Parse, OfPhraseBelongsToSubject) {
  Document d = Tagged(
      "six/CD members/NNS of/IN the/DT security/NN forces/NNS were/VBD/be "
      "killed/VBN/kill ./.");
  const Clause& c = ClauseOf(d, "killed");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "six members of the security forces");
}

TEST(Parse, NegationAndModality) {
  Document d = Tagged(
      "Egypt/NNP did/VBD/do n't/RB/not attack/VB Sudan/NNP and/CC Ethiopia/NNP "
      "may/MD send/VB troops/NNS ./.");
  EXPECT_TRUE(ClauseOf(d, "attack").negated);
  const Clause& send = ClauseOf(d, "send");
  EXPECT_FALSE(send.negated);
  EXPECT_EQ(send.modality, Modality::kHypothetical);
  EXPECT_EQ(Phrase(d, send.subject_first, send.subject_end), "Ethiopia");
  // The second clause's subject is not part of the first clause.
  EXPECT_LE(ClauseOf(d, "attack").end_token, send.subject_first);
}

TEST(Parse, ExpectedToIsHypotheticalAndInheritsSubject) {
  Document d = Tagged(
      "Lavrov/NNP was/VBD/be expected/VBN/expect to/TO press/VB Assad/NNP ./.");
  const Clause& press = ClauseOf(d, "press");
  EXPECT_EQ(press.modality, Modality::kHypothetical);
  EXPECT_EQ(Phrase(d, press.subject_first, press.subject_end), "Lavrov");
  EXPECT_EQ(Phrase(d, press.object_first, press.object_end), "Assad");
}

TEST(Parse, RelativeClauseSubjectIsTheNounBefore) {
  Document d = Tagged(
      "Britain/NNP ,/, which/WDT recalled/VBD/recall its/PRP$ ambassador/NN ,/, "
      "said/VBD/say nothing/NN ./.");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "recalled").subject_first, ClauseOf(d, "recalled").subject_end),
            "Britain");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "said").subject_first, ClauseOf(d, "said").subject_end),
            "Britain");
}

TEST(Parse, AppositiveIsSkipped) {
  Document d = Tagged(
      "Sergei/NNP Lavrov/NNP ,/, Russia/NNP 's/POS foreign/JJ minister/NN ,/, "
      "has/VBZ/have said/VBN/say ./.");
  const Clause& c = ClauseOf(d, "said");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Sergei Lavrov");
}

TEST(Parse, TrailingAttributionMarksReportedClauses) {
  Document d = Tagged(
      "Tanks/NNS/tank shelled/VBD/shell Homs/NNP ,/, activists/NNS/activist "
      "said/VBD/say ./.");
  const Clause& shelled = ClauseOf(d, "shelled");
  ASSERT_NE(shelled.speaker, kNone);
  EXPECT_EQ(d.TokenText(d.chunks[shelled.speaker].head), "activists");
}

TEST(Parse, CoordinatedVerbsShareSubject) {
  Document d = Tagged(
      "Troops/NNS/troop stormed/VBD/storm the/DT town/NN and/CC arrested/VBD/arrest "
      "dozens/NNS/dozen ./.");
  const Clause& c = ClauseOf(d, "arrested");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Troops");
  EXPECT_EQ(Phrase(d, c.object_first, c.object_end), "dozens");
}

TEST(Parse, ReducedRelativeWithAgentIsPassive) {
  Document d = Tagged(
      "Serbia/NNP investigated/VBD/investigate crimes/NNS/crime committed/VBN/commit "
      "by/IN Croat/JJ forces/NNS/force ./.");
  const Clause& c = ClauseOf(d, "committed");
  EXPECT_TRUE(c.passive);
  EXPECT_EQ(Phrase(d, c.agent_first, c.agent_end), "Croat forces");
}

TEST(Parse, FailedToNegatesTheInfinitive) {
  Document d = Tagged(
      "Israel/NNP failed/VBD/fail to/TO reach/VB agreement/NN ./.");
  EXPECT_TRUE(ClauseOf(d, "reach").negated);
}

TEST(Parse, VerbAfterModalIsRepaired) {
  Document d = Tagged("Farmers/NNS/farmer would/MD blockade/NN Paris/NNP ./.");
  const Clause& c = ClauseOf(d, "blockade");
  EXPECT_EQ(d.tokens[c.verb].tag, Tag::VB);
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Farmers");
}

TEST(Parse, LongRunOnSentenceDoesNotExplode) {
  std::string spec;
  for (int i = 0; i < 5000; ++i) spec += "Syria/NNP ,/, ";
  spec += "./.";
  Document d = Tagged(spec);
  EXPECT_GT(d.chunks.size(), 1000u);
}

TEST(Parse, VerblessThatClauseGetsItsVerb) {
  Document d = Tagged(
      "They/PRP demanded/VBD/demand that/IN the/DT government/NN release/NN all/DT "
      "prisoners/NNS/prisoner ./.");
  const Clause& c = ClauseOf(d, "release");
  EXPECT_EQ(d.tokens[c.verb].tag, Tag::VB);
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "the government");
  // A clause that has its verb keeps its compound.
  d = Tagged(
      "They/PRP said/VBD/say that/IN the/DT prisoner/NN release/NN was/VBD/be delayed/VBN/delay "
      "./.");
  EXPECT_EQ(d.tokens[5].tag, Tag::NN);
}

TEST(Parse, GerundAfterVerbOfStartingIsItsOwnClause) {
  Document d = Tagged(
      "Troops/NNS/troop resumed/VBD/resume shelling/VBG/shell the/DT town/NN ./.");
  const Clause& c = ClauseOf(d, "shelling");
  EXPECT_EQ(Phrase(d, c.object_first, c.object_end), "the town");
  // Elsewhere a participle before a noun modifies it.
  d = Tagged("Police/NNS/police used/VBD/use rising/VBG/rise prices/NNS/price ./.");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "used").object_first, ClauseOf(d, "used").object_end),
            "rising prices");
}

TEST(Parse, HeadlineVerbBeforeAGerundPhrase) {
  Document d = Tagged(
      "Negotiators/NNS/negotiator return/NN to/TO Geneva/NNP for/IN talks/NNS/talk on/IN "
      "limiting/VBG/limit missiles/NNS/missile");
  const Clause& c = ClauseOf(d, "return");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Negotiators");
}

TEST(Parse, SubjectBeforeAPrepositionalPhraseAndAnAppositive) {
  Document d = Tagged(
      "The/DT US/NNP commander/NN in/IN Iraq/NNP ,/, General/NNP David/NNP Petraeus/NNP ,/, "
      "held/VBD/hold talks/NNS/talk ./.");
  const Clause& c = ClauseOf(d, "held");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "The US commander");
}

TEST(Parse, ObjectOfAVerbOfWantingIsTheInfinitivesSubject) {
  Document d = Tagged(
      "Obama/NNP wants/VBZ/want Putin/NNP to/TO attack/VB Switzerland/NNP ./.");
  const Clause& c = ClauseOf(d, "attack");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Putin");
  // A verb of trying has no such object: the subject is its own.
  d = Tagged("Obama/NNP tried/VBD/try to/TO attack/VB Switzerland/NNP ./.");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "attack").subject_first, ClauseOf(d, "attack").subject_end),
            "Obama");
}

TEST(Parse, HeadlineVerbsInEveryClauseAndTearGas) {
  Document d = Tagged(
      "Police/NN/police fire/NN tear/VB gas/NN as/IN thousands/NNS/thousand protest/NN "
      "in/IN Lima/NNP");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "fire").subject_first, ClauseOf(d, "fire").subject_end),
            "Police");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "fire").object_first, ClauseOf(d, "fire").object_end),
            "tear gas");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "protest").subject_first, ClauseOf(d, "protest").subject_end),
            "thousands");
}

TEST(Parse, CoordinatedPastFormReadAsAnAdjective) {
  Document d = Tagged(
      "Soldiers/NNS/soldier beat/VBP and/CC detained/JJ dozens/NNS/dozen of/IN men/NNS/man ./.");
  const Clause& c = ClauseOf(d, "detained");
  EXPECT_EQ(d.tokens[c.verb].tag, Tag::VBD);
  EXPECT_EQ(d.tokens[c.verb].lemma, "detain");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Soldiers");
}

TEST(Parse, PastLemmasOfRegularVerbs) {
  EXPECT_EQ(PastLemma("detained"), "detain");
  EXPECT_EQ(PastLemma("seized"), "seize");
  EXPECT_EQ(PastLemma("captured"), "capture");
  EXPECT_EQ(PastLemma("released"), "release");
  EXPECT_EQ(PastLemma("stopped"), "stop");
  EXPECT_EQ(PastLemma("shelled"), "shell");
  EXPECT_EQ(PastLemma("freed"), "free");
  EXPECT_EQ(PastLemma("denied"), "deny");
  EXPECT_EQ(PastLemma("evacuated"), "evacuate");
  EXPECT_EQ(PastLemma("attacked"), "attack");
  EXPECT_EQ(ThirdPersonLemma("vetoes"), "veto");
  EXPECT_EQ(ThirdPersonLemma("denies"), "deny");
  EXPECT_EQ(ThirdPersonLemma("bans"), "ban");
  EXPECT_EQ(ThirdPersonLemma("pushes"), "push");
}

TEST(Parse, PastFormAfterANounInAClauseWithItsVerbIsAParticiple) {
  Document d = Tagged(
      "Both/DT sides/NNS/side are/VBP/be guilty/JJ of/IN violating/VBG/violate the/DT "
      "ceasefire/NN agreement/NN signed/VBD/sign in/IN March/NNP ./.");
  EXPECT_EQ(Phrase(d, ClauseOf(d, "violating").object_first, ClauseOf(d, "violating").object_end),
            "the ceasefire agreement");
  EXPECT_TRUE(ClauseOf(d, "signed").passive);
  // After a verb of saying the past form is the reported clause's verb.
  d = Tagged("Police/NNS/police said/VBD/say protesters/NNS/protester attacked/VBD/attack "
             "in/IN Homs/NNP ./.");
  EXPECT_FALSE(ClauseOf(d, "attacked").passive);
}

TEST(Parse, ADeterminerOpensANewPhraseAfterAnOpeningPhrase) {
  Document d = Tagged(
      "Under/IN pressure/NN the/DT UK/NNP is/VBZ/be pushing/VBG/push for/IN sanctions/NNS/sanction ./.");
  const Clause& c = ClauseOf(d, "pushing");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "the UK");
}

TEST(Parse, ForNounPhraseToIsTheInfinitivesSubject) {
  Document d = Tagged(
      "Activists/NNS/activist called/VBD/call for/IN Ruto/NNP to/TO step/VB down/RP ./.");
  const Clause& c = ClauseOf(d, "step");
  EXPECT_EQ(Phrase(d, c.subject_first, c.subject_end), "Ruto");
  // The phrase stays inside the calling clause.
  EXPECT_GT(ClauseOf(d, "called").end_token, c.subject_first);
}

}  // namespace
}  // namespace dyad
