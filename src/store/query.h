// Analyst queries and exports over an event store (store/store.h).
//
// Queries run on the deduplicated events (one row per GDELT-style event)
// unless QueryFilter::mentions asks for every coded mention. The query
// language is a set of filters that are ANDed, plus one optional aggregate.
// docs/store.md lists every option.
#ifndef DYAD_STORE_QUERY_H_
#define DYAD_STORE_QUERY_H_

#include <cstdint>
#include <cstdio>
#include <string>

#include "dyad/status.h"

struct sqlite3;

namespace dyad {

struct QueryFilter {
  std::string from, to;  // YYYY-MM-DD, inclusive
  std::string actor;     // CAMEO code prefix, source or target
  std::string source;    // prefix of the source code
  std::string target;    // prefix of the target code
  std::string country;   // ISO alpha-3 of source or target
  std::string role;      // GOV, MIL, ... of source or target
  std::string dyad;      // "SRC:TGT", each side a prefix, may be empty
  std::string cameo;     // CAMEO code prefix ("19", "046")
  std::string plover;    // PLOVER category, case-insensitive
  int quad = 0;          // 1..4, 0 = any
  bool near = false;     // place within radius_km of (lat, lon)
  double lat = 0, lon = 0, radius_km = 50;
  std::string text;       // FTS5 query over the mention's sentence
  bool mentions = false;  // rows are coded mentions, not dedup events
};

struct QuerySpec {
  QueryFilter filter;
  std::string count_by;  // "", "day", "week" (Monday), "month"
  // "", dyad, country, source-country, target-country, quad, source,
  // target, cameo, root, plover
  std::string group;
  bool goldstein = false;  // totals: events, mentions, Goldstein sum/mean
  std::string top;         // "", "actors", "dyads"
  int top_n = 10;
  int64_t limit = 0;  // 0 = no limit (event lists)
};

enum class OutputFormat { kTable, kCsv, kJsonl };

// Parses "table", "csv", "jsonl".
bool ParseOutputFormat(const std::string& name, OutputFormat* out);
// Parses "LAT,LON" into the filter's near fields.
bool ParseNear(const std::string& text, QueryFilter* filter);

// Builds the SQL of a query (for tests and --explain).
Status BuildQuerySql(const QuerySpec& spec, std::string* sql);

// Runs a query and writes its rows. *rows gets the row count when non-null.
Status RunQuery(sqlite3* db, const QuerySpec& spec, OutputFormat format,
                FILE* out, int64_t* rows = nullptr);

enum class ExportFormat { kGdelt, kGdeltMentions, kCsv, kPlover };
bool ParseExportFormat(const std::string& name, ExportFormat* out);

// Writes the (filtered) events: GDELT 2.0 Event table (61 tab-separated
// columns, no header), GDELT 2.0 Mentions table (16 columns, no header),
// CSV with a header, or PLOVER/POLECAT-style JSON Lines.
Status Export(sqlite3* db, const QueryFilter& filter, ExportFormat format,
              FILE* out, int64_t* rows = nullptr);

// The GDELT actor attributes a CAMEO actor code carries.
struct GdeltActor {
  std::string country, known_group, ethnic, religion1, religion2;
  std::string type[3];
};
GdeltActor SplitActorCode(const std::string& code, const std::string& country);

// Registers dyad_km(lat1, lon1, lat2, lon2) (great-circle distance) on db.
void RegisterStoreFunctions(sqlite3* db);

}  // namespace dyad

#endif  // DYAD_STORE_QUERY_H_
