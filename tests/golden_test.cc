// Golden test on the project's own sample article: the events listed in
// tests/golden/sample_article.events.tsv must be coded, nothing is coded
// from the caption, the heading or the credit line, and places, counts,
// quotes and dates come out as the article states them.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "dyad/dyad.h"
#include "test_util.h"

namespace dyad {
namespace {

struct Expected {
  std::string words, cameo, source, target;
};

std::vector<Expected> ReadExpected() {
  std::vector<Expected> out;
  std::ifstream in(testing::SourceDir() + "/tests/golden/sample_article.events.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Expected e;
    std::getline(fields, e.words, '\t');
    std::getline(fields, e.cameo, '\t');
    std::getline(fields, e.source, '\t');
    std::getline(fields, e.target, '\t');
    out.push_back(e);
  }
  return out;
}

class GoldenTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    CoderOptions options;
    options.data_dir = testing::DataDir();
    ASSERT_TRUE(Coder::Create(options, &coder_).ok());
    doc_ = new Document();
    std::string raw = testing::ReadFile(testing::SourceDir() + "/samples/sample_article.txt");
    ASSERT_TRUE(MakeDocument("sample", raw, doc_).ok());
    doc_->date = *Date::Parse("2023-08-15");
    ASSERT_TRUE(coder_->Code(doc_).ok());
  }
  static void TearDownTestSuite() {
    delete doc_;
    coder_.reset();
  }
  static std::string Country(uint32_t m) { return m == kNone ? "" : doc_->mentions[m].country; }
  static std::unique_ptr<Coder> coder_;
  static Document* doc_;
};
std::unique_ptr<Coder> GoldenTest::coder_;
Document* GoldenTest::doc_ = nullptr;

TEST_F(GoldenTest, ExpectedEventsAreCoded) {
  std::vector<Expected> expected = ReadExpected();
  ASSERT_GE(expected.size(), 9u);
  for (const Expected& x : expected) {
    bool found = false;
    for (const Event& e : doc_->events) {
      std::string_view sentence = doc_->Text(doc_->sentences[e.sentence].span);
      if (sentence.find(x.words) == std::string_view::npos) continue;
      if (e.cameo.compare(0, x.cameo.size(), x.cameo) != 0) continue;
      if (x.source != "-" && Country(e.source) != x.source) continue;
      if (x.target != "-" && Country(e.target) != x.target) continue;
      found = true;
    }
    EXPECT_TRUE(found) << x.words << " " << x.cameo << " " << x.source << " -> " << x.target;
  }
}

TEST_F(GoldenTest, NothingCodedOutsideTheBody) {
  for (const Event& e : doc_->events) {
    BlockKind kind = doc_->blocks[doc_->sentences[e.sentence].block].kind;
    EXPECT_TRUE(kind == BlockKind::kHeadline || kind == BlockKind::kStandfirst ||
                kind == BlockKind::kBody);
  }
  int captions = 0, headings = 0, credits = 0;
  for (const Block& b : doc_->blocks) {
    captions += b.kind == BlockKind::kCaption;
    headings += b.kind == BlockKind::kHeading;
    credits += b.kind == BlockKind::kCredit;
  }
  EXPECT_EQ(captions, 1);
  EXPECT_EQ(headings, 1);
  EXPECT_EQ(credits, 1);
}

TEST_F(GoldenTest, CountsPlacesQuotesAndDates) {
  bool killed12 = false, arrested14 = false, protest = false;
  for (const Count& c : doc_->counts) {
    killed12 |= c.type == CountType::kKill && c.number == 12;
    arrested14 |= c.type == CountType::kArrest && c.number == 14;
    protest |= c.type == CountType::kProtest && c.number >= 2000;
  }
  EXPECT_TRUE(killed12);
  EXPECT_TRUE(arrested14);
  EXPECT_TRUE(protest);
  bool niamey = false;
  for (const Place& p : doc_->places)
    niamey |= p.name.find("Niamey") != std::string::npos &&
              std::fabs(p.lat - 13.51) < 0.5 && std::fabs(p.lon - 2.11) < 0.5;
  EXPECT_TRUE(niamey);
  bool touray = false;
  for (const Quote& q : doc_->quotes)
    touray |= doc_->Text(q.speaker_span).find("Touray") != std::string_view::npos ||
              (q.speaker != kNone && doc_->mentions[q.speaker].name.find("Touray") != std::string::npos);
  EXPECT_TRUE(touray);
  bool sunday = false;
  for (const DateMention& d : doc_->dates) sunday |= d.date.ToString() == "2023-08-13";
  EXPECT_TRUE(sunday);
}

}  // namespace
}  // namespace dyad
