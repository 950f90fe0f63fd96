// The verb-pattern dictionary: lemma patterns that name CAMEO event codes.
#ifndef DYAD_EVENTS_VERB_DICTIONARY_H_
#define DYAD_EVENTS_VERB_DICTIONARY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct VerbMatch {
  std::string_view code;        // CAMEO code (points into the dictionary)
  uint32_t first = kNone;       // first token of the matched words
  uint32_t end = kNone;         // one past the last matched token
  uint32_t target_from = kNone; // token after which the target is sought
                                // (pattern's preposition or object slot)
  int specificity = 0;          // number of pattern words matched
  bool patient = false;         // a pattern word matched the passive subject
};

// The subject of a passive verb, which stands for its object: "sanctions
// were imposed on Iran" matches "impose sanction >on".
struct VerbPatient {
  uint32_t first = kNone;  // the subject phrase [first, end)
  uint32_t head = kNone;   // its head noun, which a pattern word must cover
  uint32_t end = kNone;
};

// The dictionary's word ids of one document's tokens, filled by
// VerbDictionary::PrepareWords. Owned by the caller and reused across
// documents (it keeps its capacity), so matching needs no string lookups and
// no allocation; one per thread.
struct VerbWords {
  std::vector<uint32_t> lemma;    // id of the lower-case lemma
  std::vector<uint32_t> surface;  // id of the lower-case surface form, for
                                  // participles and adjectives only
  std::vector<uint64_t> bit;      // per token: filter bits of its ids
  std::vector<uint64_t> barrier;  // bit i % 64 of word i / 64: token i ends
                                  // the reach of a pattern (a clause break)
};

class VerbDictionary {
 public:
  static Status Load(const std::string& path,
                     std::unique_ptr<VerbDictionary>* out);
  virtual ~VerbDictionary() = default;

  // Looks up every token of `doc` once, for the calls below that take
  // `words`; needed again whenever tokens, tags or lemmas change.
  virtual void PrepareWords(const Document& doc, VerbWords* words) const = 0;

  // Best pattern for the verb at token `verb`, using words in
  // [verb, clause_end). False when the verb is not in the dictionary.
  virtual bool MatchVerb(const Document& doc, const VerbWords& words,
                         uint32_t verb, uint32_t clause_end,
                         VerbMatch* match) const = 0;

  // The same for a passive verb: the first word a pattern wants after the
  // verb may instead be the head of `patient`, the passive subject.
  virtual bool MatchPassiveVerb(const Document& doc, const VerbWords& words,
                                uint32_t verb, uint32_t clause_end,
                                const VerbPatient& patient,
                                VerbMatch* match) const {
    (void)patient;
    return MatchVerb(doc, words, verb, clause_end, match);
  }

  // Best nominal pattern ("talks with", "assault on") headed by the noun at
  // token `noun`, using words in [noun, limit).
  virtual bool MatchNoun(const Document& doc, const VerbWords& words,
                         uint32_t noun, uint32_t limit,
                         VerbMatch* match) const = 0;

  // The same, preparing the words for this one call (tests, tools).
  bool MatchVerb(const Document& doc, uint32_t verb, uint32_t clause_end,
                 VerbMatch* match) const {
    VerbWords words;
    PrepareWords(doc, &words);
    return MatchVerb(doc, words, verb, clause_end, match);
  }
  bool MatchNoun(const Document& doc, uint32_t noun, uint32_t limit,
                 VerbMatch* match) const {
    VerbWords words;
    PrepareWords(doc, &words);
    return MatchNoun(doc, words, noun, limit, match);
  }

  // The code of every loaded pattern, in load order (for tests and tools
  // that audit the dictionary; not used on the hot path).
  virtual std::vector<std::string_view> PatternCodes() const { return {}; }
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_DICTIONARY_H_
