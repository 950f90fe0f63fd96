// End-to-end tests of the `dyad` binary: the contract's input handling, bad
// input, compressed input, and the JSON shape of both emit modes.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace dyad {
namespace {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_cli_test_" + std::to_string(getpid()) + "_" + name))
      .string();
}

RunResult RunDyad(const std::string& args, const std::string& input = "") {
  std::string in = TempPath("in"), out = TempPath("out"), err = TempPath("err");
  std::ofstream(in, std::ios::binary) << input;
  std::string cmd = std::string(DYAD_BINARY_DIR) + "/dyad " + args + " <" + in + " >" +
                    out + " 2>" + err;
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = testing::ReadFile(out);
  r.err = testing::ReadFile(err);
  std::remove(in.c_str());
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::vector<std::string> DocIds(const std::string& out) {
  std::vector<std::string> ids;
  simdjson::ondemand::parser parser;
  for (const std::string& line : Lines(out)) {
    simdjson::padded_string p(line);
    auto doc = parser.iterate(p);
    std::string_view id;
    EXPECT_FALSE(doc["doc_id"].get_string().get(id)) << line;
    ids.emplace_back(id);
  }
  return ids;
}

TEST(Cli, ShippedDictionariesLoadWithoutSkippedLines) {
  // A dictionary line the loader cannot read is skipped with a message on
  // stderr: the project's own data must have none.
  RunResult r = RunDyad("code -", "Russia and China vetoed the resolution.\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("\"cameo\":\"129\""), std::string::npos) << r.out;
}

TEST(Cli, BadDocumentsAreReportedAndTheOthersCoded) {
  std::string input;
  input += R"({"id": "good-1", "text": "Russia and China vetoed the resolution on Syria."})" "\n";
  input += R"({"id": "broken", "text": )" "\n";                      // line 2
  input += "{\"id\": \"bad-utf8\", \"text\": \"Italy \xff\xfe recalled\"}\n";  // line 3
  input += R"({"id": "nul", "text": "a\u0000b"})" "\n";              // line 4
  input += R"({"id": "no-text"})" "\n";                              // line 5
  input += R"({"id": "empty", "text": "   "})" "\n";                 // line 6
  input += R"({"id": ["x"], "text": "Turkey criticised Syria."})" "\n";  // line 7
  input += R"({"id": "bad-date", "text": "Turkey criticised Syria.", "date": "yesterday"})" "\n";
  input += "\n";                                                     // blank: skipped
  input += R"({"id": 42, "text": "Italy recalled its ambassador from Syria."})" "\n";
  RunResult r = RunDyad("code --input-format jsonl --emit documents -", input);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::vector<std::string> ids = DocIds(r.out);
  EXPECT_EQ(ids, (std::vector<std::string>{"good-1", "42"}));
  for (const char* reason : {":2", "bad-utf8", "nul", "no-text", "empty", ":7", "bad-date"})
    EXPECT_NE(r.err.find(reason), std::string::npos) << reason << " not in\n" << r.err;
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("7 document(s) rejected"), std::string::npos) << r.err;
}

TEST(Cli, OversizedDocumentIsRejected) {
  std::string big(11u * 1024 * 1024, 'a');
  std::string input = R"({"id": "big", "text": ")" + big + "\"}\n" +
                      R"({"id": "small", "text": "Egypt hosted talks."})" + "\n";
  RunResult r = RunDyad("code --input-format jsonl --emit documents", input);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(DocIds(r.out), (std::vector<std::string>{"small"}));
  EXPECT_NE(r.err.find("limit"), std::string::npos) << r.err;
}

TEST(Cli, MissingFileIsReportedAndOtherFilesCoded) {
  std::string good = TempPath("good.txt");
  std::ofstream(good) << "Talks in Cairo\n\nEgypt hosted talks with Sudan on Monday.\n";
  RunResult r = RunDyad("code --emit documents --date 2020-01-07 /nonexistent/file.txt " + good);
  std::remove(good.c_str());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/file.txt"), std::string::npos);
  EXPECT_EQ(DocIds(r.out), (std::vector<std::string>{good}));
}

TEST(Cli, ThreadedRunsKeepInputOrderAcrossBatchesAndFiles) {
  // Three batches' worth of documents over two files with a missing one
  // between them, and bad lines scattered through: every thread count
  // writes the same lines in input order and reports the same rejections.
  const char* kTexts[] = {
      "Russia and China vetoed the resolution on Syria.",
      "Italy recalled its ambassador from Damascus on Monday.",
      "Turkey criticised the Syrian government.",
      "Egypt hosted talks with Sudan."};
  std::string first = TempPath("part1.jsonl"), second = TempPath("part2.jsonl");
  std::vector<std::string> expected_ids;
  int bad = 0;
  for (int part = 0; part < 2; ++part) {
    std::ofstream f(part == 0 ? first : second);
    for (int i = 0; i < 200; ++i) {
      std::string id = "p" + std::to_string(part) + "-" + std::to_string(i);
      if (i % 37 == 5) {
        // A malformed line: the text is missing.
        f << R"({"id": ")" << id << R"(", "text": )" << "\n";
        ++bad;
        continue;
      }
      f << R"({"id": ")" << id << R"(", "text": ")" << kTexts[i % 4] << "\"}\n";
      expected_ids.push_back(id);
    }
  }
  const std::string args = "code --input-format jsonl --emit documents " +
                           first + " /nonexistent/part.jsonl " + second;
  RunResult one = RunDyad(args + " --threads 1");
  RunResult three = RunDyad(args + " --threads 3");
  std::remove(first.c_str());
  std::remove(second.c_str());
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(DocIds(one.out), expected_ids);
  EXPECT_EQ(three.exit_code, 1);
  EXPECT_EQ(three.out, one.out);
  const std::string count = std::to_string(bad + 1) + " document(s) rejected";
  EXPECT_NE(one.err.find(count), std::string::npos) << one.err;
  EXPECT_NE(three.err.find(count), std::string::npos) << three.err;
  EXPECT_NE(three.err.find("/nonexistent/part.jsonl"), std::string::npos)
      << three.err;
}

TEST(Cli, GzipInputIsDecompressed) {
  std::string path = TempPath("docs.jsonl.gz");
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  std::string line = R"({"id": "z1", "text": "Italy recalled its ambassador from Syria."})" "\n";
  gzwrite(gz, line.data(), static_cast<unsigned>(line.size()));
  gzclose(gz);
  RunResult r = RunDyad("code --input-format jsonl --emit documents " + path);
  std::remove(path.c_str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(DocIds(r.out), (std::vector<std::string>{"z1"}));
}

TEST(Cli, BadDateOptionIsAUsageError) {
  RunResult r = RunDyad("code --date 2012-13-45 -", "x");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(Cli, ArbitraryBytesNeverCrash) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    junk.push_back(static_cast<char>((x >> 16) & 0xff));
  }
  RunResult text = RunDyad("code --emit documents -", junk);
  EXPECT_LT(text.exit_code, 3) << text.err;
  RunResult jsonl = RunDyad("code --input-format jsonl -", junk);
  EXPECT_LT(jsonl.exit_code, 3) << jsonl.err;
}

TEST(Cli, EventLinesFollowTheContract) {
  RunResult r = RunDyad(
      "code --input-format jsonl -",
      R"({"id": "c1", "date": "2012-02-07", "text": "Italy recalled its ambassador from Syria on Tuesday."})"
      "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  simdjson::ondemand::parser parser;
  simdjson::padded_string p(lines[0]);
  auto ev = parser.iterate(p);
  std::string_view type, cameo, src_country, tgt_country, date;
  EXPECT_FALSE(ev["type"].get_string().get(type));
  EXPECT_EQ(type, "event");
  EXPECT_FALSE(ev["cameo"].get_string().get(cameo));
  EXPECT_EQ(cameo, "161");
  EXPECT_FALSE(ev["date"].get_string().get(date));
  EXPECT_EQ(date, "2012-02-07");
  EXPECT_FALSE(ev["source"]["country"].get_string().get(src_country));
  EXPECT_EQ(src_country, "ITA");
  EXPECT_FALSE(ev["target"]["country"].get_string().get(tgt_country));
  EXPECT_EQ(tgt_country, "SYR");
  int64_t quad = 0;
  EXPECT_FALSE(ev["quad_class"].get_int64().get(quad));
  EXPECT_EQ(quad, 4);  // CAMEO 15-20 are material conflict
  std::string_view plover;
  EXPECT_FALSE(ev["plover"].get_string().get(plover));
  EXPECT_EQ(plover, "SANCTION");
}

TEST(Cli, EventDatesAreWholeDaysWithTheirPrecision) {
  RunResult r = RunDyad("code --date 2024-03-05 -",
                        "Gunmen killed 12 villagers in northern Nigeria on Sunday.\n\n"
                        "The Nigerian army said it had arrested 30 suspects last month.\n\n"
                        "In 2019, Sudanese troops killed 40 protesters in Khartoum.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::ondemand::parser parser;
  std::vector<std::string> got;
  for (const std::string& line : Lines(r.out)) {
    simdjson::padded_string p(line);
    auto ev = parser.iterate(p);
    std::string_view date, precision;
    ASSERT_FALSE(ev["date"].get_string().get(date)) << line;
    ASSERT_FALSE(ev["date_precision"].get_string().get(precision)) << line;
    EXPECT_EQ(date.size(), 10u) << line;  // YYYY-MM-DD, as the contract says
    got.push_back(std::string(date) + " " + std::string(precision));
  }
  auto has = [&](const std::string& s) {
    return std::find(got.begin(), got.end(), s) != got.end();
  };
  EXPECT_TRUE(has("2024-03-03 day")) << r.out;
  EXPECT_TRUE(has("2024-02-01 month")) << r.out;
  EXPECT_TRUE(has("2019-01-01 year")) << r.out;
}

TEST(Cli, UnknownSideIsNullWithCameoDashes) {
  // A passive without its agent: who killed the soldiers is not said, and
  // the event is still emitted with the side that is known.
  RunResult r = RunDyad("code --input-format jsonl -",
                        R"({"id": "p1", "text": "Three Syrian soldiers were killed on Monday."})"
                        "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  simdjson::ondemand::parser parser;
  simdjson::padded_string p(lines[0]);
  auto ev = parser.iterate(p);
  bool source_null = false;
  EXPECT_FALSE(ev["source"].is_null().get(source_null));
  EXPECT_TRUE(source_null);
  std::string_view source_code, target_code;
  EXPECT_FALSE(ev["source_code"].get_string().get(source_code));
  EXPECT_EQ(source_code, "---");
  EXPECT_FALSE(ev["target_code"].get_string().get(target_code));
  EXPECT_EQ(target_code, "SYRMIL");
}

TEST(Cli, PetrarchDictionariesOnRawTextAndParsedXml) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::string dicts = testing::SharedDir() + "/petrarch2/dictionaries";
  RunResult raw = RunDyad("code --input-format jsonl --dictionaries " + dicts + " -",
                          R"({"id": "r", "text": "Russia accused Syria of attacking civilians."})" "\n");
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  EXPECT_NE(raw.out.find("\"code\":\"RUS\""), std::string::npos) << raw.out;
  EXPECT_NE(raw.out.find("\"cameo\":\"112\""), std::string::npos) << raw.out;
  RunResult xml = RunDyad("code --input-format petrarch --dictionaries " + dicts + " " +
                          testing::SharedDir() + "/petrarch2/text/GigaWord.sample.PETR.xml");
  ASSERT_EQ(xml.exit_code, 0) << xml.err;
  EXPECT_GE(Lines(xml.out).size(), 20u);
}

}  // namespace
}  // namespace dyad
