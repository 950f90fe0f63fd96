// Stage parse/: base chunks and verb clauses.
#ifndef DYAD_PARSE_PARSER_H_
#define DYAD_PARSE_PARSER_H_

#include <string>
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

// Verbs whose object may be a gerund that names an act of the subject
// ("resumed shelling", "stopped attacking", "continue fighting").
bool TakesGerund(std::string_view lemma);

// Base forms of regular inflected verbs the tagger read as names or
// adjectives (headlines, coordinated verbs); the parser retags those.
std::string ThirdPersonLemma(std::string_view w);  // "vetoes" -> "veto"
std::string PastLemma(std::string_view w);          // "seized" -> "seize"

}  // namespace dyad

#endif  // DYAD_PARSE_PARSER_H_
