// `dyad validate`: runs a PETRARCH validation file (PETR.UnitTest.records.xml
// format) with the dictionaries its <Environment> names.
#ifndef DYAD_TOOLS_PETRARCH_COMMANDS_H_
#define DYAD_TOOLS_PETRARCH_COMMANDS_H_

namespace CLI {
class App;
}

namespace dyad {

// Registers `validate FILE.xml [--dictionaries DIR]`. It prints every
// mismatch on stdout, then the closing line `validation: N passed, M
// failed`. *exit_code is 0 when the run completed (whatever the failures),
// 1 when the file or its dictionaries could not be read.
void AddPetrarchCommands(CLI::App* app, int* exit_code);

}  // namespace dyad

#endif  // DYAD_TOOLS_PETRARCH_COMMANDS_H_
