// The store subcommands. `ingest` reuses the batch runner of `dyad code`
// (RunCoder: documents read in batches, coded on N threads, handed back in
// input order) and writes each coded document on the calling thread, so the
// SQLite connection is only ever used by one thread and batches commit in
// input order. Because Store::Put replaces documents by id and commits whole
// documents only, an ingest killed at any point is finished by running the
// same command again.
#include "tools/store_commands.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/store.h"
#include "tools/code_command.h"

namespace dyad {
namespace {

struct FilterArgs {
  QueryFilter filter;
  std::string near;
};

void AddFilterOptions(CLI::App* cmd, FilterArgs* a) {
  QueryFilter& f = a->filter;
  cmd->add_option("--from", f.from, "first date YYYY-MM-DD (inclusive)");
  cmd->add_option("--to", f.to, "last date YYYY-MM-DD (inclusive)");
  cmd->add_option("--actor", f.actor,
                  "CAMEO actor code or prefix, source or target");
  cmd->add_option("--source", f.source, "source actor code prefix");
  cmd->add_option("--target", f.target, "target actor code prefix");
  cmd->add_option("--country", f.country,
                  "ISO alpha-3 country of source or target");
  cmd->add_option("--role", f.role,
                  "actor role (GOV, MIL, REB, CVL...) of source or target");
  cmd->add_option("--dyad", f.dyad,
                  "SRC:TGT code prefixes (either may be empty)");
  cmd->add_option("--cameo", f.cameo, "CAMEO event code prefix");
  cmd->add_option("--plover", f.plover,
                  "PLOVER category (ASSAULT, PROTEST...)");
  cmd->add_option("--quad", f.quad, "quad class 1..4")->check(CLI::Range(1, 4));
  cmd->add_option("--near", a->near, "LAT,LON centre of a radius filter");
  cmd->add_option("--radius-km", f.radius_km, "radius for --near (default 50)");
  cmd->add_option("--text", f.text, "FTS5 query over the event's sentence");
}

bool FinishFilter(FilterArgs* a) {
  if (a->near.empty()) return true;
  if (!ParseNear(a->near, &a->filter)) {
    std::fprintf(stderr, "dyad: --near wants LAT,LON, got '%s'\n",
                 a->near.c_str());
    return false;
  }
  return true;
}

std::unique_ptr<Store> OpenForReading(const std::string& path, int* exit_code) {
  if (access(path.c_str(), R_OK) != 0) {
    std::fprintf(stderr, "dyad: no database at %s\n", path.c_str());
    *exit_code = 2;
    return nullptr;
  }
  StoreOptions options;
  options.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, options, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
    *exit_code = 2;
    return nullptr;
  }
  return store;
}

void AddIngest(CLI::App* app, int* exit_code) {
  struct Args {
    std::string db, format = "text", date;
    int batch = 500;
    bool quiet = false;
    CodeRun run;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app->add_subcommand(
      "ingest",
      "Code documents into an SQLite event store (idempotent per document id)");
  cmd->add_option("--db", a->db, "database file (created when missing)")
      ->required();
  cmd->add_option("--input-format", a->format,
                  "text (one article per file) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--date", a->date,
                  "publication date YYYY-MM-DD when the input has none");
  cmd->add_option("--threads", a->run.threads,
                  "worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--batch", a->batch,
                  "documents per transaction (default 500)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--data-dir", a->run.coder.data_dir,
                  "compiled data directory");
  cmd->add_flag("--quiet", a->quiet, "no summary line on stderr");
  cmd->add_option("inputs", a->run.inputs,
                  "files to read; - or none for stdin");
  cmd->callback([a, exit_code] {
    a->run.input.format =
        a->format == "jsonl" ? InputFormat::kJsonl : InputFormat::kText;
    if (!a->date.empty()) {
      auto d = Date::Parse(a->date);
      if (!d) {
        std::fprintf(stderr, "dyad: --date must be YYYY-MM-DD, got '%s'\n",
                     a->date.c_str());
        *exit_code = 2;
        return;
      }
      a->run.input.date = *d;
    }
    StoreOptions options;
    options.batch_documents = a->batch;
    std::unique_ptr<Store> store;
    Status s = Store::Open(a->db, options, &store);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
      *exit_code = 2;
      return;
    }
    a->run.progress = !a->quiet && isatty(2);
    long stored = 0, events = 0, failed = 0, consecutive = 0;
    bool broken = false;
    long rejected =
        RunCoder(a->run, [&](const Document& doc, const Coder& coder, std::string_view) {
          if (broken) return;
          Status put = store->Put(
              doc, [&coder](std::string_view c) { return coder.FindCode(c); });
          if (put.ok()) {
            consecutive = 0;
            ++stored;
            events += static_cast<long>(doc.events.size());
            return;
          }
          std::fprintf(stderr, "dyad: not stored: %s\n", put.message().c_str());
          ++failed;
          // A long run of failures means the database itself is unusable (disk
          // full, locked): stop writing rather than report every later
          // document.
          broken = ++consecutive >= 100;
        });
    s = store->Commit();
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: final commit failed: %s\n",
                   s.message().c_str());
      *exit_code = 2;
      return;
    }
    if (rejected < 0) {
      *exit_code = 2;
      return;
    }
    if (!a->quiet) {
      std::fprintf(stderr,
                   "dyad: stored %ld document(s), %ld event mention(s) in %s; "
                   "%ld rejected, %ld not stored\n",
                   stored, events, a->db.c_str(), rejected, failed);
    }
    if (rejected > 0 || failed > 0) *exit_code = 1;
  });
}

void AddQuery(CLI::App* app, int* exit_code) {
  struct Args {
    std::string db, format;
    FilterArgs f;
    QuerySpec spec;
    std::vector<std::string> top;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd =
      app->add_subcommand("query", "Filter, count and rank stored events");
  cmd->add_option("--db", a->db, "database file")->required();
  AddFilterOptions(cmd, &a->f);
  cmd->add_flag("--mentions", a->f.filter.mentions,
                "rows are coded mentions instead of deduplicated events");
  cmd->add_option("--count-by", a->spec.count_by,
                  "count per day, week or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option(
      "--group", a->spec.group,
      "dyad|country|source-country|target-country|quad|source|target|"
      "cameo|root|plover");
  cmd->add_flag("--goldstein", a->spec.goldstein,
                "Goldstein sum and mean (with counts)");
  cmd->add_option("--top", a->top,
                  "actors|dyads [N]: most frequent actors or dyads")
      ->expected(1, 2);
  cmd->add_option("--limit", a->spec.limit, "at most N rows");
  cmd->add_option("--format", a->format,
                  "table (default on a terminal), csv or jsonl")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  cmd->callback([a, exit_code] {
    if (!FinishFilter(&a->f)) return void(*exit_code = 2);
    a->spec.filter = a->f.filter;
    if (!a->top.empty()) {
      a->spec.top = a->top[0];
      if (a->top.size() > 1) {
        char* end = nullptr;
        long n = std::strtol(a->top[1].c_str(), &end, 10);
        if (*end != '\0' || n <= 0) {
          std::fprintf(stderr, "dyad: --top N must be a positive number\n");
          return void(*exit_code = 2);
        }
        a->spec.top_n = static_cast<int>(n);
      }
    }
    OutputFormat format =
        isatty(1) ? OutputFormat::kTable : OutputFormat::kJsonl;
    if (!a->format.empty()) ParseOutputFormat(a->format, &format);
    std::unique_ptr<Store> store = OpenForReading(a->db, exit_code);
    if (!store) return;
    Status s = RunQuery(store->db(), a->spec, format, stdout);
    std::fflush(stdout);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
      *exit_code = 2;
    }
  });
}

void AddExport(CLI::App* app, int* exit_code) {
  struct Args {
    std::string db, format, output;
    FilterArgs f;
  };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app->add_subcommand("export",
                                      "Write stored events as GDELT 2.0 events "
                                      "or mentions, CSV or PLOVER JSON");
  cmd->add_option("--db", a->db, "database file")->required();
  cmd->add_option("--format", a->format, "gdelt, gdelt-mentions, csv or plover")
      ->required()
      ->check(CLI::IsMember({"gdelt", "gdelt-mentions", "csv", "plover"}));
  cmd->add_option("-o,--output", a->output, "output file (default stdout)");
  AddFilterOptions(cmd, &a->f);
  cmd->callback([a, exit_code] {
    if (!FinishFilter(&a->f)) return void(*exit_code = 2);
    ExportFormat format;
    if (!ParseExportFormat(a->format, &format)) return void(*exit_code = 2);
    std::unique_ptr<Store> store = OpenForReading(a->db, exit_code);
    if (!store) return;
    FILE* out = stdout;
    if (!a->output.empty() && a->output != "-") {
      out = std::fopen(a->output.c_str(), "wb");
      if (!out) {
        std::fprintf(stderr, "dyad: cannot write %s\n", a->output.c_str());
        return void(*exit_code = 2);
      }
    }
    Status s = Export(store->db(), a->f.filter, format, out);
    bool write_error = std::ferror(out) != 0;
    if (out != stdout) {
      write_error |= std::fclose(out) != 0;
    } else {
      std::fflush(stdout);
    }
    if (!s.ok() || write_error) {
      std::fprintf(stderr, "dyad: export failed: %s\n",
                   s.ok() ? "write error" : s.message().c_str());
      *exit_code = 2;
    }
  });
}

}  // namespace

void AddStoreCommands(CLI::App* app, int* exit_code) {
  AddIngest(app, exit_code);
  AddQuery(app, exit_code);
  AddExport(app, exit_code);
}

}  // namespace dyad
