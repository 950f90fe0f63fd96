// Runs a PETRARCH validation file (PETR.UnitTest.records.xml and the like).
//
// The file names its dictionaries in <Environment>; they are looked up in
// the directory given by the caller or, by PETRARCH's convention, in the
// file's ../dictionaries. Each record is coded with the <Config> switches in
// force at its position, and passes when the set of events equals the set of
// <EventCoding> entries (order and duplicates do not matter, as in
// PETRARCH), when `noevents` is expected and nothing was coded, or when an
// expected error (bad parse, discard, dateline) is the one dyad reports.
#include <algorithm>
#include <set>
#include <sstream>

#include "petrarch/internal.h"

namespace dyad {

namespace {

std::string Join(const std::vector<PetrarchEvent>& ev) {
  std::string s;
  for (const auto& e : ev) {
    if (!s.empty()) s += " ";
    s += e.source + "|" + e.target + "|" + e.code;
  }
  return s.empty() ? "(none)" : s;
}

std::string DirName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return path.substr(0, slash);
}

}  // namespace

Status RunPetrarchValidation(const std::string& xml_path,
                             const std::string& dict_dir, int* passed,
                             int* failed, std::string* report) {
  *passed = *failed = 0;
  std::vector<PetrarchRecord> records;
  PetrarchEnvironment env;
  Status s = ReadPetrarchXml(xml_path, &records, &env);
  if (!s.ok()) return s;
  std::string dir =
      dict_dir.empty() ? DirName(xml_path) + "/../dictionaries" : dict_dir;
  PetrarchFiles files;
  files.verbs = env.verbfile;
  files.actors = env.actorfiles;
  files.agents = env.agentfile;
  files.discards = env.discardfile;
  files.issues = env.issuefile;
  std::unique_ptr<PetrarchDictionaries> dicts;
  s = LoadPetrarchDictionaries(dir, PetrarchConfig(), files, &dicts);
  if (!s.ok()) return s;
  std::ostringstream out;
  for (const PetrarchRecord& r : records) {
    PetrarchResult res = CodeRecord(*dicts, r, true);
    bool ok;
    std::string want, got;
    if (!r.expect_error.empty()) {
      ok = res.error == r.expect_error;
      want = "error=" + r.expect_error;
      got = res.error.empty() ? Join(res.events) : "error=" + res.error;
    } else {
      std::vector<PetrarchEvent> exp = r.expected;
      std::sort(exp.begin(), exp.end());
      exp.erase(std::unique(exp.begin(), exp.end()), exp.end());
      ok = res.events == exp && res.error.empty();
      if (r.expect_noevents && res.events.empty()) ok = true;
      want = r.expect_noevents ? "noevents" : Join(exp);
      got = res.error.empty() ? Join(res.events) : "error=" + res.error;
    }
    if (ok) {
      ++*passed;
    } else {
      ++*failed;
      out << xml_path << ":" << r.line << ": " << r.id << " [" << r.category
          << "] expected " << want << " got " << got << "\n";
    }
  }
  *report += out.str();
  return Status::Ok();
}

}  // namespace dyad
