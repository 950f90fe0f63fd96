// Counts, quotes and tone of the extract/ stage, on hand-built Documents.
#include "extract/extract.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract_testing.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::AddMentions;
using testing::AddPlaces;
using testing::MakeTestDocument;

Document RunCounts(std::string_view text, std::string_view pub = "2012-02-07") {
  Document doc = MakeTestDocument(text, pub);
  FindDates(&doc);
  FindCounts(&doc);
  return doc;
}

// "TYPE number[-upper] <span> (object)" per count, joined by |.
std::string Counts(std::string_view text, std::string_view pub = "2012-02-07") {
  Document doc = RunCounts(text, pub);
  std::string out;
  for (const Count& c : doc.counts) {
    if (!out.empty()) out += "|";
    out += CountTypeName(c.type);
    out += ' ';
    out += std::to_string(c.number);
    if (c.upper != c.number) {
      out += '-';
      out += std::to_string(c.upper);
    }
    out += " <";
    out += doc.Text(c.span);
    out += '>';
    if (!c.object.empty()) {
      out += " (";
      out += doc.Text(c.object);
      out += ')';
    }
    if (c.historical) out += " [h]";
  }
  return out;
}

TEST(Counts, KillPatterns) {
  EXPECT_EQ(Counts("At least 6,000 people have now been killed in Syria."),
            "KILL 6000 <At least 6,000 people> (people)");
  EXPECT_EQ(Counts("Dozens of people have been killed in the assault."),
            "KILL 24-99 <Dozens of people> (people)");
  EXPECT_EQ(Counts("Security forces killed \"tens of terrorists\" in Homs."),
            "KILL 20-99 <tens of terrorists> (terrorists)");
  EXPECT_EQ(
      Counts("A statement said six members of the security forces were "
             "killed in the clashes."),
      "KILL 6 <six members of the security forces> (members of the security "
      "forces)");
  EXPECT_EQ(Counts("The death toll in Syria rose to at least 88 people over "
                   "the weekend."),
            "KILL 88 <at least 88 people> (people)");
  EXPECT_EQ(Counts("Troops killed 12 civilians."),
            "KILL 12 <12 civilians> (civilians)");
  EXPECT_EQ(Counts("Rebels reported 40 bodies in the street."),
            "KILL 40 <40 bodies> (bodies)");
  EXPECT_EQ(Counts("There were 30 deaths."), "KILL 30 <30 deaths> (deaths)");
  EXPECT_EQ(Counts("It recalled the massacre of 300 villagers."),
            "KILL 300 <300 villagers> (villagers)");
  EXPECT_EQ(Counts("Two soldiers died and 15 were wounded."),
            "KILL 2 <Two soldiers> (soldiers)|WOUND 15 <15>");
  EXPECT_EQ(Counts("The blast left 88 dead."), "KILL 88 <88>");
  EXPECT_EQ(Counts("More than 100 were shot dead."),
            "KILL 100 <More than 100>");
}

TEST(Counts, OtherTypes) {
  EXPECT_EQ(Counts("Police arrested 200 protesters."),
            "ARREST 200 <200 protesters> (protesters)");
  EXPECT_EQ(Counts("Up to 50 people were detained."),
            "ARREST 50 <Up to 50 people> (people)");
  EXPECT_EQ(Counts("Police rounded up 30 activists."),
            "ARREST 30 <30 activists> (activists)");
  EXPECT_EQ(Counts("Gunmen abducted 11 pilgrims."),
            "KIDNAP 11 <11 pilgrims> (pilgrims)");
  EXPECT_EQ(Counts("Three engineers were taken hostage."),
            "KIDNAP 3 <Three engineers> (engineers)");
  EXPECT_EQ(Counts("Some 5,000 residents have fled the city."),
            "DISPLACED 5000 <Some 5,000 residents> (residents)");
  EXPECT_EQ(Counts("Tens of thousands of refugees crossed the border."),
            "DISPLACED 20000-99999 <Tens of thousands of refugees> (refugees)");
  EXPECT_EQ(Counts("Crowds of 10,000 filled the square."),
            "PROTEST 10000 <10,000>");
  EXPECT_EQ(Counts("Thousands of demonstrators gathered in the square."),
            "PROTEST 2000-9999 <Thousands of demonstrators> (demonstrators)");
  EXPECT_EQ(Counts("About 300 people protested outside the embassy."),
            "PROTEST 300 <About 300 people> (people)");
  EXPECT_EQ(Counts("The bomb injured 23 people."),
            "WOUND 23 <23 people> (people)");
}

TEST(Counts, HistoricalRange) {
  EXPECT_EQ(Counts("He compared it to the 1982 Hama massacre in which 17,000 - "
                   "40,000 Syrians are said to have died."),
            "KILL 17000-40000 <17,000 - 40,000 Syrians> (Syrians) [h]");
  EXPECT_EQ(Counts("In 1982, 20,000 people were killed in Hama."),
            "KILL 20000 <20,000 people> (people) [h]");
}

TEST(Counts, NotCounts) {
  EXPECT_EQ(Counts("He criticised the five day military-led assault on Homs."),
            "");
  EXPECT_EQ(Counts("The crackdown on the 11-month uprising continued."), "");
  EXPECT_EQ(Counts("Tanks pounded Homs for a fifth straight day."), "");
  EXPECT_EQ(Counts("The two countries vetoed the resolution."), "");
  EXPECT_EQ(Counts("It was one of the bloodiest since the uprising erupted "
                   "last March."),
            "");
  EXPECT_EQ(Counts("In 1982 the army killed thousands."),
            "KILL 2000-9999 <thousands> [h]");
  EXPECT_EQ(Counts("A boy, aged 15, was killed at 10 pm."), "");
  EXPECT_EQ(Counts("The offensive killed 5 percent of the herd."), "");
  EXPECT_EQ(Counts("Over the weekend he met 40 ministers."), "");
  // The phrase is the killer here, not the killed.
  EXPECT_EQ(Counts("30 soldiers killed 10 protesters."),
            "KILL 10 <10 protesters> (protesters)");
  EXPECT_EQ(Counts("Gunmen killed 3 days ago."), "");
}

TEST(Counts, DateAndPlace) {
  Document doc = MakeTestDocument(
      "Syrian authorities said security forces killed \"tens of terrorists\" "
      "in Homs on Monday morning.",
      "2012-02-07");
  AddPlaces(&doc, "Syrian", "SYR");
  AddPlaces(&doc, "Homs", "SYR");
  FindDates(&doc);
  FindCounts(&doc);
  ASSERT_EQ(doc.counts.size(), 1u);
  EXPECT_EQ(doc.counts[0].date.ToString(), "2012-02-06");
  EXPECT_FALSE(doc.counts[0].historical);
  ASSERT_NE(doc.counts[0].place, kNone);
  EXPECT_EQ(doc.Text(doc.places[doc.counts[0].place].span), "Homs");

  // Without a date in the sentence, the publication date.
  Document d2 = RunCounts("At least 6,000 people have been killed in Syria.");
  ASSERT_EQ(d2.counts.size(), 1u);
  EXPECT_EQ(d2.counts[0].date.ToString(), "2012-02-07");
  EXPECT_EQ(d2.counts[0].place, kNone);
}

TEST(Counts, EmptyAndGarbage) {
  Document empty;
  FindCounts(&empty);
  EXPECT_TRUE(empty.counts.empty());
  FindCounts(nullptr);
  EXPECT_EQ(Counts("killed killed , , at least at least \" \" of of 5"), "");
  EXPECT_EQ(Counts("at least"), "");
  Counts("99999999999999999999 people were killed.");  // must not crash
}

// ---- quotes ---------------------------------------------------------------

struct Q {
  std::string text, speaker;
  bool indirect;
  uint32_t mention;
};
std::vector<Q> Quotes(Document* doc) {
  FindQuotes(doc);
  std::vector<Q> out;
  for (const Quote& q : doc->quotes) {
    out.push_back({std::string(doc->Text(q.span)),
                   std::string(doc->Text(q.speaker_span)), q.indirect,
                   q.speaker});
  }
  return out;
}
std::vector<Q> Direct(Document* doc) {
  std::vector<Q> all = Quotes(doc), out;
  for (const Q& q : all) {
    if (!q.indirect) out.push_back(q);
  }
  return out;
}

TEST(Quotes, SpeakerAfter) {
  Document doc = MakeTestDocument(
      "\"We confirmed our readiness to act,\" Lavrov said on Tuesday.");
  AddMentions(&doc, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We confirmed our readiness to act");
  EXPECT_EQ(q[0].speaker, "Lavrov");
  EXPECT_EQ(q[0].mention, 0u);
  // No indirect quote from the attribution "Lavrov said on Tuesday".
  EXPECT_EQ(Quotes(&doc).size(), 1u);
}

TEST(Quotes, SpeakerAfterInverted) {
  Document doc = MakeTestDocument(
      "\"No-one has been called to account,\" said Erdogan on Tuesday.");
  AddMentions(&doc, "Erdogan", ActorKind::kPerson, "TURGOV",
              "Recep Tayyip Erdogan");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Erdogan");
  EXPECT_EQ(q[0].mention, 0u);
}

TEST(Quotes, FragmentWithSpeakerBefore) {
  Document doc = MakeTestDocument(
      "Lavrov said he had had a \"very useful\" meeting with Assad.");
  AddMentions(&doc, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  AddMentions(&doc, "Assad", ActorKind::kPerson, "SYRGOV", "Bashar al-Assad");
  auto all = Quotes(&doc);
  ASSERT_EQ(all.size(), 2u);
  // Sorted by position: the reported clause starts before the fragment.
  EXPECT_TRUE(all[0].indirect);
  EXPECT_EQ(all[0].text, "he had had a \"very useful\" meeting with Assad");
  EXPECT_EQ(all[0].speaker, "Lavrov");
  EXPECT_FALSE(all[1].indirect);
  EXPECT_EQ(all[1].text, "very useful");
  EXPECT_EQ(all[1].speaker, "Lavrov");
}

TEST(Quotes, Apposition) {
  Document doc = MakeTestDocument(
      "Recep Tayyip Erdogan, Turkey's prime minister, said on Tuesday that "
      "the veto was \"a fiasco for the civilised world\".");
  AddMentions(&doc, "Recep Tayyip Erdogan", ActorKind::kPerson, "TURGOV",
              "Recep Tayyip Erdogan");
  AddMentions(&doc, "Turkey", ActorKind::kCountry, "TUR", "Turkey");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a fiasco for the civilised world");
  EXPECT_EQ(q[0].speaker, "Recep Tayyip Erdogan");

  Document d2 = MakeTestDocument(
      "Sergei Srokan, a Russian political analyst said Lavrov could show "
      "that \"all those calling for him to go don't speak for everyone.\"");
  AddMentions(&d2, "Sergei Srokan", ActorKind::kPerson, "RUS", "Sergei Srokan");
  AddMentions(&d2, "Russian", ActorKind::kCountry, "RUS", "Russia");
  AddMentions(&d2, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  auto q2 = Direct(&d2);
  ASSERT_EQ(q2.size(), 1u);
  EXPECT_EQ(q2[0].speaker, "Sergei Srokan");
}

TEST(Quotes, PronounSpeaker) {
  // Through a pronoun mention with an antecedent...
  Document doc =
      MakeTestDocument("Lavrov arrived. \"Moscow wants calm,\" he said.");
  AddMentions(&doc, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  AddMentions(&doc, "he", ActorKind::kPronoun, "RUSGOV", "Sergei Lavrov");
  doc.mentions[1].antecedent = 0;
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, 0u);
  EXPECT_EQ(q[0].speaker, "Lavrov");
  // ...and without coreference, the latest person.
  Document d2 = MakeTestDocument(
      "Erdogan spoke. Lavrov arrived. \"Moscow wants calm,\" he said.");
  AddMentions(&d2, "Erdogan", ActorKind::kPerson, "TURGOV", "Erdogan");
  AddMentions(&d2, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  auto q2 = Direct(&d2);
  ASSERT_EQ(q2.size(), 1u);
  EXPECT_EQ(q2[0].mention, 1u);
}

TEST(Quotes, MultiSentenceAndMultiParagraph) {
  Document doc = MakeTestDocument(
      "Headline\n"
      "Standfirst line here.\n"
      "\"We will stay. We will not leave. We have nowhere to go,\" said "
      "Ahmed Khalil, a farmer.\n"
      "\"The first paragraph of a long statement opens here.\n"
      "\"And it carries on here until the end,\" the minister added.\n");
  AddMentions(&doc, "Ahmed Khalil", ActorKind::kPerson, "SYRCVL",
              "Ahmed Khalil");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text,
            "We will stay. We will not leave. We have nowhere to go");
  EXPECT_EQ(q[0].speaker, "Ahmed Khalil");
  EXPECT_EQ(q[1].text, "The first paragraph of a long statement opens here.");
  EXPECT_EQ(q[1].speaker, "the minister");
  EXPECT_EQ(q[1].mention, kNone);
  EXPECT_EQ(q[2].text, "And it carries on here until the end");
  EXPECT_EQ(q[2].speaker, "the minister");
}

TEST(Quotes, LostOpeningMarkAndFollowingParagraph) {
  Document doc = MakeTestDocument(
      "Headline\n"
      "Standfirst line here.\n"
      "Abu Abdo Alhomsy, an activist, spoke to us.\n"
      "The shelling did not stop. It is all around Homs,\" Alhomsy said.\n"
      "\"The people have no bread. We are waiting.\"\n");
  AddMentions(&doc, "Abu Abdo Alhomsy", ActorKind::kPerson, "SYROPP",
              "Abu Abdo Alhomsy");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The shelling did not stop. It is all around Homs");
  EXPECT_EQ(q[0].speaker, "Alhomsy");
  EXPECT_EQ(q[0].mention, 0u);
  EXPECT_EQ(q[1].text, "The people have no bread. We are waiting.");
  EXPECT_EQ(q[1].mention, 0u);
}

TEST(Quotes, SpeakerInNextSentence) {
  Document doc =
      MakeTestDocument("\"This is a disaster.\" The minister said so twice.");
  auto q = Direct(&doc);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The minister");
}

TEST(Quotes, Indirect) {
  Document doc = MakeTestDocument(
      "Turkey said it was preparing a new initiative. Activists and witnesses "
      "said the army had been shelling the district since dawn. Syrians are "
      "said to have died. Russian news agencies said.");
  AddMentions(&doc, "Turkey", ActorKind::kCountry, "TUR", "Turkey");
  auto q = Quotes(&doc);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].indirect);
  EXPECT_EQ(q[0].text, "it was preparing a new initiative");
  EXPECT_EQ(q[0].speaker, "Turkey");
  EXPECT_EQ(q[0].mention, 0u);
  EXPECT_EQ(q[1].text, "the army had been shelling the district since dawn");
  EXPECT_EQ(q[1].speaker, "Activists and witnesses");
}

TEST(Quotes, Garbage) {
  Document empty;
  FindQuotes(&empty);
  EXPECT_TRUE(empty.quotes.empty());
  FindQuotes(nullptr);
  for (const char* t : {"\"", "\"\"", "\" \" \"", "said", "\" said \"", "a \"b",
                        "x\" y", "said that", ", said ,"}) {
    Document d = MakeTestDocument(t);
    FindQuotes(&d);
    for (const Quote& q : d.quotes) {
      EXPECT_LE(q.span.end, d.text.size());
      EXPECT_LE(q.span.begin, q.span.end);
    }
  }
}

// ---- tone -----------------------------------------------------------------

std::unique_ptr<ToneLexicon> LoadTone() {
  std::unique_ptr<ToneLexicon> lex;
  Status s = ToneLexicon::Load(testing::DataDir() + "/tone.bin", &lex);
  EXPECT_TRUE(s.ok()) << s.message();
  return lex;
}

TEST(Tone, ScoresWords) {
  auto lex = LoadTone();
  ASSERT_TRUE(lex);
  Document good = MakeTestDocument("We welcome this great and happy peace.");
  lex->Score(&good);
  EXPECT_EQ(good.tone.word_count, 7u);
  EXPECT_GT(good.tone.positive, 0);
  EXPECT_EQ(good.tone.negative, 0);
  EXPECT_GT(good.tone.tone, 0);
  EXPECT_NEAR(good.tone.self_reference, 100.0 / 7, 1e-9);
  EXPECT_NEAR(good.tone.polarity, good.tone.positive + good.tone.negative,
              1e-9);

  Document bad = MakeTestDocument("Tanks killed dozens in a brutal massacre.");
  lex->Score(&bad);
  EXPECT_GT(bad.tone.negative, 0);
  EXPECT_LT(bad.tone.tone, 0);
  EXPECT_GT(bad.tone.activity, 0);
  EXPECT_EQ(bad.tone.self_reference, 0);
}

TEST(Tone, Negation) {
  auto lex = LoadTone();
  ASSERT_TRUE(lex);
  Document plain = MakeTestDocument("The talks were good.");
  Document negated = MakeTestDocument("The talks were not very good.");
  lex->Score(&plain);
  lex->Score(&negated);
  EXPECT_GT(plain.tone.tone, 0);
  EXPECT_LT(negated.tone.tone, 0);
}

TEST(Tone, EmptyDocumentAndBadFiles) {
  auto lex = LoadTone();
  ASSERT_TRUE(lex);
  Document empty;
  lex->Score(&empty);
  EXPECT_EQ(empty.tone.word_count, 0u);
  EXPECT_EQ(empty.tone.tone, 0);

  std::unique_ptr<ToneLexicon> none;
  EXPECT_EQ(ToneLexicon::Load("/nonexistent/tone.bin", &none).code(),
            StatusCode::kNotFound);
  std::string bad = ::testing::TempDir() + "/bad_tone.bin";
  FILE* f = std::fopen(bad.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("not a tone file at all", f);
  std::fclose(f);
  EXPECT_EQ(ToneLexicon::Load(bad, &none).code(), StatusCode::kDataLoss);
  // A truncated real file.
  std::string real = testing::ReadFile(testing::DataDir() + "/tone.bin");
  ASSERT_GT(real.size(), 100u);
  std::string cut = ::testing::TempDir() + "/cut_tone.bin";
  f = std::fopen(cut.c_str(), "wb");
  std::fwrite(real.data(), 1, real.size() / 2, f);
  std::fclose(f);
  EXPECT_EQ(ToneLexicon::Load(cut, &none).code(), StatusCode::kDataLoss);
}

// ---- robustness -----------------------------------------------------------

TEST(Robustness, RandomWordSoup) {
  static const char* kVocab[] = {
      "\"",         "\"",         ",",       ".",         "-",
      "--",         ":",          "(",       ")",         "said",
      "says",       "told",       "that",    "he",        "she",
      "it",         "Lavrov",     "Homs",    "killed",    "were",
      "have",       "been",       "at",      "least",     "more",
      "than",       "up",         "to",      "between",   "and",
      "dozens",     "of",         "tens",    "thousands", "hundreds",
      "88",         "6,000",      "1982",    "17,000",    "40,000",
      "six",        "twenty-one", "a",       "hundred",   "people",
      "on",         "Tuesday",    "last",    "March",     "May",
      "in",         "since",      "Sunday",  "morning",   "yesterday",
      "the",        "weekend",    "ago",     "three",     "days",
      "death",      "toll",       "rose",    "according", "protesters",
      "fled",       "arrested",   "taken",   "hostage",   "rounded",
      "who",        "which",      "'s",      "n't",       "not",
      "2012-02-07", "5",          "31st",    "Sept",      "mid-March",
      "earlier",    "this",       "year",    "next",      "week",
      "\n",         "\n\n",       "Source:", "[Al",       "Jazeera]"};
  auto lex = LoadTone();
  uint32_t state = 12345;
  auto next = [&]() {
    state = state * 1103515245u + 12345u;
    return (state >> 8) & 0xFFFF;
  };
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int words = static_cast<int>(next() % 80);
    for (int w = 0; w < words; ++w) {
      text += kVocab[next() % (sizeof kVocab / sizeof kVocab[0])];
      if (next() % 3) text += ' ';
    }
    Document doc = MakeTestDocument(text, round % 3 ? "2012-02-07" : "");
    AddMentions(&doc, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
    AddMentions(&doc, "he", ActorKind::kPronoun, "", "");
    if (!doc.mentions.empty() && next() % 2)
      doc.mentions.back().antecedent = static_cast<uint32_t>(next() % 7);
    AddPlaces(&doc, "Homs", "SYR");
    FindDates(&doc);
    FindQuotes(&doc);
    FindCounts(&doc);
    if (lex) lex->Score(&doc);
    for (const Quote& q : doc.quotes) {
      ASSERT_LE(q.span.begin, q.span.end);
      ASSERT_LE(q.span.end, doc.text.size());
      ASSERT_TRUE(q.speaker == kNone || q.speaker < doc.mentions.size());
    }
    for (const Count& c : doc.counts) {
      ASSERT_LE(c.span.end, doc.text.size());
      ASSERT_GT(c.number, 0);
      ASSERT_LE(c.number, c.upper);
      ASSERT_TRUE(c.place == kNone || c.place < doc.places.size());
    }
    for (const DateMention& d : doc.dates) {
      ASSERT_LE(d.span.end, doc.text.size());
      ASSERT_LT(d.sentence, doc.sentences.size());
    }
  }
}

TEST(Robustness, TokensWithoutSentencesOrBlocks) {
  Document doc =
      MakeTestDocument("\"We will fight,\" he said. 88 people were killed.");
  doc.sentences.clear();
  doc.blocks.clear();
  for (Token& t : doc.tokens) t.sentence = kNone;
  FindDates(&doc);
  FindQuotes(&doc);
  FindCounts(&doc);
  EXPECT_TRUE(doc.counts.empty());  // counts work per sentence
  EXPECT_EQ(doc.quotes.size(), 1u);
}

// ---- the seed article -----------------------------------------------------

Document SeedDocument() {
  std::string text = testing::ReadFile(testing::SharedDir() +
                                       "/seed/000_7512eb012af9a305.txt");
  Document doc = MakeTestDocument(text, "2012-02-07");
  // Person mentions as actors/ would give them (longest first).
  AddMentions(&doc, "Sergei Lavrov", ActorKind::kPerson, "RUSGOV",
              "Sergei Lavrov");
  AddMentions(&doc, "Recep Tayyip Erdogan", ActorKind::kPerson, "TURGOV",
              "Recep Tayyip Erdogan");
  AddMentions(&doc, "Abu Abdo Alhomsy", ActorKind::kPerson, "SYROPP",
              "Abu Abdo Alhomsy");
  AddMentions(&doc, "Sergei Srokan", ActorKind::kPerson, "RUS",
              "Sergei Srokan");
  AddMentions(&doc, "Bashar al-Assad", ActorKind::kPerson, "SYRGOV",
              "Bashar al-Assad");
  AddMentions(&doc, "Rory Challands", ActorKind::kPerson, "", "Rory Challands");
  AddMentions(&doc, "Lavrov", ActorKind::kPerson, "RUSGOV", "Sergei Lavrov");
  AddMentions(&doc, "Erdogan", ActorKind::kPerson, "TURGOV",
              "Recep Tayyip Erdogan");
  AddMentions(&doc, "Assad", ActorKind::kPerson, "SYRGOV", "Bashar al-Assad");
  AddMentions(&doc, "Russia", ActorKind::kCountry, "RUS", "Russia");
  AddMentions(&doc, "Turkey", ActorKind::kCountry, "TUR", "Turkey");
  AddPlaces(&doc, "Syria", "SYR");
  AddPlaces(&doc, "Homs", "SYR");
  AddPlaces(&doc, "Hama", "SYR");
  return doc;
}

TEST(Seed, Counts) {
  DYAD_SKIP_WITHOUT_SHARED();
  Document doc = SeedDocument();
  FindDates(&doc);
  FindCounts(&doc);
  auto find = [&](int64_t n) -> const Count* {
    for (const Count& c : doc.counts) {
      if (c.number == n && c.type == CountType::kKill) return &c;
    }
    return nullptr;
  };
  for (int64_t n : {88, 6000, 24, 20, 6, 17000}) {
    const Count* c = find(n);
    ASSERT_NE(c, nullptr) << n;
    EXPECT_EQ(c->historical, n == 17000) << n;
  }
  EXPECT_EQ(find(17000)->upper, 40000);
  EXPECT_EQ(find(17000)->date.ToString(), "1982");
  EXPECT_EQ(doc.Text(find(6)->object), "members of the security forces");
  EXPECT_EQ(doc.Text(find(20)->object), "terrorists");
  EXPECT_EQ(find(20)->date.ToString(), "2012-02-06");
  ASSERT_NE(find(20)->place, kNone);
  EXPECT_EQ(doc.places[find(20)->place].name, "Homs");
  ASSERT_NE(find(17000)->place, kNone);
  EXPECT_EQ(doc.places[find(17000)->place].name, "Hama");
  ASSERT_NE(find(6000)->place, kNone);
  EXPECT_EQ(doc.places[find(6000)->place].name, "Syria");
  // Nothing else: no years, "five day", "11-month", "fifth", "one of".
  EXPECT_EQ(doc.counts.size(), 6u);
}

TEST(Seed, Quotes) {
  DYAD_SKIP_WITHOUT_SHARED();
  Document doc = SeedDocument();
  FindDates(&doc);
  FindQuotes(&doc);
  auto speaker_of = [&](std::string_view prefix) -> std::string {
    for (const Quote& q : doc.quotes) {
      if (q.indirect) continue;
      if (doc.Text(q.span).substr(0, prefix.size()) == prefix) {
        if (q.speaker == kNone) {
          std::string unresolved = "?";
          unresolved += doc.Text(q.speaker_span);
          return unresolved;
        }
        return doc.mentions[q.speaker].name;
      }
    }
    return "(no quote)";
  };
  EXPECT_EQ(speaker_of("We (Russia) confirmed"), "Sergei Lavrov");
  EXPECT_EQ(speaker_of("very useful"), "Sergei Lavrov");
  EXPECT_EQ(speaker_of("hysteria"), "Sergei Lavrov");
  EXPECT_EQ(speaker_of("the swiftest stabilisation"), "Sergei Lavrov");
  EXPECT_EQ(speaker_of("all those calling"), "Sergei Srokan");
  EXPECT_EQ(speaker_of("a fiasco for the civilised world"),
            "Recep Tayyip Erdogan");
  EXPECT_EQ(speaker_of("Those turning a blind eye"), "Recep Tayyip Erdogan");
  EXPECT_EQ(speaker_of("No-one has been called"), "Recep Tayyip Erdogan");
  EXPECT_EQ(speaker_of("The rocket shelling didn't stop"), "Abu Abdo Alhomsy");
  EXPECT_EQ(speaker_of("The people don't have bread"), "Abu Abdo Alhomsy");
  size_t indirect = 0;
  for (const Quote& q : doc.quotes) indirect += q.indirect;
  EXPECT_GE(indirect, 5u);
}

TEST(Seed, Tone) {
  DYAD_SKIP_WITHOUT_SHARED();
  Document doc = SeedDocument();
  auto lex = LoadTone();
  ASSERT_TRUE(lex);
  lex->Score(&doc);
  EXPECT_GT(doc.tone.word_count, 700u);
  EXPECT_LT(doc.tone.tone, 0);  // a report of shelling and killing
  EXPECT_GT(doc.tone.self_reference, 0);
}

}  // namespace
}  // namespace dyad
