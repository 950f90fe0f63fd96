// The bridge between dyad's own analysis and the PETRARCH coder: Penn
// Treebank trees from dyad's chunks and clauses, and PETRARCH's events as
// dyad events, so `dyad code --dictionaries DIR` works on raw text and on
// pre-parsed PETRARCH XML with the same JSON output.
#ifndef DYAD_PETRARCH_BRIDGE_H_
#define DYAD_PETRARCH_BRIDGE_H_

#include <string>

#include "dyad/document.h"
#include "petrarch/petrarch.h"

namespace dyad {

// A Penn Treebank bracketing of sentence `s` of a tagged and parsed
// document: (ROOT (S (NP ...) (VP (VBD ...) (NP ...) (PP (IN ..) (NP ..)))))
std::string SentenceTree(const Document& doc, uint32_t s);

// Replaces doc->events with what the PETRARCH dictionaries code. Each
// sentence is coded from `trees[s]` when given (pre-parsed input), else
// from SentenceTree(). Actor codes become mentions of their own.
void CodeWithPetrarch(const PetrarchDictionaries& dicts, const std::vector<std::string>* trees,
                      Document* doc);

}  // namespace dyad

#endif  // DYAD_PETRARCH_BRIDGE_H_
