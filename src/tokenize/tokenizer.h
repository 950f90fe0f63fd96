// Stage tokenize/: words, numbers and punctuation with byte offsets.
#ifndef DYAD_TOKENIZE_TOKENIZER_H_
#define DYAD_TOKENIZE_TOKENIZER_H_

#include "dyad/document.h"

namespace dyad {

// Tokenizes every block of doc->text into doc->tokens (Penn-style: "don't" ->
// "do" "n't", "Moscow's" -> "Moscow" "'s", quotes and brackets split off,
// "U.N." and "1,000" and "17.5" kept whole).
void Tokenize(Document* doc);

}  // namespace dyad

#endif  // DYAD_TOKENIZE_TOKENIZER_H_
