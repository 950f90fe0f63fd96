// `dyad ingest`, `dyad query` and `dyad export`: the event store on the
// command line (src/store/, docs/store.md).
#ifndef DYAD_TOOLS_STORE_COMMANDS_H_
#define DYAD_TOOLS_STORE_COMMANDS_H_

namespace CLI {
class App;
}

namespace dyad {

// Registers the three subcommands; each sets *exit_code (0 ok, 1 some
// documents rejected, 2 bad arguments or an unusable database).
void AddStoreCommands(CLI::App* app, int* exit_code);

}  // namespace dyad

#endif  // DYAD_TOOLS_STORE_COMMANDS_H_
