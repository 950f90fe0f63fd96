// Stage parse/: base chunks and verb clauses.
#ifndef DYAD_PARSE_PARSER_H_
#define DYAD_PARSE_PARSER_H_

#include "dyad/document.h"

namespace dyad {

// Fills doc->chunks and doc->clauses from tagged tokens.
void Parse(Document* doc);

}  // namespace dyad

#endif  // DYAD_PARSE_PARSER_H_
