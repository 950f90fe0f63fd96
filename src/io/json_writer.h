// Stage io/: JSON Lines out, as ../shared/CONTRACT.md fixes them.
#ifndef DYAD_IO_JSON_WRITER_H_
#define DYAD_IO_JSON_WRITER_H_

#include <string>

#include "dyad/document.h"
#include "dyad/dyad.h"

namespace dyad {

// Stable id of an event: "<doc id>-<sentence>-<n>".
std::string EventId(const Document& doc, size_t event_index);

// One {"type":"event",...} line per event of doc, appended to *out.
void AppendEventLines(const Document& doc, const Coder& coder, std::string* out);

// One {"type":"document",...} line, appended to *out.
void AppendDocumentLine(const Document& doc, const Coder& coder, std::string* out);

}  // namespace dyad

#endif  // DYAD_IO_JSON_WRITER_H_
