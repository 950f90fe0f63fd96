// The event coder's rules, one sentence each, through the whole pipeline:
// voice, negation, modality, compound actors, reported demands, intents,
// folded infinitives and the actor refinements of the coder.
#include <gtest/gtest.h>

#include <algorithm>

#include "coder_util.h"
#include "dyad/dyad.h"

namespace dyad {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    coder_ = testing::LoadCoder();
    ASSERT_NE(coder_, nullptr);
  }
  static void TearDownTestSuite() { coder_.reset(); }

  // "CODE SRC->TGT" for every event, countries only ("-" for unknown).
  static std::vector<std::string> Code(const std::string& text) {
    Document doc;
    testing::CodeBody(*coder_, text, &doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto c = [&](uint32_t m) {
        return m == kNone || doc.mentions[m].country.empty() ? std::string("-")
                                                             : doc.mentions[m].country;
      };
      out.push_back(e.cameo + " " + c(e.source) + "->" + c(e.target));
    }
    return out;
  }

  // The same with full actor codes: "173 KENGOV->KENOPP".
  static std::vector<std::string> CodeFull(const std::string& text) {
    Document doc;
    testing::CodeBody(*coder_, text, &doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto c = [&](uint32_t m) { return m == kNone ? std::string("-") : doc.mentions[m].code; };
      out.push_back(e.cameo + " " + c(e.source) + "->" + c(e.target));
    }
    return out;
  }

  static bool Has(const std::vector<std::string>& events, const std::string& prefix,
                  const std::string& dyad) {
    for (const std::string& e : events)
      if (e.rfind(prefix, 0) == 0 && e.find(" " + dyad) != std::string::npos) return true;
    return false;
  }

  static std::string Join(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& e : v) s += e + "; ";
    return s;
  }

  static std::unique_ptr<Coder> coder_;
};
std::unique_ptr<Coder> CoderTest::coder_;

TEST_F(CoderTest, CompoundSubjectGivesOneEventPerActor) {
  auto ev = Code("Russia and China vetoed the resolution on Syria.");
  EXPECT_TRUE(Has(ev, "129", "RUS->SYR")) << Join(ev);
  EXPECT_TRUE(Has(ev, "129", "CHN->SYR")) << Join(ev);
}

TEST_F(CoderTest, PassiveSwapsRoles) {
  auto ev = Code("Two Syrian soldiers were killed by Turkish troops.");
  EXPECT_TRUE(Has(ev, "19", "TUR->SYR")) << Join(ev);
}

TEST_F(CoderTest, NegatedEventIsNotEmitted) {
  auto ev = Code("Egypt did not attack Sudan.");
  for (const std::string& e : ev) EXPECT_NE(e.substr(0, 2), "19") << Join(ev);
  ev = Code("Egypt never attacked Sudan.");
  for (const std::string& e : ev) EXPECT_NE(e.substr(0, 2), "19") << Join(ev);
}

TEST_F(CoderTest, FutureMaterialActionIsAnIntent) {
  auto ev = Code("Finland will give Tanzania a grant of 50 million dollars.");
  EXPECT_TRUE(Has(ev, "03", "FIN->TZA")) << Join(ev);
}

TEST_F(CoderTest, ReportedObligationIsADemand) {
  auto ev = Code("A senior British minister said that Libya must hand over the suspects.");
  EXPECT_TRUE(Has(ev, "10", "GBR->LBY")) << Join(ev);
}

TEST_F(CoderTest, ThreatTakesTheThreatenedActAndItsTarget) {
  auto ev = Code("Pakistan threatened to break off diplomatic relations with Costa Rica.");
  EXPECT_TRUE(Has(ev, "131", "PAK->CRI")) << Join(ev);
}

TEST_F(CoderTest, FailureToAgreeIsARejection) {
  auto ev = Code("Israel failed to reach agreement with Egypt on Sunday.");
  EXPECT_TRUE(Has(ev, "12", "ISR->")) << Join(ev);
}

TEST_F(CoderTest, OwnAmbassadorIsNotTheTarget) {
  auto ev = Code("Italy recalled its ambassador from Syria.");
  EXPECT_TRUE(Has(ev, "161", "ITA->SYR")) << Join(ev);
}

TEST_F(CoderTest, RoleOfCountryAndResidence) {
  auto ev = Code("Putin offered to negotiate with the president of Armenia.");
  EXPECT_TRUE(Has(ev, "03", "RUS->ARM")) << Join(ev);
  ev = Code("Ethnic Albanians in south Serbia demanded autonomy from Belgrade.");
  EXPECT_TRUE(Has(ev, "10", "SRB->SRB")) << Join(ev);
}

TEST_F(CoderTest, CityAsTargetStandsForItsCountry) {
  auto ev = Code("Syrian tanks shelled the city of Homs.");
  EXPECT_TRUE(Has(ev, "19", "SYR->SYR")) << Join(ev);
}

TEST_F(CoderTest, HypotheticalIsFlagged) {
  Document doc;
  ASSERT_TRUE(MakeDocument("h", "Iran may attack Iraq if talks fail.", &doc).ok());
  doc.first_line_is_headline = false;
  ASSERT_TRUE(coder_->Code(&doc).ok());
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.cameo.rfind("19", 0) == 0) {
      EXPECT_TRUE(e.flags & static_cast<uint8_t>(EventFlag::kHypothetical));
    }
  }
}

TEST_F(CoderTest, SubjectBeforeBracketedAbbreviation) {
  // The subject is found across "(AU)", and across an appositive or a
  // participial phrase after it; "it" in what they report is the reporter.
  auto ev = Code("The African Union (AU) condemned the coup in Mali.");
  EXPECT_TRUE(Has(ev, "11", "IGO->MLI")) << Join(ev);
  ev = Code(
      "The Economic Community of West African States (ECOWAS), meeting in Abuja, announced "
      "that it has lifted sanctions on Mali.");
  EXPECT_TRUE(Has(ev, "08", "IGO->MLI")) << Join(ev);
}

TEST_F(CoderTest, CoordinatedVerbAfterCommaTakesTheMainSubject) {
  // Not the nearest subject ("traders"), the main clause's (Egypt).
  auto ev = Code(
      "Egypt reopened its border to traders expelled from Libya, but was still refusing "
      "entry to Sudanese traders.");
  EXPECT_TRUE(Has(ev, "12", "EGY->SDN")) << Join(ev);
}

TEST_F(CoderTest, ParticipleAfterANounIsSaidOfThatNoun) {
  auto ev = Code("Police in Nairobi fired tear gas at Kenyan students protesting against the government.");
  EXPECT_TRUE(Has(ev, "14", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, ChainOfInfinitivesFoldsIntoTheIntent) {
  // One intent, whose target is the country at the end of the chain.
  auto ev = Code("Canada is willing to send engineers to help rebuild Haiti.");
  EXPECT_TRUE(Has(ev, "03", "CAN->HTI")) << Join(ev);
  ev = Code("Oil-rich Kuwait said it would give Jordan a loan.");
  EXPECT_TRUE(Has(ev, "0331", "KWT->JOR")) << Join(ev);
}

TEST_F(CoderTest, EventNounAsPurposeOfAnUncodedClause) {
  auto ev = Code("Hundreds of Kenyan students gathered in Nairobi for a protest against the government.");
  EXPECT_TRUE(Has(ev, "14", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, AgreeingToATruceIsAnIntentAndAnOrderIsADemand) {
  auto ev = Code("Ethiopia and Eritrea agreed to a ceasefire on Monday.");
  EXPECT_TRUE(Has(ev, "0356", "ETH->")) << Join(ev);
  // Headline style, the noun read as the infinitive's verb.
  ev = Code("Ethiopia and Eritrea agree to ceasefire");
  EXPECT_TRUE(Has(ev, "0356", "ETH->ERI")) << Join(ev);
  EXPECT_FALSE(Has(ev, "0871", "ETH->")) << Join(ev);
  // An order to another authority is a demand, made specific by what it
  // demands (1053: release persons).
  ev = Code("A Kenyan court ordered the Kenyan government to release the activists.");
  EXPECT_TRUE(Has(ev, "1053", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, PromisedForceIsAThreat) {
  auto ev = Code("Somali rebels have sworn to attack Kenya.");
  EXPECT_TRUE(Has(ev, "13", "SOM->KEN")) << Join(ev);
  EXPECT_FALSE(Has(ev, "03", "SOM->")) << Join(ev);
  ev = Code("The Kenyan opposition said it will boycott the elections unless the president resigns.");
  EXPECT_TRUE(Has(ev, "133", "KEN->")) << Join(ev);
}

TEST_F(CoderTest, RaisingVerbsAndAdjectivalParticiplesAreNoEvents) {
  // "sought" is not an appeal: the infinitive is the event.
  auto ev = Code("The leaders of France and Germany sought to ease tensions with Russia.");
  EXPECT_FALSE(Has(ev, "02", "FRA->")) << Join(ev);
  // "visiting" describes the king; it is no visit by the subject.
  ev = Code("Egypt's president refused to meet Jordan's visiting King Abdullah II in Cairo.");
  EXPECT_FALSE(Has(ev, "042", "EGY->")) << Join(ev);
  EXPECT_TRUE(Has(ev, "12", "EGY->JOR")) << Join(ev);
}

TEST_F(CoderTest, WhatARejectionIsAboutIsNotASecondEvent) {
  auto ev = Code("South Korea rejected North Korea's demand for talks.");
  EXPECT_TRUE(Has(ev, "12", "KOR->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "10", "PRK->")) << Join(ev);
}

TEST_F(CoderTest, TaggerSlipsAroundNounVerbPairsAreRepaired) {
  // "forces" is a plural noun before "opened", not a verb.
  auto ev = Code("Security forces opened fire on protesters in Khartoum, killing three.");
  bool sourced = false;
  for (const std::string& e : ev) sourced |= e.rfind("1", 0) == 0 && e.find(" SDN->") != std::string::npos;
  EXPECT_TRUE(sourced) << Join(ev);
  // "tear" modifies "gas": the whole is repression, not a shooting.
  ev = Code("Kenyan riot police fired tear gas at students in Nairobi.");
  EXPECT_TRUE(Has(ev, "175", "KEN->")) << Join(ev);
}

TEST_F(CoderTest, JointActorsActOnEachOther) {
  auto ev = Code("Ethiopia and Eritrea held talks in Asmara on Monday.");
  EXPECT_TRUE(Has(ev, "04", "ETH->ERI")) << Join(ev);
  EXPECT_TRUE(Has(ev, "04", "ERI->ETH")) << Join(ev);
  // "The two countries" are the last two named.
  ev = Code(
      "Russia and China held talks in Beijing on Monday. The two countries agreed to expand "
      "military cooperation.");
  EXPECT_TRUE(Has(ev, "0312", "RUS->CHN")) << Join(ev);
  EXPECT_TRUE(Has(ev, "0312", "CHN->RUS")) << Join(ev);
}

TEST_F(CoderTest, TheTitleIsThePersonNamedWithIt) {
  auto ev = Code(
      "French President Emmanuel Macron arrived in Algiers on Tuesday. The president met "
      "Algerian leaders.");
  EXPECT_TRUE(Has(ev, "04", "FRA->DZA")) << Join(ev);
  EXPECT_FALSE(Has(ev, "04", "DZA->DZA")) << Join(ev);
}

TEST_F(CoderTest, EthnicGroupsAreCodedWhereTheyLive) {
  auto ev = Code("Georgian police detained ten ethnic Armenians in southern Georgia on Monday.");
  EXPECT_TRUE(Has(ev, "173", "GEO->GEO")) << Join(ev);
}

TEST_F(CoderTest, LedForcesBelongToTheLeaderAndBordersAreNoTargets) {
  auto ev = Code("Saudi-led forces attacked rebel positions near the Omani border.");
  EXPECT_TRUE(Has(ev, "19", "SAU->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "SAU->OMN")) << Join(ev);
}

TEST_F(CoderTest, TrailingReporterIsNeitherSideOfTheEvent) {
  auto ev = Code("Zimbabwean troops arrested three opposition leaders, a spokesman for the British "
                 "embassy said.");
  EXPECT_TRUE(Has(ev, "173", "ZWE->ZWE")) << Join(ev);
  EXPECT_FALSE(Has(ev, "173", "ZWE->GBR")) << Join(ev);
}

TEST_F(CoderTest, ThreatIsAimedAtTheSubjectOfItsCondition) {
  auto ev = Code("Syria threatened to launch a military offensive unless Turkey withdrew its troops.");
  EXPECT_TRUE(Has(ev, "13", "SYR->TUR")) << Join(ev);
}

TEST_F(CoderTest, AccordOnAnActIsTheIntentToDoIt) {
  auto ev = Code("Ghana and Togo reached a consensus to exchange intelligence on smuggling.");
  EXPECT_TRUE(Has(ev, "0314", "GHA->TGO")) << Join(ev);
  EXPECT_FALSE(Has(ev, "019", "GHA->TGO")) << Join(ev);
}

TEST_F(CoderTest, WhatNamesNoActorIsDoneByItsByPhrase) {
  auto ev = Code("Lebanese students protested against abuses committed by Syrian troops.");
  EXPECT_TRUE(Has(ev, "14", "LBN->SYR")) << Join(ev);
}

TEST_F(CoderTest, AnOrderedOrStartedActIsTheSubjectsAct) {
  auto ev = Code("The Kenyan government ordered the arrest of three opposition leaders.");
  EXPECT_TRUE(Has(ev, "173", "KEN->KEN")) << Join(ev);
  EXPECT_FALSE(Has(ev, "100", "KEN->")) << Join(ev);
  ev = Code("Britain speeded up the withdrawal of its troops from Iraq.");
  EXPECT_TRUE(Has(ev, "087", "GBR->IRQ")) << Join(ev);
}

TEST_F(CoderTest, ReportedNominalEventIsNoStatement) {
  auto ev = Code("Serbian officials said their troops had completed the withdrawal from Kosovo.");
  EXPECT_TRUE(Has(ev, "087", "SRB->")) << Join(ev);
  for (const std::string& e : ev) EXPECT_NE(e.substr(0, 2), "01") << Join(ev);
}

TEST_F(CoderTest, NamesThatModifyANounAreAMakeNotAPerson) {
  auto ev = Code("Russian Sukhoi jets bombed rebel positions near Idlib on Sunday.");
  EXPECT_TRUE(Has(ev, "19", "RUS->")) << Join(ev);
  ev = Code("Chad Smith said the talks with Iran had failed.");
  for (const std::string& e : ev) EXPECT_EQ(e.find("TCD"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, WhatAnAllegationSaysIsNotCoded) {
  auto ev = Code("Liberian monitors investigated an allegation that the rebels had taken over the city of Buchanan.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Liberian officials said that the rebels had taken over the city of Buchanan.");
  EXPECT_TRUE(Has(ev, "19", "LBR->")) << Join(ev);
}

TEST_F(CoderTest, WhatAConditionSupposesIsNotCoded) {
  auto ev = Code("Norway will send troops to defend Kuwait if it is attacked.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("The rebels will keep fighting until their demands are met by Uganda.");
  EXPECT_FALSE(Has(ev, "04", "")) << Join(ev);
  // Nor what a noun inside the condition names.
  EXPECT_FALSE(Has(ev, "10", "")) << Join(ev);
}

TEST_F(CoderTest, ParticipleAfterACommaWithByIsPassive) {
  auto ev = Code("The convoy, attacked by Syrian troops near Hama, turned back.");
  EXPECT_TRUE(Has(ev, "19", "SYR->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "->SYR")) << Join(ev);
}

TEST_F(CoderTest, QuantifiedSubjectsAndParticiplesAfterAPassive) {
  auto ev = Code("More than 200 Nigerian protesters attacked the police station in Lagos.");
  EXPECT_TRUE(Has(ev, "19", "NGA->")) << Join(ev);
  ev = Code("The village was shelled by Ethiopian troops, killing 12 Somali civilians.");
  EXPECT_TRUE(Has(ev, "19", "ETH->SOM")) << Join(ev);
}

TEST_F(CoderTest, AnOrderToUseForceOrToYieldIsTheOrderedAct) {
  auto ev = Code("The Malian general ordered his troops to fire on the protesters.");
  EXPECT_TRUE(Has(ev, "17", "MLI->MLI")) << Join(ev);
  EXPECT_FALSE(Has(ev, "100", "MLI->")) << Join(ev);
  // An order to talk stays a demand.
  ev = Code("The Malian president ordered the army to hold talks with the rebels.");
  EXPECT_TRUE(Has(ev, "10", "MLI->MLI")) << Join(ev);
}

TEST_F(CoderTest, WhereAProtestIsHeldIsNotWhomItIsAgainst) {
  auto ev = Code("Kenyan students staged a sit-in at Nairobi University on Monday.");
  EXPECT_TRUE(Has(ev, "14", "KEN->KEN")) << Join(ev);
  for (const std::string& e : ev) EXPECT_EQ(e.find("EDU"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, AgentsWithNoCountryNamedTakeTheCountryOfThePlaces) {
  auto ev = Code("Hundreds of dock workers went on strike at the port of Durban.");
  EXPECT_TRUE(Has(ev, "14", "ZAF->")) << Join(ev);
}

TEST_F(CoderTest, ParticipleAfterATimeWordBelongsToTheClause) {
  auto ev = Code("Kenyan protesters marched in Nairobi on Saturday demanding the resignation of "
                 "the interior minister.");
  EXPECT_TRUE(Has(ev, "104", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, VictimsAreOfTheCountryWhereTheAttackHappened) {
  auto ev = Code("Saudi-led coalition aircraft bombed a wedding party in Yemen, killing 20 civilians.");
  EXPECT_TRUE(Has(ev, "19", "SAU->YEM")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "SAU->SAU")) << Join(ev);
  // Armed groups too, keeping their role.
  ev = CodeFull("Turkish troops killed 20 militants in northern Iraq.");
  EXPECT_TRUE(Has(ev, "19", "TURMIL->IRQREB")) << Join(ev);
}

TEST_F(CoderTest, CommonNounsInCapitalisedNamesAreNoPlacesOrPeople) {
  auto ev = Code("Indian and Pakistani troops exchanged fire across the Line of Control.");
  for (const std::string& e : ev) EXPECT_EQ(e.find("CHN"), std::string::npos) << Join(ev);
  EXPECT_TRUE(Has(ev, "19", "PAK->IND")) << Join(ev);
}

TEST_F(CoderTest, MissilesFiredIntoTheSeaAreAShowOfForce) {
  auto ev = Code("North Korea fired two ballistic missiles into the sea off its east coast.");
  EXPECT_TRUE(Has(ev, "150", "PRK->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "PRK->")) << Join(ev);
}

TEST_F(CoderTest, DeniedActsAreNotCodedAndOrdersMayNameTheirInfinitive) {
  auto ev = Code("Nigeria's army denied reports that soldiers had killed civilians in Borno state.");
  EXPECT_TRUE(Has(ev, "016", "NGA->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Mali's junta ordered the French ambassador to leave the country within 72 hours.");
  EXPECT_TRUE(Has(ev, "161", "MLI->FRA")) << Join(ev);
  ev = Code("Ethiopia and Eritrea restored diplomatic relations after two decades.");
  EXPECT_TRUE(Has(ev, "054", "ETH->ERI")) << Join(ev);
}

TEST_F(CoderTest, SubjectBeforeAParticipialModifierAndEthnicAgents) {
  auto ev = Code("Ethnic Uzbek militants operating in Kyrgyzstan have been disarmed.");
  EXPECT_TRUE(Has(ev, "087", "-->KGZ")) << Join(ev);
}

TEST_F(CoderTest, ASpokesmanForAGroupIsTheGroup) {
  auto ev = CodeFull("A spokesman for the Libyan rebels said they had captured the town of Ajdabiya.");
  EXPECT_TRUE(Has(ev, "19", "LBYREB->")) << Join(ev);
}

TEST_F(CoderTest, TheByPhraseOfAnObjectAndGerundsAfterAgainst) {
  auto ev = CodeFull("Sudan's army said it had repelled an attack by the Rapid Support Forces.");
  EXPECT_TRUE(Has(ev, "19", "SDNMIL->SDNMILRSF")) << Join(ev);
  ev = Code("The Israeli prime minister warned Hezbollah against attacking Israel.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
}

TEST_F(CoderTest, OneSideNamedTwiceDoesNotActOnItself) {
  auto ev = Code("Syrian tanks and snipers began firing on residential areas.");
  EXPECT_FALSE(Has(ev, "19", "SYR->SYR")) << Join(ev);
}

TEST_F(CoderTest, SidesNamedAfterBetweenActOnEachOther) {
  auto ev = Code("Talks between Israel and Hamas resumed in Cairo on Monday.");
  EXPECT_TRUE(Has(ev, "046", "ISR->PSE")) << Join(ev);
  EXPECT_TRUE(Has(ev, "046", "PSE->ISR")) << Join(ev);
  // What an intent is about is not a second event.
  ev = Code("Morocco said it would be ready to host a meeting between Israel and Hamas.");
  EXPECT_FALSE(Has(ev, "040", "ISR->PSE")) << Join(ev);
}

TEST_F(CoderTest, AppealsDemandsAndRefusalsTakeTheFamilyCodeOfTheirContent) {
  auto ev = Code("The UN urged Syria to release political prisoners.");
  EXPECT_TRUE(Has(ev, "0253", "IGO->SYR")) << Join(ev);
  ev = Code("Britain demanded that Iran allow inspectors into the site.");
  EXPECT_TRUE(Has(ev, "1055", "GBR->IRN")) << Join(ev);
  ev = Code("Russia refused to resume talks with Ukraine.");
  EXPECT_TRUE(Has(ev, "125", "RUS->UKR")) << Join(ev);
}

TEST_F(CoderTest, CrowdsNamedByTheirSize) {
  auto ev = Code("Thousands rallied in Moscow against the arrest of the opposition leader.");
  EXPECT_TRUE(Has(ev, "14", "RUS->")) << Join(ev);
  // "Thousands of protesters" are the protesters, protesting at their
  // government.
  ev = CodeFull("Thousands of Kenyan protesters marched in Nairobi.");
  EXPECT_TRUE(Has(ev, "14", "KENOPP->KENGOV")) << Join(ev);
  // Through each "of": the supporters of an opposition leader are the
  // opposition.
  ev = CodeFull("Senegalese police fired tear gas at hundreds of supporters of opposition leader "
                "Ousmane Sonko in Dakar.");
  EXPECT_TRUE(Has(ev, "175", "SENCOP->SENOPP")) << Join(ev);
  EXPECT_FALSE(Has(ev, "175", "SENCOP->SENCVL")) << Join(ev);
}

TEST_F(CoderTest, UnknownNamesAreNamesAndTheTwoLeadersAreStates) {
  auto ev = Code(
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
      "Monday. Ruto said the two leaders had agreed to strengthen security cooperation. Abiy "
      "later criticised Somalia for hosting foreign troops.");
  EXPECT_TRUE(Has(ev, "04", "KEN->ETH")) << Join(ev);
  EXPECT_TRUE(Has(ev, "0312", "KEN->ETH")) << Join(ev);
  EXPECT_TRUE(Has(ev, "0312", "ETH->KEN")) << Join(ev);
  EXPECT_TRUE(Has(ev, "111", "ETH->SOM")) << Join(ev);
}

TEST_F(CoderTest, HeadlineVerbReadAsANounCompound) {
  auto ev = Code("Protesters clash with police in Dakar as opposition leader is jailed");
  EXPECT_TRUE(Has(ev, "14", "SEN->SEN")) << Join(ev);
  // A main clause with a verb of its own is left alone.
  ev = Code("Weapons inspection in Iraq resumes.");
  EXPECT_TRUE(ev.empty()) << Join(ev);
}

TEST_F(CoderTest, PronounAfterCommaAndOpensAClauseAndWeaponsAreNoActors) {
  auto ev = CodeFull(
      "President Volodymyr Zelenskiy said the strikes targeted energy facilities and civilians, "
      "and he urged Western allies to speed up deliveries of air defence systems.");
  for (const std::string& e : ev) EXPECT_EQ(e.find("UKRCVL->"), std::string::npos) << Join(ev);
  for (const std::string& e : ev) EXPECT_EQ(e.find("->UKRMIL"), std::string::npos) << Join(ev);
  ev = Code("Russian missiles hit Kyiv power plants on Monday.");
  EXPECT_TRUE(Has(ev, "19", "RUS->UKR")) << Join(ev);
}

TEST_F(CoderTest, VerbsOfSayingThatActOnANounAreNoStatements) {
  auto ev = Code("Israel declared war on Hamas and imposed a complete siege on Gaza.");
  EXPECT_TRUE(Has(ev, "190", "ISR->PSE")) << Join(ev);
  EXPECT_TRUE(Has(ev, "191", "ISR->PSE")) << Join(ev);
  ev = Code("The Haitian government declared a 30-day state of siege on Saturday.");
  EXPECT_TRUE(Has(ev, "1724", "HTI->")) << Join(ev);
  for (const std::string& e : ev) EXPECT_NE(e.substr(0, 2), "01") << Join(ev);
  EXPECT_EQ(ev.size(), 1u) << Join(ev);
}

TEST_F(CoderTest, CoordinatedParticiplesShareThePassive) {
  auto ev = CodeFull("Twenty Lebanese civilians were killed or wounded in the raids.");
  for (const std::string& e : ev) EXPECT_EQ(e.find("LBNCVL->"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, AnEventOfAnotherYearIsDatedThen) {
  Document doc;
  testing::CodeBody(*coder_, "In 2005, Sudanese troops killed 40 protesters in Khartoum.", &doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].date.ToString(), "2005");
  EXPECT_TRUE(doc.events[0].flags & static_cast<uint8_t>(EventFlag::kHistorical));
}

TEST_F(CoderTest, AReportIsDatedByItsOwnWords) {
  // The saying is of the publication day; only what is said is next month.
  Document doc;
  testing::CodeBody(
      *coder_, "The Kenyan minister said she would visit Somalia next month.",
      &doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.cameo.starts_with("01")) {
      EXPECT_EQ(e.date.ToString(), "2012-02-07");
    }
    if (e.cameo.starts_with("03")) {
      EXPECT_EQ(e.date.ToString(), "2012-03");
    }
  }
  Document statement;
  testing::CodeBody(
      *coder_, "The Kenyan minister said the rains would come back next month.",
      &statement);
  ASSERT_EQ(statement.events.size(), 1u);
  EXPECT_EQ(statement.events[0].cameo, "010");
  EXPECT_EQ(statement.events[0].date.ToString(), "2012-02-07");
  Document said;
  testing::CodeBody(*coder_,
                    "The Kenyan minister said on Monday that talks had failed.",
                    &said);
  ASSERT_FALSE(said.events.empty());
  EXPECT_EQ(said.events[0].date.ToString(), "2012-02-06");
}

TEST_F(CoderTest, AQuotedWeIsTheSpeaker) {
  auto ev = CodeFull("\"We confirmed our readiness to act for a rapid solution,\" Russian Foreign "
                     "Minister Sergei Lavrov said.");
  EXPECT_TRUE(Has(ev, "030", "RUSGOV->")) << Join(ev);
}

TEST_F(CoderTest, InvertedSpeakerIsTheSourceOfTheStatement) {
  auto ev = CodeFull("\"The talks failed,\" said Russian Foreign Minister Sergei Lavrov.");
  EXPECT_TRUE(Has(ev, "01", "RUSGOV->-")) << Join(ev);
  ev = CodeFull("\"We do not want people to panic,\" said Carlos Vallejos, the health minister "
                "of Peru.");
  EXPECT_TRUE(Has(ev, "01", "PERGOV->-")) << Join(ev);
}

TEST_F(CoderTest, AStatementByNoOneIsNoEventAndInsertedParticiples) {
  auto ev = Code("It was confirmed in Nairobi on Wednesday that the Kenyan minister had resigned.");
  for (const std::string& e : ev) EXPECT_NE(e.substr(0, 4), "01 -") << Join(ev);
  for (const std::string& e : ev) EXPECT_EQ(e.find(" -->"), std::string::npos) << Join(ev);
  ev = Code("Ghanaian officials, working together with the African Union, drafted a plan.");
  EXPECT_TRUE(Has(ev, "05", "GHA->IGO")) << Join(ev);
}

TEST_F(CoderTest, DeathsFromDiseaseOrDisasterAreNoViolence) {
  auto ev = Code("An outbreak of cholera has killed over 60 people in Kenya since March.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  EXPECT_FALSE(Has(ev, "18", "")) << Join(ev);
  ev = Code("Twelve Kenyan villagers were killed in the floods.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Gunmen killed twelve villagers in Kenya.");
  EXPECT_TRUE(Has(ev, "18", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, WhereAMeetingIsHeldIsNotWhomItIsWith) {
  auto ev = Code("The Colombian government and the ELN rebels resumed peace talks in Havana.");
  EXPECT_FALSE(Has(ev, "04", "COL->CUB")) << Join(ev);
  ev = CodeFull("The Colombian government and the ELN rebels resumed peace talks in Havana.");
  EXPECT_TRUE(Has(ev, "046", "COLGOV->COLREBELN")) << Join(ev);
  // Strikes by armies on targets are attacks, by workers for pay protests.
  ev = Code("The Israeli military said it struck Hezbollah targets in southern Lebanon.");
  EXPECT_TRUE(Has(ev, "19", "ISR->LBN")) << Join(ev);
  ev = Code("Kenyan dock workers struck for higher pay in Mombasa.");
  EXPECT_TRUE(Has(ev, "14", "KEN->KEN")) << Join(ev);
  ev = Code("Israel strikes Gaza after rocket fire");
  EXPECT_TRUE(Has(ev, "190", "ISR->PSE")) << Join(ev);
  ev = Code("Iraqi protesters storm parliament in Baghdad");
  EXPECT_TRUE(Has(ev, "14", "IRQ->IRQ")) << Join(ev);
}

TEST_F(CoderTest, SubjectBeforeARelativeClauseWithoutCommas) {
  auto ev = Code("Malian soldiers who mutinied in Bamako arrested the president.");
  EXPECT_TRUE(Has(ev, "173", "MLI->MLI")) << Join(ev);
  ev = Code("The Kenyan minister who resigned last week accused the president of corruption.");
  EXPECT_TRUE(Has(ev, "112", "KEN->KEN")) << Join(ev);
  // The relative clause's own verb keeps the noun before "who".
  ev = Code("New Zealand police arrested the men who attacked the mosque.");
  EXPECT_TRUE(Has(ev, "173", "NZL->")) << Join(ev);
}

TEST_F(CoderTest, SanctionsProposedEnergyCutAndMediationOffered) {
  auto ev = Code("The European Union proposed new sanctions against Belarus.");
  EXPECT_TRUE(Has(ev, "1312", "IGO->BLR")) << Join(ev);
  ev = Code("Russia halted gas supplies to Poland.");
  EXPECT_TRUE(Has(ev, "163", "RUS->POL")) << Join(ev);
  ev = Code("Indonesia offered to mediate between Thailand and Cambodia.");
  EXPECT_TRUE(Has(ev, "039", "IDN->")) << Join(ev);
  ev = Code("Japan lifted its ban on beef imports from Brazil.");
  EXPECT_TRUE(Has(ev, "085", "JPN->BRA")) << Join(ev);
}

TEST_F(CoderTest, ComplaintsAreAboutTheOverPhraseAndDemandsAddressTheirContent) {
  auto ev = Code("Ghana complained to the African Union on Monday over Togolese border raids.");
  EXPECT_TRUE(Has(ev, "114", "GHA->TGO")) << Join(ev);
  // With no actor in the "over" phrase, the addressee stays the target.
  ev = Code("Ghana complained to the African Union over the delay.");
  EXPECT_TRUE(Has(ev, "114", "GHA->IGO")) << Join(ev);
  ev = Code("Peru lodged a protest with Chile about Chilean troop movements.");
  EXPECT_TRUE(Has(ev, "114", "PER->CHL")) << Join(ev);
  // The demanded act is no event; the one it is demanded of is the target.
  ev = Code("Kenyan doctors repeated their demands that the Kenyan government raise their pay.");
  EXPECT_TRUE(Has(ev, "10", "KEN->KEN")) << Join(ev);
  EXPECT_FALSE(Has(ev, "0", "")) << Join(ev);
  ev = Code("The opposition insisted on its demand that the Zambian army free the journalists.");
  EXPECT_TRUE(Has(ev, "10", "ZMB->ZMB")) << Join(ev);
  EXPECT_FALSE(Has(ev, "084", "")) << Join(ev);
}

TEST_F(CoderTest, ForcedOutAndDeniedPermissions) {
  auto ev = Code("Myanmar forced the aid workers out of the country.");
  EXPECT_TRUE(Has(ev, "166", "MMR->")) << Join(ev);
  ev = Code("The Egyptian authorities denied permission for the march.");
  EXPECT_TRUE(Has(ev, "12", "EGY->")) << Join(ev);
  ev = Code("The Egyptian authorities denied the allegations.");
  EXPECT_TRUE(Has(ev, "016", "EGY->")) << Join(ev);
}

TEST_F(CoderTest, ActsThatWereStoppedOrHeldBackAreNotCoded) {
  auto ev = Code("Kenyan troops resumed shelling the Somali town of Kismayo.");
  EXPECT_TRUE(Has(ev, "194", "KEN->")) << Join(ev);
  ev = Code("Kenyan troops stopped shelling the Somali town of Kismayo.");
  EXPECT_TRUE(Has(ev, "087", "KEN->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("The Kenyan army refrained from attacking the rebel camps.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Pakistan has been sharing expertise with Sri Lanka.");
  EXPECT_TRUE(Has(ev, "064", "PAK->LKA")) << Join(ev);
}

TEST_F(CoderTest, PeacekeepersAndPeoplesOfResidence) {
  // Peacekeepers of no named country are a multinational force (IGO).
  auto ev = CodeFull("Gunmen in Mali attacked peacekeepers near Gao.");
  EXPECT_TRUE(Has(ev, "", "MLIREB->IGOPKO")) << Join(ev);
  ev = CodeFull("Chadian peacekeepers killed three militants in Mali.");
  EXPECT_TRUE(Has(ev, "", "TCDMIL->MLIREB")) << Join(ev);
  // Sent by the subject, they are its own; where they go is the target.
  ev = Code("Pakistan refused to deploy peacekeepers in Iraq.");
  EXPECT_TRUE(Has(ev, "12", "PAK->IRQ")) << Join(ev);
  // "Bosnian Serbs" live in Bosnia, and so do their forces.
  ev = Code("Bosnian Serbs said their forces had completed their withdrawal from Gorazde.");
  EXPECT_TRUE(Has(ev, "087", "BIH->")) << Join(ev);
}

TEST_F(CoderTest, StrikesByWorkersFightersOnFootAndReducedRelatives) {
  auto ev = Code("Nurses in Kenya began a nationwide strike on Monday.");
  EXPECT_TRUE(Has(ev, "143", "KEN->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Kenyan troops began a strike on militant camps on Monday.");
  EXPECT_TRUE(Has(ev, "19", "KEN->")) << Join(ev);
  // Fighters of an armed group are not fighter jets.
  ev = Code("Boko Haram fighters raided a village near Maiduguri.");
  EXPECT_TRUE(Has(ev, "190", "NGA->")) << Join(ev);
  ev = Code("Nigerian jets raided a village near Maiduguri.");
  EXPECT_TRUE(Has(ev, "195", "NGA->")) << Join(ev);
  // "two men accused of murder": the men are accused, not accusing.
  ev = CodeFull("Kenyan police arrested two men accused of murder in Nairobi.");
  EXPECT_FALSE(Has(ev, "112", "KENCVL->")) << Join(ev);
}

TEST_F(CoderTest, ChargedActsVenuesOfSigningAndParticiplesOfChange) {
  // What someone is charged with is not the prosecutors' act.
  auto ev = Code("Colombian prosecutors charged five soldiers with murdering civilians.");
  EXPECT_TRUE(Has(ev, "173", "COL->COL")) << Join(ev);
  EXPECT_FALSE(Has(ev, "18", "")) << Join(ev);
  // An admission is not a charge: the claimed act stays.
  ev = Code("The Taliban claimed responsibility for killing five Afghan soldiers.");
  EXPECT_TRUE(Has(ev, "19", "AFG->AFG")) << Join(ev);
  // Where an agreement is signed is not whom it is signed with.
  ev = Code("Ethiopia and Eritrea signed a peace agreement in Jeddah.");
  EXPECT_TRUE(Has(ev, "057", "ETH->ERI")) << Join(ev);
  EXPECT_FALSE(Has(ev, "057", "ETH->SAU")) << Join(ev);
  // "amid mounting protests" describes the protests; no one mounts them.
  ev = Code("Haiti's prime minister resigned amid mounting protests.");
  EXPECT_FALSE(Has(ev, "14", "")) << Join(ev);
  ev = Code("Haitian students are mounting protests against the prime minister.");
  EXPECT_TRUE(Has(ev, "14", "HTI->HTI")) << Join(ev);
}

TEST_F(CoderTest, CrowdsThatGatherOrRallyDemonstrate) {
  auto ev = Code("Kenyan demonstrators gathered outside parliament in Nairobi.");
  EXPECT_TRUE(Has(ev, "141", "KEN->")) << Join(ev);
  ev = Code("Thousands of Kenyans rallied in Nairobi in support of the opposition leader.");
  EXPECT_TRUE(Has(ev, "141", "KEN->")) << Join(ev);
  ev = Code("The Kenyan president rallied support for the new constitution.");
  EXPECT_TRUE(Has(ev, "053", "KEN->")) << Join(ev);
  ev = Code("Angry Nigerian residents torched two police stations in Lagos.");
  EXPECT_TRUE(Has(ev, "145", "NGA->")) << Join(ev);
}

TEST_F(CoderTest, EngagementsAndParticiplesBeforeNouns) {
  auto ev = Code("Syrian rebels engaged Filipino peacekeepers in a firefight.");
  EXPECT_TRUE(Has(ev, "190", "SYR->PHL")) << Join(ev);
  ev = Code("Kenyan troops engaged in heavy fighting with Somali militants.");
  EXPECT_TRUE(Has(ev, "190", "KEN->SOM")) << Join(ev);
  // "exiled dissidents" were exiled before; meeting them exiles no one.
  ev = Code("The Kenyan president met with two exiled Ugandan dissidents.");
  EXPECT_FALSE(Has(ev, "17", "")) << Join(ev);
  // A participle with no object before the main verb is a passive relative.
  ev = Code("Two Kenyan soldiers killed in the attack were buried on Monday.");
  EXPECT_TRUE(Has(ev, "19", "-->KEN")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "KEN->")) << Join(ev);
}

TEST_F(CoderTest, WhatIsHopedOrFearedIsNoEvent) {
  auto ev = Code("The Rwandan minister hoped French officials would be indicted for war crimes.");
  EXPECT_TRUE(Has(ev, "013", "RWA->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "13", "")) << Join(ev);
  EXPECT_FALSE(Has(ev, "17", "")) << Join(ev);
  ev = Code("The Kenyan minister feared that Somali militants would attack the border towns.");
  EXPECT_FALSE(Has(ev, "13", "")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // What a speaker says will happen is still coded, as the speaker's.
  ev = Code("The Kenyan minister said Kenya would send troops to Somalia.");
  EXPECT_TRUE(Has(ev, "", "KEN->SOM")) << Join(ev);
  ev = Code("The United States launched an air strike against militants in Somalia.");
  EXPECT_TRUE(Has(ev, "195", "USA->SOM")) << Join(ev);
}

TEST_F(CoderTest, RegionsAreCodedButNeverTheDocumentsCountry) {
  auto ev = CodeFull("Russia threatened to cut gas supplies to Europe.");
  EXPECT_TRUE(Has(ev, "13", "RUS->EUR")) << Join(ev);
  ev = CodeFull("West African leaders imposed sanctions on Mali.");
  EXPECT_TRUE(Has(ev, "163", "WAF->MLI")) << Join(ev);
  // A role word takes the state named, not the region.
  ev = Code("In the Middle East, Iraqi police arrested protesters.");
  EXPECT_TRUE(Has(ev, "173", "IRQ->IRQ")) << Join(ev);
  // Regions are places, not organisations.
  Document doc;
  testing::CodeBody(*coder_, "Russia cut gas supplies to Europe.", &doc);
  for (const ActorMention& m : doc.mentions)
    if (m.code == "EUR") {
      EXPECT_EQ(m.kind, ActorKind::kCountry);
    }
  // Militants killed in Pakistan are Pakistan's, not the attacker's.
  ev = CodeFull("A US drone strike killed five militants in Pakistan.");
  EXPECT_TRUE(Has(ev, "19", "USAMIL->PAKREB")) << Join(ev);
  // "the Europe Bridge" is a bridge.
  ev = CodeFull("French farmers blocked the Europe Bridge over the Rhine.");
  EXPECT_FALSE(Has(ev, "14", "FRACVL->EUR")) << Join(ev);
}

TEST_F(CoderTest, OrderedToLeaveIsAnExpulsion) {
  auto ev = Code("The junta in Niger ordered French troops to leave the country.");
  EXPECT_TRUE(Has(ev, "166", "NER->FRA")) << Join(ev);
  ev = Code("The Kenyan court ordered the government to release the journalists.");
  EXPECT_TRUE(Has(ev, "10", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, VictimsAndTheirAttackersInOtherFrames) {
  // "came under attack from X": X attacks the subject.
  auto ev = Code("A Nigerian army base came under attack from Boko Haram militants.");
  EXPECT_TRUE(Has(ev, "19", "NGA->NGA")) << Join(ev);
  ev = Code("The Kenyan president came under pressure from the opposition.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // Those who die in an attack are its targets, not its doers.
  ev = Code("At least 12 Syrian civilians died in an air strike on a market.");
  EXPECT_TRUE(Has(ev, "195", "-->SYR")) << Join(ev);
  // What is fired on is no event of its own.
  ev = Code("Gunmen opened fire on a Pakistani police patrol in Peshawar.");
  EXPECT_FALSE(Has(ev, "15", "")) << Join(ev);
  // Armed men who clash fight; protesters who clash riot.
  ev = Code("Iraqi Kurdish forces clashed with Iraqi troops near Kirkuk.");
  EXPECT_TRUE(Has(ev, "190", "IRQ->IRQ")) << Join(ev);
  ev = Code("Iraqi protesters clashed with police in Baghdad.");
  EXPECT_TRUE(Has(ev, "145", "IRQ->IRQ")) << Join(ev);
  ev = Code("Cameroonian separatists set fire to a school.");
  EXPECT_TRUE(Has(ev, "1712", "CMR->")) << Join(ev);
}

TEST_F(CoderTest, ProtestsThatBreakOutSomewhereAreItsPeoples) {
  auto ev = Code("Protests erupted in Khartoum after the coup.");
  EXPECT_TRUE(Has(ev, "141", "SDN->SDN")) << Join(ev);
  ev = Code("The protests in Cairo were peaceful.");
  EXPECT_FALSE(Has(ev, "14", "")) << Join(ev);
}

TEST_F(CoderTest, TheTwoAndTroopsSent) {
  auto ev = Code(
      "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi, "
      "and the two leaders agreed to reopen their embassies.");
  EXPECT_TRUE(Has(ev, "03", "KEN->SOM")) << Join(ev);
  EXPECT_TRUE(Has(ev, "03", "SOM->KEN")) << Join(ev);
  ev = Code("Kenya and Somalia held talks in Nairobi. The two countries cut ties in 2020.");
  EXPECT_TRUE(Has(ev, "161", "KEN->SOM")) << Join(ev);
  EXPECT_TRUE(Has(ev, "161", "SOM->KEN")) << Join(ev);
  // Coordinated subjects that recall envoys do not recall them from each other.
  ev = Code("Belgium and Britain recalled their ambassadors from Syria.");
  EXPECT_FALSE(Has(ev, "161", "BEL->GBR")) << Join(ev);
  // The troops sent are the sender's own; whom they help is the target.
  ev = Code("Kenya would send 500 more troops to help Somalia.");
  EXPECT_TRUE(Has(ev, "15", "KEN->SOM")) << Join(ev);
  EXPECT_FALSE(Has(ev, "15", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, TitleCaseHeadlines) {
  auto ev = Code("Russia Vetoes UN Resolution on Syria");
  EXPECT_TRUE(Has(ev, "129", "RUS->IGO")) << Join(ev);
  ev = Code("Kenyan Police Arrest 50 Protesters in Nairobi");
  EXPECT_TRUE(Has(ev, "173", "KEN->KEN")) << Join(ev);
  ev = Code("Somali Pirates Hijack Greek Tanker");
  EXPECT_TRUE(Has(ev, "18", "SOM->GRC")) << Join(ev);
  ev = Code("Thousands Protest Against Austerity in Athens");
  EXPECT_TRUE(Has(ev, "14", "GRC->GRC")) << Join(ev);
  ev = Code("Egypt Bans Muslim Brotherhood");
  EXPECT_TRUE(Has(ev, "17", "EGY->EGY")) << Join(ev);
  // A name run is not a verb: "United States" is no "unite".
  ev = Code("United States Sends Aid to Haiti");
  EXPECT_TRUE(Has(ev, "07", "USA->HTI")) << Join(ev);
}

TEST_F(CoderTest, ActivitiesNamedAndAdjectivalParticiples) {
  // An activity a noun is about did not take place here.
  auto ev = Code("Kenya banned the group over its involvement in killing.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // Time spent fighting is fighting.
  ev = Code("Kenyan troops captured the town after five days of fighting.");
  EXPECT_TRUE(Has(ev, "190", "KEN->")) << Join(ev);
  // "a heavily armed minority" was armed by no one here.
  ev = Code("Kenyan villagers fled a heavily armed gang.");
  EXPECT_FALSE(Has(ev, "07", "")) << Join(ev);
  // "in neighbouring Pakistan" names where the reporters are.
  ev = CodeFull(
      "Afghan rebels exploded bombs in Kabul, western diplomatic sources in neighboring "
      "Pakistan said.");
  EXPECT_FALSE(Has(ev, "18", "AFGREB->AFG ")) << Join(ev);
  for (const std::string& e : ev) EXPECT_EQ(e.find("->WST"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, BackgroundRelativesAndParticipleRemarks) {
  // An agentless passive in a relative clause about a place is background.
  auto ev = Code("Kenya lifted a curfew in Garissa, where 28 people have been killed this year.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  ev = Code("Kenya complained to Somalia over two raids in which it said 20 people were killed.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // With a doer, or in a main clause, it is an event.
  ev = Code("Twenty Kenyan villagers were killed in the raid.");
  EXPECT_TRUE(Has(ev, "19", "-->KEN")) << Join(ev);
  ev = Code("Kenya lifted a curfew in Garissa, where 28 people were killed by militants.");
  EXPECT_TRUE(Has(ev, "19", "")) << Join(ev);
  // ", describing it as ...": the remark belongs to the act before it.
  ev = Code("Serbia demanded a meeting of the Security Council, describing the attack as a crime.");
  EXPECT_TRUE(Has(ev, "10", "SRB->IGO")) << Join(ev);
  EXPECT_FALSE(Has(ev, "01", "")) << Join(ev);
}

TEST_F(CoderTest, CoordinatedTargetsOfFoldedActsAndBaseFormPasts) {
  auto ev = Code("Pakistan threatened to break off relations with Ghana and Costa Rica.");
  EXPECT_TRUE(Has(ev, "13", "PAK->GHA")) << Join(ev);
  EXPECT_TRUE(Has(ev, "13", "PAK->CRI")) << Join(ev);
  ev = Code("Pakistan cut ties with Ghana and Kenya.");
  EXPECT_TRUE(Has(ev, "161", "PAK->GHA")) << Join(ev);
  EXPECT_TRUE(Has(ev, "161", "PAK->KEN")) << Join(ev);
  ev = Code("Russia cut gas supplies to Ukraine.");
  EXPECT_TRUE(Has(ev, "16", "RUS->UKR")) << Join(ev);
}

TEST_F(CoderTest, WhatLiesOnABorderIsNotInTheNeighbour) {
  auto ev = Code("Burmese troops captured a rebel stronghold on the Thai border.");
  EXPECT_FALSE(Has(ev, "", "MMR->THA")) << Join(ev);
}

TEST_F(CoderTest, SidesMediatorsAndPossessorsOfOthers) {
  // "Fighting between X and Y" is each side's act on the other.
  auto ev = CodeFull("Fighting between Sudan's army and the Rapid Support Forces spread to Darfur.");
  EXPECT_TRUE(Has(ev, "190", "SDNMIL->SDNMILRSF")) << Join(ev);
  EXPECT_TRUE(Has(ev, "190", "SDNMILRSF->SDNMIL")) << Join(ev);
  // Co-mediators do not mediate between themselves.
  ev = Code("Egypt and South Sudan offered to mediate.");
  EXPECT_FALSE(Has(ev, "039", "EGY->SSD")) << Join(ev);
  // "its positions": another actor's, even of the same country.
  ev = CodeFull("The RSF said army warplanes had bombed its positions near the airport.");
  EXPECT_TRUE(Has(ev, "195", "SDNMIL->SDNMILRSF")) << Join(ev);
  // What the accused did is alleged, down to the means.
  ev = Code("The army accused the RSF of violating the truce by shelling Khartoum.");
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // Police who stop a protest repress it; protesters who stop it yield.
  ev = Code("Kenyan police stopped the protest.");
  EXPECT_TRUE(Has(ev, "175", "KEN->")) << Join(ev);
  ev = Code("Kenyan doctors stopped their strike.");
  EXPECT_TRUE(Has(ev, "082", "KEN->")) << Join(ev);
  // Sides that trade blame accuse each other.
  ev = Code("Ethiopia and Eritrea traded accusations.");
  EXPECT_TRUE(Has(ev, "11", "ETH->ERI")) << Join(ev);
}

TEST_F(CoderTest, DefinitePluralsPlacesInTheSlotAndTheWest) {
  auto ev = CodeFull(
      "Leaders of the Group of Seven pledged support for Ukraine. \"We will stand with "
      "Ukraine,\" the leaders said. They also called on China to press Russia.");
  EXPECT_TRUE(Has(ev, "", "IGOG7->UKR")) << Join(ev);
  EXPECT_TRUE(Has(ev, "02", "IGOG7->CHN")) << Join(ev);
  ev = Code("Zelenskiy arrived in Hiroshima on a French government plane.");
  EXPECT_TRUE(Has(ev, "042", "UKR->JPN")) << Join(ev);
  ev = CodeFull("Sergei Lavrov accused the West of seeking to contain Russia.");
  EXPECT_TRUE(Has(ev, "112", "RUSGOV->WST")) << Join(ev);
  ev = Code("Israeli troops entered the West Bank town of Jenin.");
  EXPECT_TRUE(Has(ev, "", "ISR->PSE")) << Join(ev);
}

TEST_F(CoderTest, GerundsUnderIntentsAndTroopsMassedOnABorder) {
  // "vowed to continue fighting" is a threat, not a fight.
  auto ev = Code("The Taliban vowed to continue fighting.");
  EXPECT_TRUE(Has(ev, "13", "AFG->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "19", "")) << Join(ev);
  // Still a fight when it goes on.
  ev = Code("Afghan police began firing tear gas at the protesters.");
  EXPECT_TRUE(Has(ev, "175", "AFG->AFG")) << Join(ev);
  // Troops massed on a border face the neighbour, and are the subject's.
  ev = Code("Russia massed troops on its border with Ukraine.");
  EXPECT_TRUE(Has(ev, "15", "RUS->UKR")) << Join(ev);
  EXPECT_FALSE(Has(ev, "15", "RUS->RUS")) << Join(ev);
}

TEST_F(CoderTest, ClaimedActsAreTheClaimants) {
  auto ev = CodeFull("Islamic State claimed responsibility for the bombing that killed 40 people.");
  EXPECT_TRUE(Has(ev, "015", "IMGREBISI->")) << Join(ev);
  EXPECT_TRUE(Has(ev, "18", "IMGREBISI->")) << Join(ev);
  ev = CodeFull("The Pakistani Taliban claimed the attack on the police station.");
  EXPECT_TRUE(Has(ev, "015", "PAKREBTTP->")) << Join(ev);
  EXPECT_TRUE(Has(ev, "190", "PAKREBTTP->")) << Join(ev);
}

TEST_F(CoderTest, SaidToBeBehindAnActIsBlamed) {
  auto ev = Code("Kenyan police said Somali militants were behind the attack.");
  EXPECT_TRUE(Has(ev, "112", "KEN->SOM")) << Join(ev);
  ev = Code("Somali militants were behind the bombing, Kenyan officials said.");
  EXPECT_TRUE(Has(ev, "112", "KEN->SOM")) << Join(ev);
}

TEST_F(CoderTest, WhatIsReceivedIsGivenByTheGiver) {
  auto ev = CodeFull("Ghana received a 3 billion dollar loan from the IMF.");
  EXPECT_TRUE(Has(ev, "071", "IGOIMF->GHA")) << Join(ev);
  ev = Code("Ukraine received more weapons from Germany.");
  EXPECT_TRUE(Has(ev, "072", "DEU->UKR")) << Join(ev);
}

TEST_F(CoderTest, AFlaggedShipIsItsState) {
  auto ev = Code("Iran seized a British-flagged tanker in the Strait of Hormuz.");
  EXPECT_TRUE(Has(ev, "17", "IRN->GBR")) << Join(ev);
}

// What a coded document says, in one string: every token's tag and lemma,
// every mention, place and event.
std::string Summary(const Document& doc) {
  std::string s;
  for (const Token& t : doc.tokens)
    s += std::string(TagName(t.tag)) + "/" + t.lemma + " ";
  for (const ActorMention& m : doc.mentions) s += "|" + m.code + ":" + m.name;
  for (const Place& p : doc.places) s += "|" + p.name + ":" + p.country;
  for (const Event& e : doc.events)
    s += "|" + e.cameo + ":" + std::to_string(e.source) + "->" +
         std::to_string(e.target);
  return s + "|" + std::to_string(doc.tone.word_count);
}

TEST_F(CoderTest, BatchCodesEachDocumentAsCodeAlone) {
  const std::vector<std::string> texts = {
      "Russia condemned the Syrian government's attack on Homs.",
      "SYRIAN TROOPS SHELL HOMS\n\nSyrian troops shelled Homs on Monday, "
      "killing 12 people.",
      "Kenyan police arrested 40 protesters in Nairobi, the interior minister "
      "said.",
      "Turkey recalled its ambassador from Damascus.",
  };
  std::vector<Document> alone(texts.size()), batch(texts.size());
  std::vector<Document*> docs;
  for (size_t i = 0; i < texts.size(); ++i) {
    testing::CodeBody(*coder_, texts[i], &alone[i]);
    ASSERT_TRUE(MakeDocument("t", texts[i], &batch[i]).ok());
    batch[i].first_line_is_headline = i == 1;
    batch[i].date = *Date::Parse("2012-02-07");
    docs.push_back(&batch[i]);
  }
  alone[1].first_line_is_headline = true;
  ASSERT_TRUE(coder_->Code(&alone[1]).ok());
  std::vector<Status> status(texts.size(), InvalidArgument("not coded"));
  coder_->CodeBatch(docs.data(), docs.size(), status.data());
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_TRUE(status[i].ok()) << i;
    EXPECT_FALSE(batch[i].events.empty()) << texts[i];
    EXPECT_EQ(Summary(batch[i]), Summary(alone[i])) << texts[i];
  }
}

TEST_F(CoderTest, AnOrderToStopPublishingIsTheRestriction) {
  auto ev = CodeFull("The Nicaraguan government ordered the opposition newspaper to suspend publication.");
  EXPECT_TRUE(Has(ev, "1721", "NICGOV->NICMED")) << Join(ev);
  // An order to another authority to act stays a demand.
  ev = Code("The Kenyan court ordered the government to release the journalists.");
  EXPECT_TRUE(Has(ev, "10", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, ViolatingACeasefireAgreement) {
  auto ev = Code("Both the Philippine military and the rebels are guilty of violating the ceasefire "
                 "agreement signed in March.");
  EXPECT_TRUE(Has(ev, "196", "PHL->")) << Join(ev);
}

TEST_F(CoderTest, PushingForIsADemand) {
  auto ev = Code("France pushed for sanctions against Iran.");
  EXPECT_TRUE(Has(ev, "10", "FRA->IRN")) << Join(ev);
  // An opening phrase before a determiner is not part of the subject.
  ev = Code("According to reports the UK is pushing hard for the US to support the plan.");
  EXPECT_TRUE(Has(ev, "", "GBR->USA")) << Join(ev);
}

TEST_F(CoderTest, AGovernmentThatEasesRestrictionsYieldsToItsPeople) {
  auto ev = Code("The Sri Lankan government lifted the state of emergency.");
  EXPECT_TRUE(Has(ev, "081", "LKA->LKA")) << Join(ev);
  // A withdrawal is no concession to the army's own people.
  ev = Code("The Kenyan army withdrew from the town.");
  EXPECT_FALSE(Has(ev, "087", "KEN->KEN")) << Join(ev);
}

TEST_F(CoderTest, HisCounterpartIsAnotherCountrys) {
  auto ev = Code("The Kenyan foreign minister held telephone talks with his Ethiopian counterpart.");
  EXPECT_TRUE(Has(ev, "04", "KEN->ETH")) << Join(ev);
  // "its ambassador" is still the source's own.
  ev = Code("Italy recalled its ambassador from Syria.");
  EXPECT_TRUE(Has(ev, "161", "ITA->SYR")) << Join(ev);
}

TEST_F(CoderTest, WhatIsCalledForHasNotHappened) {
  // "calling for X to step down" codes no resignation by anyone.
  auto ev = Code("Kenyan activists are calling for President Ruto to step down.");
  EXPECT_FALSE(Has(ev, "083", "")) << Join(ev);
  // One's own government is not what one visits.
  ev = CodeFull("Lavrov said ahead of his visit that condemnation of Moscow's veto was hysteria.");
  EXPECT_FALSE(Has(ev, "042", "RUSGOV->RUSGOV")) << Join(ev);
}

TEST_F(CoderTest, PressedIntoAndStatementsHaveNoComplementTarget) {
  auto ev = Code("Russia tried to press Syria into implementing democratic reforms.");
  EXPECT_FALSE(Has(ev, "083", "")) << Join(ev);
  ev = CodeFull("Italy said its embassy would remain open.");
  EXPECT_FALSE(Has(ev, "01", "ITA->ITAGOV")) << Join(ev);
}

TEST_F(CoderTest, CalledForContentStillRefinesTheAppeal) {
  // The content of an appeal makes it specific even after "for" + doer.
  auto ev = Code("The UN called for both Kenyan sides to respect the ceasefire.");
  EXPECT_TRUE(Has(ev, "025", "IGO->")) << Join(ev);
  // With no one calling, the content is still not a fact.
  ev = Code("The plan calls for Israeli troops to pull out of Gaza.");
  EXPECT_FALSE(Has(ev, "08", "")) << Join(ev);
}

TEST_F(CoderTest, StandingDescriptionsAreNoActs) {
  // Who holds or contests a place is its state, not the day's act.
  auto ev = Code(
      "Argentina apologized to Brazil for an incident in the Beagle Channel, "
      "disputed by Argentina and Chile.");
  EXPECT_TRUE(Has(ev, "055", "ARG->BRA")) << Join(ev);
  EXPECT_FALSE(Has(ev, "11", "")) << Join(ev);
  ev = Code(
      "The Lebanese army arrested a man suspected of planning attacks on "
      "churches.");
  EXPECT_TRUE(Has(ev, "173", "LBN->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "112", "")) << Join(ev);
  ev = Code("The Golan Heights, occupied by Israel since 1967, were quiet.");
  EXPECT_FALSE(Has(ev, "192", "")) << Join(ev);
  // Taking the town on the day is an act.
  ev = Code(
      "The town, captured by Syrian rebels on Monday, was shelled by the "
      "Syrian army.");
  EXPECT_TRUE(Has(ev, "19", "SYR->")) << Join(ev);
}

TEST_F(CoderTest, ByPhraseAfterAnInsertionIsTheAgent) {
  auto ev = CodeFull(
      "The former minister has been accused of stealing public funds, much of "
      "it never recovered, by the new government of Ghana.");
  EXPECT_TRUE(Has(ev, "112", "GHAGOV->")) << Join(ev);
  // Even past a participle with a by-phrase of its own inside it.
  ev = CodeFull(
      "The former minister has been accused of stealing public funds, much of "
      "it believed to have been hidden, by the new government of Ghana.");
  EXPECT_TRUE(Has(ev, "112", "GHAGOV->")) << Join(ev);
  // A coordinated clause has its own by-phrase.
  ev = CodeFull(
      "The minister was accused of theft, and the money was found by the "
      "police.");
  EXPECT_FALSE(Has(ev, "112", "GHACOP->")) << Join(ev);
}

TEST_F(CoderTest, PassiveSubjectStandsForTheObject) {
  // The pattern's object, moved to the subject, still makes the event.
  auto ev = CodeFull(
      "New sanctions were imposed on Iran by the European Union on Monday.");
  EXPECT_TRUE(Has(ev, "163", "IGOEEC->IRN")) << Join(ev);
  ev = Code("Humanitarian aid was sent to Gaza by Egypt.");
  EXPECT_TRUE(Has(ev, "073", "EGY->PSE")) << Join(ev);
  ev = Code("A peace agreement was signed by Ethiopia and Eritrea in Riyadh.");
  EXPECT_TRUE(Has(ev, "057", "ETH->ERI")) << Join(ev);
  EXPECT_TRUE(Has(ev, "057", "ERI->ETH")) << Join(ev);
  // With no doer named, the subject's own envoy names the one recalling.
  ev = Code("The Iranian ambassador was recalled from Denmark.");
  EXPECT_TRUE(Has(ev, "161", "IRN->DNK")) << Join(ev);
  ev = Code("The town was captured by Syrian rebels on Monday.");
  EXPECT_TRUE(Has(ev, "192", "SYR->")) << Join(ev);
  // "no deadline had been set": denied by its subject.
  ev = Code(
      "No deadline had been set by Washington for the removal of Iraqi "
      "troops.");
  EXPECT_FALSE(Has(ev, "1", "USA->")) << Join(ev);
  // The statement that reports is no event of its own: the ministry's
  // saying is the one statement.
  ev = Code(
      "A statement issued by the Kenyan ministry said the talks would resume.");
  EXPECT_EQ(
      std::count_if(ev.begin(), ev.end(),
                    [](const std::string& e) { return e.starts_with("01"); }),
      1)
      << Join(ev);
}

TEST_F(CoderTest, GerundAfterForIsAPurpose) {
  auto ev = Code(
      "A Kenyan judge ordered the former minister to appear for questioning.");
  EXPECT_TRUE(Has(ev, "10", "KEN->KEN")) << Join(ev);
  EXPECT_FALSE(Has(ev, "11", "")) << Join(ev);
  ev =
      Code("Egyptian police detained two Israeli journalists for questioning.");
  EXPECT_TRUE(Has(ev, "173", "EGY->ISR")) << Join(ev);
  EXPECT_FALSE(Has(ev, "11", "")) << Join(ev);
}

TEST_F(CoderTest, AStatesAllyIsNotItsOwnForce) {
  auto ev = Code("Gunmen attacked Iran's militia allies in Iraq.");
  EXPECT_TRUE(Has(ev, "18", "IRQ->IRQ")) << Join(ev);
  // Its own militia still is.
  ev = Code("Gunmen attacked Iran's militia in Iraq.");
  EXPECT_TRUE(Has(ev, "18", "IRN->IRN") || Has(ev, "18", "IRQ->IRN"))
      << Join(ev);
}

TEST_F(CoderTest, BrokerOfAnAccordIsNotItsTarget) {
  auto ev = CodeFull(
      "Sudan's army and the Rapid Support Forces agreed to a ceasefire "
      "brokered by the United States.");
  EXPECT_FALSE(Has(ev, "03", "SDNMIL->USA")) << Join(ev);
  EXPECT_TRUE(Has(ev, "0356", "SDNMIL->SDNMILRSF")) << Join(ev);
  // The doer of a crime still is: "crimes committed by Croat forces".
  ev = Code(
      "Serbia launched an investigation into crimes committed by Croatian "
      "forces.");
  EXPECT_TRUE(Has(ev, "09", "SRB->HRV")) << Join(ev);
}

TEST_F(CoderTest, VowToContinueAnOffensiveIsAThreat) {
  auto ev =
      Code("Israel's prime minister vowed to continue the offensive in Gaza.");
  EXPECT_TRUE(Has(ev, "138", "ISR->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "03", "")) << Join(ev);
}

TEST_F(CoderTest, AnActsByPhraseNamesItsDoer) {
  auto ev =
      Code("A hunger strike by Palestinian prisoners entered its third week.");
  EXPECT_TRUE(Has(ev, "142", "PSE->")) << Join(ev);
  // An act as the subject acts through its doer, behind its PPs.
  ev = Code("The attack by Russian forces on Kharkiv killed ten civilians.");
  EXPECT_TRUE(Has(ev, "19", "RUS->UKR")) << Join(ev);
  // A sentence that opens with a preposition has no subject there.
  ev = Code("In the attack on Kharkiv by Russian forces, ten civilians died.");
  EXPECT_FALSE(Has(ev, "", "UKR->")) << Join(ev);
}

TEST_F(CoderTest, ACommaAloneMakesNoList) {
  // "the Israeli military, officials said": the speaker is no second target.
  auto ev = CodeFull(
      "Palestinian youths threw stones at the Israeli military, officials "
      "said.");
  EXPECT_TRUE(Has(ev, "145", "PSECVL->ISRMIL")) << Join(ev);
  EXPECT_EQ(ev.size(), 1u) << Join(ev);
  // A list that "and" closes is one.
  ev = Code("Pakistan cut ties with Ghana, Kenya and Togo.");
  EXPECT_TRUE(Has(ev, "16", "PAK->KEN")) << Join(ev);
  EXPECT_TRUE(Has(ev, "16", "PAK->TGO")) << Join(ev);
}

TEST_F(CoderTest, WarningOfWhatMayHappenIsPessimism) {
  auto ev = CodeFull(
      "The United Nations warned that the fighting could spill over into "
      "neighbouring countries.");
  EXPECT_TRUE(Has(ev, "012", "IGOUNO->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "13", "")) << Join(ev);
  // An acronym in capitals is a name, not "who".
  ev = CodeFull("The WHO warned of a cholera outbreak in Yemen.");
  EXPECT_TRUE(Has(ev, "012", "IGOUNOWHO->")) << Join(ev);
  // One's own possible act is a threat.
  ev = Code("Russia warned that it could retaliate against any attack.");
  EXPECT_TRUE(Has(ev, "13", "RUS->")) << Join(ev);
}

TEST_F(CoderTest, ATownNearABorderIsNotTheNeighbours) {
  auto ev = Code(
      "Ethiopian forces captured the town of Humera near the border with "
      "Sudan.");
  EXPECT_TRUE(Has(ev, "192", "ETH->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "192", "ETH->SDN")) << Join(ev);
}

TEST_F(CoderTest, NominalActsTheirDoersPlacesAndWhatTheySetOff) {
  auto ev = CodeFull(
      "The arrest of the opposition leader by Ugandan police prompted riots in "
      "Kampala.");
  EXPECT_TRUE(Has(ev, "173", "UGACOP->UGAOPP")) << Join(ev);
  EXPECT_TRUE(Has(ev, "145", "UGAOPP->UGAGOV")) << Join(ev);
  ev = Code(
      "After the collapse of the talks, Israel resumed air strikes on Gaza.");
  EXPECT_TRUE(Has(ev, "195", "ISR->PSE")) << Join(ev);
  ev = Code("The killing of the journalist sparked protests across Mexico.");
  EXPECT_TRUE(Has(ev, "14", "MEX->MEX")) << Join(ev);
}

TEST_F(CoderTest, AListOfVerbsSharesSubjectAndObject) {
  auto ev = CodeFull(
      "Kenyan police beat, arrested and detained dozens of protesters.");
  EXPECT_TRUE(Has(ev, "18", "KENCOP->KENOPP")) << Join(ev);
  EXPECT_TRUE(Has(ev, "173", "KENCOP->KENOPP")) << Join(ev);
  for (const std::string& e : ev)
    EXPECT_EQ(e.find(" -"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, ASubjectThatDeniesItselfNegates) {
  auto ev = Code("Neither Russia nor Ukraine commented on the report.");
  EXPECT_TRUE(ev.empty()) << Join(ev);
  ev = Code("None of the Syrian rebels attacked the town.");
  EXPECT_TRUE(ev.empty()) << Join(ev);
  // "Nobel" or a number is no denial.
  ev = Code("Norway's Nobel committee praised Ethiopia.");
  EXPECT_TRUE(Has(ev, "051", "NOR->ETH")) << Join(ev);
}

TEST_F(CoderTest, AidGoesWhereItsRecipientsAre) {
  auto ev = CodeFull(
      "India sent medical teams to help earthquake victims in Turkey.");
  EXPECT_TRUE(Has(ev, "073", "IND->TURCVL")) << Join(ev);
  ev = CodeFull("The WFP delivered food to 200,000 people in Ethiopia.");
  EXPECT_TRUE(Has(ev, "073", "IGOUNOWFP->ETHCVL")) << Join(ev);
  ev = CodeFull("The rebels handed over their weapons to UN peacekeepers.");
  EXPECT_TRUE(Has(ev, "0873", "REB->IGOUNOPKO")) << Join(ev);
}

TEST_F(CoderTest, ACoupAndAHouseArrest) {
  auto ev = CodeFull(
      "Army officers in Gabon seized power on Wednesday, placing President Ali "
      "Bongo under house arrest.");
  EXPECT_TRUE(Has(ev, "180", "GABMIL->")) << Join(ev);
  EXPECT_FALSE(Has(ev, "171", "")) << Join(ev);
  EXPECT_TRUE(Has(ev, "173", "GABMIL->GAB")) << Join(ev);
  // Seizing goods is still seizing goods.
  ev = Code("Kenyan police seized weapons in Mombasa.");
  EXPECT_TRUE(Has(ev, "171", "KEN->")) << Join(ev);
}

TEST_F(CoderTest, CullsAreNoViolence) {
  auto ev = Code(
      "Romanian farmers killed thousands of birds to contain the outbreak.");
  EXPECT_TRUE(ev.empty()) << Join(ev);
  ev = Code("Thousands of birds have been killed in Romania.");
  EXPECT_TRUE(ev.empty()) << Join(ev);
  // People are people, in the passive too.
  ev =
      Code("Dozens of Syrian civilians have been killed by government forces.");
  EXPECT_TRUE(Has(ev, "20", "SYR->SYR")) << Join(ev);
}

TEST_F(CoderTest, TheTwoKoreasAndWeaponsAsMeans) {
  auto ev = Code("The two Koreas agreed to hold military talks next month.");
  EXPECT_TRUE(Has(ev, "036", "KOR->PRK")) << Join(ev);
  EXPECT_TRUE(Has(ev, "036", "PRK->KOR")) << Join(ev);
  // A weapon fired is the means; one attacked is a target.
  ev = CodeFull("Both Koreas fired artillery near the border.");
  for (const std::string& e : ev)
    EXPECT_EQ(e.find("->MIL"), std::string::npos) << Join(ev);
  ev = CodeFull("Russian forces attacked Ukrainian tanks near Kharkiv.");
  EXPECT_TRUE(Has(ev, "19", "RUSMIL->UKRMIL")) << Join(ev);
}

TEST_F(CoderTest, ListsOfActorsWithCommasAndOf) {
  auto ev = Code(
      "Egypt, Qatar and the United States are mediating between Israel and "
      "Hamas.");
  EXPECT_TRUE(Has(ev, "045", "EGY->ISR")) << Join(ev);
  EXPECT_TRUE(Has(ev, "045", "USA->ISR")) << Join(ev);
  ev = CodeFull(
      "The foreign ministers of India and China met in Moscow on Thursday.");
  EXPECT_TRUE(Has(ev, "040", "INDGOV->CHNGOV")) << Join(ev);
  EXPECT_TRUE(Has(ev, "040", "CHNGOV->INDGOV")) << Join(ev);
  // An opening time word is no list item.
  ev = Code("Yesterday, Qatar and Egypt resumed talks.");
  for (const std::string& e : ev)
    EXPECT_EQ(e.find(" -"), std::string::npos) << Join(ev);
}

TEST_F(CoderTest, JusticeDepartmentsAndUpgradedRelations) {
  auto ev = CodeFull("The US Justice Department indicted two Chinese hackers.");
  EXPECT_TRUE(Has(ev, "173", "USAJUD->")) << Join(ev);
  ev = Code(
      "The United States and Vietnam upgraded their relations to a strategic "
      "partnership.");
  EXPECT_TRUE(Has(ev, "054", "USA->VNM")) << Join(ev);
  EXPECT_TRUE(Has(ev, "054", "VNM->USA")) << Join(ev);
}

TEST_F(CoderTest, ThreatsOfNonForce) {
  auto ev =
      Code("Ryanair threatened legal action against the Irish government.");
  EXPECT_TRUE(Has(ev, "131", "-->IRL")) << Join(ev);
  EXPECT_FALSE(Has(ev, "138", "")) << Join(ev);
  // Threatening to halt talks is 134, not a threat to cut aid.
  ev = Code("The Kenyan opposition threatened to walk out of the talks.");
  EXPECT_TRUE(Has(ev, "134", "KEN->")) << Join(ev);
}

TEST_F(CoderTest, ArmedMenStormAndAnEmbassyIsAbroad) {
  // What protesters do violently, armed men do as an attack.
  auto ev =
      Code("Pakistani Taliban militants stormed a police station in Bannu.");
  EXPECT_TRUE(Has(ev, "180", "PAK->PAK")) << Join(ev);
  EXPECT_FALSE(Has(ev, "145", "")) << Join(ev);
  ev = Code("Protesters stormed the parliament in Baghdad.");
  EXPECT_TRUE(Has(ev, "145", "IRQ->IRQ")) << Join(ev);
  // A state's embassy does not make the crowd that state's.
  ev = Code("Angry crowds set fire to the French embassy in Niamey.");
  EXPECT_TRUE(Has(ev, "145", "NER->FRA")) << Join(ev);
}

TEST_F(CoderTest, WhereTheTwoSidesMetIsNoSide) {
  auto ev = CodeFull(
      "Iran's foreign minister met his Saudi counterpart in Beijing, where the "
      "two sides agreed to restore ties.");
  EXPECT_TRUE(Has(ev, "03", "IRNGOV->SAU")) << Join(ev);
  for (const std::string& e : ev)
    EXPECT_EQ(e.find("CHN"), std::string::npos) << Join(ev);
  // A body takes a member back.
  ev = Code("The African Union lifted Mali's suspension.");
  EXPECT_TRUE(Has(ev, "081", "IGO->MLI")) << Join(ev);
}

TEST_F(CoderTest, IncursionsAreShowsOfForce) {
  auto ev = Code("Chinese warships entered Taiwan's territorial waters, Taipei said.");
  EXPECT_TRUE(Has(ev, "150", "CHN->TWN")) << Join(ev);
  ev = Code("Russian jets violated Estonian airspace on Friday.");
  EXPECT_TRUE(Has(ev, "150", "RUS->EST")) << Join(ev);
}

TEST_F(CoderTest, PressureIsADemand) {
  auto ev = CodeFull(
      "The Kenyan government has been pressuring workers to end their strike.");
  EXPECT_TRUE(Has(ev, "10", "KENGOV->KENLAB")) << Join(ev);
  EXPECT_FALSE(Has(ev, "17", "")) << Join(ev);
  ev = CodeFull(
      "Washington stepped up pressure on Pyongyang over its nuclear "
      "programme.");
  EXPECT_TRUE(Has(ev, "100", "USAGOV->PRKGOV")) << Join(ev);
}

}  // namespace
}  // namespace dyad
