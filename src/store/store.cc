// The event store: one SQLite file per collection, written in WAL mode.
//
// Atomicity. Each Put() deletes every row of an earlier copy of the
// document (same id) and inserts the new rows inside one SAVEPOINT, and the
// surrounding transaction commits every batch_documents documents. SQLite's
// WAL makes each commit all-or-nothing even under kill -9, so after a crash
// the file holds whole documents from committed batches and nothing else;
// re-running the same ingest re-puts every document, and the replace
// semantics make that converge to exactly the rows of a clean run. Batching
// is what makes ingest fast: a commit costs an fsync-free WAL append
// (synchronous=NORMAL), paid once per batch instead of once per row.
//
// Deduplication. GDELT reports one event per (date, source, target, code,
// place) however many articles repeat it. Every coded event is stored as a
// row of `events` (one mention) pointing at a row of `gevents` (the
// deduplicated event) found through a unique index on that key. Counts
// that depend on distinct values (NumSources, NumArticles) cannot be kept
// by increments when documents are replaced, so Put() only records which
// gevents it touched (old and new rows), and Commit() recomputes those
// groups from their mentions through the events(gid) index before the
// COMMIT: the counts are exact and change atomically with the mentions, and
// the work per batch is proportional to the mentions of touched groups.
//
// Text search uses an external-content FTS5 table over sentences (the
// headline is a sentence too), kept in step by triggers, so the index holds
// no second copy of the text; a document matches when one of its sentences
// does.
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unordered_set>
#include <vector>

#include "store/sqlite.h"

namespace dyad {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO meta VALUES('schema_version', '1');
CREATE TABLE IF NOT EXISTS documents(
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT, source TEXT, url TEXT, date TEXT,
  text TEXT, hash TEXT, chars INTEGER,
  tone REAL, positive REAL, negative REAL, polarity REAL, activity REAL,
  self_reference REAL, word_count INTEGER,
  added TEXT);
CREATE TABLE IF NOT EXISTS sentences(
  sid INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL, idx INTEGER NOT NULL,
  begin INTEGER, end INTEGER, block_kind TEXT, codable INTEGER, text TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS sentences_doc ON sentences(doc, idx);
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(
  text, content='sentences', content_rowid='sid');
INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentence_fts(rowid, text) VALUES (new.sid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentence_fts(sentence_fts, rowid, text)
    VALUES ('delete', old.sid, old.text);
END;
CREATE TABLE IF NOT EXISTS actors(
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, sentence INTEGER,
  begin INTEGER, end INTEGER, kind TEXT, code TEXT, country TEXT, role TEXT,
  name TEXT, text TEXT, antecedent INTEGER,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quotes(
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, sentence INTEGER,
  begin INTEGER, end INTEGER, speaker_code TEXT, speaker_name TEXT,
  speaker_text TEXT, indirect INTEGER, text TEXT,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counts(
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, sentence INTEGER,
  type TEXT, number INTEGER, upper INTEGER, text TEXT, object TEXT,
  place_name TEXT, place_country TEXT, date TEXT, historical INTEGER,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places(
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, sentence INTEGER,
  name TEXT, country TEXT, kind TEXT, lat REAL, lon REAL, admin1 TEXT,
  geonames_id INTEGER, text TEXT,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS gevents(
  gid INTEGER PRIMARY KEY,
  date TEXT NOT NULL, src_code TEXT NOT NULL, tgt_code TEXT NOT NULL,
  cameo TEXT NOT NULL, place_key TEXT NOT NULL,
  src_name TEXT, src_country TEXT, src_role TEXT,
  tgt_name TEXT, tgt_country TEXT, tgt_role TEXT,
  base TEXT, root TEXT, quad INTEGER, goldstein REAL, plover TEXT,
  place_name TEXT, place_country TEXT, place_adm1 TEXT, place_kind TEXT,
  place_lat REAL, place_lon REAL, place_feature INTEGER,
  is_root INTEGER DEFAULT 0, num_mentions INTEGER DEFAULT 0,
  num_sources INTEGER DEFAULT 0, num_articles INTEGER DEFAULT 0,
  avg_tone REAL DEFAULT 0, added TEXT, source_url TEXT, first_eid INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS gevents_key
  ON gevents(date, src_code, tgt_code, cameo, place_key);
CREATE INDEX IF NOT EXISTS gevents_src ON gevents(src_code, date);
CREATE INDEX IF NOT EXISTS gevents_tgt ON gevents(tgt_code, date);
CREATE INDEX IF NOT EXISTS gevents_cameo ON gevents(cameo, date);
CREATE INDEX IF NOT EXISTS gevents_quad ON gevents(quad, date);
CREATE INDEX IF NOT EXISTS gevents_src_country ON gevents(src_country);
CREATE INDEX IF NOT EXISTS gevents_tgt_country ON gevents(tgt_country);
CREATE TABLE IF NOT EXISTS events(
  eid INTEGER PRIMARY KEY,
  gid INTEGER NOT NULL, doc INTEGER NOT NULL, sid INTEGER,
  sentence INTEGER, idx INTEGER, event_id TEXT, date TEXT,
  src_code TEXT, src_country TEXT, src_role TEXT, src_name TEXT,
  src_text TEXT, src_offset INTEGER,
  tgt_code TEXT, tgt_country TEXT, tgt_role TEXT, tgt_name TEXT,
  tgt_text TEXT, tgt_offset INTEGER,
  cameo TEXT, base TEXT, root TEXT, quad INTEGER, goldstein REAL,
  plover TEXT,
  place_name TEXT, place_country TEXT, place_adm1 TEXT, place_kind TEXT,
  place_lat REAL, place_lon REAL, place_feature INTEGER,
  flags INTEGER, action_offset INTEGER, in_raw_text INTEGER,
  is_root INTEGER, confidence INTEGER);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_gid ON events(gid);
CREATE INDEX IF NOT EXISTS events_sid ON events(sid);
CREATE VIEW IF NOT EXISTS mentions AS
  SELECT e.gid AS global_event_id, e.eid, e.event_id, d.id AS doc_id,
         e.sentence, s.text AS sentence_text, d.source, d.url, d.date AS doc_date
  FROM events e JOIN documents d ON d.doc = e.doc
  LEFT JOIN sentences s ON s.sid = e.sid;
)sql";

// Quad class of a CAMEO code from its two-digit root, GDELT's convention.
int QuadFromRoot(std::string_view cameo) {
  if (cameo.size() < 2) return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

// GDELT counts characters, not bytes: the number of UTF-8 lead bytes.
int64_t CharOffset(std::string_view text, uint32_t byte) {
  if (byte > text.size()) byte = static_cast<uint32_t>(text.size());
  int64_t n = 0;
  for (uint32_t i = 0; i < byte; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string NowStamp() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02d", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

bool FullDate(const Date& d) {
  return d.year != 0 && d.month != 0 && d.day != 0;
}

// The day an event is filed under: its own date when known to the day,
// else the publication date, else whatever part of its own date is known
// padded with 01 so that ranges and GDELT's Day column still work.
std::string EffectiveDate(const Event& e, const Document& doc) {
  if (FullDate(e.date)) return e.date.ToString();
  if (FullDate(doc.date)) return doc.date.ToString();
  Date d = e.date.known() ? e.date : doc.date;
  if (!d.known()) return "";
  if (d.month == 0) d.month = 1;
  if (d.day == 0) d.day = 1;
  return d.ToString();
}

// GDELT's IsRootEvent: the event is in the lead (headline, standfirst or
// first body paragraph).
bool IsLead(const Document& doc, uint32_t sentence) {
  if (sentence >= doc.sentences.size()) return false;
  if (doc.blocks.empty()) return sentence < 2;
  uint32_t block = doc.sentences[sentence].block;
  uint32_t first_body = kNone;
  for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
    if (doc.blocks[b].kind == BlockKind::kBody) {
      first_body = b;
      break;
    }
  }
  if (block >= doc.blocks.size()) return false;
  BlockKind k = doc.blocks[block].kind;
  return k == BlockKind::kHeadline || k == BlockKind::kStandfirst ||
         block == first_body;
}

}  // namespace

struct Store::Impl {
  StoreOptions options;
  int pending = 0;  // documents in the open transaction
  bool in_txn = false;
  std::unordered_set<int64_t> touched;  // gevents to recompute at commit
  std::string added;                    // DATEADDED of this session

  Stmt find_doc, doc_gids, insert_doc, insert_sentence, insert_actor,
      insert_quote, insert_count, insert_place, find_group, insert_group,
      insert_event, group_docs, update_group, drop_group, has_doc;
  Stmt del[7];
};

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* out) {
  std::unique_ptr<Store> store(new Store());
  store->impl_ = std::make_unique<Impl>();
  Impl& m = *store->impl_;
  m.options = options;
  if (m.options.batch_documents < 1) m.options.batch_documents = 1;
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &store->db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = store->db_ ? sqlite3_errmsg(store->db_) : "out of memory";
    return options.read_only ? NotFound("cannot open " + path + ": " + msg)
                             : Internal("cannot open " + path + ": " + msg);
  }
  sqlite3* db = store->db_;
  sqlite3_busy_timeout(db, 10000);
  if (options.read_only) {
    Stmt check;
    Status s = check.Prepare(db, "SELECT count(*) FROM gevents");
    if (!s.ok()) return NotFound(path + " is not a dyad event store");
    return (*out = std::move(store), Status::Ok());
  }
  Status s = ExecSql(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
  if (s.ok()) s = ExecSql(db, kSchema);
  if (!s.ok()) return s;
  m.added = NowStamp();

  struct {
    Stmt* stmt;
    const char* sql;
  } const prepared[] = {
      {&m.find_doc, "SELECT doc FROM documents WHERE id = ?1"},
      {&m.has_doc, "SELECT 1 FROM documents WHERE id = ?1 AND hash = ?2"},
      {&m.doc_gids, "SELECT DISTINCT gid FROM events WHERE doc = ?1"},
      {&m.del[0], "DELETE FROM events WHERE doc = ?1"},
      {&m.del[1], "DELETE FROM sentences WHERE doc = ?1"},
      {&m.del[2], "DELETE FROM actors WHERE doc = ?1"},
      {&m.del[3], "DELETE FROM quotes WHERE doc = ?1"},
      {&m.del[4], "DELETE FROM counts WHERE doc = ?1"},
      {&m.del[5], "DELETE FROM places WHERE doc = ?1"},
      {&m.del[6], "DELETE FROM documents WHERE doc = ?1"},
      {&m.insert_doc,
       "INSERT INTO documents(id, title, source, url, date, text, hash, chars,"
       " tone, positive, negative, polarity, activity, self_reference,"
       " word_count, added) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
       "?13,?14,?15,?16)"},
      {&m.insert_sentence,
       "INSERT INTO sentences(doc, idx, begin, end, block_kind, codable, text)"
       " VALUES (?1,?2,?3,?4,?5,?6,?7)"},
      {&m.insert_actor,
       "INSERT INTO actors VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"},
      {&m.insert_quote,
       "INSERT INTO quotes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"},
      {&m.insert_count,
       "INSERT INTO counts VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"},
      {&m.insert_place,
       "INSERT INTO places VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"},
      {&m.find_group,
       "SELECT gid FROM gevents WHERE date = ?1 AND src_code = ?2 AND "
       "tgt_code = ?3 AND cameo = ?4 AND place_key = ?5"},
      {&m.insert_group,
       "INSERT INTO gevents(date, src_code, tgt_code, cameo, place_key,"
       " src_name, src_country, src_role, tgt_name, tgt_country, tgt_role,"
       " base, root, quad, goldstein, plover, place_name, place_country,"
       " place_adm1, place_kind, place_lat, place_lon, place_feature,"
       " num_mentions, num_sources, num_articles, avg_tone, added,"
       " source_url, first_eid)"
       " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,"
       "?18,?19,?20,?21,?22,?23,1,1,1,?24,?25,?26,?27)"},
      {&m.insert_event,
       "INSERT INTO events(gid, doc, sid, sentence, idx, event_id, date,"
       " src_code, src_country, src_role, src_name, src_text, src_offset,"
       " tgt_code, tgt_country, tgt_role, tgt_name, tgt_text, tgt_offset,"
       " cameo, base, root, quad, goldstein, plover, place_name,"
       " place_country, place_adm1, place_kind, place_lat, place_lon,"
       " place_feature, flags, action_offset, in_raw_text, is_root,"
       " confidence) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
       "?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,"
       "?32,?33,?34,?35,?36,?37)"},
      {&m.group_docs,
       "SELECT x.n, x.first, x.lead, d.source, d.id, d.url, d.tone, d.added"
       " FROM (SELECT doc, count(*) AS n, min(eid) AS first,"
       " max(is_root) AS lead FROM events WHERE gid = ?1 GROUP BY doc) x"
       " JOIN documents d ON d.doc = x.doc"},
      {&m.update_group,
       "UPDATE gevents SET num_mentions = ?2, num_articles = ?3,"
       " num_sources = ?4, avg_tone = ?5, is_root = ?6, first_eid = ?7,"
       " added = ?8, source_url = ?9 WHERE gid = ?1"},
      {&m.drop_group, "DELETE FROM gevents WHERE gid = ?1"},
  };
  for (const auto& p : prepared) {
    s = p.stmt->Prepare(db, p.sql);
    if (!s.ok()) return s;
  }
  *out = std::move(store);
  return Status::Ok();
}

Store::~Store() {
  if (impl_ && impl_->in_txn) Commit();
  impl_.reset();  // finalizes statements before the connection closes
  if (db_) sqlite3_close(db_);
}

std::string Store::ContentHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool Store::HasDocument(std::string_view id, std::string_view text) {
  Stmt& q = impl_->has_doc;
  q.Reset();
  q.Bind(1, id);
  q.Bind(2, ContentHash(text));
  bool found = q.Step() == SQLITE_ROW;
  q.Reset();
  return found;
}

Status Store::Put(const Document& doc, const CodeLookup& lookup) {
  Impl& m = *impl_;
  if (doc.id.empty()) return InvalidArgument("document without an id");
  if (!m.in_txn) {
    Status s = ExecSql(db_, "BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    m.in_txn = true;
  }
  Status s = ExecSql(db_, "SAVEPOINT doc");
  if (!s.ok()) return s;

  auto fail = [&](Status st) {
    ExecSql(db_, "ROLLBACK TO doc; RELEASE doc");
    return Status(st.code(), "document " + doc.id + ": " + st.message());
  };
  // Remove an earlier copy; its groups are recomputed at commit.
  m.find_doc.Reset();
  m.find_doc.Bind(1, doc.id);
  int64_t old = -1;
  if (m.find_doc.Step() == SQLITE_ROW) old = m.find_doc.Int(0);
  m.find_doc.Reset();
  if (old >= 0) {
    m.doc_gids.Reset();
    m.doc_gids.Bind(1, old);
    while (m.doc_gids.Step() == SQLITE_ROW) m.touched.insert(m.doc_gids.Int(0));
    m.doc_gids.Reset();
    for (Stmt& d : m.del) {
      d.Reset();
      d.Bind(1, old);
      if (s = d.Exec(db_); !s.ok()) return fail(s);
    }
  }

  std::string_view text = doc.text;
  auto span_text = [&](Span sp) -> std::string_view {
    if (sp.begin >= sp.end || sp.end > text.size()) return {};
    return text.substr(sp.begin, sp.end - sp.begin);
  };

  Stmt& q = m.insert_doc;
  q.Reset();
  q.Bind(1, doc.id);
  q.Bind(2, doc.title);
  q.Bind(3, doc.source);
  q.Bind(4, doc.url);
  q.Bind(5, doc.date.ToString());
  q.Bind(6, text);
  q.Bind(7, ContentHash(text));
  q.Bind(8, CharOffset(text, static_cast<uint32_t>(text.size())));
  q.Bind(9, doc.tone.tone);
  q.Bind(10, doc.tone.positive);
  q.Bind(11, doc.tone.negative);
  q.Bind(12, doc.tone.polarity);
  q.Bind(13, doc.tone.activity);
  q.Bind(14, doc.tone.self_reference);
  q.Bind(15, static_cast<int64_t>(doc.tone.word_count));
  q.Bind(16, m.added);
  if (s = q.Exec(db_); !s.ok()) return fail(s);
  const int64_t key = sqlite3_last_insert_rowid(db_);

  std::vector<int64_t> sids(doc.sentences.size(), 0);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& st = doc.sentences[i];
    Stmt& w = m.insert_sentence;
    w.Reset();
    w.Bind(1, key);
    w.Bind(2, static_cast<int64_t>(i));
    w.Bind(3, st.span.begin);
    w.Bind(4, st.span.end);
    w.Bind(5, st.block < doc.blocks.size()
                  ? BlockKindName(doc.blocks[st.block].kind)
                  : "body");
    w.Bind(6, st.codable ? 1 : 0);
    w.Bind(7, span_text(st.span));
    if (s = w.Exec(db_); !s.ok()) return fail(s);
    sids[i] = sqlite3_last_insert_rowid(db_);
  }

  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const ActorMention& a = doc.mentions[i];
    Stmt& w = m.insert_actor;
    w.Reset();
    w.Bind(1, key);
    w.Bind(2, static_cast<int64_t>(i));
    w.Bind(3, a.sentence);
    w.Bind(4, a.span.begin);
    w.Bind(5, a.span.end);
    w.Bind(6, ActorKindName(a.kind));
    w.Bind(7, a.code);
    w.Bind(8, a.country);
    w.Bind(9, a.role);
    w.Bind(10, a.name);
    w.Bind(11, span_text(a.span));
    if (a.antecedent != kNone) w.Bind(12, a.antecedent);
    if (s = w.Exec(db_); !s.ok()) return fail(s);
  }

  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& qt = doc.quotes[i];
    const ActorMention* sp =
        qt.speaker < doc.mentions.size() ? &doc.mentions[qt.speaker] : nullptr;
    Stmt& w = m.insert_quote;
    w.Reset();
    w.Bind(1, key);
    w.Bind(2, static_cast<int64_t>(i));
    w.Bind(3, qt.sentence);
    w.Bind(4, qt.span.begin);
    w.Bind(5, qt.span.end);
    w.Bind(6, sp ? sp->code : std::string());
    w.Bind(7, sp ? sp->name : std::string());
    w.Bind(8, span_text(qt.speaker_span));
    w.Bind(9, qt.indirect ? 1 : 0);
    w.Bind(10, span_text(qt.span));
    if (s = w.Exec(db_); !s.ok()) return fail(s);
  }

  for (size_t i = 0; i < doc.counts.size(); ++i) {
    const dyad::Count& c = doc.counts[i];
    const Place* pl =
        c.place < doc.places.size() ? &doc.places[c.place] : nullptr;
    Stmt& w = m.insert_count;
    w.Reset();
    w.Bind(1, key);
    w.Bind(2, static_cast<int64_t>(i));
    w.Bind(3, c.sentence);
    w.Bind(4, CountTypeName(c.type));
    w.Bind(5, c.number);
    w.Bind(6, c.upper);
    w.Bind(7, span_text(c.span));
    w.Bind(8, span_text(c.object));
    w.Bind(9, pl ? pl->name : std::string());
    w.Bind(10, pl ? pl->country : std::string());
    w.Bind(11, c.date.ToString());
    w.Bind(12, c.historical ? 1 : 0);
    if (s = w.Exec(db_); !s.ok()) return fail(s);
  }

  for (size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    Stmt& w = m.insert_place;
    w.Reset();
    w.Bind(1, key);
    w.Bind(2, static_cast<int64_t>(i));
    w.Bind(3, p.sentence);
    w.Bind(4, p.name);
    w.Bind(5, p.country);
    w.Bind(6, PlaceKindName(p.kind));
    w.Bind(7, p.lat);
    w.Bind(8, p.lon);
    w.Bind(9, p.admin1);
    w.Bind(10, static_cast<int64_t>(p.geonames_id));
    w.Bind(11, span_text(p.span));
    if (s = w.Exec(db_); !s.ok()) return fail(s);
  }

  std::vector<uint32_t> per_sentence(doc.sentences.size() + 1, 0);
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const ActorMention* src =
        e.source < doc.mentions.size() ? &doc.mentions[e.source] : nullptr;
    const ActorMention* tgt =
        e.target < doc.mentions.size() ? &doc.mentions[e.target] : nullptr;
    const Place* pl =
        e.place < doc.places.size() ? &doc.places[e.place] : nullptr;
    const CameoCode* cc = lookup ? lookup(e.cameo) : nullptr;
    std::string date = EffectiveDate(e, doc);
    std::string src_code = src ? src->code : std::string();
    std::string tgt_code = tgt ? tgt->code : std::string();
    std::string place_key = pl ? pl->country + "|" + pl->name : std::string();
    std::string base = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
    std::string root = e.cameo.substr(0, std::min<size_t>(2, e.cameo.size()));
    int quad = cc ? cc->quad_class : QuadFromRoot(e.cameo);
    double goldstein = cc ? cc->goldstein : 0.0;
    std::string plover = cc ? cc->plover : std::string();

    // Find or create the deduplicated event.
    m.find_group.Reset();
    m.find_group.Bind(1, date);
    m.find_group.Bind(2, src_code);
    m.find_group.Bind(3, tgt_code);
    m.find_group.Bind(4, e.cameo);
    m.find_group.Bind(5, place_key);
    int64_t gid = -1;
    if (m.find_group.Step() == SQLITE_ROW) gid = m.find_group.Int(0);
    m.find_group.Reset();
    if (gid < 0) {
      Stmt& g = m.insert_group;
      g.Reset();
      g.Bind(1, date);
      g.Bind(2, src_code);
      g.Bind(3, tgt_code);
      g.Bind(4, e.cameo);
      g.Bind(5, place_key);
      g.Bind(6, src ? src->name : std::string());
      g.Bind(7, src ? src->country : std::string());
      g.Bind(8, src ? src->role : std::string());
      g.Bind(9, tgt ? tgt->name : std::string());
      g.Bind(10, tgt ? tgt->country : std::string());
      g.Bind(11, tgt ? tgt->role : std::string());
      g.Bind(12, base);
      g.Bind(13, root);
      g.Bind(14, quad);
      g.Bind(15, goldstein);
      g.Bind(16, plover);
      if (pl) {
        g.Bind(17, pl->name);
        g.Bind(18, pl->country);
        g.Bind(19, pl->admin1);
        g.Bind(20, PlaceKindName(pl->kind));
        g.Bind(21, pl->lat);
        g.Bind(22, pl->lon);
        g.Bind(23, static_cast<int64_t>(pl->geonames_id));
      }
      // Provisional aggregates, final at Commit(): a row written at its
      // final size is not moved or split when the counts are filled in.
      g.Bind(24, doc.tone.tone);
      g.Bind(25, m.added);
      g.Bind(26, doc.url.empty() ? doc.id : doc.url);
      g.Bind(27, int64_t{1} << 40);
      if (s = g.Exec(db_); !s.ok()) return fail(s);
      gid = sqlite3_last_insert_rowid(db_);
    }
    m.touched.insert(gid);

    uint32_t sent = e.sentence;
    uint32_t nth = 0;
    if (sent < doc.sentences.size()) nth = per_sentence[sent]++;
    bool raw = !(src && src->kind == ActorKind::kPronoun) &&
               !(tgt && tgt->kind == ActorKind::kPronoun);
    int confidence = 100;
    if (e.flags & static_cast<uint8_t>(EventFlag::kReported)) confidence -= 20;
    if (e.flags & static_cast<uint8_t>(EventFlag::kFuture)) confidence -= 20;
    if (e.flags & static_cast<uint8_t>(EventFlag::kHypothetical))
      confidence -= 30;
    if (e.flags & static_cast<uint8_t>(EventFlag::kHistorical))
      confidence -= 20;
    if (!raw) confidence -= 10;
    if (confidence < 10) confidence = 10;

    Stmt& w = m.insert_event;
    w.Reset();
    w.Bind(1, gid);
    w.Bind(2, key);
    if (sent < sids.size()) w.Bind(3, sids[sent]);
    w.Bind(4, sent);
    w.Bind(5, static_cast<int64_t>(i));
    w.Bind(6, doc.id + "-" + std::to_string(sent) + "-" + std::to_string(nth));
    w.Bind(7, date);
    w.Bind(8, src_code);
    w.Bind(9, src ? src->country : std::string());
    w.Bind(10, src ? src->role : std::string());
    w.Bind(11, src ? src->name : std::string());
    w.Bind(12, src ? span_text(src->span) : std::string_view());
    w.Bind(13, src ? CharOffset(text, src->span.begin) : int64_t{-1});
    w.Bind(14, tgt_code);
    w.Bind(15, tgt ? tgt->country : std::string());
    w.Bind(16, tgt ? tgt->role : std::string());
    w.Bind(17, tgt ? tgt->name : std::string());
    w.Bind(18, tgt ? span_text(tgt->span) : std::string_view());
    w.Bind(19, tgt ? CharOffset(text, tgt->span.begin) : int64_t{-1});
    w.Bind(20, e.cameo);
    w.Bind(21, base);
    w.Bind(22, root);
    w.Bind(23, quad);
    w.Bind(24, goldstein);
    w.Bind(25, plover);
    if (pl) {
      w.Bind(26, pl->name);
      w.Bind(27, pl->country);
      w.Bind(28, pl->admin1);
      w.Bind(29, PlaceKindName(pl->kind));
      w.Bind(30, pl->lat);
      w.Bind(31, pl->lon);
      w.Bind(32, static_cast<int64_t>(pl->geonames_id));
    }
    w.Bind(33, static_cast<int64_t>(e.flags));
    int64_t action = -1;
    if (e.trigger_first < doc.tokens.size()) {
      action = CharOffset(text, doc.tokens[e.trigger_first].span.begin);
    }
    w.Bind(34, action);
    w.Bind(35, raw ? 1 : 0);
    w.Bind(36, IsLead(doc, sent) ? 1 : 0);
    w.Bind(37, confidence);
    if (s = w.Exec(db_); !s.ok()) return fail(s);
  }

  if (s = ExecSql(db_, "RELEASE doc"); !s.ok()) return fail(s);
  if (++m.pending >= m.options.batch_documents) return Commit();
  return Status::Ok();
}

// Brings one deduplicated event up to date from its mentions, grouped by
// document: NumMentions, NumArticles, NumSources (distinct source names; a
// document without one counts as its own source), AvgTone (mean tone of the
// documents), IsRootEvent, the first mention, DATEADDED and SOURCEURL (of the
// first mention's document). A group left without mentions is deleted.
Status Store::RecomputeGroup(int64_t gid,
                             std::unordered_set<std::string>* sources) {
  Impl& m = *impl_;
  int64_t mentions = 0, articles = 0, lead = 0, first = -1;
  double tone = 0;
  std::string added, url;
  sources->clear();
  Stmt& q = m.group_docs;
  q.Reset();
  q.Bind(1, gid);
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    mentions += q.Int(0);
    ++articles;
    int64_t eid = q.Int(1);
    lead = std::max(lead, q.Int(2));
    std::string_view source = q.Text(3);
    if (source.empty()) {
      sources->insert("#" + std::string(q.Text(4)));
    } else {
      sources->insert(std::string(source));
    }
    tone += q.Double(6);
    std::string_view day = q.Text(7);
    if (added.empty() || day < added) added = std::string(day);
    if (first < 0 || eid < first) {
      first = eid;
      url = std::string(q.Text(5).empty() ? q.Text(4) : q.Text(5));
    }
  }
  q.Reset();
  if (rc != SQLITE_DONE) return Internal(sqlite3_errmsg(db_));
  if (mentions == 0) {
    m.drop_group.Reset();
    m.drop_group.Bind(1, gid);
    return m.drop_group.Exec(db_);
  }
  Stmt& u = m.update_group;
  u.Reset();
  u.Bind(1, gid);
  u.Bind(2, mentions);
  u.Bind(3, articles);
  u.Bind(4, static_cast<int64_t>(sources->size()));
  u.Bind(5, tone / static_cast<double>(articles));
  u.Bind(6, lead);
  u.Bind(7, first);
  u.Bind(8, added);
  u.Bind(9, url);
  return u.Exec(db_);
}

Status Store::Commit() {
  Impl& m = *impl_;
  if (!m.in_txn) return Status::Ok();
  Status s;
  std::unordered_set<std::string> sources;
  for (int64_t gid : m.touched) {
    if (s = RecomputeGroup(gid, &sources); !s.ok()) break;
  }
  m.touched.clear();
  m.pending = 0;
  m.in_txn = false;
  if (!s.ok()) {
    ExecSql(db_, "ROLLBACK");
    return s;
  }
  return ExecSql(db_, "COMMIT");
}

Status Store::Count(StoreCounts* out) {
  struct {
    int64_t* field;
    const char* sql;
  } const queries[] = {
      {&out->documents, "SELECT count(*) FROM documents"},
      {&out->sentences, "SELECT count(*) FROM sentences"},
      {&out->events, "SELECT count(*) FROM events"},
      {&out->dedup_events, "SELECT count(*) FROM gevents"},
      {&out->actors, "SELECT count(*) FROM actors"},
      {&out->quotes, "SELECT count(*) FROM quotes"},
      {&out->counts, "SELECT count(*) FROM counts"},
      {&out->places, "SELECT count(*) FROM places"},
  };
  for (const auto& q : queries) {
    Stmt st;
    Status s = st.Prepare(db_, q.sql);
    if (!s.ok()) return s;
    if (st.Step() != SQLITE_ROW) return Internal(sqlite3_errmsg(db_));
    *q.field = st.Int(0);
  }
  return Status::Ok();
}

}  // namespace dyad
