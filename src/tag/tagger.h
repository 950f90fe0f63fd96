// Stage tag/: part-of-speech tags and lemmas.
#ifndef DYAD_TAG_TAGGER_H_
#define DYAD_TAG_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class Tagger {
 public:
  // Loads the compiled model (see cmake/data_tagger.cmake).
  static Status Load(const std::string& path, std::unique_ptr<Tagger>* out);
  virtual ~Tagger() = default;

  // Sets Token::tag and Token::lemma of every token. Thread-safe.
  virtual void Tag(Document* doc) const = 0;

  // Lower-case base form of a word with a given tag ("went"/VBD -> "go").
  virtual std::string Lemma(std::string_view word, dyad::Tag tag) const = 0;
};

}  // namespace dyad

#endif  // DYAD_TAG_TAGGER_H_
