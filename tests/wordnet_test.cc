// The reviewed WordNet expansion of bare verb heads (tools/data/
// expand_verbs.cc): every proposal has a decision, only accepted synonyms
// reach the dictionary, and through the whole pipeline an accepted synonym
// codes like its head while a rejected one does not inherit the head's code.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/dyad.h"
#include "coder_util.h"

namespace dyad {
namespace {

struct Proposal {
  std::string synonym, head, code, status;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string f;
  while (std::getline(ss, f, '\t')) out.push_back(f);
  return out;
}

// build/wordnet_proposals.tsv, written by the build with each status.
std::vector<Proposal> ReadProposals() {
  std::stringstream in(testing::ReadFile(std::string(DYAD_BINARY_DIR) +
                                         "/wordnet_proposals.tsv"));
  std::vector<Proposal> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() >= 4) out.push_back({f[0], f[1], f[2], f[3]});
  }
  return out;
}

// Synonym -> code of the generated pattern file.
std::map<std::string, std::string> ReadGenerated() {
  std::stringstream in(
      testing::ReadFile(testing::DataDir() + "/verbs/90_wordnet.txt"));
  std::map<std::string, std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() >= 2) out[f[1]] = f[0];
  }
  return out;
}

const Proposal* Find(const std::vector<Proposal>& all, const std::string& syn,
                     const std::string& head) {
  for (const Proposal& p : all)
    if (p.synonym == syn && p.head == head) return &p;
  return nullptr;
}

TEST(WordnetReviewTest, EveryProposalIsReviewed) {
  std::vector<Proposal> all = ReadProposals();
  ASSERT_FALSE(all.empty())
      << "no build/wordnet_proposals.tsv; build dyad_data";
  int accepted = 0, rejected = 0;
  std::string unreviewed;
  for (const Proposal& p : all) {
    if (p.status == "accept") ++accepted;
    if (p.status == "reject") ++rejected;
    if (p.status == "unreviewed")
      unreviewed += "\n  " + p.synonym + "\t" + p.head + "\t" + p.code;
  }
  ::testing::Test::RecordProperty("accepted", accepted);
  ::testing::Test::RecordProperty("rejected", rejected);
  // A new WordNet or new heads bring new proposals: they stay out of the
  // dictionary until decided, and this says which to decide.
  EXPECT_TRUE(unreviewed.empty())
      << "WordNet proposals without a decision; add them to "
         "data/verbs/wordnet_review.tsv:"
      << unreviewed;
}

TEST(WordnetReviewTest, OnlyAcceptedSynonymsAreGenerated) {
  std::vector<Proposal> all = ReadProposals();
  std::map<std::string, std::string> generated = ReadGenerated();
  ASSERT_FALSE(generated.empty());
  std::set<std::string> accepted;
  for (const Proposal& p : all) {
    if (p.status != "accept") continue;
    accepted.insert(p.synonym);
    auto it = generated.find(p.synonym);
    ASSERT_NE(it, generated.end()) << p.synonym;
    EXPECT_EQ(it->second, p.code) << p.synonym;
  }
  for (const auto& [syn, code] : generated)
    EXPECT_TRUE(accepted.count(syn)) << syn << " generated but not accepted";
}

class WordnetCodingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    coder_ = testing::LoadCoder();
    ASSERT_NE(coder_, nullptr);
  }
  static void TearDownTestSuite() { coder_.reset(); }

  // The CAMEO codes of the sentence's events.
  static std::vector<std::string> Codes(const std::string& text) {
    Document doc;
    testing::CodeBody(*coder_, text, &doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.cameo);
    return out;
  }

  static std::string Join(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& c : v) s += c + " ";
    return s;
  }

  static std::unique_ptr<Coder> coder_;
};
std::unique_ptr<Coder> WordnetCodingTest::coder_;

struct Pair {
  const char* synonym;
  const char* head;
  const char* with_head;     // a sentence whose verb is the head
  const char* with_synonym;  // the same sentence with the synonym
};

TEST_F(WordnetCodingTest, AcceptedSynonymCodesLikeItsHead) {
  const Pair pairs[] = {
      {"upbraid", "reproach", "France reproached Germany over the budget.",
       "France upbraided Germany over the budget."},
      {"subdue", "repress",
       "Egyptian police repressed the protesters in Cairo.",
       "Egyptian police subdued the protesters in Cairo."},
      // A phrasal synonym, matched as a multiword head.
      {"beat_back", "repel",
       "Syrian troops repelled a Turkish attack on Monday.",
       "Syrian troops beat back a Turkish attack on Monday."},
  };
  std::vector<Proposal> all = ReadProposals();
  for (const Pair& p : pairs) {
    const Proposal* prop = Find(all, p.synonym, p.head);
    ASSERT_NE(prop, nullptr) << p.synonym << " is no longer proposed";
    ASSERT_EQ(prop->status, "accept") << p.synonym;
    std::vector<std::string> head = Codes(p.with_head);
    std::vector<std::string> syn = Codes(p.with_synonym);
    ASSERT_EQ(head.size(), 1u) << p.with_head << ": " << Join(head);
    EXPECT_EQ(head[0], prop->code) << p.with_head;
    ASSERT_EQ(syn.size(), 1u) << p.with_synonym << ": " << Join(syn);
    EXPECT_EQ(syn[0], prop->code) << p.with_synonym;
  }
}

TEST_F(WordnetCodingTest, RejectedSynonymDoesNotInheritTheCode) {
  const Pair pairs[] = {
      // "Liberate" a town is a capture, not a release of prisoners (0841).
      {"liberate", "free", "Syrian troops freed the town of Homs.",
       "Syrian troops liberated the town of Homs."},
      // A risk is not a threat made (130).
      {"endanger", "threaten", "Iran threatens Israel.",
       "Iran endangers Israel."},
  };
  std::vector<Proposal> all = ReadProposals();
  for (const Pair& p : pairs) {
    const Proposal* prop = Find(all, p.synonym, p.head);
    ASSERT_NE(prop, nullptr) << p.synonym << " is no longer proposed";
    ASSERT_EQ(prop->status, "reject") << p.synonym;
    std::vector<std::string> head = Codes(p.with_head);
    ASSERT_FALSE(head.empty()) << p.with_head;
    EXPECT_EQ(head[0], prop->code) << p.with_head;  // the code it would get
    for (const std::string& c : Codes(p.with_synonym))
      EXPECT_NE(c, prop->code) << p.with_synonym;
  }
}

}  // namespace
}  // namespace dyad
