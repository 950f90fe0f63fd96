// Stage parse/: base chunks and verb clauses.
#ifndef DYAD_PARSE_PARSER_H_
#define DYAD_PARSE_PARSER_H_

#include <string_view>

#include "dyad/document.h"

namespace dyad {

// Fills doc->chunks and doc->clauses from tagged tokens.
void Parse(Document* doc);

// Verbs that report speech or belief ("say", "tell", "reiterate"...): their
// clauses attribute the clauses they govern.
bool IsReportingVerb(std::string_view lemma);

// Verbs that pass their subject and a modality to an infinitive complement
// ("expected to", "went on to", "continued to") rather than being events
// themselves; *modality gets the modality they lend.
bool IsRaisingVerb(std::string_view lemma, Modality* modality);

}  // namespace dyad

#endif  // DYAD_PARSE_PARSER_H_
