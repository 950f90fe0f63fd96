// A human-readable dump of every annotation of a document, for developers
// and for analysts asking "why was this coded so?" (`dyad code --explain`).
#ifndef DYAD_IO_EXPLAIN_H_
#define DYAD_IO_EXPLAIN_H_

#include <string>

#include "dyad/document.h"

namespace dyad {

void AppendExplanation(const Document& doc, std::string* out);

}  // namespace dyad

#endif  // DYAD_IO_EXPLAIN_H_
