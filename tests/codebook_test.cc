// Tests for the CAMEO codebook table and its loader.
#include "events/codebook.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace dyad {
namespace {

std::string CodebookPath() {
  std::string p = testing::DataDir() + "/cameo/codebook.tsv";
  if (std::filesystem::exists(p)) return p;
  return testing::SourceDir() + "/data/cameo/codebook.tsv";
}

class CodebookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = Codebook::Load(CodebookPath(), &book_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<Codebook> book_;
};

TEST_F(CodebookTest, SpotChecks) {
  const CameoCode* c = book_->Find("046");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "046");
  EXPECT_EQ(c->name, "Engage in negotiation");
  EXPECT_DOUBLE_EQ(c->goldstein, 7.0);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->plover, "CONSULT");

  c = book_->Find("129");  // blank in the source table: inherits 12's -4.0
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Veto");
  EXPECT_DOUBLE_EQ(c->goldstein, -4.0);
  EXPECT_EQ(c->quad_class, 3);
  EXPECT_EQ(c->plover, "REJECT");

  c = book_->Find("161");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Reduce or break diplomatic relations");
  EXPECT_DOUBLE_EQ(c->goldstein, -4.0);
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_EQ(c->plover, "SANCTION");

  c = book_->Find("190");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, -10.0);
  EXPECT_EQ(c->plover, "ASSAULT");

  c = book_->Find("195");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Employ aerial weapons");

  c = book_->Find("0355");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, 7.0);
  EXPECT_EQ(c->plover, "AGREE");

  c = book_->Find("111");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Criticize or denounce");
  EXPECT_EQ(c->plover, "ACCUSE");

  c = book_->Find("112");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Accuse");
  EXPECT_DOUBLE_EQ(c->goldstein, -2.0);

  c = book_->Find("016");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Deny responsibility");
  EXPECT_EQ(c->plover, "");  // root 01 has no PLOVER category
  EXPECT_EQ(c->quad_class, 1);
}

TEST_F(CodebookTest, PloverSplitsYield) {
  // PLOVER puts 081-083 under CONCEDE and 084-087 under RETREAT.
  EXPECT_EQ(book_->Find("08")->plover, "CONCEDE");
  EXPECT_EQ(book_->Find("081")->plover, "CONCEDE");
  EXPECT_EQ(book_->Find("0831")->plover, "CONCEDE");
  EXPECT_EQ(book_->Find("084")->plover, "RETREAT");
  EXPECT_EQ(book_->Find("0871")->plover, "RETREAT");
  EXPECT_EQ(book_->Find("0813")->plover, "RETREAT");
  EXPECT_EQ(book_->Find("163")->plover, "COERCE");
  EXPECT_EQ(book_->Find("020")->plover, "");
  EXPECT_EQ(book_->Find("1712")->plover, "ASSAULT");
}

TEST_F(CodebookTest, InheritedGoldstein) {
  // 0251 has no value of its own; its parent 025 has -0.3.
  EXPECT_DOUBLE_EQ(book_->Find("0251")->goldstein, -0.3);
  EXPECT_DOUBLE_EQ(book_->Find("116")->goldstein, -2.0);
  EXPECT_DOUBLE_EQ(book_->Find("1661")->goldstein, -8.0);
}

TEST_F(CodebookTest, UnknownCodesFallBackOrFail) {
  const CameoCode* c = book_->Find("0469");  // not listed: parent 046
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "046");
  EXPECT_EQ(book_->Find(""), nullptr);
  EXPECT_EQ(book_->Find("9"), nullptr);
  EXPECT_EQ(book_->Find("999"), nullptr);
  EXPECT_EQ(book_->Find("zz\xff"), nullptr);
  // A prefix counts only up to the first character that is not a digit,
  // and codes longer than four digits fall back to their listed parents.
  c = book_->Find("04x6");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "04");
  c = book_->Find("046999");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "046");
}

TEST_F(CodebookTest, AllTwentyRootsPresent) {
  for (int r = 1; r <= 20; ++r) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", r);
    const CameoCode* c = book_->Find(buf);
    ASSERT_NE(c, nullptr) << buf;
    EXPECT_EQ(c->code, buf);
    EXPECT_GE(c->quad_class, 1);
    EXPECT_LE(c->quad_class, 4);
  }
}

TEST(CodebookLoad, MissingAndMalformed) {
  std::unique_ptr<Codebook> book;
  EXPECT_FALSE(Codebook::Load("/nonexistent/codebook.tsv", &book).ok());
  std::string path =
      (std::filesystem::temp_directory_path() / "dyad_bad_codebook.tsv")
          .string();
  {
    std::ofstream out(path);
    out << "# header\n046\tx\t7.0\tCONSULT\tname\n";
  }
  EXPECT_FALSE(Codebook::Load(path, &book).ok());
  std::filesystem::remove(path);
}

TEST_F(CodebookTest, AgreesWithSharedTable) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::string text =
      testing::ReadFile(testing::SharedDir() + "/cameo/codebook.tsv");
  ASSERT_FALSE(text.empty());
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);  // header
  std::map<std::string, double> gold;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::stringstream ls(line);
    std::string field;
    while (std::getline(ls, field, '\t')) f.push_back(field);
    f.resize(5);
    const std::string& code = f[0];
    double g;
    if (!f[2].empty()) {
      g = std::stod(f[2]);
    } else {
      std::string parent =
          code.size() > 2 ? code.substr(0, code.size() - 1) : code;
      g = gold.count(parent) ? gold[parent] : gold[code.substr(0, 2)];
    }
    gold[code] = g;
    const CameoCode* c = book_->Find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->code, code);
    EXPECT_DOUBLE_EQ(c->goldstein, g) << code;
    EXPECT_EQ(c->quad_class, std::stoi(f[3])) << code;
    EXPECT_EQ(c->plover, f[4]) << code;
    ++n;
  }
  EXPECT_GT(n, 300);
}

}  // namespace
}  // namespace dyad
