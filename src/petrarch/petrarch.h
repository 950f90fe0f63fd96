// PETRARCH/TABARI compatibility: read PETRARCH2-format dictionaries and
// PETRARCH XML (sentences with Penn Treebank parses), code events from the
// parse trees, and run PETRARCH validation files.
//
//   dyad::PetrarchConfig config;
//   std::unique_ptr<dyad::PetrarchDictionaries> dicts;
//   dyad::Status s = dyad::LoadPetrarchDictionaries(dir, config, &dicts);
//   std::vector<dyad::PetrarchRecord> records;
//   s = dyad::ReadPetrarchXml(path, &records);
//   for (auto& r : records)
//     for (auto& e : dyad::CodeSentence(*dicts, r)) ...
//
// Dictionaries are built once and then read-only; CodeSentence() is const
// over them and keeps its scratch on the stack, so one PetrarchDictionaries
// serves many threads.
#ifndef DYAD_PETRARCH_PETRARCH_H_
#define DYAD_PETRARCH_PETRARCH_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// The PETRARCH switches that change coding (PETR_config.ini / <Config>).
struct PetrarchConfig {
  bool require_dyad = true;  // drop events that lack a source or a target
  int new_actor_length = 0;  // >0: uncoded NPs of up to N words become
                             // quoted "NEW ACTOR" codes
  // Comma-delimited clauses of a clause or verb phrase whose length in
  // words lies in [min, max] are dropped before coding (max 0: off).
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // Sets one option by its PETRARCH name; false when the name is unknown.
  bool Set(std::string_view option, std::string_view value);
};

// Which files to load from a dictionary directory. Empty names are skipped.
struct PetrarchFiles {
  std::string verbs = "CAMEO.2.0.txt";
  std::vector<std::string> actors = {"Phoenix.Countries.actors.txt",
                                     "Phoenix.International.actors.txt",
                                     "Phoenix.MilNonState.actors.txt"};
  std::string agents = "Phoenix.agents.txt";
  std::string discards = "Phoenix.discards.txt";
  std::string issues = "Phoenix.IssueCoding.txt";
};

// A Penn Treebank tree. Node 0 is the root; leaves carry the word.
struct PtbNode {
  std::string label;  // phrase or POS tag
  std::string word;   // leaves only: the word, upper-cased
  int parent = -1;
  std::vector<int> kids;
  int first = 0, last = -1;  // leaf index span [first, last]
};
struct PtbTree {
  std::vector<PtbNode> nodes;
  std::vector<int> leaves;  // node id of every leaf, in order
  bool empty() const { return leaves.empty(); }
};

// Parses "(ROOT (S (NP (NNP Arnor)) ...))". Unbalanced brackets are an
// InvalidArgument (PETRARCH's "bad_input_parse").
Status ParsePennTree(std::string_view text, PtbTree* tree);

struct PetrarchEvent {
  std::string source, target, code;
  bool operator==(const PetrarchEvent& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
  bool operator<(const PetrarchEvent& o) const;
};

struct PetrarchRecord {
  std::string id, date, category, text, parse;
  int line = 0;  // line of <Sentence> in the file
  PtbTree tree;  // empty when the parse is absent or bad
  bool parse_ok = false;
  // Validation files only: the expected coding and the config in force.
  std::vector<PetrarchEvent> expected;
  bool expect_noevents = false;
  std::string expect_error;  // "bad_input_parse", "sentencediscard", ...
  PetrarchConfig config;
};

// What a validation file asks for in <Environment>.
struct PetrarchEnvironment {
  std::string verbfile, agentfile, discardfile, issuefile;
  std::vector<std::string> actorfiles;
};

// Reads a PETRARCH XML file (<Sentence> records, optionally inside
// <Validation>). Lenient: malformed records are reported as warnings with
// file:line on stderr and skipped. NotFound when the file is unreadable.
Status ReadPetrarchXml(const std::string& path,
                       std::vector<PetrarchRecord>* records,
                       PetrarchEnvironment* env = nullptr);
// Same, on text already in memory (`name` is used in warnings).
Status ParsePetrarchXml(std::string_view xml, const std::string& name,
                        std::vector<PetrarchRecord>* records,
                        PetrarchEnvironment* env = nullptr);

class PetrarchDictionaries;
namespace petrarch_internal {
struct Impl;
}

// Loads the dictionaries named by `files` from `dir`. Each file is parsed
// leniently (warnings with file:line on stderr); a missing file is NotFound.
Status LoadPetrarchDictionaries(const std::string& dir,
                                const PetrarchConfig& config,
                                const PetrarchFiles& files,
                                std::unique_ptr<PetrarchDictionaries>* out);
// The Phoenix set (PetrarchFiles defaults).
Status LoadPetrarchDictionaries(const std::string& dir,
                                const PetrarchConfig& config,
                                std::unique_ptr<PetrarchDictionaries>* out);

struct PetrarchCounts {
  size_t verb_forms = 0, verb_patterns = 0, synsets = 0;
  size_t actor_phrases = 0, actors = 0, agent_phrases = 0, discards = 0;
  size_t issue_phrases = 0, warnings = 0;
};

// The outcome of coding one sentence.
struct PetrarchResult {
  std::vector<PetrarchEvent> events;  // sorted, unique
  std::string error;                // "", "bad_input_parse", "sentencediscard",
                                    // "storydiscard", "dateline"
  std::vector<std::string> issues;  // issue codes found in the text
};

class PetrarchDictionaries {
 public:
  PetrarchDictionaries();
  ~PetrarchDictionaries();
  PetrarchDictionaries(const PetrarchDictionaries&) = delete;
  PetrarchDictionaries& operator=(const PetrarchDictionaries&) = delete;

  // Each parser adds to what is loaded; `name` labels warnings.
  void AddVerbs(std::string_view text, const std::string& name);
  void AddActors(std::string_view text, const std::string& name);
  void AddAgents(std::string_view text, const std::string& name);
  void AddDiscards(std::string_view text, const std::string& name);
  void AddIssues(std::string_view text, const std::string& name);
  // Call once after the Add* calls; matching is valid only afterwards.
  void Freeze();

  const PetrarchConfig& config() const { return config_; }
  void set_config(const PetrarchConfig& c) { config_ = c; }
  PetrarchCounts counts() const;

  // Codes of the longest actor phrase starting at words[i] on `date`
  // (YYYYMMDD); empty when none. Sets *len to the words used.
  std::vector<std::string> MatchActor(const std::vector<std::string>& words,
                                      size_t i, int date, size_t* len) const;
  // Agent code ("~GOV" suffix or "NGO~" prefix) of the longest agent phrase
  // at words[i]; empty when none.
  std::string MatchAgent(const std::vector<std::string>& words, size_t i,
                         size_t* len) const;
  // The same, for phrases that end before words[end].
  std::vector<std::string> MatchActor(const std::vector<std::string>& words,
                                      size_t i, size_t end, int date,
                                      size_t* len) const;
  std::string MatchAgent(const std::vector<std::string>& words, size_t i,
                         size_t end, size_t* len) const;

  const petrarch_internal::Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<petrarch_internal::Impl> impl_;
  PetrarchConfig config_;
};

// Codes one record with its tree. Uses record.config when `use_record_config`
// (validation files switch options between records), else dicts.config().
PetrarchResult CodeRecord(const PetrarchDictionaries& dicts,
                          const PetrarchRecord& record,
                          bool use_record_config = false);
// Events only (the lead's `dyad code --input-format petrarch`).
std::vector<PetrarchEvent> CodeSentence(const PetrarchDictionaries& dicts,
                                        const PetrarchRecord& record);

// Runs a validation file: loads the dictionaries its <Environment> names
// from `dict_dir` (empty: the file's ../dictionaries), codes each record
// and compares with the expected coding. Mismatches are appended to
// `report` (one line each), counts go to *passed / *failed.
Status RunPetrarchValidation(const std::string& xml_path,
                             const std::string& dict_dir, int* passed,
                             int* failed, std::string* report);

}  // namespace dyad

#endif  // DYAD_PETRARCH_PETRARCH_H_
