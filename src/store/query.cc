// Analyst queries and exports: filters become one SQL WHERE clause over the
// deduplicated events (or the mentions), so SQLite's planner picks the index
// (date, actor codes, CAMEO, quad, PLOVER) that fits the filter best.
//
// Code prefixes are matched as half-open ranges [P, P') where P' is P with
// its last byte incremented, rather than LIKE 'P%': a range is indexable
// under the default BINARY collation, LIKE is not. The radius filter first
// cuts a latitude/longitude box (cheap comparisons) and only then calls the
// great-circle function, registered on the connection as dyad_km().
//
// Exports stream rows straight from a statement to the output, so memory
// stays flat however large the store is; only the aligned table buffers its
// rows, because column widths are known only at the end.
#include "store/query.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "store/sqlite.h"

namespace dyad {
namespace {

struct Binding {
  enum Kind { kText, kInt, kDouble } kind = kText;
  std::string text;
  int64_t i = 0;
  double d = 0;
};

class SqlBuilder {
 public:
  std::string where;
  std::vector<Binding> binds;

  std::string Param(std::string v) {
    Binding b;
    b.text = std::move(v);
    binds.push_back(std::move(b));
    return "?" + std::to_string(binds.size());
  }
  std::string Param(int64_t v) {
    Binding b;
    b.kind = Binding::kInt;
    b.i = v;
    binds.push_back(b);
    return "?" + std::to_string(binds.size());
  }
  std::string Param(double v) {
    Binding b;
    b.kind = Binding::kDouble;
    b.d = v;
    binds.push_back(b);
    return "?" + std::to_string(binds.size());
  }
  void And(const std::string& cond) {
    where += where.empty() ? " WHERE " : " AND ";
    where += cond;
  }
  // col starts with prefix; an empty prefix matches everything.
  std::string Prefix(const std::string& col, const std::string& prefix) {
    std::string lo = prefix;
    std::string hi = prefix;
    while (!hi.empty() && static_cast<unsigned char>(hi.back()) == 0xFF) {
      hi.pop_back();
    }
    if (hi.empty()) return col + " >= " + Param(lo);
    hi.back() = static_cast<char>(hi.back() + 1);
    return "(" + col + " >= " + Param(lo) + " AND " + col + " < " + Param(hi) +
           ")";
  }
  void Bind(Stmt* st) const {
    for (size_t i = 0; i < binds.size(); ++i) {
      const Binding& b = binds[i];
      int k = static_cast<int>(i + 1);
      if (b.kind == Binding::kText) st->Bind(k, b.text);
      if (b.kind == Binding::kInt) st->Bind(k, b.i);
      if (b.kind == Binding::kDouble) st->Bind(k, b.d);
    }
  }
};

std::string Upper(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string RoleCond(SqlBuilder* b, const std::string& side,
                     const std::string& p) {
  return "(g." + side + "_role = " + p + " OR substr(g." + side +
         "_code, 4, 3) = " + p + " OR substr(g." + side +
         "_code, 7, 3) = " + p + ")";
}

// Appends the filter's conditions; the table is aliased g and has the
// shared column names of events and gevents.
Status AddFilter(const QueryFilter& f, SqlBuilder* b) {
  if (!f.from.empty()) b->And("g.date >= " + b->Param(f.from));
  if (!f.to.empty()) b->And("g.date <= " + b->Param(f.to));
  if (!f.actor.empty()) {
    std::string a = Upper(f.actor);
    b->And("(" + b->Prefix("g.src_code", a) + " OR " +
           b->Prefix("g.tgt_code", a) + ")");
  }
  if (!f.source.empty()) b->And(b->Prefix("g.src_code", Upper(f.source)));
  if (!f.target.empty()) b->And(b->Prefix("g.tgt_code", Upper(f.target)));
  if (!f.dyad.empty()) {
    size_t colon = f.dyad.find(':');
    if (colon == std::string::npos) {
      return InvalidArgument("--dyad wants SRC:TGT, got " + f.dyad);
    }
    std::string src = Upper(f.dyad.substr(0, colon));
    std::string tgt = Upper(f.dyad.substr(colon + 1));
    if (!src.empty()) b->And(b->Prefix("g.src_code", src));
    if (!tgt.empty()) b->And(b->Prefix("g.tgt_code", tgt));
  }
  if (!f.country.empty()) {
    std::string p = b->Param(Upper(f.country));
    b->And("(g.src_country = " + p + " OR g.tgt_country = " + p + ")");
  }
  if (!f.role.empty()) {
    std::string p = b->Param(Upper(f.role));
    b->And("(" + RoleCond(b, "src", p) + " OR " + RoleCond(b, "tgt", p) + ")");
  }
  if (!f.cameo.empty()) b->And(b->Prefix("g.cameo", f.cameo));
  if (!f.plover.empty()) b->And("g.plover = " + b->Param(Upper(f.plover)));
  if (f.quad != 0) {
    if (f.quad < 1 || f.quad > 4) return InvalidArgument("--quad wants 1..4");
    b->And("g.quad = " + b->Param(static_cast<int64_t>(f.quad)));
  }
  if (f.near) {
    if (!(f.radius_km > 0) || std::fabs(f.lat) > 90 || std::fabs(f.lon) > 180) {
      return InvalidArgument("--near wants LAT,LON and a positive --radius-km");
    }
    double dlat = f.radius_km / 111.0;
    double coslat = std::cos(f.lat * M_PI / 180.0);
    double dlon = coslat < 0.01 ? 360.0 : f.radius_km / (111.0 * coslat);
    b->And("g.place_lat BETWEEN " + b->Param(f.lat - dlat) + " AND " +
           b->Param(f.lat + dlat));
    if (dlon < 180) {
      double lo = f.lon - dlon, hi = f.lon + dlon;
      if (lo >= -180 && hi <= 180) {
        b->And("g.place_lon BETWEEN " + b->Param(lo) + " AND " + b->Param(hi));
      }
    }
    b->And("dyad_km(g.place_lat, g.place_lon, " + b->Param(f.lat) + ", " +
           b->Param(f.lon) + ") <= " + b->Param(f.radius_km));
  }
  if (!f.text.empty()) {
    std::string fts =
        "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH " +
        b->Param(f.text);
    if (f.mentions) {
      b->And("g.sid IN (" + fts + ")");
    } else {
      b->And("g.gid IN (SELECT gid FROM events WHERE sid IN (" + fts + "))");
    }
  }
  return Status::Ok();
}

std::string FromClause(const QueryFilter& f) {
  return f.mentions ? " FROM events g" : " FROM gevents g";
}

// ---- output -------------------------------------------------------------

std::string FormatReal(double v, bool compact) {
  char buf[64];
  std::snprintf(buf, sizeof buf, compact ? "%.6g" : "%.10g", v);
  return buf;
}

std::string CellText(const Stmt& st, int col, bool compact) {
  switch (sqlite3_column_type(st.get(), col)) {
    case SQLITE_NULL:
      return "";
    case SQLITE_INTEGER:
      return std::to_string(st.Int(col));
    case SQLITE_FLOAT:
      return FormatReal(st.Double(col), compact);
    default:
      return std::string(st.Text(col));
  }
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

Status WriteRows(sqlite3* db, Stmt* st, OutputFormat format, FILE* out,
                 int64_t* rows) {
  int ncol = st->Columns();
  std::vector<std::string> names(ncol);
  for (int c = 0; c < ncol; ++c) {
    const char* n = sqlite3_column_name(st->get(), c);
    names[c] = n ? n : "";
  }
  std::string line;
  int64_t count = 0;
  std::vector<std::vector<std::string>> table;
  std::vector<bool> numeric(ncol, true);
  if (format == OutputFormat::kCsv) {
    for (int c = 0; c < ncol; ++c) {
      if (c) line.push_back(',');
      AppendCsvField(names[c], &line);
    }
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), out);
  }
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    ++count;
    line.clear();
    if (format == OutputFormat::kTable) {
      std::vector<std::string> row(ncol);
      for (int c = 0; c < ncol; ++c) {
        int t = sqlite3_column_type(st->get(), c);
        if (t == SQLITE_TEXT || t == SQLITE_BLOB) numeric[c] = false;
        row[c] = CellText(*st, c, true);
      }
      table.push_back(std::move(row));
      continue;
    }
    if (format == OutputFormat::kCsv) {
      for (int c = 0; c < ncol; ++c) {
        if (c) line.push_back(',');
        AppendCsvField(CellText(*st, c, false), &line);
      }
    } else {
      line.push_back('{');
      for (int c = 0; c < ncol; ++c) {
        if (c) line.push_back(',');
        AppendJsonString(names[c], &line);
        line.push_back(':');
        switch (sqlite3_column_type(st->get(), c)) {
          case SQLITE_NULL:
            line += "null";
            break;
          case SQLITE_INTEGER:
            line += std::to_string(st->Int(c));
            break;
          case SQLITE_FLOAT: {
            double v = st->Double(c);
            line += std::isfinite(v) ? FormatReal(v, false) : "null";
            break;
          }
          default:
            AppendJsonString(st->Text(c), &line);
        }
      }
      line.push_back('}');
    }
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), out);
  }
  if (rc != SQLITE_DONE) {
    return InvalidArgument(std::string("query failed: ") + sqlite3_errmsg(db));
  }
  if (format == OutputFormat::kTable) {
    std::vector<size_t> width(ncol);
    for (int c = 0; c < ncol; ++c) width[c] = DisplayWidth(names[c]);
    for (const auto& row : table) {
      for (int c = 0; c < ncol; ++c) {
        width[c] = std::max(width[c], DisplayWidth(row[c]));
      }
    }
    auto emit = [&](const std::vector<std::string>& row, bool header) {
      line.clear();
      for (int c = 0; c < ncol; ++c) {
        size_t pad = width[c] - DisplayWidth(row[c]);
        bool right = numeric[c] && !header;
        if (c) line += "  ";
        if (right) line.append(pad, ' ');
        line += row[c];
        if (!right && c + 1 < ncol) line.append(pad, ' ');
      }
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), out);
    };
    emit(names, true);
    std::vector<std::string> rule(ncol);
    for (int c = 0; c < ncol; ++c) rule[c] = std::string(width[c], '-');
    emit(rule, true);
    for (const auto& row : table) emit(row, false);
  }
  if (rows) *rows = count;
  return Status::Ok();
}

void Haversine(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < 4; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
      sqlite3_result_null(ctx);
      return;
    }
  }
  constexpr double kRad = M_PI / 180.0;
  double lat1 = sqlite3_value_double(argv[0]) * kRad;
  double lon1 = sqlite3_value_double(argv[1]) * kRad;
  double lat2 = sqlite3_value_double(argv[2]) * kRad;
  double lon2 = sqlite3_value_double(argv[3]) * kRad;
  double a = std::sin((lat2 - lat1) / 2) * std::sin((lat2 - lat1) / 2) +
             std::cos(lat1) * std::cos(lat2) * std::sin((lon2 - lon1) / 2) *
                 std::sin((lon2 - lon1) / 2);
  double d = 2 * 6371.0088 * std::asin(std::sqrt(std::min(1.0, a)));
  sqlite3_result_double(ctx, d);
}

Status Prepare(sqlite3* db, const std::string& sql, const SqlBuilder& b,
               Stmt* st) {
  RegisterStoreFunctions(db);
  Status s = st->Prepare(db, sql);
  if (!s.ok()) return InvalidArgument(s.message());
  b.Bind(st);
  return Status::Ok();
}

// ---- GDELT --------------------------------------------------------------

bool InSet(std::string_view seg, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), seg) != set.end();
}

bool IsReligion(std::string_view s) {
  return InSet(s, {"ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT",
                   "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW",
                   "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI",
                   "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"});
}

bool IsType(std::string_view s) {
  return InSet(s,
               {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY",
                "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
                "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO",
                "IMG", "INT", "MNC", "NGM", "NGO", "PTY", "SET", "UIS"});
}

bool IsTransnational(std::string_view s) {
  return InSet(s, {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"});
}

std::string UpperAscii(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return r;
}

// Tabs and newlines would break the TSV; GDELT has none in its fields.
std::string Clean(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return r;
}

std::string Num(double v, const char* fmt) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

int GeoType(std::string_view kind, std::string_view country) {
  if (kind.empty()) return 0;
  bool us = country == "USA";
  if (kind == "country") return 1;
  if (kind == "admin1" || kind == "region") return us ? 2 : 5;
  return us ? 3 : 4;
}

}  // namespace

GdeltActor SplitActorCode(const std::string& code, const std::string& country) {
  GdeltActor a;
  bool have_country = country.size() == 3 && !IsTransnational(country);
  if (have_country) a.country = country;
  int types = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string_view seg(code.data() + i, 3);
    if (i == 0 && have_country && seg == country) continue;
    if (IsReligion(seg)) {
      if (a.religion1.empty()) {
        a.religion1 = std::string(seg);
      } else if (a.religion2.empty()) {
        a.religion2 = std::string(seg);
      }
    } else if (IsType(seg)) {
      if (types < 3) a.type[types++] = std::string(seg);
    } else if (i == 0 && !have_country && country.empty()) {
      // A bare leading segment is a country code the coder did not split.
      a.country = std::string(seg);
    } else if (a.known_group.empty()) {
      a.known_group = std::string(seg);
    }
  }
  return a;
}

void RegisterStoreFunctions(sqlite3* db) {
  sqlite3_create_function(db, "dyad_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                          nullptr, Haversine, nullptr, nullptr);
}

bool ParseOutputFormat(const std::string& name, OutputFormat* out) {
  if (name == "table") return (*out = OutputFormat::kTable, true);
  if (name == "csv") return (*out = OutputFormat::kCsv, true);
  if (name == "jsonl" || name == "json")
    return (*out = OutputFormat::kJsonl, true);
  return false;
}

bool ParseExportFormat(const std::string& name, ExportFormat* out) {
  if (name == "gdelt") return (*out = ExportFormat::kGdelt, true);
  if (name == "gdelt-mentions")
    return (*out = ExportFormat::kGdeltMentions, true);
  if (name == "csv") return (*out = ExportFormat::kCsv, true);
  if (name == "plover" || name == "polecat")
    return (*out = ExportFormat::kPlover, true);
  return false;
}

bool ParseNear(const std::string& text, QueryFilter* filter) {
  size_t comma = text.find(',');
  if (comma == std::string::npos) return false;
  std::string a = text.substr(0, comma), b = text.substr(comma + 1);
  char* end = nullptr;
  double lat = std::strtod(a.c_str(), &end);
  if (a.empty() || *end != '\0') return false;
  double lon = std::strtod(b.c_str(), &end);
  if (b.empty() || *end != '\0') return false;
  if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 ||
      std::fabs(lon) > 180) {
    return false;
  }
  filter->near = true;
  filter->lat = lat;
  filter->lon = lon;
  return true;
}

namespace {

Status BuildQuery(const QuerySpec& spec, std::string* sql, SqlBuilder* b) {
  const QueryFilter& f = spec.filter;
  Status s = AddFilter(f, b);
  if (!s.ok()) return s;
  const std::string from = FromClause(f);
  const std::string weight = f.mentions ? "1" : "g.num_mentions";

  if (!spec.top.empty()) {
    int n = spec.top_n > 0 ? spec.top_n : 10;
    if (spec.top == "actors") {
      *sql =
          "WITH f AS (SELECT g.src_code, g.src_name, g.tgt_code, g.tgt_name, " +
          weight + " AS w" + from + b->where +
          ") SELECT actor, max(name) AS name, count(*) AS events,"
          " sum(w) AS mentions FROM (SELECT src_code AS actor, src_name AS"
          " name, w FROM f WHERE src_code <> '' UNION ALL SELECT tgt_code,"
          " tgt_name, w FROM f WHERE tgt_code <> '') GROUP BY actor"
          " ORDER BY events DESC, mentions DESC, actor LIMIT " +
          std::to_string(n);
    } else if (spec.top == "dyads") {
      *sql =
          "SELECT g.src_code AS source, g.tgt_code AS target,"
          " count(*) AS events, sum(" +
          weight +
          ") AS mentions,"
          " round(avg(g.goldstein), 3) AS goldstein_mean" +
          from + b->where + (b->where.empty() ? " WHERE" : " AND") +
          " g.src_code <> '' AND g.tgt_code <> ''"
          " GROUP BY g.src_code, g.tgt_code ORDER BY events DESC,"
          " mentions DESC, source, target LIMIT " +
          std::to_string(n);
    } else {
      return InvalidArgument("--top wants actors or dyads, got " + spec.top);
    }
    return Status::Ok();
  }

  std::string period, group, group_name;
  if (!spec.count_by.empty()) {
    if (spec.count_by == "day") {
      period = "g.date";
    } else if (spec.count_by == "week") {
      period = "date(g.date, 'weekday 0', '-6 days')";
    } else if (spec.count_by == "month") {
      period = "substr(g.date, 1, 7)";
    } else {
      return InvalidArgument("--count-by wants day, week or month");
    }
  }
  if (!spec.group.empty()) {
    const std::string& g = spec.group;
    group_name = g;
    if (g == "dyad") {
      group = "g.src_code || ':' || g.tgt_code";
    } else if (g == "country") {
      group =
          "coalesce(nullif(g.place_country, ''), nullif(g.src_country, ''),"
          " g.tgt_country)";
    } else if (g == "source-country") {
      group = "g.src_country", group_name = "source_country";
    } else if (g == "target-country") {
      group = "g.tgt_country", group_name = "target_country";
    } else if (g == "quad") {
      group = "g.quad";
    } else if (g == "source") {
      group = "g.src_code";
    } else if (g == "target") {
      group = "g.tgt_code";
    } else if (g == "cameo") {
      group = "g.cameo";
    } else if (g == "root") {
      group = "g.root";
    } else if (g == "plover") {
      group = "g.plover";
    } else {
      return InvalidArgument(
          "--group wants dyad, country, source-country, "
          "target-country, quad, source, target, cameo, "
          "root or plover");
    }
  }
  if (!period.empty() || !group.empty() || spec.goldstein) {
    std::string cols, by;
    if (!period.empty()) {
      cols += period + " AS period, ";
      by = "period";
    }
    if (!group.empty()) {
      cols += group + " AS \"" + group_name + "\", ";
      by += (by.empty() ? "" : ", ") + std::string("\"") + group_name + "\"";
    }
    *sql = "SELECT " + cols + "count(*) AS events, sum(" + weight +
           ") AS mentions, round(coalesce(sum(g.goldstein), 0), 3) AS"
           " goldstein_sum, round(avg(g.goldstein), 3) AS goldstein_mean" +
           from + b->where;
    if (!by.empty()) {
      // Within a period the biggest groups come first; ties by name so
      // that output is stable.
      *sql += " GROUP BY " + by + " ORDER BY " +
              (period.empty() ? "" : "period, ") +
              "events DESC, mentions DESC" +
              (group.empty() ? "" : ", \"" + group_name + "\"");
    }
    if (spec.limit > 0) *sql += " LIMIT " + std::to_string(spec.limit);
    return Status::Ok();
  }

  if (f.mentions) {
    *sql =
        "SELECT g.event_id, d.id AS doc_id, g.sentence, g.date,"
        " g.src_code AS source, g.src_name AS source_name,"
        " g.tgt_code AS target, g.tgt_name AS target_name, g.cameo,"
        " nullif(g.plover, '') AS plover,"
        " g.quad, g.goldstein, g.place_name AS place,"
        " g.place_country AS place_country, g.place_lat AS lat,"
        " g.place_lon AS lon, g.gid AS global_event_id, s.text"
        " FROM events g JOIN documents d ON d.doc = g.doc"
        " LEFT JOIN sentences s ON s.sid = g.sid" +
        b->where + " ORDER BY g.date, g.eid";
  } else {
    *sql =
        "SELECT g.gid AS id, g.date, g.src_code AS source,"
        " g.src_name AS source_name, g.tgt_code AS target,"
        " g.tgt_name AS target_name, g.cameo, nullif(g.plover, '') AS plover,"
        " g.quad, g.goldstein,"
        " g.num_mentions AS mentions, g.num_sources AS sources,"
        " g.num_articles AS articles, g.place_name AS place,"
        " g.place_country AS place_country, g.place_lat AS lat,"
        " g.place_lon AS lon, g.source_url AS url" +
        from + b->where + " ORDER BY g.date, g.gid";
  }
  if (spec.limit > 0) *sql += " LIMIT " + std::to_string(spec.limit);
  return Status::Ok();
}

}  // namespace

Status BuildQuerySql(const QuerySpec& spec, std::string* sql) {
  SqlBuilder b;
  return BuildQuery(spec, sql, &b);
}

Status RunQuery(sqlite3* db, const QuerySpec& spec, OutputFormat format,
                FILE* out, int64_t* rows) {
  SqlBuilder b;
  std::string sql;
  Status s = BuildQuery(spec, &sql, &b);
  if (!s.ok()) return s;
  Stmt st;
  s = Prepare(db, sql, b, &st);
  if (!s.ok()) return s;
  return WriteRows(db, &st, format, out, rows);
}

namespace {

constexpr const char* kGdeltColumns =
    "SELECT g.gid, g.date, g.src_code, g.src_name, g.src_country,"
    " g.tgt_code, g.tgt_name, g.tgt_country, g.is_root, g.cameo, g.base,"
    " g.root, g.quad, g.goldstein, g.num_mentions, g.num_sources,"
    " g.num_articles, g.avg_tone, g.place_kind, g.place_name,"
    " g.place_country, g.place_adm1, g.place_lat, g.place_lon,"
    " g.place_feature, g.added, g.source_url FROM gevents g";

void AppendActor(const Stmt& st, int code_col, std::string* line) {
  std::string code(st.Text(code_col));
  GdeltActor a = SplitActorCode(code, std::string(st.Text(code_col + 2)));
  const std::string fields[10] = {
      code,        Clean(UpperAscii(st.Text(code_col + 1))),
      a.country,   a.known_group,
      a.ethnic,    a.religion1,
      a.religion2, a.type[0],
      a.type[1],   a.type[2]};
  for (const std::string& f : fields) {
    *line += f;
    line->push_back('\t');
  }
}

// 8 columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
// FeatureID.
void AppendGeo(const Stmt& st, std::string* line) {
  std::string_view kind = st.Text(18);
  std::string country(st.Text(20));
  int type = GeoType(kind, country);
  if (type == 0 || st.IsNull(22)) {
    *line += "0\t\t\t\t\t\t\t\t";
    return;
  }
  std::string name = Clean(st.Text(19));
  std::string adm1 = Clean(st.Text(21));
  std::string full = name;
  if (type != 1 && !adm1.empty() && adm1 != name) full += ", " + adm1;
  if (type != 1 && !country.empty()) full += ", " + country;
  std::string adm1_code = country;
  if (type != 1 && !adm1.empty() && adm1.size() <= 3) adm1_code += adm1;
  std::string feature =
      type == 1 ? country : (st.Int(24) > 0 ? std::to_string(st.Int(24)) : "");
  *line += std::to_string(type) + "\t" + full + "\t" + country + "\t" +
           adm1_code + "\t\t" + Num(st.Double(22), "%.4f") + "\t" +
           Num(st.Double(23), "%.4f") + "\t" + feature + "\t";
}

void GdeltLine(const Stmt& st, std::string* line) {
  line->clear();
  std::string date(st.Text(1));
  std::string day, month, year, fraction;
  if (date.size() == 10) {
    day = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
    month = day.substr(0, 6);
    year = day.substr(0, 4);
    int m = std::atoi(date.substr(5, 2).c_str());
    int d = std::atoi(date.substr(8, 2).c_str());
    // GDELT's documented formula: (MONTH * 30 + DAY) / 365.
    fraction = Num(std::atoi(year.c_str()) + (m * 30 + d) / 365.0, "%.4f");
  }
  *line += std::to_string(st.Int(0)) + "\t" + day + "\t" + month + "\t" + year +
           "\t" + fraction + "\t";
  AppendActor(st, 2, line);
  AppendActor(st, 5, line);
  *line += std::to_string(st.Int(8)) + "\t";    // IsRootEvent
  *line += std::string(st.Text(9)) + "\t";      // EventCode
  *line += std::string(st.Text(10)) + "\t";     // EventBaseCode
  *line += std::string(st.Text(11)) + "\t";     // EventRootCode
  *line += std::to_string(st.Int(12)) + "\t";   // QuadClass
  *line += Num(st.Double(13), "%g") + "\t";     // GoldsteinScale
  *line += std::to_string(st.Int(14)) + "\t";   // NumMentions
  *line += std::to_string(st.Int(15)) + "\t";   // NumSources
  *line += std::to_string(st.Int(16)) + "\t";   // NumArticles
  *line += Num(st.Double(17), "%.10g") + "\t";  // AvgTone
  *line += "0\t\t\t\t\t\t\t\t";                 // Actor1Geo_*
  *line += "0\t\t\t\t\t\t\t\t";                 // Actor2Geo_*
  AppendGeo(st, line);                          // ActionGeo_*
  *line += std::string(st.Text(25)) + "\t";     // DATEADDED
  *line += Clean(st.Text(26));                  // SOURCEURL
  line->push_back('\n');
}

// GDELT's MentionTimeDate: publication date at midnight when known, else
// the time the document was added.
constexpr const char* kMentionColumns =
    "SELECT g.gid, g.added,"
    " CASE WHEN length(d.date) = 10 THEN replace(d.date, '-', '') || '000000'"
    "  ELSE d.added END,"
    " coalesce(nullif(d.source, ''), ''), coalesce(nullif(d.url, ''), d.id),"
    " e.sentence + 1, e.src_offset, e.tgt_offset, e.action_offset,"
    " e.in_raw_text, e.confidence, d.chars, d.tone"
    " FROM gevents g JOIN events e ON e.gid = g.gid"
    " JOIN documents d ON d.doc = e.doc";

void MentionLine(const Stmt& st, std::string* line) {
  line->clear();
  *line += std::to_string(st.Int(0)) + "\t";  // GlobalEventID
  *line += std::string(st.Text(1)) + "\t";    // EventTimeDate
  *line += std::string(st.Text(2)) + "\t";    // MentionTimeDate
  *line += "1\t";                             // MentionType: WEB
  *line += Clean(st.Text(3)) + "\t";          // MentionSourceName
  *line += Clean(st.Text(4)) + "\t";          // MentionIdentifier
  for (int c = 5; c <= 11; ++c) {             // SentenceID .. MentionDocLen
    *line += std::to_string(st.Int(c)) + "\t";
  }
  *line += Num(st.Double(12), "%.10g") + "\t";  // MentionDocTone
  *line += "\t";                                // MentionDocTranslationInfo
  line->push_back('\n');                        // Extras (empty)
}

constexpr const char* kCsvColumns =
    "SELECT g.gid AS global_event_id, g.date, g.src_code AS source_code,"
    " g.src_name AS source_name, g.src_country AS source_country,"
    " g.src_role AS source_role, g.tgt_code AS target_code,"
    " g.tgt_name AS target_name, g.tgt_country AS target_country,"
    " g.tgt_role AS target_role, g.cameo, g.base AS cameo_base,"
    " g.root AS cameo_root, g.quad AS quad_class, g.goldstein, g.plover,"
    " g.is_root, g.num_mentions, g.num_sources, g.num_articles, g.avg_tone,"
    " g.place_name, g.place_country, g.place_adm1, g.place_kind,"
    " g.place_lat, g.place_lon, g.place_feature AS geonames_id,"
    " g.added AS date_added, g.source_url FROM gevents g";

constexpr const char* kPloverColumns =
    "SELECT json_object("
    " 'event_id', CAST(g.gid AS TEXT),"
    " 'event_date', nullif(g.date, ''),"
    " 'event_type', nullif(g.plover, ''),"
    " 'mode', NULL, 'context', NULL,"
    " 'cameo', g.cameo, 'quad_class', g.quad, 'goldstein', g.goldstein,"
    " 'actor', json(CASE WHEN g.src_code = '' THEN NULL ELSE json_object("
    "   'code', g.src_code, 'name', nullif(g.src_name, ''),"
    "   'country', nullif(g.src_country, ''), 'sector', nullif(g.src_role, ''))"
    "   END),"
    " 'recipient', json(CASE WHEN g.tgt_code = '' THEN NULL ELSE json_object("
    "   'code', g.tgt_code, 'name', nullif(g.tgt_name, ''),"
    "   'country', nullif(g.tgt_country, ''), 'sector', nullif(g.tgt_role, ''))"
    "   END),"
    " 'location', json(CASE WHEN g.place_key = '' THEN NULL ELSE json_object("
    "   'placename', g.place_name, 'country', nullif(g.place_country, ''),"
    "   'province', nullif(g.place_adm1, ''), 'feature_type', g.place_kind,"
    "   'lat', g.place_lat, 'lon', g.place_lon,"
    "   'geonames_id', nullif(g.place_feature, 0)) END),"
    " 'num_mentions', g.num_mentions, 'num_sources', g.num_sources,"
    " 'num_articles', g.num_articles,"
    " 'story_date', (SELECT min(nullif(d.date, '')) FROM events e"
    "   JOIN documents d ON d.doc = e.doc WHERE e.gid = g.gid),"
    " 'story_ids', json((SELECT json_group_array(DISTINCT d.id) FROM events e"
    "   JOIN documents d ON d.doc = e.doc WHERE e.gid = g.gid)),"
    " 'source_url', g.source_url,"
    " 'event_text', (SELECT s.text FROM events e JOIN sentences s"
    "   ON s.sid = e.sid WHERE e.eid = g.first_eid)"
    ") FROM gevents g";

}  // namespace

Status Export(sqlite3* db, const QueryFilter& filter, ExportFormat format,
              FILE* out, int64_t* rows) {
  QueryFilter f = filter;
  f.mentions = false;  // exports are of deduplicated events
  SqlBuilder b;
  Status s = AddFilter(f, &b);
  if (!s.ok()) return s;
  std::string sql;
  switch (format) {
    case ExportFormat::kGdelt:
      sql = kGdeltColumns;
      break;
    case ExportFormat::kGdeltMentions:
      sql = kMentionColumns;
      break;
    case ExportFormat::kCsv:
      sql = kCsvColumns;
      break;
    case ExportFormat::kPlover:
      sql = kPloverColumns;
      break;
  }
  sql += b.where;
  sql += format == ExportFormat::kGdeltMentions ? " ORDER BY g.gid, e.eid"
                                                : " ORDER BY g.gid";
  Stmt st;
  s = Prepare(db, sql, b, &st);
  if (!s.ok()) return s;
  if (format == ExportFormat::kCsv) {
    return WriteRows(db, &st, OutputFormat::kCsv, out, rows);
  }
  std::string line;
  int64_t count = 0;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    if (format == ExportFormat::kGdelt) {
      GdeltLine(st, &line);
    } else if (format == ExportFormat::kGdeltMentions) {
      MentionLine(st, &line);
    } else {
      line.assign(st.Text(0));
      line.push_back('\n');
    }
    std::fwrite(line.data(), 1, line.size(), out);
    ++count;
  }
  if (rc != SQLITE_DONE) {
    return Internal(std::string("export failed: ") + sqlite3_errmsg(db));
  }
  if (rows) *rows = count;
  return Status::Ok();
}

}  // namespace dyad
