// Stage events/: CAMEO events from clauses, actors and verb patterns.
#ifndef DYAD_EVENTS_EVENT_CODER_H_
#define DYAD_EVENTS_EVENT_CODER_H_

#include "dyad/document.h"
#include "events/codebook.h"
#include "events/verb_dictionary.h"

namespace dyad {

void CodeEvents(const VerbDictionary& verbs, const Codebook& codebook,
                Document* doc);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_CODER_H_
