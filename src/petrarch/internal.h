// Internal model of the PETRARCH dictionaries, shared by the loaders
// (dictionaries.cc) and the coder (coder.cc). Not part of the public API.
#ifndef DYAD_PETRARCH_INTERNAL_H_
#define DYAD_PETRARCH_INTERNAL_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "petrarch/petrarch.h"

namespace dyad::petrarch_internal {

// One code of an actor, valid on [lo, hi] (YYYYMMDD, inclusive) when
// `restricted`.
struct ActorCode {
  std::string code;
  bool restricted = false;
  int lo = 0, hi = 99999999;
};

// A word sequence pointing at a payload (actor id, agent id, discard id...).
struct Phrase {
  std::vector<std::string> words;
  int id = 0;
};

// Phrases indexed by their first word, longest first within a bucket.
class PhraseIndex {
 public:
  void Add(std::vector<std::string> words, int id);
  void Freeze();
  // Longest phrase at words[i] ending before words[end]; -1 when none.
  // *len gets its length.
  int Match(const std::vector<std::string>& words, size_t i, size_t end,
            size_t* len) const;
  int Match(const std::vector<std::string>& words, size_t i,
            size_t* len) const {
    return Match(words, i, words.size(), len);
  }
  size_t size() const { return count_; }

 private:
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;
  size_t count_ = 0;
};

// Pattern elements. Words are matched exactly (upper case).
enum class ElemKind { kWord, kSynset, kSource, kTarget, kSkip, kCompound };
struct Elem {
  ElemKind kind = ElemKind::kWord;
  std::string word;
  int synset = -1;
  bool tight = false;  // no words between this element and its verb-side
                       // neighbour
};

struct Pattern {
  std::vector<Elem> pre;   // nearest the verb first
  std::vector<Elem> post;  // nearest the verb first
  std::string code, code2;
  int block = 0;
  int order = 0;  // position in the file: ties go to the earlier pattern
  std::vector<std::string> required;  // literal words: a cheap pre-filter
};

// A verb form: the inflected verb word plus words that must stand right
// before it (WIRE_+TAP) and particles right after it (BREAK_DOWN).
struct VerbForm {
  std::vector<std::string> pre, post;
  std::string code, code2;  // empty: the block's
  int block = 0;
};

struct VerbBlock {
  std::string name, code, code2;
  std::vector<int> patterns;
};

struct Synset {
  std::string name;
  std::vector<std::vector<std::string>> members;  // nested sets expanded
};

struct Impl {
  // Actors.
  std::vector<std::vector<ActorCode>> actors;
  PhraseIndex actor_phrases;
  // Agents: code like "~GOV" or "NGO~".
  std::vector<std::string> agent_codes;
  PhraseIndex agent_phrases;
  // Discards: true for story-level.
  std::vector<bool> discard_story;
  PhraseIndex discard_phrases;
  // Issues.
  std::vector<std::string> issue_codes;
  PhraseIndex issue_phrases;
  // Verbs.
  std::vector<Synset> synsets;
  std::unordered_map<std::string, int> synset_by_name;
  std::vector<VerbBlock> blocks;
  std::vector<Pattern> patterns;
  std::unordered_map<std::string, std::vector<VerbForm>> verbs;
  // Synset references seen before their definition, resolved in Freeze().
  size_t warnings = 0;
  size_t verb_forms = 0;
};

// Upper-cases ASCII letters.
std::string Upper(std::string_view s);
// Splits on spaces and underscores, dropping empty pieces.
std::vector<std::string> SplitWords(std::string_view s);
// Resolves date-restricted codes: the first restricted code covering `date`,
// else the first unrestricted one; "" when none applies.
std::string ResolveActorCode(const std::vector<ActorCode>& codes, int date);
// YYMMDD or YYYYMMDD to YYYYMMDD; -1 when malformed.
int ParseDictDate(std::string_view s);

}  // namespace dyad::petrarch_internal

#endif  // DYAD_PETRARCH_INTERNAL_H_
