// Tests of the event store against real SQLite files in a temp directory.
// Documents are built by hand (text, sentences, mentions, places, events) so
// the store is tested without the rest of the pipeline; the CLI tests at the
// end run build/dyad and skip when it or its data are missing.
#include "store/store.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "store/query.h"
#include "test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/dyad_store_test_XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct ActorSpec {
  std::string code, country, role, name;
};
struct PlaceSpec {
  std::string name, country;
  double lat = 0, lon = 0;
};
struct EventSpec {
  ActorSpec src, tgt;
  std::string cameo;
  PlaceSpec place;  // empty name: no place
};
struct SentenceSpec {
  std::string text;
  std::vector<EventSpec> events;
};

// A document whose sentences are joined by spaces; each event's actors are
// mentions whose span is the first occurrence of their name in the
// sentence (or the sentence start).
Document MakeDoc(const std::string& id, const std::string& source,
                 const std::string& date, const std::vector<SentenceSpec>& ss) {
  Document doc;
  doc.id = id;
  doc.source = source;
  doc.url = "https://example.org/" + id;
  doc.title = "Title of " + id;
  if (auto d = Date::Parse(date)) doc.date = *d;
  doc.tone.tone = -2.5;
  for (uint32_t si = 0; si < ss.size(); ++si) {
    if (!doc.text.empty()) doc.text += ' ';
    uint32_t begin = static_cast<uint32_t>(doc.text.size());
    doc.text += ss[si].text;
    Sentence sent;
    sent.span = {begin, static_cast<uint32_t>(doc.text.size())};
    doc.sentences.push_back(sent);
    for (const EventSpec& es : ss[si].events) {
      auto add_actor = [&](const ActorSpec& a) -> uint32_t {
        if (a.code.empty()) return kNone;
        ActorMention m;
        size_t at = ss[si].text.find(a.name);
        m.span.begin =
            begin + (at == std::string::npos ? 0 : static_cast<uint32_t>(at));
        m.span.end = m.span.begin + static_cast<uint32_t>(a.name.size());
        if (m.span.end > sent.span.end) m.span.end = sent.span.end;
        m.sentence = si;
        m.code = a.code;
        m.country = a.country;
        m.role = a.role;
        m.name = a.name;
        doc.mentions.push_back(m);
        return static_cast<uint32_t>(doc.mentions.size() - 1);
      };
      Event e;
      e.sentence = si;
      e.source = add_actor(es.src);
      e.target = add_actor(es.tgt);
      e.cameo = es.cameo;
      if (!es.place.name.empty()) {
        Place p;
        p.name = es.place.name;
        p.country = es.place.country;
        p.lat = es.place.lat;
        p.lon = es.place.lon;
        p.sentence = si;
        p.geonames_id = 170654;
        doc.places.push_back(p);
        e.place = static_cast<uint32_t>(doc.places.size() - 1);
      }
      doc.events.push_back(e);
    }
  }
  return doc;
}

// A small codebook standing in for Coder::FindCode.
const CameoCode* TestLookup(std::string_view code) {
  static const std::map<std::string, CameoCode, std::less<>> kCodes = {
      {"036", {"036", "Express intent to meet", 4.0, 1, "AGREE"}},
      {"042", {"042", "Make a visit", 1.9, 1, "CONSULT"}},
      {"112", {"112", "Accuse", -2.0, 3, "ACCUSE"}},
      {"141", {"141", "Demonstrate", -6.5, 4, "PROTEST"}},
      {"190", {"190", "Use conventional military force", -10.0, 4, "ASSAULT"}},
      {"193", {"193", "Fight with small arms", -10.0, 4, "ASSAULT"}},
  };
  auto it = kCodes.find(code);
  return it == kCodes.end() ? nullptr : &it->second;
}

const ActorSpec kSyrMil{"SYRMIL", "SYR", "MIL", "Syrian army"};
const ActorSpec kSyrCvl{"SYRCVL", "SYR", "CVL", "civilians"};
const ActorSpec kSyrReb{"SYRREB", "SYR", "REB", "rebels"};
const ActorSpec kRusGov{"RUSGOV", "RUS", "GOV", "Lavrov"};
const ActorSpec kUsaGov{"USAGOV", "USA", "GOV", "Washington"};
const PlaceSpec kHoms{"Homs", "SYR", 34.7324, 36.7137};
const PlaceSpec kDamascus{"Damascus", "SYR", 33.5102, 36.2913};

std::unique_ptr<Store> OpenStore(const std::string& path, int batch = 500) {
  StoreOptions options;
  options.batch_documents = batch;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  EXPECT_TRUE(s.ok()) << s.message();
  return store;
}

int64_t QueryInt(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  int64_t v = -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

std::string QueryText(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  std::string v;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      const unsigned char* t = sqlite3_column_text(st, c);
      v += t ? reinterpret_cast<const char*>(t) : "NULL";
      v += '|';
    }
    v += '\n';
  }
  sqlite3_finalize(st);
  return v;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    f.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return f;
}

// Runs fn with a FILE* and returns what it wrote.
template <typename Fn>
std::string Capture(Fn fn) {
  char* buf = nullptr;
  size_t size = 0;
  FILE* f = open_memstream(&buf, &size);
  fn(f);
  std::fclose(f);
  std::string out(buf, size);
  std::free(buf);
  return out;
}

std::string Query(Store* store, const QuerySpec& spec,
                  OutputFormat format = OutputFormat::kCsv) {
  return Capture([&](FILE* f) {
    Status s = RunQuery(store->db(), spec, format, f);
    EXPECT_TRUE(s.ok()) << s.message();
  });
}

// Number of data rows of a CSV query (header excluded).
size_t CsvRows(const std::string& csv) {
  size_t n = Lines(csv).size();
  return n == 0 ? 0 : n - 1;
}

// The corpus of the dedup and query tests: one assault in Homs reported by
// three articles from two sources (twice in article a1), plus other events.
void PutCorpus(Store* store) {
  std::vector<Document> docs = {
      MakeDoc("a1", "Reuters", "2011-03-15",
              {{"The Syrian army shelled civilians in Homs.",
                {{kSyrMil, kSyrCvl, "190", kHoms}}},
               {"Witnesses said the Syrian army fired on civilians in Homs.",
                {{kSyrMil, kSyrCvl, "190", kHoms}}},
               {"Lavrov accused Washington of meddling.",
                {{kRusGov, kUsaGov, "112", {}}}}}),
      MakeDoc("a2", "AP", "2011-03-15",
              {{"Syrian army troops attacked civilians in Homs on Tuesday.",
                {{kSyrMil, kSyrCvl, "190", kHoms}}},
               {"rebels fought the Syrian army near Damascus.",
                {{kSyrReb, kSyrMil, "193", kDamascus}}}}),
      MakeDoc("a3", "Reuters", "2011-03-15",
              {{"The Syrian army again shelled civilians in Homs.",
                {{kSyrMil, kSyrCvl, "190", kHoms}}}}),
      MakeDoc("a4", "BBC", "2011-03-22",
              {{"civilians demonstrated against the Syrian army in Damascus.",
                {{kSyrCvl, kSyrMil, "141", kDamascus}}},
               {"Lavrov said he would meet Washington envoys.",
                {{kRusGov, kUsaGov, "036", {}}}}}),
      MakeDoc("a5", "BBC", "2011-04-02",
              {{"The Syrian army shelled civilians in Homs.",
                {{kSyrMil, kSyrCvl, "190", kHoms}}}}),
  };
  for (const Document& d : docs) {
    Status s = store->Put(d, TestLookup);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  ASSERT_TRUE(store->Commit().ok());
}

TEST(StoreTest, OpensWalDatabaseWithFts5) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  ASSERT_TRUE(store);
  EXPECT_EQ(
      QueryInt(store->db(), "SELECT sqlite_compileoption_used('ENABLE_FTS5')"),
      1);
  EXPECT_EQ(QueryText(store->db(), "PRAGMA journal_mode"), "wal|\n");
  // Opening again keeps the schema and data.
  PutCorpus(store.get());
  store.reset();
  store = OpenStore(dir.File("e.db"));
  StoreCounts c;
  ASSERT_TRUE(store->Count(&c).ok());
  EXPECT_EQ(c.documents, 5);
}

TEST(StoreTest, StoresEveryAnnotationTable) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  Document doc = MakeDoc("q1", "AFP", "2012-06-01",
                         {{"Lavrov accused Washington of meddling in Homs.",
                           {{kRusGov, kUsaGov, "112", kHoms}}},
                          {"\"We will not accept this,\" Lavrov said.", {}}});
  Quote q;
  q.span = {doc.sentences[1].span.begin + 1, doc.sentences[1].span.begin + 25};
  q.sentence = 1;
  q.speaker = 0;
  doc.quotes.push_back(q);
  Count c;
  c.span = doc.sentences[0].span;
  c.type = CountType::kKill;
  c.number = 12;
  c.upper = 12;
  c.place = 0;
  doc.counts.push_back(c);
  ASSERT_TRUE(store->Put(doc, TestLookup).ok());
  ASSERT_TRUE(store->Commit().ok());
  StoreCounts n;
  ASSERT_TRUE(store->Count(&n).ok());
  EXPECT_EQ(n.documents, 1);
  EXPECT_EQ(n.sentences, 2);
  EXPECT_EQ(n.events, 1);
  EXPECT_EQ(n.dedup_events, 1);
  EXPECT_EQ(n.actors, 2);
  EXPECT_EQ(n.quotes, 1);
  EXPECT_EQ(n.counts, 1);
  EXPECT_EQ(n.places, 1);
  sqlite3* db = store->db();
  EXPECT_EQ(QueryText(db, "SELECT speaker_code, text FROM quotes"),
            "RUSGOV|We will not accept this,|\n");
  EXPECT_EQ(QueryText(db, "SELECT type, number, place_name FROM counts"),
            "KILL|12|Homs|\n");
  EXPECT_EQ(QueryText(db,
                      "SELECT event_id, cameo, root, quad, goldstein, plover,"
                      " src_text, in_raw_text, is_root FROM events"),
            "q1-0-0|112|11|3|-2.0|ACCUSE|Lavrov|1|1|\n");
  // Full-text search over sentences and documents.
  EXPECT_EQ(QueryInt(db,
                     "SELECT count(*) FROM sentence_fts WHERE sentence_fts "
                     "MATCH 'meddling'"),
            1);
  EXPECT_EQ(QueryInt(db,
                     "SELECT count(*) FROM sentence_fts WHERE sentence_fts "
                     "MATCH 'accept'"),
            1);
}

TEST(StoreTest, ReingestReplacesAndNeverDuplicates) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  StoreCounts first;
  ASSERT_TRUE(store->Count(&first).ok());
  std::string dedup_before = QueryText(
      store->db(),
      "SELECT date, src_code, tgt_code, cameo, place_key, num_mentions,"
      " num_sources, num_articles FROM gevents ORDER BY 1, 2, 3, 4, 5");
  // Same documents again, twice, in one batch and in separate commits.
  PutCorpus(store.get());
  PutCorpus(store.get());
  StoreCounts again;
  ASSERT_TRUE(store->Count(&again).ok());
  EXPECT_EQ(again.documents, first.documents);
  EXPECT_EQ(again.sentences, first.sentences);
  EXPECT_EQ(again.events, first.events);
  EXPECT_EQ(again.dedup_events, first.dedup_events);
  EXPECT_EQ(again.actors, first.actors);
  EXPECT_EQ(again.places, first.places);
  EXPECT_EQ(
      QueryText(
          store->db(),
          "SELECT date, src_code, tgt_code, cameo, place_key, num_mentions,"
          " num_sources, num_articles FROM gevents ORDER BY 1, 2, 3, 4, 5"),
      dedup_before);
  EXPECT_EQ(QueryInt(store->db(),
                     "SELECT count(*) FROM sentence_fts WHERE sentence_fts"
                     " MATCH 'shelled'"),
            3);

  // A changed document replaces the old rows: a4 loses its protest.
  Document a4 = MakeDoc("a4", "BBC", "2011-03-22",
                        {{"Lavrov said he would meet Washington envoys.",
                          {{kRusGov, kUsaGov, "036", {}}}}});
  ASSERT_TRUE(store->Put(a4, TestLookup).ok());
  ASSERT_TRUE(store->Commit().ok());
  StoreCounts changed;
  ASSERT_TRUE(store->Count(&changed).ok());
  EXPECT_EQ(changed.documents, first.documents);
  EXPECT_EQ(changed.events, first.events - 1);
  EXPECT_EQ(changed.dedup_events,
            first.dedup_events - 1);  // empty group dropped
  EXPECT_EQ(
      QueryInt(store->db(), "SELECT count(*) FROM gevents WHERE cameo = '141'"),
      0);
  EXPECT_EQ(QueryInt(store->db(),
                     "SELECT count(*) FROM sentence_fts WHERE sentence_fts"
                     " MATCH 'demonstrated'"),
            0);
}

TEST(StoreTest, DeduplicatesLikeGdelt) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  sqlite3* db = store->db();
  // The Homs assault of 2011-03-15: four mentions, three articles, two
  // sources (Reuters twice, AP once).
  EXPECT_EQ(QueryText(db,
                      "SELECT num_mentions, num_articles, num_sources, is_root,"
                      " source_url FROM gevents WHERE date = '2011-03-15' AND"
                      " cameo = '190'"),
            "4|3|2|1|https://example.org/a1|\n");
  // Same dyad and code on another day is another event.
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM gevents WHERE cameo = '190'"),
            2);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM events"), 9);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM gevents"), 6);
  // Every mention links to its document and sentence.
  EXPECT_EQ(QueryText(db,
                      "SELECT doc_id, sentence FROM mentions m JOIN gevents g"
                      " ON g.gid = m.global_event_id WHERE g.cameo = '190' AND"
                      " g.date = '2011-03-15' ORDER BY doc_id, sentence"),
            "a1|0|\na1|1|\na2|0|\na3|0|\n");
  // Removing one Reuters article keeps both sources; removing AP drops one.
  Document a3 =
      MakeDoc("a3", "Reuters", "2011-03-15", {{"Nothing happened.", {}}});
  ASSERT_TRUE(store->Put(a3, TestLookup).ok());
  Document a2 = MakeDoc("a2", "AP", "2011-03-15", {{"Nothing happened.", {}}});
  ASSERT_TRUE(store->Put(a2, TestLookup).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(
      QueryText(db,
                "SELECT num_mentions, num_articles, num_sources FROM gevents"
                " WHERE date = '2011-03-15' AND cameo = '190'"),
      "2|1|1|\n");
}

TEST(StoreTest, QueryFilters) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  auto rows = [&](QueryFilter f) {
    QuerySpec spec;
    spec.filter = f;
    return CsvRows(Query(store.get(), spec));
  };
  QueryFilter f;
  EXPECT_EQ(rows(f), 6u);
  f = {};
  f.actor = "syr";  // prefix, case-insensitive, source or target
  EXPECT_EQ(rows(f), 4u);
  f = {};
  f.actor = "SYRMIL";
  EXPECT_EQ(rows(f), 4u);
  f = {};
  f.source = "SYRMIL";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  f.target = "USA";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  f.dyad = "SYRMIL:SYRCVL";
  EXPECT_EQ(rows(f), 2u);
  f.dyad = "SYRCVL:SYRMIL";
  EXPECT_EQ(rows(f), 1u);
  f.dyad = ":SYRMIL";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  f.cameo = "19";
  EXPECT_EQ(rows(f), 3u);
  f.cameo = "190";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  f.plover = "assault";
  EXPECT_EQ(rows(f), 3u);
  f = {};
  f.quad = 3;
  EXPECT_EQ(rows(f), 1u);
  f = {};
  f.country = "RUS";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  f.role = "REB";
  EXPECT_EQ(rows(f), 1u);
  f = {};
  f.from = "2011-03-16";
  f.to = "2011-03-31";
  EXPECT_EQ(rows(f), 2u);
  f = {};
  // Homs is about 140 km from Damascus.
  ASSERT_TRUE(ParseNear("34.73,36.71", &f));
  f.radius_km = 20;
  EXPECT_EQ(rows(f), 2u);
  f.radius_km = 200;
  EXPECT_EQ(rows(f), 4u);
  EXPECT_FALSE(ParseNear("95,10", &f));
  EXPECT_FALSE(ParseNear("abc", &f));
  f = {};
  f.text = "witnesses";
  EXPECT_EQ(rows(f), 1u);
  f.text = "shelled AND Homs";
  EXPECT_EQ(rows(f), 2u);
  f.mentions = true;
  EXPECT_EQ(rows(f), 3u);
  f = {};
  f.mentions = true;
  f.cameo = "190";
  EXPECT_EQ(rows(f), 5u);
  // Bad arguments are errors, not crashes.
  QuerySpec bad;
  bad.filter.dyad = "SYR";
  std::string sql;
  EXPECT_FALSE(BuildQuerySql(bad, &sql).ok());
  bad = {};
  bad.count_by = "year";
  EXPECT_FALSE(BuildQuerySql(bad, &sql).ok());
  bad = {};
  bad.filter.text = "\"unbalanced";
  Capture([&](FILE* f) {
    EXPECT_FALSE(RunQuery(store->db(), bad, OutputFormat::kCsv, f).ok());
  });
}

TEST(StoreTest, QueryAggregates) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  QuerySpec spec;
  spec.count_by = "week";
  spec.group = "quad";
  spec.filter.actor = "SYR";
  // 2011-03-15 is a Tuesday: week of Monday 2011-03-14.
  EXPECT_EQ(Query(store.get(), spec),
            "period,quad,events,mentions,goldstein_sum,goldstein_mean\n"
            "2011-03-14,4,2,5,-20,-10\n"
            "2011-03-21,4,1,1,-6.5,-6.5\n"
            "2011-03-28,4,1,1,-10,-10\n");
  spec = {};
  spec.count_by = "month";
  spec.group = "dyad";
  spec.filter.quad = 4;
  EXPECT_EQ(Query(store.get(), spec),
            "period,dyad,events,mentions,goldstein_sum,goldstein_mean\n"
            "2011-03,SYRMIL:SYRCVL,1,4,-10,-10\n"
            "2011-03,SYRCVL:SYRMIL,1,1,-6.5,-6.5\n"
            "2011-03,SYRREB:SYRMIL,1,1,-10,-10\n"
            "2011-04,SYRMIL:SYRCVL,1,1,-10,-10\n");
  spec = {};
  spec.goldstein = true;
  spec.filter.dyad = "RUS:USA";
  EXPECT_EQ(Query(store.get(), spec),
            "events,mentions,goldstein_sum,goldstein_mean\n2,2,2,1\n");
  spec = {};
  spec.top = "actors";
  spec.top_n = 2;
  EXPECT_EQ(Query(store.get(), spec),
            "actor,name,events,mentions\nSYRMIL,Syrian "
            "army,4,7\nSYRCVL,civilians,3,6\n");
  spec = {};
  spec.top = "dyads";
  spec.top_n = 1;
  EXPECT_EQ(
      Query(store.get(), spec),
      "source,target,events,mentions,goldstein_mean\nSYRMIL,SYRCVL,2,5,-10\n");
  spec = {};
  spec.count_by = "day";
  spec.group = "country";
  spec.filter.mentions = true;
  spec.filter.cameo = "19";
  EXPECT_EQ(Query(store.get(), spec),
            "period,country,events,mentions,goldstein_sum,goldstein_mean\n"
            "2011-03-15,SYR,5,5,-50,-10\n"
            "2011-04-02,SYR,1,1,-10,-10\n");
}

TEST(StoreTest, QueryOutputFormats) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  QuerySpec spec;
  spec.filter.cameo = "112";
  std::string jsonl = Query(store.get(), spec, OutputFormat::kJsonl);
  EXPECT_NE(jsonl.find("\"source\":\"RUSGOV\""), std::string::npos) << jsonl;
  EXPECT_NE(jsonl.find("\"goldstein\":-2,"), std::string::npos) << jsonl;
  EXPECT_NE(jsonl.find("\"lat\":null"), std::string::npos) << jsonl;
  spec = {};
  spec.top = "actors";
  std::vector<std::string> table =
      Lines(Query(store.get(), spec, OutputFormat::kTable));
  ASSERT_GE(table.size(), 3u);
  EXPECT_EQ(table[0].rfind("actor ", 0), 0u);
  EXPECT_EQ(table[1].rfind("------", 0), 0u);
  // Columns line up: every row is as long as the rule (last column
  // right-aligned).
  for (size_t i = 2; i < table.size(); ++i)
    EXPECT_EQ(table[i].size(), table[1].size());
}

TEST(StoreTest, ExportGdeltHas61Columns) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  int64_t n = 0;
  std::string out = Capture([&](FILE* f) {
    ASSERT_TRUE(Export(store->db(), {}, ExportFormat::kGdelt, f, &n).ok());
  });
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(n, 6);
  bool saw_homs = false;
  for (const std::string& line : lines) {
    std::vector<std::string> col = SplitTabs(line);
    ASSERT_EQ(col.size(), 61u) << line;
    EXPECT_EQ(col[1].size(), 8u);            // Day YYYYMMDD
    EXPECT_EQ(col[2], col[1].substr(0, 6));  // MonthYear
    EXPECT_EQ(col[3], col[1].substr(0, 4));  // Year
    EXPECT_EQ(col[59].size(), 14u);          // DATEADDED YYYYMMDDHHMMSS
    EXPECT_EQ(col[60].rfind("https://example.org/", 0), 0u);
    if (col[26] == "190" && col[1] == "20110315") {
      saw_homs = true;
      EXPECT_EQ(col[5], "SYRMIL");
      EXPECT_EQ(col[6], "SYRIAN ARMY");
      EXPECT_EQ(col[7], "SYR");
      EXPECT_EQ(col[12], "MIL");  // Actor1Type1Code
      EXPECT_EQ(col[15], "SYRCVL");
      EXPECT_EQ(col[22], "CVL");   // Actor2Type1Code
      EXPECT_EQ(col[25], "1");     // IsRootEvent
      EXPECT_EQ(col[27], "190");   // EventBaseCode
      EXPECT_EQ(col[28], "19");    // EventRootCode
      EXPECT_EQ(col[29], "4");     // QuadClass
      EXPECT_EQ(col[30], "-10");   // GoldsteinScale
      EXPECT_EQ(col[31], "4");     // NumMentions
      EXPECT_EQ(col[32], "2");     // NumSources
      EXPECT_EQ(col[33], "3");     // NumArticles
      EXPECT_EQ(col[34], "-2.5");  // AvgTone
      EXPECT_EQ(col[35], "0");     // Actor1Geo_Type
      EXPECT_EQ(col[51], "4");     // ActionGeo_Type: world city
      EXPECT_EQ(col[52], "Homs, SYR");
      EXPECT_EQ(col[53], "SYR");
      EXPECT_EQ(col[56], "34.7324");  // ActionGeo_Lat
      EXPECT_EQ(col[57], "36.7137");
      EXPECT_EQ(col[58], "170654");
      EXPECT_EQ(col[4], "2011.2877");  // 2011 + (3*30+15)/365
    }
  }
  EXPECT_TRUE(saw_homs);

  // The mentions table: one line per mention, 16 columns.
  out = Capture([&](FILE* f) {
    ASSERT_TRUE(
        Export(store->db(), {}, ExportFormat::kGdeltMentions, f, &n).ok());
  });
  lines = Lines(out);
  ASSERT_EQ(lines.size(), 9u);
  for (const std::string& line : lines) {
    std::vector<std::string> col = SplitTabs(line);
    ASSERT_EQ(col.size(), 16u) << line;
    EXPECT_EQ(col[3], "1");
    EXPECT_GE(std::stoi(col[6]), 1);  // SentenceID is 1-based
  }
  // Filters apply to exports too.
  QueryFilter f;
  f.cameo = "112";
  out = Capture([&](FILE* file) {
    ASSERT_TRUE(Export(store->db(), f, ExportFormat::kGdelt, file, &n).ok());
  });
  EXPECT_EQ(n, 1);
  EXPECT_EQ(SplitTabs(Lines(out)[0])[51], "0");  // no place: ActionGeo_Type 0
}

TEST(StoreTest, ExportCsvAndPlover) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  PutCorpus(store.get());
  int64_t n = 0;
  std::string csv = Capture([&](FILE* f) {
    ASSERT_TRUE(Export(store->db(), {}, ExportFormat::kCsv, f, &n).ok());
  });
  std::vector<std::string> lines = Lines(csv);
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0].rfind("global_event_id,date,source_code,", 0), 0u);
  size_t header_commas = std::count(lines[0].begin(), lines[0].end(), ',');
  for (const std::string& line : lines) {
    EXPECT_EQ(static_cast<size_t>(std::count(line.begin(), line.end(), ',')),
              header_commas)
        << line;
  }
  QueryFilter f;
  f.cameo = "190";
  f.from = "2011-03-15";
  f.to = "2011-03-15";
  std::string plover = Capture([&](FILE* file) {
    ASSERT_TRUE(Export(store->db(), f, ExportFormat::kPlover, file, &n).ok());
  });
  ASSERT_EQ(n, 1);
  EXPECT_NE(plover.find("\"event_type\":\"ASSAULT\""), std::string::npos)
      << plover;
  EXPECT_NE(
      plover.find("\"actor\":{\"code\":\"SYRMIL\",\"name\":\"Syrian army\","
                  "\"country\":\"SYR\",\"sector\":\"MIL\"}"),
      std::string::npos)
      << plover;
  EXPECT_NE(plover.find("\"placename\":\"Homs\""), std::string::npos) << plover;
  EXPECT_NE(plover.find("\"story_ids\":[\"a1\",\"a2\",\"a3\"]"),
            std::string::npos)
      << plover;
  EXPECT_NE(
      plover.find(
          "\"event_text\":\"The Syrian army shelled civilians in Homs.\""),
      std::string::npos)
      << plover;
  EXPECT_EQ(std::count(plover.begin(), plover.end(), '\n'), 1);
}

TEST(StoreTest, SplitsCameoActorCodes) {
  GdeltActor a = SplitActorCode("SYRMILREB", "SYR");
  EXPECT_EQ(a.country, "SYR");
  EXPECT_EQ(a.type[0], "MIL");
  EXPECT_EQ(a.type[1], "REB");
  a = SplitActorCode("IGOUNO", "IGO");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type[0], "IGO");
  EXPECT_EQ(a.known_group, "UNO");
  a = SplitActorCode("IRQMOSSHI", "IRQ");
  EXPECT_EQ(a.religion1, "MOS");
  EXPECT_EQ(a.religion2, "SHI");
  a = SplitActorCode("", "");
  EXPECT_EQ(a.country, "");
}

TEST(StoreTest, BadAnnotationsNeverCrash) {
  TempDir dir;
  auto store = OpenStore(dir.File("e.db"));
  Document doc;
  doc.id = "broken";
  doc.text = "short";
  Sentence s;
  s.span = {3, 999};  // past the end
  s.block = 77;
  doc.sentences.push_back(s);
  Event e;
  e.sentence = 42;
  e.source = 5;
  e.target = 6;
  e.place = 7;
  e.trigger_first = 1000;
  e.cameo = "";
  doc.events.push_back(e);
  e.cameo = "9";
  doc.events.push_back(e);
  Quote q;
  q.speaker = 3;
  q.span = {10, 2};
  doc.quotes.push_back(q);
  Count c;
  c.place = 9;
  doc.counts.push_back(c);
  ASSERT_TRUE(store->Put(doc, TestLookup).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(QueryInt(store->db(), "SELECT count(*) FROM events"), 2);
  std::string out = Capture([&](FILE* f) {
    ASSERT_TRUE(Export(store->db(), {}, ExportFormat::kGdelt, f).ok());
  });
  for (const std::string& line : Lines(out))
    EXPECT_EQ(SplitTabs(line).size(), 61u);
  Document empty;
  EXPECT_FALSE(store->Put(empty, TestLookup).ok());  // no id
  Document no_text;
  no_text.id = "empty";
  EXPECT_TRUE(store->Put(no_text, nullptr).ok());
  EXPECT_TRUE(store->Commit().ok());
}

// ---- kill -9 and resume -----------------------------------------------------

// Document i of a synthetic corpus: i % 4 + 1 events, some shared across
// documents so that deduplication is exercised.
Document SyntheticDoc(int i) {
  static const ActorSpec kActors[] = {kSyrMil, kSyrCvl, kSyrReb, kRusGov,
                                      kUsaGov};
  static const char* kCodes[] = {"036", "042", "112", "141", "190", "193"};
  std::vector<SentenceSpec> ss;
  for (int k = 0; k < i % 4 + 1; ++k) {
    const ActorSpec& a = kActors[(i + k) % 5];
    const ActorSpec& b = kActors[(i * 3 + k + 1) % 5];
    ss.push_back(
        {a.name + " and " + b.name + " in sentence " + std::to_string(k) +
             " of story " + std::to_string(i) + ".",
         {{a, b, kCodes[(i + k) % 6], (i + k) % 3 ? kHoms : PlaceSpec{}}}});
  }
  char date[16];
  std::snprintf(date, sizeof date, "2011-%02d-%02d", i % 12 + 1, i % 28 + 1);
  return MakeDoc("doc" + std::to_string(i), i % 7 ? "Reuters" : "AP", date, ss);
}

std::string Fingerprint(sqlite3* db) {
  return QueryText(
             db,
             "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM"
             " sentences), (SELECT count(*) FROM events), (SELECT count(*) FROM"
             " gevents), (SELECT count(*) FROM actors), (SELECT count(*) FROM"
             " places), (SELECT sum(num_mentions) FROM gevents), (SELECT"
             " sum(num_sources * 7 + num_articles) FROM gevents)") +
         QueryText(
             db,
             "SELECT date, src_code, tgt_code, cameo, place_key, num_mentions,"
             " num_sources, num_articles FROM gevents ORDER BY 1, 2, 3, 4, 5");
}

TEST(StoreKillTest, KillNineThenResumeMatchesCleanRun) {
  constexpr int kDocs = 6000;
  TempDir dir;
  {
    auto clean = OpenStore(dir.File("clean.db"), 50);
    for (int i = 0; i < kDocs; ++i)
      ASSERT_TRUE(clean->Put(SyntheticDoc(i), TestLookup).ok());
    ASSERT_TRUE(clean->Commit().ok());
  }
  std::string want;
  {
    auto clean = OpenStore(dir.File("clean.db"));
    want = Fingerprint(clean->db());
  }
  const std::string path = dir.File("killed.db");
  // Kill the writer at several points, each time resuming where the last
  // run was cut: the database must only ever hold whole documents.
  int killed_mid_run = 0;
  for (int round = 0; round < 4; ++round) {
    std::fflush(nullptr);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto store = OpenStore(path, 50);
      for (int i = 0; i < kDocs; ++i) {
        if (!store || !store->Put(SyntheticDoc(i), TestLookup).ok()) _exit(3);
      }
      _exit(store->Commit().ok() ? 0 : 3);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(40 + 60 * round));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_mid_run;
    auto check = OpenStore(path);
    ASSERT_TRUE(check);
    EXPECT_EQ(QueryText(check->db(), "PRAGMA integrity_check"), "ok|\n");
    // Whole documents only: each stored document has all its events.
    EXPECT_EQ(
        QueryInt(check->db(),
                 "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM"
                 " events e WHERE e.doc = d.doc) <> (CAST(substr(d.id, 4) AS"
                 " INTEGER) % 4 + 1)"),
        0);
  }
  EXPECT_GT(killed_mid_run, 0) << "the writer always finished before the kill";
  auto resume = OpenStore(path, 50);
  for (int i = 0; i < kDocs; ++i)
    ASSERT_TRUE(resume->Put(SyntheticDoc(i), TestLookup).ok());
  ASSERT_TRUE(resume->Commit().ok());
  EXPECT_EQ(Fingerprint(resume->db()), want);
}

// ---- the CLI ----------------------------------------------------------------

std::string DyadBinary() { return std::string(DYAD_BINARY_DIR) + "/dyad"; }

int RunDyad(const std::vector<std::string>& args,
            const std::string& out_file = "") {
  std::string cmd = "'" + DyadBinary() + "'";
  for (const std::string& a : args) cmd += " '" + a + "'";
  cmd += out_file.empty() ? " >/dev/null" : " >'" + out_file + "'";
  cmd += " 2>/dev/null";
  int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// A JSON Lines corpus of short wire stories.
std::string WriteCorpus(const TempDir& dir, int n) {
  static const char* kStories[] = {
      "Russian Foreign Minister Sergei Lavrov met Syrian President Bashar "
      "al-Assad in Damascus on Monday.",
      "Syrian security forces killed at least 12 protesters in Homs, activists "
      "said.",
      "The United Nations condemned the attack on civilians in Aleppo.",
      "Turkey accused Syria of shelling villages near the border.",
  };
  std::string path = dir.File("corpus.jsonl");
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    out << "{\"id\":\"s" << i << "\",\"date\":\"2012-0" << (i % 9 + 1) << "-1"
        << (i % 10) << "\",\"source\":\"wire" << (i % 3)
        << "\",\"title\":\"Story " << i << "\",\"text\":\"" << kStories[i % 4]
        << " " << kStories[(i + 1) % 4] << "\"}\n";
  }
  out << "{\"id\": 5, \"text\": \n";  // malformed: reported, exit 1
  return path;
}

bool CliReady() {
  return fs::exists(DyadBinary()) && fs::exists(testing::DataDir());
}

TEST(StoreCliTest, IngestQueryExport) {
  if (!CliReady()) GTEST_SKIP() << "build/dyad or its data is missing";
  TempDir dir;
  std::string corpus = WriteCorpus(dir, 40);
  std::string db = dir.File("cli.db");
  int rc = RunDyad(
      {"ingest", "--db", db, "--input-format", "jsonl", "--quiet", corpus});
  if (rc == 2) GTEST_SKIP() << "dyad ingest cannot load its models yet";
  EXPECT_EQ(rc, 1);  // one malformed line
  auto store = OpenStore(db);
  StoreCounts c;
  ASSERT_TRUE(store->Count(&c).ok());
  EXPECT_EQ(c.documents, 40);
  std::string out = dir.File("gdelt.tsv");
  EXPECT_EQ(RunDyad({"export", "--db", db, "--format", "gdelt", "-o", out}), 0);
  for (const std::string& line : Lines(testing::ReadFile(out))) {
    EXPECT_EQ(SplitTabs(line).size(), 61u) << line;
  }
  EXPECT_EQ(
      RunDyad({"query", "--db", db, "--format", "csv", "--count-by", "month"},
              dir.File("q.csv")),
      0);
  EXPECT_EQ(testing::ReadFile(dir.File("q.csv")).rfind("period,events,", 0),
            0u);
  EXPECT_EQ(RunDyad({"query", "--db", dir.File("missing.db")}), 2);
}

TEST(StoreCliTest, KilledIngestResumes) {
  if (!CliReady()) GTEST_SKIP() << "build/dyad or its data is missing";
  TempDir dir;
  std::string corpus = WriteCorpus(dir, 3000);
  std::string clean = dir.File("clean.db");
  auto start = std::chrono::steady_clock::now();
  int rc = RunDyad({"ingest", "--db", clean, "--input-format", "jsonl",
                    "--quiet", "--batch", "100", "--threads", "1", corpus});
  if (rc == 2) GTEST_SKIP() << "dyad ingest cannot load its models yet";
  const auto clean_time = std::chrono::steady_clock::now() - start;
  std::string want;
  {
    auto store = OpenStore(clean);
    want = Fingerprint(store->db());
  }
  std::string db = dir.File("killed.db");
  std::fflush(nullptr);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::string bin = DyadBinary();
    execl(bin.c_str(), bin.c_str(), "ingest", "--db", db.c_str(),
          "--input-format", "jsonl", "--quiet", "--batch", "100", "--threads",
          "1", corpus.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill half-way through, judged by how long the clean run took.
  std::this_thread::sleep_for(std::max(
      std::chrono::steady_clock::duration(std::chrono::milliseconds(50)),
      clean_time / 2));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) {
    auto partial = OpenStore(db);
    StoreCounts c;
    ASSERT_TRUE(partial->Count(&c).ok());
    RecordProperty("documents_before_resume", static_cast<int>(c.documents));
    EXPECT_EQ(QueryText(partial->db(), "PRAGMA integrity_check"), "ok|\n");
  }
  RunDyad({"ingest", "--db", db, "--input-format", "jsonl", "--quiet",
           "--batch", "100", corpus});
  auto store = OpenStore(db);
  EXPECT_EQ(Fingerprint(store->db()), want);
}

}  // namespace
}  // namespace dyad
