// The event coder's rules, one sentence each, through the whole pipeline:
// voice, negation, modality, compound actors, reported demands, intents,
// folded infinitives and the actor refinements of the coder.
#include <gtest/gtest.h>

#include "dyad/dyad.h"
#include "coder_util.h"

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
  for (const Event& e : doc.events)
    if (e.cameo.rfind("19", 0) == 0)
      EXPECT_TRUE(e.flags & static_cast<uint8_t>(EventFlag::kHypothetical));
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

}  // namespace
}  // namespace dyad
