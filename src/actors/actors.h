// Stage actors/: actor mentions with CAMEO codes, and coreference.
#ifndef DYAD_ACTORS_ACTORS_H_
#define DYAD_ACTORS_ACTORS_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

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
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTORS_H_
