// `dyad code`: documents in, events or documents out as JSON Lines.
#ifndef DYAD_TOOLS_CODE_COMMAND_H_
#define DYAD_TOOLS_CODE_COMMAND_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dyad.h"
#include "io/reader.h"

namespace CLI {
class App;
}

namespace dyad {

void AddCodeCommand(CLI::App* app, int* exit_code);

// Reads every input, codes documents on `threads` threads (0 = all cores)
// and hands each coded document to `sink` in input order, with what
// run.format wrote for it (empty without a format). Rejected documents are
// reported on stderr. Returns the number rejected, or -1 when the coder
// could not be built.
struct CodeRun {
  std::vector<std::string> inputs;  // "-" is stdin
  InputOptions input;
  CoderOptions coder;
  int threads = 0;
  bool progress = false;  // progress line on stderr
  // Runs on the worker thread after the pipeline (e.g. PETRARCH coding).
  std::function<void(Document*)> post;
  // Also on the worker thread, after post: output for the sink appended to
  // *out. Formatting there runs in parallel, on the worker that coded the
  // document (after the rest of its share of the batch).
  std::function<void(const Document&, const Coder&, std::string* out)> format;
};
long RunCoder(const CodeRun& run,
              const std::function<void(const Document&, const Coder&,
                                       std::string_view formatted)>& sink);

}  // namespace dyad

#endif  // DYAD_TOOLS_CODE_COMMAND_H_
