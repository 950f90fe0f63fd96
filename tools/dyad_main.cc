// The dyad command line: `dyad code` and the subcommands other parts of the
// tree register (store: ingest/query/export; petrarch: validate).
//
// `code` reads documents in batches, codes each batch on N threads with one
// shared frozen Coder, and writes the batch in input order; memory is bounded
// by the batch, so an endless stdin stream runs in constant memory.
#include <CLI/CLI.hpp>

#include "tools/code_command.h"

#if __has_include("tools/store_commands.h")
#include "tools/store_commands.h"
#define DYAD_HAVE_STORE 1
#endif
#if __has_include("tools/petrarch_commands.h")
#include "tools/petrarch_commands.h"
#define DYAD_HAVE_PETRARCH 1
#endif

int main(int argc, char** argv) {
  CLI::App app{"dyad: news text in, political event data out"};
  app.require_subcommand(1);
  int exit_code = 0;
  dyad::AddCodeCommand(&app, &exit_code);
#ifdef DYAD_HAVE_STORE
  dyad::AddStoreCommands(&app, &exit_code);
#endif
#ifdef DYAD_HAVE_PETRARCH
  dyad::AddPetrarchCommands(&app, &exit_code);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
