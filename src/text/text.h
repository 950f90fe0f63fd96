// Stage text/: checks and normalises raw article text, splits it into blocks
// (headline, standfirst, body, headings, captions, credits) and, after
// tokenize/, into sentences.
#ifndef DYAD_TEXT_TEXT_H_
#define DYAD_TEXT_TEXT_H_

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Rejects what cannot be coded: invalid UTF-8, NUL bytes, empty text.
Status CheckText(std::string_view raw);

// Curly quotes, primes, dashes, non-breaking and odd spaces, soft hyphens and
// zero-width characters become their plain ASCII forms; CRLF becomes LF.
std::string NormalizeText(std::string_view raw);
// The same into *out, replacing its contents and keeping its capacity (a
// reused Document's text buffer).
void NormalizeText(std::string_view raw, std::string* out);

// Splits Document::text into lines/paragraphs and classifies each one.
void SplitBlocks(Document* doc);

// Groups tokens into sentences; marks sentences in non-codable blocks.
void SplitSentences(Document* doc);

}  // namespace dyad

#endif  // DYAD_TEXT_TEXT_H_
