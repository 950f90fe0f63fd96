// `dyad validate`: the PETRARCH unit-test runner.
//
// A validation file is a regression suite, so the command reports every
// mismatch and a summary rather than failing on the first: the exit code
// says whether the run completed, the summary line says how well it went,
// and scripts compare the pass count with a floor of their own.
#include "tools/petrarch_commands.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "petrarch/petrarch.h"

namespace dyad {

void AddPetrarchCommands(CLI::App* app, int* exit_code) {
  CLI::App* cmd = app->add_subcommand(
      "validate",
      "Run a PETRARCH validation file (e.g. PETR.UnitTest.records.xml)");
  auto file = std::make_shared<std::string>();
  auto dicts = std::make_shared<std::string>();
  cmd->add_option("file", *file, "PETRARCH validation XML")->required();
  cmd->add_option("--dictionaries", *dicts,
                  "directory of the dictionaries named in <Environment> "
                  "(default: the file's ../dictionaries)");
  cmd->callback([=] {
    int passed = 0, failed = 0;
    std::string report;
    Status s = RunPetrarchValidation(*file, *dicts, &passed, &failed, &report);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", s.message().c_str());
      *exit_code = 1;
      return;
    }
    std::fputs(report.c_str(), stdout);
    std::printf("validation: %d passed, %d failed\n", passed, failed);
    *exit_code = 0;
  });
}

}  // namespace dyad
