// Stage actors/: actor mentions with CAMEO codes, and coreference.
#ifndef DYAD_ACTORS_ACTORS_H_
#define DYAD_ACTORS_ACTORS_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// What a loaded dictionary holds (for tests and diagnostics).
struct ActorDictionaryStats {
  int countries = 0;  // country records (UN members, observers, territories)
  int igos = 0;       // organisations coded IGO...
  int non_state = 0;  // other organisations: NGOs, armed groups, parties, media
  int regions = 0;    // regions coded by CAMEO region codes (EUR, WAF ...)
  int agent_phrases = 0;  // role phrases as written (before plural forms)
  int tenures = 0;        // person office-holding records
  int people = 0;         // distinct canonical person names
  int warnings = 0;       // malformed lines skipped
};

class ActorDictionary {
 public:
  // Loads every dictionary file of data/actors/ under `dir`.
  static Status Load(const std::string& dir,
                     std::unique_ptr<ActorDictionary>* out);
  virtual ~ActorDictionary() = default;

  // Finds actor mentions in doc (tagged and parsed) and fills doc->mentions,
  // ordered by first token; resolves pronouns, surnames and titles within
  // the document. Thread-safe.
  virtual void FindActors(Document* doc) const = 0;

  virtual ActorDictionaryStats Stats() const = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTORS_H_
