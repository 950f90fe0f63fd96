// Stage extract/: dates, quotes, counts and tone (GDELT's knowledge graph).
#ifndef DYAD_EXTRACT_EXTRACT_H_
#define DYAD_EXTRACT_EXTRACT_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Date expressions resolved against doc->date ("on Tuesday", "last March").
void FindDates(Document* doc);

// Direct and reported quotes with their speakers (uses doc->mentions).
void FindQuotes(Document* doc);

// KILL, WOUND, ARREST, KIDNAP, DISPLACED and PROTEST counts.
void FindCounts(Document* doc);

class ToneLexicon {
 public:
  static Status Load(const std::string& path, std::unique_ptr<ToneLexicon>* out);
  virtual ~ToneLexicon() = default;
  virtual void Score(Document* doc) const = 0;
};

}  // namespace dyad

#endif  // DYAD_EXTRACT_EXTRACT_H_
