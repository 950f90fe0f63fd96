// Finding actor mentions in a tagged document, and in-document coreference.
//
// The work is done in three passes over the document, each linear:
//
// 1. Atoms. Each sentence is scanned left to right. At every token one hash
//    probe on its surface text (proper names: countries, seats of
//    government, organisations, people) and one on its lemma (role agents:
//    "security forces", "minister") give the candidate phrases starting
//    there; the longest one that matches wins, proper names on ties. Runs of
//    capitalised proper-noun tokens that nothing matched become name runs
//    ("Rory Challands"): not actors yet, but they can become people when a
//    title, a possessive or an appositive says who they are. Names learnt
//    earlier in the document (surnames of people introduced with a title or
//    appositive) are matched too, so "Challands" later finds its antecedent.
//    Hyphenated compounds ("UN-backed", "pro-Assad", "military-led") are not
//    actors and are skipped.
//
// 2. Composition, a small grammar over the atom sequence of a sentence:
//      modifier ['s] [adjectives] agent+        "Russia's foreign minister"
//                                               "Syrian security forces"
//                                               "the Assad regime"
//      [modifier] title name                    "Turkish Prime Minister X"
//      org/country 's name                      "Al Jazeera's Rory Challands"
//      name , [a|the] [modifier] title-agent    "X, Turkey's prime minister"
//    The modifier gives the country (or the organisation's code), the head
//    agent the role. Dictionary people keep their dictionary code; the date
//    of the document picks the tenure (out of office: <country>ELI).
//
// 3. Document level. Agents with no country ("security forces", "the
//    army") take the document's dominant country: the most frequent country
//    among the document's mentions (each person counted once, so a much
//    quoted visitor does not outweigh the country the story is about), ties
//    to the first seen. Then pronouns are resolved: he/she to a person,
//    it/its to a country or organisation, they/their to a plural group or
//    organisation. Possessives take the nearest candidate earlier in their
//    sentence; other pronouns, and possessives with none, prefer the subject
//    of a clause (a mention followed by its verb, best a verb of saying) in
//    the nearest earlier sentence that has a candidate: up to three back for
//    he/she, one back and subjects only for it/they, which often stand for
//    things ("comparing it to ..."). A possessive lends its antecedent's
//    country to the agent it owns ("Italy recalled its ambassador").
//
// No regular expressions and no allocation per token: lower-case forms are
// views into one lower-cased copy of the text, and the per-document state is
// thread_local scratch that keeps its capacity. The dictionary is read-only,
// so the function is thread-safe.
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "actors/dictionary_internal.h"
#include "text/word_hash.h"

namespace dyad {
namespace actors_internal {
namespace {

struct TokenKey {
  std::string_view surface;  // without a possessive "'s" glued to it
  std::string_view lower;    // lower-case surface, in Scratch::lower_text
  std::string_view lemma;    // the tagger's lemma, or `lower`
  // Low halves of lexical::HashWord of each: the second word of a candidate
  // phrase is first compared by hash.
  uint32_t surface_hash = 0, lower_hash = 0, lemma_hash = 0;
  // The index keys (FlatPhraseIndex::FindKey) of the surface in the proper
  // index and of the lemma and the lower-case form in the lower one, or
  // kNoKey. Every token is looked up once, up front, so that the scan
  // passes over the many tokens that start no phrase without a probe.
  uint32_t proper_key = FlatPhraseIndex::kNoKey;
  uint32_t lemma_key = FlatPhraseIndex::kNoKey;
  uint32_t lower_key = FlatPhraseIndex::kNoKey;
  bool glued_possessive = false;
  bool name_token = false;  // see Finder::IsNameToken
};

enum class AtomType : uint8_t {
  kCountry,
  kAdjective,
  kSeat,
  kOrg,
  kAgent,
  kPerson,
  kLocal,
  kNameRun
};

struct Atom {
  AtomType type;
  uint32_t first = 0, end = 0;  // tokens [first, end)
  uint32_t after = 0;           // first token after a possessive marker
  bool possessive = false;
  uint32_t phrase = kNone;  // dictionary atoms
  uint32_t local = kNone;   // kLocal: index of the named work item
};

// A mention being built, with what coreference needs about it.
struct Work {
  ActorMention m;
  AtomType type = AtomType::kCountry;
  bool needs_country = false;  // an agent with no country yet
  bool from_dominant = false;  // its country is the document's dominant one
  bool unnamed_peacekeepers = false;  // IGOPKO: no country or body named
  bool plural = false;
  bool person_like = false;    // a person, or a one-person role
  bool copy = false;           // take code, country, role, name from antecedent
  uint32_t code_from = kNone;  // take code from this (appositive) work item
  uint32_t person = kNone;     // dictionary person id, to count people once
  uint32_t apposition_end = kNone;
};

bool IsPlural(Tag t) { return t == Tag::NNS || t == Tag::NNPS; }

using lexical::InList;

bool IsMonthOrDay(std::string_view s) {
  static const lexical::WordSet kWords{
      "Monday",   "Tuesday", "Wednesday", "Thursday",  "Friday",  "Saturday",
      "Sunday",   "January", "February",  "March",     "April",   "May",
      "June",     "July",    "August",    "September", "October", "November",
      "December", "God",     "Allah"};
  return kWords.Contains(s);
}

bool IsNameParticle(std::string_view s) {
  static const lexical::WordSet kWords{
      "al",  "el",  "bin", "ibn", "bint", "de", "da",  "di", "del", "van",
      "von", "der", "den", "la",  "le",   "du", "dos", "zu", "ul",  "ud"};
  return kWords.Contains(s);
}

bool IsSpeechLemma(std::string_view s) {
  static const lexical::WordSet kWords{
      "say",      "said",    "says",      "tell",     "told",      "add",
      "added",    "state",   "stated",    "announce", "announced", "claim",
      "claimed",  "declare", "declared",  "insist",   "insisted",  "warn",
      "warned",   "confirm", "confirmed", "deny",     "denied",    "accuse",
      "accused",  "stress",  "stressed",  "note",     "noted",     "argue",
      "argued",   "urge",    "urged",     "describe", "described", "report",
      "reported", "explain", "explained"};
  return kWords.Contains(s);
}

// Nouns that, after a role word, make it a modifier of a place or thing
// rather than an actor: "opposition stronghold", "police station".
bool IsNonActorHead(std::string_view lemma) {
  static const lexical::WordSet kWords{
      "stronghold", "station",       "headquarters", "base",
      "camp",       "checkpoint",    "building",     "compound",
      "post",       "position",      "area",         "territory",
      "zone",       "neighbourhood", "neighborhood", "district",
      "vehicle",    "car",           "truck",        "website",
      "source",     "sources",       "quarter",      "system",
      "equipment",  "weapon",        "facility",     "budget",
      "spending",   "programme",     "program",      "reform"};
  return kWords.Contains(lemma);
}

// Modifiers of "party" that make it a gathering or a group of helpers.
bool IsSocialGathering(std::string_view lemma) {
  static const lexical::WordSet kWords{"wedding", "birthday", "dinner", "search",
                                       "boarding", "hunting", "garden", "tea",
                                       "house", "working", "third", "rescue",
                                       "funeral", "christmas", "farewell"};
  return kWords.Contains(lemma);
}

int32_t DateKey(const Date& d) {
  if (!d.known()) return 0;
  int m = d.month ? d.month : 7;
  int day = d.day ? d.day : (d.month ? 15 : 1);
  return d.year * 10000 + m * 100 + day;
}

// Names learnt in a document (Finder::RegisterName) and what each stands
// for: an open-addressing table over one string holding the names, kept in
// the thread's Scratch, where an unordered_map<std::string, uint32_t>
// allocated a node (and a string for a long name) per name and document.
// A 64-bit mask of the names' first words lets the many name tokens that
// start no learnt name skip building and hashing keys.
class LocalNames {
 public:
  void Clear() {
    text_.clear();
    names_.clear();
    std::fill(slots_.begin(), slots_.end(), 0);
    first_words_ = 0;
  }
  bool empty() const { return names_.empty(); }

  // Whether a name may start with the word whose TokenKey::surface_hash is
  // first_word_hash.
  bool MayStartWith(uint32_t first_word_hash) const {
    return (first_words_ >> FirstWordBit(first_word_hash)) & 1;
  }

  // Adds name (whose first word's surface hash is first_word_hash) for
  // `work`, unless the name is there already: the first one stays.
  void Add(std::string_view name, uint32_t first_word_hash, uint32_t work) {
    const uint64_t h = lexical::HashWord(name);
    if (Find(name, h) != kNone) return;
    if (2 * (names_.size() + 1) > slots_.size()) {
      slots_.assign(std::max<size_t>(64, 2 * slots_.size()), 0);
      for (uint32_t n = 0; n < names_.size(); ++n) Place(n);
    }
    names_.push_back(Name{h, static_cast<uint32_t>(text_.size()),
                          static_cast<uint32_t>(name.size()), work});
    text_.append(name);
    Place(static_cast<uint32_t>(names_.size() - 1));
    first_words_ |= uint64_t{1} << FirstWordBit(first_word_hash);
  }

  // The work item of `name`, or kNone.
  uint32_t Find(std::string_view name) const {
    return Find(name, lexical::HashWord(name));
  }

 private:
  struct Name {
    uint64_t hash;         // lexical::HashWord of the name
    uint32_t begin, size;  // in text_
    uint32_t work;
  };

  static int FirstWordBit(uint32_t h) { return (h >> 7) & 63; }

  uint32_t Find(std::string_view name, uint64_t h) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask; slots_[i] != 0; i = (i + 1) & mask) {
      const Name& n = names_[slots_[i] - 1];
      if (n.hash == h &&
          lexical::SameWord(std::string_view(text_).substr(n.begin, n.size),
                            name))
        return n.work;
    }
    return kNone;
  }

  void Place(uint32_t n) {
    const size_t mask = slots_.size() - 1;
    size_t i = names_[n].hash & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = n + 1;
  }

  std::string text_;
  std::vector<Name> names_;
  std::vector<uint32_t> slots_;  // index into names_ + 1; 0 when empty
  uint64_t first_words_ = 0;
};

// Per-document working state. It lives in a thread_local (see
// Dictionary::FindActors) so that its vectors and hash tables keep their
// capacity from one document to the next: allocating them afresh for every
// document cost more in malloc and page faults than the matching itself.
struct Scratch {
  std::string lower_text;  // ASCII-lower-cased copy of Document::text
  std::vector<TokenKey> keys;
  // The tokens at which something can start (an index key, a name token or
  // an "X-flagged" compound), ascending: most tokens are none of these,
  // and the atom scan visits only these.
  std::vector<uint32_t> live;
  // The tokens that may be a pronoun or a definite body (see
  // Finder::MayReferBack), ascending.
  std::vector<uint32_t> refer_back;
  std::vector<std::pair<uint32_t, uint32_t>> cache;
  std::vector<Work> work;
  std::vector<Atom> atoms;       // of one sentence
  std::vector<uint8_t> covered;  // per token: inside a mention
  std::vector<uint32_t> order;   // work items in text order
  std::vector<uint32_t> remap;   // work item -> mention index
  LocalNames local_names;
  std::unordered_map<uint32_t, uint32_t> first_of_person;
  std::vector<std::pair<std::string_view, int>> country_counts;
  std::vector<uint8_t> person_seen;  // by person id; all 0 between uses
  std::vector<uint32_t> people_counted;
};

class Finder {
 public:
  Finder(const Dictionary& dict, Document* doc, Scratch* scratch)
      : d_(dict),
        doc_(*doc),
        keys_(scratch->keys),
        live_(scratch->live),
        refer_back_(scratch->refer_back),
        cache_(scratch->cache),
        work_(scratch->work),
        atoms_(scratch->atoms),
        covered_(scratch->covered),
        order_(scratch->order),
        remap_(scratch->remap),
        local_names_(scratch->local_names),
        first_of_person_(scratch->first_of_person),
        country_counts_(scratch->country_counts),
        person_seen_(scratch->person_seen),
        people_counted_(scratch->people_counted) {
    date_ = DateKey(doc->date);
    work_.clear();
    local_names_.Clear();
    first_of_person_.clear();
    const size_t n = doc_.tokens.size();
    keys_.resize(n);
    live_.clear();
    refer_back_.clear();
    cache_.assign(n, {kUnset, 0});
    // One lower-cased copy of the text: every token's lower-case form is a
    // view into it at the token's own offset, instead of one string per
    // token. Only the tokens' bytes are written, as they are hashed.
    std::string& lower = scratch->lower_text;
    lower.resize(doc_.text.size());
    for (size_t i = 0; i < n; ++i) {
      TokenKey& k = keys_[i];
      const Token& t = doc_.tokens[i];
      std::string_view s = doc_.TokenText(static_cast<uint32_t>(i));
      k.glued_possessive = false;
      if (s.size() > 2 && s[s.size() - 2] == '\'' && s.back() == 's') {
        s.remove_suffix(2);
        k.glued_possessive = true;
      }
      k.surface = s;
      char* lower_at = lower.data() + (s.data() - doc_.text.data());
      k.lower = std::string_view(lower_at, s.size());
      k.lemma = t.lemma.empty() || k.glued_possessive
                    ? k.lower
                    : std::string_view(t.lemma);
      // Folding while hashing reads the token once, and tells whether
      // folding changed any byte: most tokens are lower-case already, and
      // then the surface's hash is the lower-case form's.
      uint64_t folded_bits = 0;
      const uint64_t lower_hash = lexical::HashWordFolded(
          s,
          [&folded_bits](uint64_t v) {
            const uint64_t folded = lexical::LowerAscii8(v);
            folded_bits |= folded ^ v;
            return folded;
          },
          lower_at);
      const bool lower_is_surface = folded_bits == 0;
      const uint64_t surface_hash =
          lower_is_surface ? lower_hash : lexical::HashWord(k.surface);
      const bool lemma_is_lower = lexical::SameWord(k.lemma, k.lower);
      const uint64_t lemma_hash =
          lemma_is_lower ? lower_hash : lexical::HashWord(k.lemma);
      k.surface_hash = static_cast<uint32_t>(surface_hash);
      k.lower_hash = static_cast<uint32_t>(lower_hash);
      k.lemma_hash = static_cast<uint32_t>(lemma_hash);
      if (lower_is_surface && lemma_is_lower &&
          !d_.any_first_word.MayContain(surface_hash)) {
        k.proper_key = k.lemma_key = k.lower_key = FlatPhraseIndex::kNoKey;
      } else {
        k.proper_key = d_.proper_flat.FindKey(k.surface, surface_hash);
        k.lemma_key = d_.lower_flat.FindKey(k.lemma, lemma_hash);
        k.lower_key = lemma_is_lower
                          ? FlatPhraseIndex::kNoKey
                          : d_.lower_flat.FindKey(k.lower, lower_hash);
      }
      // A name token starts with a capital letter, which folding changes.
      k.name_token = !lower_is_surface && NameToken(k.surface, t.tag);
      if (k.proper_key != FlatPhraseIndex::kNoKey ||
          k.lemma_key != FlatPhraseIndex::kNoKey ||
          k.lower_key != FlatPhraseIndex::kNoKey || k.name_token ||
          FlagSuffixDash(k.surface) != std::string_view::npos)
        live_.push_back(static_cast<uint32_t>(i));
      if (MayReferBack(static_cast<uint32_t>(i)))
        refer_back_.push_back(static_cast<uint32_t>(i));
    }
  }

  void Run() {
    std::vector<Atom>& atoms = atoms_;
    TokenList::const_iterator live = live_.begin();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      uint32_t first = std::min<uint32_t>(sent.first_token, doc_.tokens.size());
      uint32_t end = std::min<uint32_t>(sent.end_token, doc_.tokens.size());
      if (first >= end) continue;
      atoms.clear();
      live = SeekToken(live_, live, first);
      ScanAtoms(first, end, live, &atoms);
      Compose(s, end, atoms);
    }
    DropRegionsInNames();
    FillCountries();
    PeoplesOfResidence();
    ResolvePronouns();
    Emit();
  }

 private:
  const Token& Tok(uint32_t i) const { return doc_.tokens[i]; }
  std::string_view Text(uint32_t i) const { return doc_.TokenText(i); }
  // Whether token i is the word w: by lexical::SameWord, as string_view's
  // == calls memcmp.
  bool TextIs(uint32_t i, std::string_view w) const {
    return lexical::SameWord(Text(i), w);
  }

  // ---- Pass 1: atoms ------------------------------------------------------

  using TokenList = std::vector<uint32_t>;
  // The first token of `list` (ascending) at or after token `first`, looked
  // for from `from` on: sentences come in text order, so each search starts
  // where the previous one ended (a binary search per sentence cost more).
  static TokenList::const_iterator SeekToken(const TokenList& list,
                                             TokenList::const_iterator from,
                                             uint32_t first) {
    if (from != list.begin() && *(from - 1) >= first)
      from = std::lower_bound(list.begin(), from, first);
    while (from != list.end() && *from < first) ++from;
    return from;
  }

  bool WordMatches(const Phrase& p, size_t w, uint32_t tok) const {
    const TokenKey& k = keys_[tok];
    const std::string& word = p.words[w];
    if (p.type != PhraseType::kAgent) return lexical::SameWord(k.surface, word);
    if (p.exact_mask & (1u << w)) return lexical::SameWord(k.lower, word);
    return lexical::SameWord(k.lemma, word) || lexical::SameWord(k.lower, word);
  }

  // Longest dictionary phrase starting at token i, within its sentence
  // [i, end); cached, as name runs and ambiguity checks ask again.
  uint32_t LongestMatch(uint32_t i, uint32_t end, uint32_t* match_end) const {
    if (cache_[i].first == kUnset) cache_[i] = LongestMatchUncached(i, end);
    *match_end = cache_[i].second;
    return cache_[i].first;
  }

  std::pair<uint32_t, uint32_t> LongestMatchUncached(uint32_t i,
                                                     uint32_t end) const {
    uint32_t best = kNone;
    uint32_t best_end = i;
    const TokenKey& key = keys_[i];
    if (key.proper_key == FlatPhraseIndex::kNoKey &&
        key.lemma_key == FlatPhraseIndex::kNoKey &&
        key.lower_key == FlatPhraseIndex::kNoKey)
      return {best, best_end};
    // Phrases come longest first, so the first that matches is the one
    // kept, and none after one too short to beat best_end can win.
    const TokenKey& next = keys_[i + 1 < end ? i + 1 : i];
    auto consider = [&](const FlatPhraseIndex& index, uint32_t index_key) {
      for (const PhraseRef& ref : index.Refs(index_key)) {
        const size_t n = ref.words;
        if (i + n <= best_end) return;
        if (i + n > end) continue;
        // The second word matches the next token's surface, lower-case form
        // or lemma (see WordMatches) only if its hash matches one of theirs.
        if (n > 1 && ref.second != next.surface_hash &&
            ref.second != next.lower_hash && ref.second != next.lemma_hash)
          continue;
        uint32_t id = ref.id;
        if (n == 1 && !ref.exact_first) {
          best = id;
          best_end = static_cast<uint32_t>(i + 1);
          return;
        }
        const Phrase& p = d_.phrases[id];
        bool ok = true;
        for (size_t w = 1; w < n && ok; ++w) {
          ok = WordMatches(p, w, static_cast<uint32_t>(i + w));
          // A possessive glued to a word ends the phrase there.
          if (ok && w + 1 < n && keys_[i + w].glued_possessive) ok = false;
        }
        if (n > 1 && keys_[i].glued_possessive) ok = false;
        if (ok && p.type == PhraseType::kAgent && (p.exact_mask & 1u) &&
            keys_[i].lower != p.words[0])
          ok = false;
        if (ok) {
          best = id;
          best_end = static_cast<uint32_t>(i + n);
          return;
        }
      }
    };
    consider(d_.proper_flat, key.proper_key);
    consider(d_.lower_flat, key.lemma_key);
    consider(d_.lower_flat, key.lower_key);
    return {best, best_end};
  }

  bool IsNameToken(uint32_t i) const { return keys_[i].name_token; }

  // A capitalised proper noun (or unknown word) that can be part of a name;
  // s is the token's surface.
  static bool NameToken(std::string_view s, Tag tag) {
    if (s.size() < 2 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
    if (!(tag == Tag::NNP || tag == Tag::NNPS || tag == Tag::kUnknown))
      return false;
    // "NATO-member Norway", "Oil-rich Kuwait": a compound ending in a
    // lower-case word is a modifier, not part of a name.
    size_t dash = s.rfind('-');
    if (dash != std::string_view::npos && dash + 1 < s.size() && s[dash + 1] >= 'a' &&
        s[dash + 1] <= 'z')
      return false;
    return !IsMonthOrDay(s);
  }

  // Longest name learnt earlier in the document starting at i.
  uint32_t LongestLocal(uint32_t i, uint32_t end, uint32_t* match_end) const {
    if (local_names_.empty() || !IsNameToken(i) ||
        !local_names_.MayStartWith(keys_[i].surface_hash))
      return kNone;
    // Reused across calls: this runs at every name token of a document.
    thread_local std::string key;
    key.clear();
    uint32_t best = kNone;
    for (uint32_t j = i; j < end && j < i + 5; ++j) {
      if (j > i) key += ' ';
      key.append(keys_[j].surface);
      if (uint32_t work = local_names_.Find(key); work != kNone) {
        best = work;
        *match_end = j + 1;
      }
      if (keys_[j].glued_possessive) break;
    }
    return best;
  }

  bool HyphenBefore(uint32_t i, uint32_t first) const {
    return i > first && TextIs(i - 1, "-") && !Tok(i).space_before &&
           !Tok(i - 1).space_before;
  }
  bool HyphenAfter(uint32_t e, uint32_t end) const {
    return e + 1 < end && TextIs(e, "-") && !Tok(e).space_before &&
           !Tok(e + 1).space_before;
  }

  void SetPossessive(Atom* a, uint32_t end) const {
    a->after = a->end;
    if (keys_[a->end - 1].glued_possessive) {
      a->possessive = true;
    } else if (a->end < end &&
               (Tok(a->end).tag == Tag::POS || TextIs(a->end, "'s") ||
                (TextIs(a->end, "'") && Tok(a->end).tag != Tag::kCloseQuote &&
                 !Tok(a->end).space_before))) {
      a->possessive = true;
      a->after = a->end + 1;
    }
  }

  // Atoms of the sentence [first, end), whose first live token is *live
  // (of live_). Only live tokens can start an atom; the others are stepped
  // over by moving on in live_ rather than by testing every token.
  void ScanAtoms(uint32_t first, uint32_t end, TokenList::const_iterator live,
                 std::vector<Atom>* atoms) const {
    uint32_t i = first;
    while (true) {
      while (live != live_.end() && *live < i) ++live;
      if (live == live_.end() || *live >= end) break;
      i = *live;
      uint32_t dict_end = i, local_end = i;
      uint32_t phrase = LongestMatch(i, end, &dict_end);
      uint32_t local = LongestLocal(i, end, &local_end);
      Atom a;
      a.first = i;
      if (local != kNone && (phrase == kNone || local_end > dict_end ||
                             (local_end == dict_end &&
                              d_.phrases[phrase].type == PhraseType::kAgent))) {
        a.type = AtomType::kLocal;
        a.local = local;
        a.end = local_end;
      } else if (phrase != kNone) {
        const Phrase& p = d_.phrases[phrase];
        a.end = dict_end;
        a.phrase = phrase;
        switch (p.type) {
          case PhraseType::kCountry:
            a.type = AtomType::kCountry;
            break;
          case PhraseType::kAdjective:
            a.type = AtomType::kAdjective;
            break;
          case PhraseType::kSeat:
            a.type = AtomType::kSeat;
            break;
          case PhraseType::kOrg:
            a.type = AtomType::kOrg;
            break;
          case PhraseType::kAgent:
            a.type = AtomType::kAgent;
            break;
          case PhraseType::kPerson:
            a.type = AtomType::kPerson;
            break;
        }
        if (!AcceptDictionaryAtom(a, p, first, end)) {
          i = (p.type == PhraseType::kAgent) ? i + 1 : a.end;
          continue;
        }
      } else if (uint32_t flag = FlagState(i); flag != kNone) {
        // "a British-flagged tanker": the ship's state.
        a.type = AtomType::kAdjective;
        a.phrase = flag;
        a.end = i + 1;
      } else if (IsNameToken(i)) {
        uint32_t j = i + 1;
        while (j < end && !keys_[j - 1].glued_possessive) {
          if (IsNameToken(j)) {
            uint32_t e;
            uint32_t inner = LongestMatch(j, end, &e);
            if (inner != kNone && d_.phrases[inner].type != PhraseType::kAgent)
              break;
            ++j;
          } else if (j + 1 < end && IsNameToken(j + 1) &&
                     (IsNameParticle(keys_[j].lower) ||
                      (TextIs(j, "-") && !Tok(j).space_before &&
                       !Tok(j + 1).space_before))) {
            j += 2;
          } else {
            break;
          }
        }
        a.type = AtomType::kNameRun;
        a.end = j;
      } else {
        ++i;
        continue;
      }
      SetPossessive(&a, end);
      atoms->push_back(a);
      i = a.after;
    }
  }

  bool AcceptDictionaryAtom(const Atom& a, const Phrase& p, uint32_t first,
                            uint32_t end) const {
    if (HyphenBefore(a.first, first) || HyphenAfter(a.end, end)) return false;
    if (p.type == PhraseType::kAgent) {
      const Token& head = Tok(a.end - 1);
      if (!(IsNoun(head.tag) || head.tag == Tag::kUnknown)) return false;
      if (a.end < end && IsNoun(Tok(a.end).tag) &&
          IsNonActorHead(keys_[a.end].lemma))
        return false;
      // "a wedding party", "a search party" are no political party.
      if (a.first > first &&
          lexical::SameWord(keys_[a.end - 1].lemma, "party") &&
          IsSocialGathering(keys_[a.first - 1].lemma))
        return false;
      // Titles ("Mr", "Sheikh") are actors only before a name.
      if (p.agent_kind == AgentKind::kTitle &&
          !(a.end < end && IsNameToken(a.end)))
        return false;
    }
    // "across the Line of Control": a one-word name that the tagger reads
    // as a common noun is that noun, not someone called so.
    if (p.type == PhraseType::kPerson && a.end == a.first + 1 && Tok(a.first).tag == Tag::NN)
      return false;
    if (p.type == PhraseType::kCountry) {
      // "Chad Smith", "Michael Jordan": a country name inside a person's name.
      bool name_after = a.end < end && IsNameToken(a.end) &&
                        !keys_[a.end - 1].glued_possessive;
      if (name_after) {
        uint32_t e;
        uint32_t next = LongestMatch(a.end, end, &e);
        // "US Predator attacks", "Russian Sukhoi jets": names that modify
        // a common noun are a make or a model, not a person's name.
        uint32_t k = a.end;
        while (k < end && IsNameToken(k)) ++k;
        bool modifies_noun = k < end && !Tok(k).capitalized &&
                             (Tok(k).tag == Tag::NN || Tok(k).tag == Tag::NNS);
        if (next == kNone && !modifies_noun) return false;
      }
      if (a.first > first && IsNameToken(a.first - 1)) {
        uint32_t e;
        // Only when the word before is itself no actor ("Michael Jordan").
        bool prev_is_actor = false;
        for (uint32_t b = a.first - 1; b + 1 > first && b + 4 > a.first; --b) {
          if (LongestMatch(b, end, &e) != kNone && e == a.first) {
            prev_is_actor = true;
            break;
          }
          if (b == 0) break;
        }
        if (!prev_is_actor) return false;
      }
    }
    return true;
  }

  // ---- Pass 2: composition -----------------------------------------------

  bool IsModifier(AtomType t) const {
    return t == AtomType::kCountry || t == AtomType::kAdjective ||
           t == AtomType::kSeat || t == AtomType::kOrg ||
           t == AtomType::kPerson || t == AtomType::kLocal;
  }

  // Words between a modifier and its agent: adjectives and noun modifiers,
  // coordinated at most once ("French political and military officials").
  bool GapIsModifiers(uint32_t from, uint32_t to) const {
    if (to < from || to - from > 4) return false;
    for (uint32_t i = from; i < to; ++i) {
      Tag t = Tok(i).tag;
      if ((t == Tag::CC || t == Tag::kComma) && i > from && i + 1 < to)
        continue;
      if (!(IsAdjective(t) || t == Tag::NN || t == Tag::VBN ||
            t == Tag::kUnknown))
        return false;
      if (t == Tag::kUnknown && Tok(i).capitalized) return false;
    }
    return true;
  }

  const Phrase& P(const Atom& a) const { return d_.phrases[a.phrase]; }

  // An agent phrase starting at atom k: [modifier] agent+. Returns false
  // when atom k starts none.
  bool AgentPhrase(const std::vector<Atom>& A, size_t k, size_t* mod,
                   size_t* head) const {
    *mod = kNone;
    size_t h;
    if (A[k].type == AtomType::kAgent) {
      h = k;
    } else if (IsModifier(A[k].type) && k + 1 < A.size() &&
               A[k + 1].type == AtomType::kAgent &&
               GapIsModifiers(A[k].after, A[k + 1].first)) {
      *mod = k;
      h = k + 1;
    } else {
      return false;
    }
    while (h + 1 < A.size() && A[h + 1].type == AtomType::kAgent &&
           A[h + 1].first == A[h].end && !A[h].possessive)
      ++h;
    *head = h;
    return true;
  }

  // Code of a dictionary person on the document date.
  void PersonCode(const Phrase& p, Work* w) const {
    bool in_office = true;
    uint32_t t = d_.PickTenure(p, date_, &in_office);
    if (t == kNone) return;
    const Tenure& ten = d_.tenures[t];
    const ActorCode& c = d_.actors[in_office ? ten.actor : ten.actor + 1];
    w->m.code = c.code;
    w->m.country = c.country;
    w->m.role = c.role;
    w->m.name = c.name;
    w->person = ten.person;
  }

  void SetFromActor(const ActorCode& c, Work* w) const {
    w->m.code = c.code;
    w->m.country = c.country;
    w->m.role = c.role;
    w->m.name = c.name;
  }

  // Country (or organisation) code given by a modifier atom, with an agent
  // role: "Syrian" + MIL -> SYRMIL; "Al Jazeera" + MED -> QATMEDAJZ.
  void ModifierCode(const Atom& mod, const std::string& role,
                    const std::string& agent_name, Work* w) const {
    std::string country;
    switch (mod.type) {
      case AtomType::kOrg: {
        SetFromActor(d_.actors[P(mod).actor], w);
        return;
      }
      case AtomType::kCountry:
      case AtomType::kAdjective:
      case AtomType::kSeat:
        country = d_.actors[P(mod).actor].country;
        w->m.name = d_.actors[P(mod).actor].name;
        break;
      case AtomType::kPerson: {
        Work tmp;
        PersonCode(P(mod), &tmp);
        country = tmp.m.country;
        w->m.name = tmp.m.name;
        break;
      }
      case AtomType::kLocal: {
        const Work& ref = work_[mod.local];
        if (ref.needs_country || ref.code_from != kNone) {
          w->needs_country = true;
          w->m.role = role;
          w->m.name = agent_name;
          return;
        }
        country = ref.m.country;
        w->m.name = ref.m.name;
        break;
      }
      default:
        break;
    }
    if (country.size() != 3 || country == "IGO" || country == "NGO" ||
        country == "IMG" || country == "MNC") {
      // A person of an organisation: "UN envoy X" keeps the organisation.
      if (!country.empty()) {
        w->m.code = country;
        w->m.country = country;
      }
      w->m.role = role;
      if (country.empty()) w->needs_country = true;
      return;
    }
    w->m.country = country;
    w->m.role = role;
    w->m.code = country + role;
    if (!agent_name.empty()) w->m.name = w->m.name + " " + agent_name;
  }

  // Takes w by reference: a by-value Work cost one more move and destruction
  // of its four strings per mention.
  uint32_t Push(Work&& w, uint32_t sentence, uint32_t first, uint32_t end) {
    w.m.sentence = sentence;
    w.m.first_token = first;
    w.m.end_token = end;
    w.m.span = Span{Tok(first).span.begin, Tok(end - 1).span.end};
    if (keys_[end - 1].glued_possessive && w.m.span.end >= w.m.span.begin + 2)
      w.m.span.end -= 2;
    work_.push_back(std::move(w));
    return static_cast<uint32_t>(work_.size() - 1);
  }

  void RegisterName(uint32_t first, uint32_t end, uint32_t work) {
    // Reused across calls, like LongestLocal's.
    thread_local std::string key;
    key.clear();
    for (uint32_t i = first; i < end; ++i) {
      if (i > first) key += ' ';
      key.append(keys_[i].surface);
    }
    local_names_.Add(key, keys_[first].surface_hash, work);
    // The surname alone: the last capitalised word of at least 3 letters.
    std::string_view last = keys_[end - 1].surface;
    if (end - first > 1 && last.size() >= 3 && last[0] >= 'A' && last[0] <= 'Z')
      local_names_.Add(last, keys_[end - 1].surface_hash, work);
  }

  std::string NameText(uint32_t first, uint32_t end) const {
    std::string_view s = doc_.TokensText(first, end);
    if (keys_[end - 1].glued_possessive && s.size() >= 2) s.remove_suffix(2);
    return std::string(s);
  }

  // An appositive agent phrase after a person: ", a Russian political analyst".
  // Returns the index of the atom after it, or k when there is none.
  size_t Apposition(const std::vector<Atom>& A, size_t k, uint32_t sentence,
                    uint32_t sent_end, uint32_t person_work) {
    if (k >= A.size()) return k;
    uint32_t p = work_[person_work].m.end_token;
    if (p >= sent_end || !TextIs(p, ",")) return k;
    ++p;
    if (p < sent_end && Tok(p).tag == Tag::DT &&
        InList(keys_[p].lower, {"a", "an", "the"}))
      ++p;
    if (A[k].first != p) return k;
    size_t mod, head;
    if (!AgentPhrase(A, k, &mod, &head)) return k;
    const Atom& h = A[head];
    if (P(h).agent_kind != AgentKind::kPerson || IsPlural(Tok(h.end - 1).tag))
      return k;
    Work w = AgentWork(A, mod, head);
    // "Lavrov, the foreign minister": the role is the named person's.
    const Work& named =
        work_[person_work].copy && work_[person_work].m.antecedent != kNone
            ? work_[work_[person_work].m.antecedent]
            : work_[person_work];
    if (w.needs_country && !named.needs_country &&
        IsStateCountry(named.m.country)) {
      w.needs_country = false;
      w.m.country = named.m.country;
      w.m.code = named.m.country + w.m.role;
    }
    w.m.antecedent = person_work;
    w.person_like = true;
    uint32_t idx = Push(std::move(w), sentence, A[k].first, h.end);
    work_[person_work].apposition_end = h.end;
    if (work_[person_work].m.code.empty() && !work_[person_work].copy)
      work_[person_work].code_from = idx;
    return head + 1;
  }

  Work AgentWork(const std::vector<Atom>& A, size_t mod, size_t head) const {
    const Atom& h = A[head];
    const ActorCode& agent = d_.actors[P(h).actor];
    Work w;
    w.type = AtomType::kAgent;
    w.m.kind = ActorKind::kAgent;
    w.plural = IsPlural(Tok(h.end - 1).tag);
    w.person_like = P(h).agent_kind != AgentKind::kGroup && !w.plural;
    // "Israel's militia ally", "Iran's militia proxies": a force allied to
    // a state is not that state's own.
    bool allied =
        h.end < keys_.size() &&
        InList(keys_[h.end].lower, {"ally", "allies", "proxy", "proxies"});
    if (mod != kNone && !allied) {
      ModifierCode(A[mod], agent.role, agent.name, &w);
      if (A[mod].type == AtomType::kOrg) {
        w.m.name = d_.actors[P(A[mod]).actor].name + " " + agent.name;
      }
    } else {
      w.needs_country = true;
      w.m.role = agent.role;
      w.m.name = agent.name;
      // "Vietnamese-led forces", "Saudi-led coalition aircraft": the
      // leader's country, before the phrase's first agent word.
      size_t first = head;
      while (first > 0 && A[first - 1].type == AtomType::kAgent &&
             A[first - 1].end == A[first].first && !A[first - 1].possessive)
        --first;
      std::string_view leader = LedBy(A[first].first);
      if (!leader.empty()) {
        w.needs_country = false;
        w.m.country = std::string(leader);
        w.m.code = w.m.country + w.m.role;
      }
    }
    return w;
  }

  // The phrase of the state X of an "X-flagged", "X-registered" or
  // "X-owned" token at i (a ship's or a company's state), or kNone.
  uint32_t FlagState(uint32_t i) const {
    std::string_view w = keys_[i].surface;
    size_t dash = FlagSuffixDash(w);
    if (dash == std::string_view::npos) return kNone;
    for (const PhraseRef& ref : d_.proper_flat.Find(w.substr(0, dash))) {
      const Phrase& p = d_.phrases[ref.id];
      if (p.words.size() == 1 &&
          (p.type == PhraseType::kCountry || p.type == PhraseType::kAdjective) &&
          IsStateCountry(d_.actors[p.actor].country))
        return ref.id;
    }
    return kNone;
  }

  // The position of the dash of an "X-flagged", "X-registered" or "X-owned"
  // word w (X not empty), or npos.
  static size_t FlagSuffixDash(std::string_view w) {
    // Every token is asked: all three suffixes end in 'd', and the shortest
    // needs a word of 7 bytes.
    if (w.size() < 7 || w.back() != 'd') return std::string_view::npos;
    for (std::string_view tail : {"-flagged", "-registered", "-owned"})
      if (w.size() > tail.size() && w.ends_with(tail))
        return w.size() - tail.size();
    return std::string_view::npos;
  }

  // The country of "X-led" right before token i (adjectives between
  // allowed), or "" when there is none.
  std::string_view LedBy(uint32_t i) const {
    for (uint32_t k = i; k > 0 && i - k < 3; --k) {
      std::string_view w = keys_[k - 1].surface;
      if (w.size() > 4 && w.substr(w.size() - 4) == "-led") {
        for (const PhraseRef& ref : d_.proper_flat.Find(w.substr(0, w.size() - 4))) {
          const Phrase& p = d_.phrases[ref.id];
          if (p.words.size() == 1 &&
              (p.type == PhraseType::kCountry || p.type == PhraseType::kAdjective) &&
              IsStateCountry(d_.actors[p.actor].country))
            return d_.actors[p.actor].country;
        }
        return {};
      }
      if (!IsAdjective(Tok(k - 1).tag)) return {};
    }
    return {};
  }

  void Compose(uint32_t s, uint32_t sent_end, const std::vector<Atom>& A) {
    size_t k = 0;
    while (k < A.size()) {
      const Atom& a = A[k];
      size_t mod, head;
      if (AgentPhrase(A, k, &mod, &head)) {
        const Atom& h = A[head];
        const Phrase& hp = P(h);
        bool title = hp.agent_kind != AgentKind::kGroup &&
                     !IsPlural(Tok(h.end - 1).tag) && !h.possessive &&
                     head + 1 < A.size() && A[head + 1].first == h.end &&
                     (A[head + 1].type == AtomType::kPerson ||
                      A[head + 1].type == AtomType::kNameRun ||
                      A[head + 1].type == AtomType::kLocal);
        if (title) {
          const Atom& n = A[head + 1];
          uint32_t idx = PersonWork(A, head + 1, s, A[k].first);
          if (n.type == AtomType::kNameRun) {
            Work tmp = AgentWork(A, mod, head);
            Work& w = work_[idx];
            w.m.code = tmp.m.code;
            w.m.country = tmp.m.country;
            w.m.role = tmp.m.role;
            w.needs_country = tmp.needs_country;
            // "The US commander in Iraq, General David Petraeus": a title
            // with no country of its own takes that of the phrase it
            // stands in apposition to.
            uint32_t comma = A[k].first;
            if (w.needs_country && comma > 0 && TextIs(comma - 1, ",")) {
              // Walk back over prepositional objects ("in Iraq").
              for (size_t j = work_.size() - 1; j > 0; --j) {
                const Work& prev = work_[j - 1];
                if (prev.m.sentence != s || prev.m.end_token + 7 < comma) break;
                if (prev.m.kind == ActorKind::kAgent && !prev.needs_country &&
                    IsStateCountry(prev.m.country)) {
                  w.needs_country = false;
                  w.m.country = prev.m.country;
                  w.m.code = prev.m.country + w.m.role;
                  w.m.antecedent = static_cast<uint32_t>(j - 1);
                  break;
                }
                uint32_t f = prev.m.first_token;
                bool prep_object =
                    f > 0 && (Tok(f - 1).tag == Tag::IN ||
                              (Tok(f - 1).tag == Tag::DT && f > 1 &&
                               Tok(f - 2).tag == Tag::IN));
                if (!prep_object) break;
              }
            }
          } else if (n.type == AtomType::kPerson &&
                     work_[idx].m.role == "ELI" &&
                     IsStateCountry(work_[idx].m.country) &&
                     !d_.actors[P(h).actor].role.empty()) {
            // Out of office on the document date, yet the text gives the
            // office ("Japanese Prime Minister Ryutaro Hashimoto"): the text
            // wins over a date that may be wrong or a tenure list that may
            // be incomplete.
            Work& w = work_[idx];
            w.m.role = d_.actors[P(h).actor].role;
            w.m.code = w.m.country + w.m.role;
          }
          k = Apposition(A, head + 2, s, sent_end, idx);
          continue;
        }
        Work w = AgentWork(A, mod, head);
        // "our correspondent": the outlet that wrote the article, i.e. the
        // news organisation named most recently.
        if (mod == kNone && w.m.role == "MED" && A[k].first > 0 &&
            lexical::SameWord(keys_[A[k].first - 1].lower, "our")) {
          for (size_t j = work_.size(); j > 0; --j) {
            const Work& o = work_[j - 1];
            if (o.m.role == "MED" && !o.m.country.empty() && !o.needs_country &&
                o.m.kind != ActorKind::kAgent) {
              w.needs_country = false;
              w.m.code = o.m.code;
              w.m.country = o.m.country;
              break;
            }
          }
        }
        Push(std::move(w), s, A[k].first, h.end);
        k = head + 1;
        continue;
      }
      // org/country/seat 's name: "Al Jazeera's Rory Challands".
      if ((a.type == AtomType::kOrg || a.type == AtomType::kCountry ||
           a.type == AtomType::kSeat) &&
          a.possessive && k + 1 < A.size() &&
          A[k + 1].type == AtomType::kNameRun && A[k + 1].first == a.after) {
        Work w0;
        SetFromActor(d_.actors[P(a).actor], &w0);
        w0.m.kind = KindOf(a.type, w0.m.country);
        w0.type = a.type;
        Push(std::move(w0), s, a.first, a.end);
        uint32_t idx = PersonWork(A, k + 1, s, A[k + 1].first);
        Work& w = work_[idx];
        const ActorCode& c = d_.actors[P(a).actor];
        w.m.code = c.code;
        w.m.country = c.country;
        w.m.role = c.role;
        k = Apposition(A, k + 2, s, sent_end, idx);
        continue;
      }
      switch (a.type) {
        case AtomType::kPerson:
        case AtomType::kLocal:
        case AtomType::kNameRun: {
          if (a.type == AtomType::kNameRun) {
            // A bare name is an actor only when an appositive says who it is.
            if (!HasAppositive(A, k, sent_end)) {
              ++k;
              continue;
            }
          }
          uint32_t idx = PersonWork(A, k, s, a.first);
          k = Apposition(A, k + 1, s, sent_end, idx);
          continue;
        }
        case AtomType::kCountry:
        case AtomType::kAdjective:
        case AtomType::kSeat:
        case AtomType::kOrg: {
          Work w;
          SetFromActor(d_.actors[P(a).actor], &w);
          w.type = a.type;
          w.m.kind = KindOf(a.type, w.m.country);
          // "United States", "Philippines": one state, whatever the tag.
          w.plural = a.type == AtomType::kAdjective &&
                     keys_[a.end - 1].lower.back() == 's';
          Push(std::move(w), s, a.first, a.end);
          ++k;
          continue;
        }
        default:
          ++k;
          continue;
      }
    }
  }

  bool HasAppositive(const std::vector<Atom>& A, size_t k,
                     uint32_t sent_end) const {
    uint32_t p = A[k].end;
    if (A[k].possessive || p >= sent_end || !TextIs(p, ",")) return false;
    ++p;
    if (p < sent_end && Tok(p).tag == Tag::DT) ++p;
    if (k + 1 >= A.size() || A[k + 1].first != p) return false;
    size_t mod, head;
    if (!AgentPhrase(A, k + 1, &mod, &head)) return false;
    return P(A[head]).agent_kind == AgentKind::kPerson &&
           !IsPlural(Tok(A[head].end - 1).tag);
  }

  // A person mention for atom A[n] (dictionary person, learnt name or name
  // run); the mention starts at token `first` (a title may precede).
  uint32_t PersonWork(const std::vector<Atom>& A, size_t n, uint32_t s,
                      uint32_t first) {
    const Atom& a = A[n];
    Work w;
    w.type = a.type;
    w.m.kind = ActorKind::kPerson;
    w.person_like = true;
    if (a.type == AtomType::kPerson) {
      PersonCode(P(a), &w);
      auto it = first_of_person_.find(w.person);
      if (it != first_of_person_.end()) w.m.antecedent = it->second;
      uint32_t idx = Push(std::move(w), s, first, a.end);
      if (it == first_of_person_.end())
        first_of_person_.emplace(work_[idx].person, idx);
      RegisterName(a.first, a.end, idx);
      return idx;
    }
    if (a.type == AtomType::kLocal) {
      w.copy = true;
      w.m.antecedent = a.local;
      return Push(std::move(w), s, first, a.end);
    }
    w.m.name = NameText(a.first, a.end);
    uint32_t idx = Push(std::move(w), s, first, a.end);
    RegisterName(a.first, a.end, idx);
    return idx;
  }

  // ---- Pass 3: document level ---------------------------------------------

  // Regions are listed with the organisations but are places, like
  // countries.
  ActorKind KindOf(AtomType type, const std::string& country) const {
    return type == AtomType::kOrg && !IsRegion(country) ? ActorKind::kOrganisation
                                                        : ActorKind::kCountry;
  }

  bool IsRegion(const std::string& c) const { return d_.IsRegion(c); }

  bool IsStateCountry(const std::string& c) const {
    return d_.IsStateCountry(c);
  }

  // "French President Emmanuel Macron arrived ... The president met ...":
  // "the" + a one-person title stands for the nearest person named with
  // that title up to three sentences back.
  // "Leaders of the Group of Seven pledged ... the leaders said": a
  // definite plural role word likewise stands for the nearest mention with
  // that word whose actor is known.
  void ResolveTitle(uint32_t i) {
    Work& w = work_[i];
    if (w.type != AtomType::kAgent || w.m.antecedent != kNone ||
        w.m.first_token == 0 ||
        !lexical::SameWord(keys_[w.m.first_token - 1].lower, "the"))
      return;
    bool group = !w.person_like && w.plural;
    if (!w.person_like && !group) return;
    std::string_view title = keys_[w.m.end_token - 1].lemma;
    for (uint32_t j = i; j-- > 0;) {
      const Work& p = work_[j];
      if (p.m.sentence + 3 < w.m.sentence) break;
      // "Leaders of the Group of Seven": the role word's actor is the one
      // its "of" names.
      const Work& code = group ? OfOwner(j) : p;
      bool candidate = group ? p.m.kind != ActorKind::kPronoun && !code.needs_country
                             : p.m.kind == ActorKind::kPerson;
      if (!candidate || code.m.code.empty() || p.m.end_token > w.m.first_token) continue;
      // For a plural, the word itself in the plural: "Leaders of the G7".
      bool titled = false;
      for (uint32_t t = p.m.first_token; t < p.m.end_token && !titled; ++t)
        titled = keys_[t].lemma == title && (!group || IsPlural(Tok(t).tag));
      if (!titled) continue;
      w.needs_country = false;
      w.m.code = code.m.code;
      w.m.country = code.m.country;
      w.m.role = code.m.role;
      w.m.name = p.m.name;
      // A plural stays a candidate for "they" ("They also called on
      // China"); a title is the person's stand-in.
      if (!group) w.m.antecedent = j;
      return;
    }
  }

  // The work item a role word with no country belongs to through "of"
  // ("leaders of the Group of Seven" -> the G7), else the item itself.
  const Work& OfOwner(uint32_t j) const {
    const Work& p = work_[j];
    if (!p.needs_country || j + 1 >= work_.size()) return p;
    uint32_t t = p.m.end_token;
    const uint32_t n = static_cast<uint32_t>(keys_.size());
    if (t >= n || !lexical::SameWord(keys_[t].lower, "of")) return p;
    ++t;
    if (t < n && lexical::SameWord(keys_[t].lower, "the")) ++t;
    const Work& owner = work_[j + 1];
    if (owner.m.first_token != t || owner.needs_country || owner.m.code.empty()) return p;
    return owner;
  }

  // The role of peacekeeping forces in agents.tsv; a mention never keeps it.
  static constexpr std::string_view kPeacekeepers = "PKO";

  void FillCountries() {
    // Dominant country: most frequent, each person counted once. The
    // counts' countries are views of the mentions' own, which stay put
    // until the dominant one is copied out.
    std::vector<std::pair<std::string_view, int>>& counts = country_counts_;
    counts.clear();
    // By person id, all 0 between documents: one byte per person, where a
    // hash set allocated a node per person and document.
    std::vector<uint8_t>& person_seen = person_seen_;
    person_seen.resize(d_.people.size());
    std::vector<uint32_t>& people_counted = people_counted_;
    people_counted.clear();
    for (uint32_t i = 0; i < work_.size(); ++i) {
      const Work& w = work_[i];
      if (w.needs_country || w.copy || !IsStateCountry(w.m.country)) continue;
      if (w.person != kNone) {
        if (person_seen[w.person]) continue;
        person_seen[w.person] = 1;
        people_counted.push_back(w.person);
      }
      // "crowds set fire to the French embassy in Niamey": a state's
      // mission abroad does not make the story that state's.
      if (w.m.end_token > 0 && w.m.end_token <= keys_.size() &&
          InList(
              keys_[w.m.end_token - 1].lower,
              {"embassy", "embassies", "consulate", "consulates", "mission"}))
        continue;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) {
        return c.first == w.m.country;
      });
      if (it == counts.end()) {
        counts.push_back({w.m.country, 1});
      } else {
        ++it->second;
      }
    }
    for (uint32_t person : people_counted) person_seen[person] = 0;
    std::string dominant;
    int best = 0;
    for (const auto& c : counts)
      if (c.second > best) {  // strictly more: ties keep the earlier
        best = c.second;
        dominant = c.first;
      }
    for (uint32_t i = 0; i < work_.size(); ++i) {
      if (work_[i].needs_country) ResolveTitle(i);
    }
    for (Work& w : work_) {
      if (!w.needs_country) continue;
      w.needs_country = false;
      // Peacekeepers named by no country are a multinational force, which
      // CAMEO codes IGO; "Kenyan peacekeepers" are Kenya's military.
      if (w.m.role == kPeacekeepers) {
        w.m.country = "IGO";
        w.m.code = "IGOPKO";
        w.m.role = "MIL";
        w.unnamed_peacekeepers = true;
        continue;
      }
      w.from_dominant = true;
      if (!dominant.empty()) {
        w.m.country = dominant;
        w.m.code = dominant + w.m.role;
      } else {
        w.m.code = w.m.role;
      }
    }
    for (Work& w : work_) {
      if (w.code_from == kNone) continue;
      const Work& from = work_[w.code_from];
      w.m.code = from.m.code;
      w.m.country = from.m.country;
      w.m.role = from.m.role;
    }
    for (Work& w : work_) {
      if (w.m.role != kPeacekeepers) continue;
      w.m.role = "MIL";
      if (w.m.country.size() == 3 && w.m.code.ends_with(kPeacekeepers))
        w.m.code.replace(w.m.code.size() - kPeacekeepers.size(), kPeacekeepers.size(), "MIL");
    }
    for (Work& w : work_) {
      if (!w.copy || w.m.antecedent == kNone) continue;
      const Work& from = work_[w.m.antecedent];
      w.m.code = from.m.code;
      w.m.country = from.m.country;
      w.m.role = from.m.role;
      w.m.name = from.m.name;
    }
  }

  // "the Europe Bridge", "the Africa Cup": a region's name before another
  // capitalised word names a thing, not the region.
  void DropRegionsInNames() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    for (Work& w : work_) {
      if (!IsRegion(w.m.country) || w.m.end_token >= n) continue;
      const Token& next = doc_.tokens[w.m.end_token];
      if (!next.capitalized || (next.tag != Tag::NNP && next.tag != Tag::NNPS)) continue;
      bool actor_next = false;
      for (const Work& o : work_) actor_next |= o.m.first_token == w.m.end_token;
      if (actor_next) continue;
      w.m.code.clear();
      w.m.country.clear();
    }
  }

  // "Bosnian Serbs", "Iraqi Kurds": a people named after the country it
  // lives in is coded as that country, here and in whatever refers back
  // to it ("their forces").
  void PeoplesOfResidence() {
    for (size_t i = 0; i + 1 < work_.size(); ++i) {
      const Work& home = work_[i];
      Work& people = work_[i + 1];
      auto country_word = [](const Work& w) {
        return w.type == AtomType::kCountry || w.type == AtomType::kAdjective;
      };
      if (!country_word(home) || !country_word(people) || home.m.end_token != people.m.first_token || home.m.sentence != people.m.sentence ||
          !IsStateCountry(home.m.country) || home.m.country == people.m.country)
        continue;
      if (!Text(people.m.end_token - 1).ends_with("s")) continue;
      people.m.country = home.m.country;
      people.m.code = home.m.code;
      people.m.name = home.m.name;
    }
  }

  // 2: subject of a verb of saying; 1: subject of another verb; 0: neither.
  int SubjectScore(const Work& w) const {
    uint32_t j = w.apposition_end != kNone ? w.apposition_end : w.m.end_token;
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    uint32_t sent_end =
        std::min<uint32_t>(doc_.sentences[w.m.sentence].end_token, n);
    if (j < sent_end && TextIs(j, ",")) ++j;
    int score = 0;
    for (uint32_t steps = 0; j < sent_end && steps < 4; ++j, ++steps) {
      Tag t = Tok(j).tag;
      if (t == Tag::RB) continue;
      if (IsVerb(t) || t == Tag::MD) {
        score = std::max(score, 1);
        if (IsSpeechLemma(keys_[j].lemma)) return 2;
        continue;
      }
      break;
    }
    uint32_t f = w.m.first_token;
    uint32_t sent_first = doc_.sentences[w.m.sentence].first_token;
    if (f > sent_first && IsVerb(Tok(f - 1).tag) &&
        IsSpeechLemma(keys_[f - 1].lemma))
      return 2;
    return score;
  }

  // kBody: "the agency", "the alliance", "the group": a definite noun that
  // stands for the organisation last named.
  enum class PronounClass { kNone, kPerson, kThing, kPlural, kBody };

  bool DefiniteBody(uint32_t i, uint32_t first) const {
    // Cheapest test first: this runs at every token not in a mention.
    if (!IsNoun(Tok(i).tag) || i <= first ||
        !lexical::SameWord(keys_[i - 1].lower, "the"))
      return false;
    if (i + 1 < keys_.size() &&
        (lexical::SameWord(keys_[i + 1].lower, "of") || IsNoun(Tok(i + 1).tag)))
      return false;
    return InList(keys_[i].lower,
                  {"agency", "organisation", "organization", "alliance", "bloc",
                   "movement", "group", "militia", "coalition", "body"});
  }

  // Whether token i can be a pronoun (Classify: by its tag) or a definite
  // body (DefiniteBody: a noun after "the"), once the keys up to i are set.
  // The constructor lists these tokens, and pronoun resolution visits only
  // them: a few in a hundred, where it tested every token.
  bool MayReferBack(uint32_t i) const {
    constexpr uint64_t kPronounTags =
        uint64_t{1} << static_cast<int>(Tag::PRP) |
        uint64_t{1} << static_cast<int>(Tag::PRP_S) |
        uint64_t{1} << static_cast<int>(Tag::kUnknown);
    static_assert(static_cast<int>(Tag::kCount) <= 64);
    const Tag t = Tok(i).tag;
    if ((kPronounTags >> static_cast<int>(t)) & 1) return true;
    return IsNoun(t) && i > 0 && lexical::SameWord(keys_[i - 1].lower, "the");
  }

  PronounClass Classify(uint32_t i, bool* possessive) const {
    const Token& t = Tok(i);
    if (!(t.tag == Tag::PRP || t.tag == Tag::PRP_S || t.tag == Tag::kUnknown))
      return PronounClass::kNone;
    std::string_view s = keys_[i].lower;
    *possessive = InList(s, {"his", "its", "their"}) ||
                  (s == "her" && t.tag == Tag::PRP_S);
    if (InList(s, {"he", "him", "his", "she", "her"}))
      return PronounClass::kPerson;
    if (InList(s, {"it", "its"})) return PronounClass::kThing;
    if (InList(s, {"they", "them", "their"})) return PronounClass::kPlural;
    return PronounClass::kNone;
  }

  bool Fits(const Work& w, PronounClass c) const {
    if (w.m.code.empty()) return false;
    // An appositive ("X, Turkey's prime minister") stands for X.
    if (w.m.kind == ActorKind::kAgent && w.m.antecedent != kNone) return false;
    switch (c) {
      case PronounClass::kPerson:
        return w.person_like;
      case PronounClass::kThing:
        return !w.person_like && !w.plural &&
               (w.type == AtomType::kCountry || w.type == AtomType::kSeat ||
                w.type == AtomType::kOrg || w.type == AtomType::kAgent);
      case PronounClass::kPlural:
        return w.plural || w.type == AtomType::kOrg ||
               (w.type == AtomType::kAgent && !w.person_like) ||
               w.type == AtomType::kCountry;
      case PronounClass::kBody:
        // "A UN spokesman said the agency ...": a body's own spokesman
        // names it too.
        return w.m.kind == ActorKind::kOrganisation ||
               (w.m.kind == ActorKind::kAgent &&
                (w.m.country == "IGO" || w.m.country == "NGO"));
      default:
        return false;
    }
  }

  void ResolvePronouns() {
    base_count_ = static_cast<uint32_t>(work_.size());
    size_t next_mention = 0;
    std::vector<uint8_t>& covered = covered_;
    covered.assign(doc_.tokens.size(), 0);
    for (const Work& w : work_)
      for (uint32_t t = w.m.first_token; t < w.m.end_token; ++t) covered[t] = 1;
    TokenList::const_iterator it = refer_back_.begin();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      uint32_t end = std::min<uint32_t>(sent.end_token, doc_.tokens.size());
      for (it = SeekToken(refer_back_, it, sent.first_token);
           it != refer_back_.end() && *it < end; ++it) {
        const uint32_t i = *it;
        if (covered[i]) continue;
        bool possessive = false;
        PronounClass c = Classify(i, &possessive);
        if (c == PronounClass::kNone && DefiniteBody(i, sent.first_token))
          c = PronounClass::kBody;
        if (c == PronounClass::kNone) continue;
        while (next_mention < base_count_ &&
               work_[next_mention].m.first_token < i)
          ++next_mention;
        uint32_t ante = FindAntecedent(next_mention, s, c, possessive,
                                       SubjectOfSameClause(i, s));
        if (ante == kNone) continue;
        Work w;
        const Work& a = work_[ante];
        w.type = a.type;
        w.m.kind = ActorKind::kPronoun;
        w.m.code = a.m.code;
        w.m.country = a.m.country;
        w.m.role = a.m.role;
        w.m.name = a.m.name;
        w.m.antecedent = ante;
        Push(std::move(w), s, i, i + 1);
        // "its ambassador": the agent belongs to the pronoun's antecedent.
        if (possessive && next_mention < base_count_) {
          Work& agent = work_[next_mention];
          const Work& owner = work_[work_.back().m.antecedent];
          if (agent.from_dominant && agent.m.sentence == s &&
              GapIsModifiers(i + 1, agent.m.first_token) &&
              IsStateCountry(owner.m.country)) {
            agent.m.country = owner.m.country;
            agent.m.code = owner.m.country + agent.m.role;
          }
          // "the UN ... its peacekeeping forces": the body's own force.
          if (agent.unnamed_peacekeepers && agent.m.sentence == s &&
              GapIsModifiers(i + 1, agent.m.first_token) && !owner.m.code.empty()) {
            agent.m.country = owner.m.country;
            agent.m.code = owner.m.country == "IGO" ? owner.m.code + std::string(kPeacekeepers)
                                                    : owner.m.country + "MIL";
          }
        }
      }
    }
  }

  // "he would only welcome him": an object pronoun is not the subject
  // pronoun of its own clause (that would be "himself"). The subject's
  // antecedent, or kNone.
  uint32_t SubjectOfSameClause(uint32_t i, uint32_t sentence) const {
    std::string_view object = doc_.TokenText(i);
    bool person = InList(object, {"him", "her"});
    if (!person && !InList(object, {"them"})) return kNone;
    uint32_t first = doc_.sentences[sentence].first_token;
    for (uint32_t t = i, steps = 0; t > first && steps < 6; ++steps) {
      --t;
      Tag tag = doc_.tokens[t].tag;
      if (tag == Tag::kComma || tag == Tag::CC || tag == Tag::WDT ||
          tag == Tag::IN)
        break;
      std::string_view w = doc_.TokenText(t);
      if (person ? !InList(w, {"he", "she", "He", "She"})
                 : !InList(w, {"they", "They"}))
        continue;
      for (size_t k = base_count_; k < work_.size(); ++k)
        if (work_[k].m.first_token == t) return work_[k].m.antecedent;
      return kNone;
    }
    return kNone;
  }

  // Base mentions before index `before` (all earlier than the pronoun),
  // other than one that names the same actor as `not_this`.
  uint32_t FindAntecedent(size_t before, uint32_t sentence, PronounClass c,
                          bool possessive, uint32_t not_this = kNone) const {
    auto excluded = [&](size_t j) {
      return not_this != kNone && work_[j].m.name == work_[not_this].m.name &&
             work_[j].m.code == work_[not_this].m.code;
    };
    // "it" and "they" often stand for things ("comparing it to ..."), so they
    // look back one sentence only, and there only at clause subjects.
    const bool strict = c == PronounClass::kThing || c == PronounClass::kPlural;
    const uint32_t window = strict ? 1 : 3;
    size_t k = before;
    uint32_t current = sentence;
    bool first_sentence = true;
    while (k > 0) {
      // The candidates of one sentence: [lo, hi).
      size_t hi = k;
      uint32_t s = work_[k - 1].m.sentence;
      if (s + window < sentence) break;
      size_t lo = hi;
      while (lo > 0 && work_[lo - 1].m.sentence == s) --lo;
      bool same = (s == current) && first_sentence;
      if (same && possessive) {
        for (size_t j = hi; j > lo; --j)
          if (Fits(work_[j - 1], c) && !excluded(j - 1))
            return static_cast<uint32_t>(j - 1);
      } else {
        uint32_t best = kNone;
        int best_score = -1;
        for (size_t j = lo; j < hi; ++j) {
          if (!Fits(work_[j], c) || excluded(j)) continue;
          int score = SubjectScore(work_[j]);
          if (strict && !same && score == 0) continue;
          if (score > best_score || (same && score == best_score)) {
            best = static_cast<uint32_t>(j);
            best_score = score;
          }
        }
        if (best != kNone) return best;
      }
      first_sentence = false;
      k = lo;
    }
    return kNone;
  }

  // The work items by first token, then index: the order of a stable sort
  // by first token. Base mentions are pushed in text order (nearly always)
  // and pronouns after them, in text order too, so merging the two runs
  // costs a comparison per item, where sorting cost a dozen.
  void OrderByFirstToken(std::vector<uint32_t>* order) const {
    const uint32_t n = static_cast<uint32_t>(work_.size());
    const uint32_t base = std::min(base_count_, n);
    auto first_token_less = [&](const Work& a, const Work& b) {
      return a.m.first_token < b.m.first_token;
    };
    order->resize(n);
    if (!std::is_sorted(work_.begin(), work_.begin() + base,
                        first_token_less) ||
        !std::is_sorted(work_.begin() + base, work_.end(), first_token_less)) {
      for (uint32_t i = 0; i < n; ++i) (*order)[i] = i;
      std::sort(order->begin(), order->end(), [&](uint32_t a, uint32_t b) {
        uint32_t fa = work_[a].m.first_token, fb = work_[b].m.first_token;
        return fa != fb ? fa < fb : a < b;
      });
      return;
    }
    // On equal first tokens the base item (the lower index) goes first.
    uint32_t a = 0, b = base, o = 0;
    while (a < base && b < n)
      (*order)[o++] =
          work_[b].m.first_token < work_[a].m.first_token ? b++ : a++;
    while (a < base) (*order)[o++] = a++;
    while (b < n) (*order)[o++] = b++;
  }

  void Emit() {
    // Base mentions and pronouns, merged by token; drop uncoded ones.
    std::vector<uint32_t>& order = order_;
    OrderByFirstToken(&order);
    std::vector<uint32_t>& remap = remap_;
    remap.assign(work_.size(), kNone);
    auto& out = doc_.mentions;
    out.clear();
    out.reserve(work_.size());
    uint32_t last_end = 0;
    for (uint32_t i : order) {
      Work& w = work_[i];
      if (w.m.code.empty() || w.m.first_token < last_end) continue;
      remap[i] = static_cast<uint32_t>(out.size());
      last_end = w.m.end_token;
      out.push_back(std::move(w.m));
    }
    for (ActorMention& m : out)
      if (m.antecedent != kNone) m.antecedent = remap[m.antecedent];
  }

  const Dictionary& d_;
  Document& doc_;
  int32_t date_ = 0;
  static constexpr uint32_t kUnset = kNone - 1;
  // All references into the thread's Scratch.
  std::vector<TokenKey>& keys_;
  std::vector<uint32_t>& live_;
  std::vector<uint32_t>& refer_back_;
  // Written by const lookups: a memo of LongestMatch per token.
  std::vector<std::pair<uint32_t, uint32_t>>& cache_;
  std::vector<Work>& work_;
  std::vector<Atom>& atoms_;
  std::vector<uint8_t>& covered_;
  std::vector<uint32_t>& order_;
  std::vector<uint32_t>& remap_;
  uint32_t base_count_ = 0;
  LocalNames& local_names_;
  std::unordered_map<uint32_t, uint32_t>& first_of_person_;
  std::vector<std::pair<std::string_view, int>>& country_counts_;
  std::vector<uint8_t>& person_seen_;
  std::vector<uint32_t>& people_counted_;
};

}  // namespace

void FlatPhraseIndex::Build(const std::vector<Phrase>& phrases, bool agents,
                            std::vector<uint64_t>* key_hashes) {
  // Key numbers in order of first use, through an open-addressing table of
  // key numbers over the keys' hashes (a node-based map allocated a node per
  // key); then a counting sort puts each key's phrases in one run, in
  // dictionary order.
  std::vector<std::string_view> keys;
  std::vector<uint64_t> hashes;  // HashWord of keys[k]
  size_t capacity = 16;
  while (capacity < 2 * phrases.size()) capacity <<= 1;
  std::vector<uint32_t> key_slots(capacity, kNoKey);
  const size_t mask = capacity - 1;
  std::vector<uint32_t> key_of_phrase(phrases.size(), kNoKey);
  begin_.assign(1, 0);
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    const Phrase& p = phrases[id];
    if ((p.type == PhraseType::kAgent) != agents) continue;
    const std::string_view word = p.words[0];
    const uint64_t h = lexical::HashWord(word);
    size_t slot = h & mask;
    for (; key_slots[slot] != kNoKey; slot = (slot + 1) & mask) {
      const uint32_t k = key_slots[slot];
      if (hashes[k] == h && keys[k] == word) break;
    }
    if (key_slots[slot] == kNoKey) {
      key_slots[slot] = static_cast<uint32_t>(keys.size());
      keys.push_back(word);
      hashes.push_back(h);
      begin_.push_back(0);
    }
    key_of_phrase[id] = key_slots[slot];
    ++begin_[key_slots[slot] + 1];
  }
  for (size_t k = 1; k < begin_.size(); ++k) begin_[k] += begin_[k - 1];
  refs_.resize(begin_.back());
  std::vector<uint32_t> fill(begin_.begin(), begin_.end() - 1);
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    if (key_of_phrase[id] == kNoKey) continue;
    const Phrase& p = phrases[id];
    refs_[fill[key_of_phrase[id]]++] =
        PhraseRef{id, static_cast<uint16_t>(p.words.size()),
                  p.type == PhraseType::kAgent && (p.exact_mask & 1u) != 0,
                  p.words.size() > 1
                      ? static_cast<uint32_t>(lexical::HashWord(p.words[1]))
                      : 0};
  }
  std::vector<uint32_t> values(keys.size());
  starts_.Reset(keys.size());
  for (uint32_t k = 0; k < keys.size(); ++k) {
    values[k] = k;
    starts_.Add(hashes[k]);
    key_hashes->push_back(hashes[k]);
    // Longest first, stably: an insertion sort, as most keys have one to
    // three phrases, where std::stable_sort allocated a buffer per key.
    for (uint32_t r = begin_[k] + 1; r < begin_[k + 1]; ++r) {
      const PhraseRef ref = refs_[r];
      uint32_t to = r;
      for (; to > begin_[k] && refs_[to - 1].words < ref.words; --to)
        refs_[to] = refs_[to - 1];
      refs_[to] = ref;
    }
  }
  map_.Build(keys, values);
}

void Dictionary::FindActors(Document* doc) const {
  doc->mentions.clear();
  if (doc->tokens.empty() || doc->sentences.empty()) return;
  thread_local Scratch scratch;
  Finder finder(*this, doc, &scratch);
  finder.Run();
}

}  // namespace actors_internal
}  // namespace dyad
