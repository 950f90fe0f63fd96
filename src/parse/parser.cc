// A shallow parser for news sentences: base chunks, then verb clauses.
//
// Full constituency parsing (what PETRARCH gets from CoreNLP) costs hundreds
// of milliseconds a sentence; event coding needs far less. It needs, for each
// main verb: who did it (subject), to whom (object or a prepositional
// phrase), whether it happened (negation, modality) and who says so
// (attribution). This file finds those with finite-state rules over the
// tagger's output, in two passes per sentence:
//
// 1. Chunking. Maximal runs of noun-phrase tags become noun chunks
//    ("Turkey 's prime minister" is one chunk; its head is the last noun).
//    Runs of modals, adverbs and verbs become verb groups; their head is the
//    last verb. Prepositions are one-token chunks.
// 2. Clauses. Every verb group with a lexical head is a clause. Its subject
//    is the noun phrase group that ends right before it, skipping a
//    comma-enclosed appositive or relative clause; infinitives, participles
//    and verbs after "and" inherit the subject of the clause they continue;
//    relative pronouns point back to the noun they follow. Objects are the
//    noun group right after the verb. Voice, negation and modality are read
//    off the verb group and the verb that governs an infinitive ("was
//    expected to press" is hypothetical). Reporting verbs ("said", "told")
//    attach to the clauses they report, before or after them.
//
// Everything is indices into the document's tokens; nothing is copied.
#include "parse/parser.h"

#include <array>
#include <bit>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "text/word_hash.h"

namespace dyad {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (w == s) return true;
  return false;
}

bool IsNounPhraseTag(Tag t) {
  switch (t) {
    case Tag::DT: case Tag::PDT: case Tag::PRP_S: case Tag::JJ: case Tag::JJR:
    case Tag::JJS: case Tag::CD: case Tag::NN: case Tag::NNS: case Tag::NNP:
    case Tag::NNPS: case Tag::POS:
      return true;
    default:
      return false;
  }
}

bool IsHeadTag(Tag t) { return IsNoun(t) || t == Tag::CD || t == Tag::PRP; }

bool IsNegation(std::string_view lemma) {
  return In(lemma, {"not", "n't", "never"});
}

}  // namespace

// The base form of a lower-case -s verb: "denies" -> "deny", "vetoes" ->
// "veto", "pushes" -> "push", "bans" -> "ban".
std::string ThirdPersonLemma(std::string_view w) {
  if (w.ends_with("ies") && w.size() > 4) return std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view es : {"sses", "shes", "ches", "xes", "zes", "oes"})
    if (w.ends_with(es)) return std::string(w.substr(0, w.size() - 2));
  return std::string(w.substr(0, w.size() - 1));
}

// The base form of a regular past form the tagger left as an adjective:
// "detained" -> "detain", "seized" -> "seize", "stopped" -> "stop",
// "freed" -> "free".
std::string PastLemma(std::string_view w) {
  if (!w.ends_with("ed") || w.size() < 5) return std::string(w);
  if (w.ends_with("eed")) return std::string(w.substr(0, w.size() - 1));
  if (w.ends_with("ied")) return std::string(w.substr(0, w.size() - 3)) + "y";
  std::string stem(w.substr(0, w.size() - 2));
  size_t n = stem.size();
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  // "stopped", "planned": a doubled final consonant after a short vowel.
  if (n >= 3 && stem[n - 1] == stem[n - 2] && std::string_view("bdgmnprt").find(stem[n - 1]) !=
                                                  std::string_view::npos)
    return stem.substr(0, n - 1);
  // "seized", "captured", "released", "evacuated", "fired": stems that
  // need their silent "e" back.
  std::string_view tail(stem);
  bool needs_e = tail.ends_with("z") || tail.ends_with("v") || tail.ends_with("c") ||
                 tail.ends_with("ur") || tail.ends_with("ir") || tail.ends_with("at") ||
                 tail.ends_with("bl") || tail.ends_with("dl") || tail.ends_with("tl") ||
                 tail.ends_with("g") ||
                 (n >= 2 && stem[n - 1] == 's' && vowel(stem[n - 2]));
  if (tail.ends_with("ng") || tail.ends_with("gg")) needs_e = false;
  return needs_e ? stem + "e" : stem;
}

// Verbs whose object may be a gerund that names an act of the subject.
bool TakesGerund(std::string_view lemma) {
  static constexpr lexical::ConstWordSet kWords{
      "resume", "begin",  "start", "continue", "keep", "stop",    "cease",
      "quit",   "finish", "avoid", "risk",     "halt", "suspend", "end"};
  return kWords.Contains(lemma);
}

// The word lists that every verb or token is checked against are
// ConstWordSets (one probe of a table the compiler built) rather than In()
// scans (a compare per listed word).
bool IsRaisingVerb(std::string_view lemma, Modality* modality) {
  static constexpr lexical::ConstWordSet kHypothetical{
      "expect",  "plan",     "intend", "want", "seek",    "hope",
      "try",     "attempt",  "aim",    "wish", "prepare", "mean",
      "propose", "schedule", "set",    "due",  "likely",  "poise"};
  static constexpr lexical::ConstWordSet kAsserted{
      "continue", "begin",  "start", "go",   "appear", "seem", "manage",
      "keep",     "decide", "have",  "need", "use",    "fail"};
  if (kHypothetical.Contains(lemma)) {
    *modality = Modality::kHypothetical;
    if (In(lemma, {"plan", "intend", "schedule", "set", "due", "prepare"}))
      *modality = Modality::kFuture;
    return true;
  }
  if (kAsserted.Contains(lemma)) {
    *modality = Modality::kAsserted;
    return true;
  }
  return false;
}

namespace {

// Words tagged IN that open a clause rather than a prepositional phrase.
bool IsSubordinator(std::string_view lemma) {
  static constexpr lexical::ConstWordSet kWords{
      "as",   "after",    "before", "because", "since", "while",
      "when", "although", "though", "if",      "until", "whereas",
      "once", "unless",   "that",   "whether"};
  return kWords.Contains(lemma);
}

// Verbs whose object is the subject of the infinitive after it.
bool TakesObjectInfinitive(std::string_view lemma) {
  static constexpr lexical::ConstWordSet kWords{
      "want",   "expect",   "wish",      "need",   "like",
      "prefer", "allow",    "permit",    "enable", "force",
      "compel", "persuade", "encourage", "invite", "oblige"};
  return kWords.Contains(lemma);
}


bool ReportingVerb(std::string_view lemma) {
  static constexpr lexical::ConstWordSet kWords{
      "say",       "tell",      "add",         "state", "claim",   "insist",
      "report",    "announce",  "declare",     "note",  "stress",  "explain",
      "write",     "argue",     "assert",      "warn",  "confirm", "reiterate",
      "emphasize", "emphasise", "believe",     "think", "suggest", "quote",
      "indicate",  "maintain",  "acknowledge", "admit", "predict", "estimate"};
  return kWords.Contains(lemma);
}

// Per-sentence buffers, kept by the caller across sentences so that parsing
// does not allocate for each one.
struct ParserScratch {
  std::vector<Tag> tags;  // the document's tags, kept in step by Retag()
  std::vector<uint32_t> chunk_of;
  std::vector<uint32_t> verbs;
  std::vector<uint32_t> phrase_start;  // chunk - first_chunk_ -> its start
};

class SentenceParser {
 public:
  SentenceParser(Document* doc, uint32_t s, ParserScratch* scratch)
      : doc_(*doc),
        tokens_(doc->tokens.data()),
        tags_of_(scratch->tags.data()),
        s_(s),
        chunk_of_(scratch->chunk_of),
        verbs_(scratch->verbs),
        phrase_start_(scratch->phrase_start) {
    const Sentence& sent = doc_.sentences[s];
    b_ = sent.first_token;
    e_ = sent.end_token;
  }

  void Run() {
    short_ = e_ - b_ <= 64;
    for (uint32_t i = b_; i < e_; ++i) {
      tags_ |= Bit(TagOf(i));
      if (short_) at_[static_cast<int>(TagOf(i))] |= uint64_t{1} << (i - b_);
    }
    RepairAfterModals();
    RepairPluralBeforeVerb();
    RepairCoordinatedPast();
    RepairVerblessMainClause();
    RepairVerblessThatClause();
    RepairAdjectivalParticiples();
    RepairReducedRelativePast();
    RepairInsertedParticiple();
    RepairOpeningPast();
    first_chunk_ = static_cast<uint32_t>(doc_.chunks.size());
    // Chunk() writes every token's entry.
    chunk_of_.resize(e_ - b_);
    verbs_.clear();
    Chunk();
    chunks_ = doc_.chunks.data();
    chunk_end_ = static_cast<uint32_t>(doc_.chunks.size());
    first_clause_ = static_cast<uint32_t>(doc_.clauses.size());
    // Clause finding looks back and forth within the sentence; a run-on
    // "sentence" of hundreds of tokens is a list or a table, not prose.
    if (e_ - b_ <= kMaxClauseSentence) FindClauses();
  }

  static constexpr uint32_t kMaxClauseSentence = 400;

 private:
  const Token& T(uint32_t i) const { return tokens_[i]; }
  // Tags are read far more than anything else of a token, and from a byte
  // array that is one load, against an index computation for 48-byte
  // tokens.
  Tag TagOf(uint32_t i) const { return tags_of_[i]; }
  static uint64_t Bit(Tag t) { return uint64_t{1} << static_cast<int>(t); }
  // Whether some token of the sentence may have one of `tags`: the token
  // repairs each scan the whole sentence for a few tags, and most sentences
  // lack some of them, so a repair that cannot apply is skipped unread.
  bool Has(std::initializer_list<Tag> tags) const {
    uint64_t m = 0;
    for (Tag t : tags) m |= Bit(t);
    return (tags_ & m) != 0;
  }
  // Repairs retag in place, and only through here: tags_ keeps every tag
  // the sentence has had (a superset of what it has now), so later checks
  // stay conservative. A repair that set a tag directly could make a later
  // one skip a sentence it would have changed.
  void Retag(uint32_t i, Tag t) {
    if (short_) {
      uint64_t bit = uint64_t{1} << (i - b_);
      at_[static_cast<int>(TagOf(i))] &= ~bit;
      at_[static_cast<int>(t)] |= bit;
    }
    tokens_[i].tag = t;
    tags_of_[i] = t;
    tags_ |= Bit(t);
  }
  // Calls visit(i), in order, for each token i from `from` with
  // i + margin < e_ that has one of `tags` when the call starts. Most
  // repairs look at a few tokens of one or two tags, and reading their
  // positions from at_ skips the rest of the sentence. A repair that passes
  // a visit may retag only tokens whose tags, before and after, are not
  // in `tags` (other than the visited one), so that which tokens it visits
  // stays that of a scan of the live tags.
  template <typename Visit>
  void ForEachTagged(std::initializer_list<Tag> tags, uint32_t from,
                     uint32_t margin, Visit visit) const {
    uint32_t n = e_ - b_;
    if (from >= e_ || n <= margin) return;
    uint32_t to = e_ - margin;
    if (!short_) {
      uint64_t want = 0;
      for (Tag t : tags) want |= Bit(t);
      for (uint32_t i = from; i < to; ++i)
        if (Bit(TagOf(i)) & want) visit(i);
      return;
    }
    uint64_t at = 0;
    for (Tag t : tags) at |= at_[static_cast<int>(t)];
    uint32_t hi = to - b_;
    if (hi < 64) at &= (uint64_t{1} << hi) - 1;
    at &= ~((uint64_t{1} << (from - b_)) - 1);
    for (; at != 0; at &= at - 1) visit(b_ + std::countr_zero(at));
  }
  std::string_view L(uint32_t i) const { return tokens_[i].lemma; }
  std::string_view W(uint32_t i) const { return doc_.TokenText(i); }

  // A modal is followed by a verb: "would blockade Paris", "will ban",
  // where a bigram tagger, seeing a noun-like word, said NN or JJ. The tag
  // is corrected in place so that every later stage sees the verb.
  void RepairAfterModals() {
    if (!Has({Tag::MD})) return;
    ForEachTagged({Tag::MD}, b_, 1, [&](uint32_t i) {
      uint32_t j = i + 1;
      while (j < e_ && (TagOf(j) == Tag::RB) && j - i < 3) ++j;
      if (j >= e_ || T(j).capitalized) return;
      Tag t = TagOf(j);
      if (t == Tag::NN || t == Tag::JJ || t == Tag::VBP || t == Tag::NNS) {
        // "will talks" is rare; "would prices" is noise.
        if (t == Tag::NNS) return;
        Retag(j, Tag::VB);
      }
    });
  }

  // "Security forces opened fire": a bigram tagger, having seen "has been"
  // and "is expected" far more often than plural nouns before a past verb,
  // reads a plural noun as VBZ and the verb after it as a participle. A
  // lexical -s verb is not followed by a past form that takes an object, so
  // the pair is read as noun + past verb.
  void RepairPluralBeforeVerb() {
    bool plural_verb = Has({Tag::VBZ}) && Has({Tag::VBD, Tag::VBN});
    if (plural_verb)
      ForEachTagged({Tag::VBZ}, b_ + 1, 2, [&](uint32_t i) {
        if (T(i).capitalized) return;
        std::string_view w = W(i);
        if (w.size() < 4 || w.back() != 's' ||
            In(L(i), {"be", "have", "do", "get"}))
          return;
        Tag prev = TagOf(i - 1), next = TagOf(i + 1), after = TagOf(i + 2);
        if (prev != Tag::NN && prev != Tag::JJ && prev != Tag::NNP) return;
        bool past_with_object =
            next == Tag::VBD ||
            (next == Tag::VBN &&
             (after == Tag::DT || after == Tag::NN || after == Tag::NNS ||
              after == Tag::PRP_S || after == Tag::CD || after == Tag::IN));
        if (!past_with_object) return;
        Retag(i, Tag::NNS);
        Retag(i + 1, Tag::VBD);
      });
    // "fired tear gas", "used riot gear": a base form right after a lexical
    // finite verb, before a noun, modifies that noun. Only verbs that take
    // a bare infinitive ("let them go", "saw troops fire") are followed by
    // a verb there.
    if (!Has({Tag::VB}) || !Has({Tag::VBD, Tag::VBZ, Tag::VBP})) return;
    ForEachTagged({Tag::VB}, b_ + 1, 1, [&](uint32_t i) {
      if (!IsNoun(TagOf(i + 1))) return;
      Tag prev = TagOf(i - 1);
      if (prev != Tag::VBD && prev != Tag::VBZ && prev != Tag::VBP) return;
      if (In(L(i - 1), {"be", "have", "do", "get", "help", "let", "make", "see", "hear",
                        "watch", "feel", "bid", "go", "come", "dare"}))
        return;
      Retag(i, Tag::NN);
    });
  }

  // "Israeli soldiers shot and wounded a teenager": a word read as a noun
  // between a plural or a name and "and" + a past verb is that verb's
  // coordinated twin, when no verb came before.
  void RepairCoordinatedPast() {
    // "soldiers beat and detained dozens": an -ed word after "and" that
    // follows a verb with no object of its own is that verb's twin.
    // "Police beat, arrested and detained dozens": the same through a
    // comma list of verbs, the last of which takes the object.
    bool twin = Has({Tag::JJ, Tag::VBN}) && Has({Tag::VBD, Tag::VBP, Tag::VBZ});
    if (twin)
      ForEachTagged({Tag::JJ, Tag::VBN}, b_ + 2, 1, [&](uint32_t i) {
        Tag t = TagOf(i);
        bool joined = L(i - 1) == "and" || TagOf(i - 1) == Tag::kComma;
        if (!joined || !W(i).ends_with("ed")) return;
        Tag verb = TagOf(i - 2);
        if (verb != Tag::VBD && verb != Tag::VBP && verb != Tag::VBZ) return;
        Tag next = TagOf(i + 1);
        bool more = TagOf(i - 1) == Tag::kComma &&
                    (L(i + 1) == "and" || next == Tag::kComma);
        if (!IsNounPhraseTag(next) && next != Tag::CD && !more) return;
        Retag(i, Tag::VBD);
        if (t == Tag::JJ) doc_.tokens[i].lemma = PastLemma(L(i));
      });
    if (!Has({Tag::NN}) || !Has({Tag::CC}) || !Has({Tag::VBD})) return;
    ForEachTagged({Tag::NN}, b_ + 1, 2, [&](uint32_t i) {
      if (T(i).capitalized || TagOf(i + 1) != Tag::CC || L(i + 1) != "and")
        return;
      Tag prev = TagOf(i - 1);
      if (prev != Tag::NNS && prev != Tag::NNP && prev != Tag::NNPS) return;
      if (TagOf(i + 2) != Tag::VBD) return;
      bool verb_before = false;
      for (uint32_t t = b_; t < i; ++t)
        verb_before |= IsVerb(TagOf(t)) || TagOf(t) == Tag::MD;
      if (verb_before) return;
      Retag(i, Tag::VBD);
    });
  }

  // "Protesters clash with police in Dakar as ...": a headline's main
  // clause with no verb at all, where a plural noun is followed by a
  // singular one and a preposition, has its present-tense verb read as a
  // noun compound. A plural subject agrees with a base form (VBP).
  void RepairVerblessMainClause() {
    // "Police fire tear gas as thousands protest in Lima": the main clause,
    // and each clause a subordinator opens.
    uint32_t start = b_;
    while (start < e_) {
      uint32_t stop = start;
      while (stop < e_ && TagOf(stop) != Tag::kComma &&
             TagOf(stop) != Tag::kColon &&
             !(TagOf(stop) == Tag::IN && IsSubordinator(L(stop))))
        ++stop;
      RepairVerbless(start, stop);
      if (stop >= e_ || TagOf(stop) != Tag::IN) break;
      start = stop + 1;
    }
  }

  // Every word of three letters or more is capitalised.
  bool TitleCase() const {
    int words = 0;
    for (uint32_t i = b_; i < e_; ++i) {
      std::string_view w = W(i);
      if (w.size() < 3 || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
      if (!T(i).capitalized && !In(L(i), {"and", "the", "for", "from", "with", "over", "into",
                                           "after", "amid", "against", "says", "near"}))
        return false;
      ++words;
    }
    return words >= 3;
  }

  void RepairVerbless(uint32_t start, uint32_t stop) {
    // "tear gas" is a noun, whatever the tagger made of "tear".
    for (uint32_t i = start; i + 1 < stop; ++i)
      if (L(i) == "tear" && L(i + 1) == "gas") Retag(i, Tag::NN);
    // Only a finite verb: "for talk on limiting the number" has a gerund.
    for (uint32_t i = start; i < stop; ++i) {
      Tag t = TagOf(i);
      if (t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD) return;
    }
    // In a title-case headline ("Kenyan Police Arrest 50 Protesters")
    // capitals say nothing.
    bool title = TitleCase();
    for (uint32_t i = start; i + 2 < stop + 1 && i + 2 < e_; ++i) {
      // "Russia Vetoes UN Resolution", "Egypt Bans Brotherhood": a plural
      // after a name that opens the headline, before a noun phrase, is its
      // verb.
      if (title && i == start && TagOf(i) == Tag::NNP &&
          (TagOf(i + 1) == Tag::NNS ||
           (TagOf(i + 1) == Tag::NNP && W(i + 1).size() >= 4 &&
            W(i + 1).back() == 's'))) {
        Tag after = TagOf(i + 2);
        if (IsNounPhraseTag(after) || after == Tag::CD) {
          // A name-tagged word has only its lower-case form for a lemma.
          if (TagOf(i + 1) == Tag::NNP)
            doc_.tokens[i + 1].lemma = ThirdPersonLemma(L(i + 1));
          Retag(i + 1, Tag::VBZ);
          return;
        }
      }
      // "Pakistan cut ties with Ghana": a name, then a verb whose past is
      // its base form and which the tagger read as a noun, then its object.
      if (i == start && TagOf(i) == Tag::NNP && TagOf(i + 1) == Tag::NN &&
          (!T(i + 1).capitalized || title) &&
          In(L(i + 1), {"cut", "hit", "shut", "put", "set", "quit", "split",
                        "spread", "cast"})) {
        Tag after = TagOf(i + 2);
        if (after == Tag::NNS || after == Tag::NN || after == Tag::DT || after == Tag::PRP_S ||
            after == Tag::CD || after == Tag::JJ) {
          Retag(i + 1, Tag::VBD);
          return;
        }
      }
      // A plural subject, or a collective noun that takes a plural verb.
      bool plural =
          TagOf(i) == Tag::NNS ||
          (TagOf(i) == Tag::NN && In(L(i), {"police", "people", "personnel"}));
      if (!plural || TagOf(i + 1) != Tag::NN ||
          (T(i + 1).capitalized && !title))
        continue;
      Tag after = TagOf(i + 2);
      // "Protesters storm parliament in Baghdad", "Police fire tear gas as":
      // a singular object before a preposition or the end.
      uint32_t k = i + 2;
      while (k < e_ && TagOf(k) == Tag::NN) ++k;
      bool object_then_pp =
          after == Tag::NN &&
          (k >= e_ || TagOf(k) == Tag::IN || TagOf(k) == Tag::kFinal);
      if (after != Tag::IN && after != Tag::DT && after != Tag::TO && after != Tag::PRP_S &&
          after != Tag::JJ && after != Tag::CD && !object_then_pp)
        continue;
      Retag(i + 1, Tag::VBP);
      return;
    }
  }

  // "demanded that the government release all prisoners": a "that" clause
  // needs a verb, and when it has none a noun after another noun and before
  // a determiner is that verb. Two nouns in a row are a compound ("the
  // government release"), but a compound is not followed by a determiner
  // that opens a second noun phrase. After a demand the verb is the
  // subjunctive base form.
  void RepairVerblessThatClause() {
    if (!Has({Tag::IN})) return;
    ForEachTagged({Tag::IN}, b_, 3, [&](uint32_t i) {
      if (L(i) != "that") return;
      uint32_t stop = i + 1;
      bool has_verb = false;
      while (stop < e_ && TagOf(stop) != Tag::kComma &&
             TagOf(stop) != Tag::kColon && TagOf(stop) != Tag::kFinal &&
             TagOf(stop) != Tag::CC &&
             !(TagOf(stop) == Tag::IN && IsSubordinator(L(stop)))) {
        has_verb |= IsVerb(TagOf(stop)) || TagOf(stop) == Tag::MD;
        ++stop;
      }
      if (has_verb) return;
      for (uint32_t j = i + 2; j + 1 < stop; ++j) {
        Tag prev = TagOf(j - 1), next = TagOf(j + 1);
        // "the army free the journalists": a word that is also an adjective
        // or an adverb, but not an -ly adverb.
        Tag t = TagOf(j);
        bool verb_like = t == Tag::NN || t == Tag::JJ || (t == Tag::RB && !W(j).ends_with("ly"));
        if (!verb_like || T(j).capitalized) continue;
        if (prev != Tag::NN && prev != Tag::NNP && prev != Tag::NNS) continue;
        if (next != Tag::DT && next != Tag::PRP_S && next != Tag::CD) continue;
        Retag(j, Tag::VB);
        break;
      }
    });
  }

  // "are guilty of violating the ceasefire agreement signed in March": a
  // past form right after a noun and before a preposition, when the clause
  // already has its finite verb (not one of saying, whose complement may
  // be a whole clause: "police said protesters attacked in Homs"), is a
  // participle on that noun.
  void RepairReducedRelativePast() {
    if (!Has({Tag::VBD}) || !Has({Tag::IN})) return;
    ForEachTagged({Tag::VBD}, b_ + 2, 1, [&](uint32_t i) {
      if (!IsNoun(TagOf(i - 1)) || TagOf(i + 1) != Tag::IN) return;
      if (IsSubordinator(L(i + 1))) return;
      uint32_t verb = kNone;
      for (uint32_t t = i - 1; t-- > b_;) {
        Tag tg = TagOf(t);
        if (tg == Tag::kComma || tg == Tag::CC || tg == Tag::WDT || tg == Tag::WP ||
            (tg == Tag::IN && IsSubordinator(L(t))))
          break;
        if (tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP || tg == Tag::MD) {
          verb = t;
          break;
        }
      }
      if (verb == kNone || ReportingVerb(L(verb))) return;
      Retag(i, Tag::VBN);
    });
  }

  // "Palestinian youths resorted to throwing stones": the first verb of a
  // sentence that opens with its subject, read as a participle, when no
  // finite verb follows before the clause ends, is the past tense verb.
  // "Troops sent to the border were attacked" keeps its participle.
  void RepairOpeningPast() {
    uint32_t i = b_;
    while (i < e_ &&
           (IsNoun(TagOf(i)) || IsAdjective(TagOf(i)) || TagOf(i) == Tag::DT ||
            TagOf(i) == Tag::CD || TagOf(i) == Tag::POS ||
            (i == b_ && TagOf(i) == Tag::IN &&
             In(L(i), {"around", "about", "some", "nearly", "almost"}))))
      ++i;
    if (i == b_ || i + 1 >= e_ || TagOf(i) != Tag::VBN ||
        !IsNoun(TagOf(i - 1)) || L(i + 1) == "by")
      return;
    for (uint32_t t = i + 1; t < e_; ++t) {
      Tag tg = TagOf(t);
      if (tg == Tag::kComma || tg == Tag::kFinal || tg == Tag::kColon ||
          tg == Tag::CC || tg == Tag::WDT || tg == Tag::WP)
        break;
      if (tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP || tg == Tag::MD)
        return;
    }
    Retag(i, Tag::VBD);
  }

  // "The Golan Heights, occupied by Israel since 1967, were quiet": a past
  // form between a comma after the subject and "by", before any finite
  // verb, opens an inserted passive participle, not the main clause.
  void RepairInsertedParticiple() {
    if (!Has({Tag::VBD}) || !Has({Tag::kComma})) return;
    bool finite = false;
    for (uint32_t i = b_ + 2; i + 1 < e_ && !finite; ++i) {
      Tag t = TagOf(i);
      if (t == Tag::VBD && TagOf(i - 1) == Tag::kComma &&
          IsNoun(TagOf(i - 2)) && L(i + 1) == "by") {
        Retag(i, Tag::VBN);
        continue;
      }
      finite = t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD;
    }
  }

  // "resigned amid mounting protests", "fears of growing unrest": verbs of
  // change whose -ing form before a noun describes it; they take no object
  // there. Retagged as adjectives, they are no clause of their own.
  void RepairAdjectivalParticiples() {
    // "accused the West of ...": a capitalised adjective after "the" with no
    // noun to modify is a name.
    bool after_article = Has({Tag::JJ}) && Has({Tag::DT});
    if (after_article)
      ForEachTagged({Tag::JJ}, b_ + 1, 1, [&](uint32_t i) {
        if (!T(i).capitalized || TagOf(i - 1) != Tag::DT) return;
        Tag next = TagOf(i + 1);
        if (IsNoun(next) || IsAdjective(next) || next == Tag::VBG ||
            next == Tag::VBN)
          return;
        Retag(i, Tag::NNP);
      });
    // "a heavily armed ruling minority": a participle between an -ly
    // adverb that follows a determiner and a noun or adjective modifies
    // the noun.
    bool after_adverb = Has({Tag::VBN, Tag::VBD}) && Has({Tag::RB});
    if (after_adverb)
      ForEachTagged({Tag::VBN, Tag::VBD}, b_ + 2, 1, [&](uint32_t i) {
        if (TagOf(i - 1) != Tag::RB || !W(i - 1).ends_with("ly")) return;
        Tag before = TagOf(i - 2), next = TagOf(i + 1);
        if (before != Tag::DT && before != Tag::CD && before != Tag::PRP_S &&
            before != Tag::IN)
          return;
        if (!IsNoun(next) && next != Tag::JJ && next != Tag::VBG) return;
        Retag(i, Tag::JJ);
      });
    // "two exiled dissidents", "the banned party": a past form between a
    // determiner or numeral and a noun is a participle.
    bool after_determiner =
        Has({Tag::VBD}) && Has({Tag::DT, Tag::PRP_S, Tag::CD});
    if (after_determiner)
      ForEachTagged({Tag::VBD}, b_ + 1, 1, [&](uint32_t i) {
        Tag prev = TagOf(i - 1), next = TagOf(i + 1);
        if (T(i).capitalized) return;
        if (prev != Tag::DT && prev != Tag::PRP_S && prev != Tag::CD) return;
        if (next != Tag::NN && next != Tag::NNS && next != Tag::NNP &&
            next != Tag::NNPS && next != Tag::JJ)
          return;
        // "the two met Assad": a numeral that is itself the subject.
        if (prev == Tag::CD && i >= b_ + 2 && TagOf(i - 2) == Tag::DT &&
            next == Tag::NNP)
          return;
        Retag(i, Tag::VBN);
      });
    static constexpr lexical::ConstWordSet kChange{
        "mounting", "growing", "rising", "increasing", "escalating",
        "continuing", "ongoing", "worsening", "deepening", "widening",
        "spreading", "intensifying", "soaring", "lingering", "looming",
        "simmering", "raging", "existing", "remaining", "emerging",
        "developing", "spiralling", "spiraling", "surging", "dwindling",
        "declining", "falling", "persisting", "unfolding", "brewing",
        // and participles that name a standing relation: "in neighbouring
        // Pakistan", "the warring factions", "the outgoing president"
        "neighboring", "neighbouring", "surrounding", "warring", "ruling",
        "outgoing", "incoming", "governing"};
    if (!Has({Tag::VBG})) return;
    ForEachTagged({Tag::VBG}, b_, 1, [&](uint32_t i) {
      if (!kChange.Contains(W(i))) return;
      Tag next = TagOf(i + 1);
      if (next != Tag::NN && next != Tag::NNS && next != Tag::JJ && next != Tag::NNP &&
          next != Tag::NNPS)
        return;
      // Not "troops are mounting attacks" or "rebels mounting attacks":
      // after an auxiliary or a noun it is a verb.
      if (i > b_ && (IsVerb(TagOf(i - 1)) || TagOf(i - 1) == Tag::MD ||
                     TagOf(i - 1) == Tag::RB || IsNoun(TagOf(i - 1))))
        return;
      Retag(i, Tag::JJ);
    });
  }

  void Chunk() {
    uint32_t i = b_;
    while (i < e_) {
      Tag t = TagOf(i);
      if (t == Tag::PRP || t == Tag::EX) {
        Add(i, i + 1, i, ChunkKind::kNoun);
        ++i;
      } else if (IsNounPhraseTag(t) ||
                 ((t == Tag::VBN || t == Tag::VBG) && i + 1 < e_ && i > b_ &&
                  ((IsNoun(TagOf(i + 1)) &&
                    (TagOf(i - 1) == Tag::DT || TagOf(i - 1) == Tag::PRP_S ||
                     // "two exiled dissidents", "met with exiled leaders"
                     (TagOf(i) == Tag::VBN &&
                      (TagOf(i - 1) == Tag::CD ||
                       (TagOf(i - 1) == Tag::IN && L(i - 1) != "that"))))) ||
                   // "reject proposed Israeli changes": a participle right
                   // after a main verb modifies its object.
                   (IsVerb(TagOf(i - 1)) &&
                    (IsNoun(TagOf(i + 1)) || IsAdjective(TagOf(i + 1))) &&
                    !In(L(i - 1), {"be", "have", "do", "get", "'s", "'ve",
                                   "'re", "'m", "'d"}) &&
                    // "resumed shelling the town": after a verb of starting,
                    // going on or stopping, a gerund is that verb's act.
                    !(TagOf(i) == Tag::VBG && TakesGerund(L(i - 1))))))) {
        uint32_t j = i, head = kNone;
        while (j < e_) {
          Tag u = TagOf(j);
          bool inner = IsNounPhraseTag(u);
          // Participles inside a noun phrase: "an enlarged mission".
          if (!inner && (u == Tag::VBN || u == Tag::VBG) && head == kNone &&
              j + 1 < e_ &&
              (IsNoun(TagOf(j + 1)) || (j == i && IsAdjective(TagOf(j + 1)))))
            inner = true;
          // A determiner starts a new phrase unless it follows a possessive.
          if (j > i && (u == Tag::DT || u == Tag::PDT) &&
              TagOf(j - 1) != Tag::POS)
            break;
          // Numbers after a noun start a new phrase ("Monday 88 people").
          if (j > i && u == Tag::CD && IsNoun(TagOf(j - 1))) break;
          if (!inner) break;
          if (IsHeadTag(u)) head = j;
          ++j;
        }
        if (head == kNone) {
          // Adjectives without a noun: a predicate ("ready", "useful").
          Add(i, j, j - 1, ChunkKind::kAdjective);
        } else {
          Add(i, j, head, ChunkKind::kNoun);
        }
        i = j;
      } else if (IsVerb(t) || t == Tag::MD ||
                 (t == Tag::TO && i + 1 < e_ &&
                  (TagOf(i + 1) == Tag::VB || TagOf(i + 1) == Tag::RB))) {
        uint32_t j = i, head = kNone;
        while (j < e_) {
          Tag u = TagOf(j);
          if (IsVerb(u)) {
            // A verb continues the group only after an auxiliary: in
            // "reject proposed changes" the participle opens the object.
            if (head != kNone && !In(L(head), {"be", "have", "do", "get", "'s", "'ve", "'re",
                                               "'m", "'d"}))
              break;
            head = j;
          } else if (u == Tag::MD || u == Tag::RB || u == Tag::RP) {
            // Adverbs and particles stay in the group only before a verb
            // or as a particle right after it.
            if (u == Tag::RB && head != kNone && !IsNegation(L(j))) {
              uint32_t k = j;
              while (k < e_ && TagOf(k) == Tag::RB) ++k;
              if (k >= e_ || !IsVerb(TagOf(k))) break;
            }
          } else if (u == Tag::TO && j == i) {
          } else {
            break;
          }
          ++j;
        }
        if (head == kNone) {
          Add(i, j, j - 1, ChunkKind::kAdverb);
        } else {
          Add(i, j, head, ChunkKind::kVerb);
        }
        i = j;
      } else if (t == Tag::IN || t == Tag::TO) {
        Add(i, i + 1, i, ChunkKind::kPrep);
        ++i;
      } else if (t == Tag::RB || t == Tag::RBR || t == Tag::RBS) {
        Add(i, i + 1, i, ChunkKind::kAdverb);
        ++i;
      } else {
        // Punctuation, conjunctions, wh-words stay outside chunks.
        chunk_of_[i - b_] = kNone;
        ++i;
      }
    }
  }

  bool IsTimeWord(uint32_t t) const {
    static constexpr lexical::ConstWordSet kWords{
        "today",     "yesterday", "tomorrow", "tonight",  "monday",  "tuesday",
        "wednesday", "thursday",  "friday",   "saturday", "sunday",  "week",
        "month",     "year",      "night",    "morning",  "evening", "weekend"};
    return kWords.Contains(L(t));
  }

  // Also records which chunk each token is in, and the verb groups, as
  // they are made: a second pass over the chunks cost as much again.
  void Add(uint32_t first, uint32_t end, uint32_t head, ChunkKind kind) {
    uint32_t c = static_cast<uint32_t>(doc_.chunks.size());
    doc_.chunks.push_back({first, end, head, kind});
    for (uint32_t t = first; t < end; ++t) chunk_of_[t - b_] = c;
    if (kind == ChunkKind::kVerb) verbs_.push_back(c);
  }

  // The sentence's chunks, once Chunk() has made them all: clause finding
  // reads them on nearly every line, and through doc_ each read reloaded
  // the vector, which the stores to clauses might have changed.
  uint32_t ChunkEnd() const { return chunk_end_; }
  const dyad::Chunk& C(uint32_t c) const { return chunks_[c]; }

  // The chunk that contains token i, or kNone.
  uint32_t ChunkAt(uint32_t i) const {
    return i >= b_ && i < e_ ? chunk_of_[i - b_] : kNone;
  }

  // Extends a noun chunk to the right over "of"/"'s" attachments and
  // coordination: "Belgium and Britain", "members of the security forces".
  uint32_t PhraseEnd(uint32_t np) const {
    uint32_t end = C(np).end;
    uint32_t c = np + 1;
    while (c < ChunkEnd()) {
      uint32_t gap = C(c).first;
      // "and"/"or"/"," between noun chunks; "of" attaches a noun chunk.
      if (C(c).kind == ChunkKind::kNoun && gap >= end) {
        bool joined = true;
        for (uint32_t k = end; k < gap; ++k) {
          Tag t = TagOf(k);
          if (!(t == Tag::CC || t == Tag::kComma)) joined = false;
        }
        if (joined && gap > end && TagOf(gap - 1) == Tag::CC) {
          end = C(c).end;
          ++c;
          continue;
        }
        if (joined && gap == end) {
          end = C(c).end;
          ++c;
          continue;
        }
        break;
      }
      if (C(c).kind == ChunkKind::kPrep && C(c).first == end && L(C(c).first) == "of" &&
          c + 1 < ChunkEnd() && C(c + 1).kind == ChunkKind::kNoun &&
          C(c + 1).first == C(c).end) {
        end = C(c + 1).end;
        c += 2;
        continue;
      }
      break;
    }
    return end;
  }

  // The first noun chunk of the phrase that ends at token `end` (exclusive).
  // The "(" that opens the bracket closed at token `close`, or kNone when
  // it is not within a few tokens.
  uint32_t BracketOpen(uint32_t close) const {
    for (uint32_t j = close; j > b_ && close - j < 8; --j)
      if (TagOf(j - 1) == Tag::kLeftParen) return j - 1;
    return kNone;
  }

  // Subject search asks for the start of the same few phrases again and
  // again (about three times per verb), and the answer depends only on the
  // chunks and tags, which clause finding no longer changes: each chunk's
  // start is found once per sentence.
  uint32_t PhraseStartChunk(uint32_t np) const {
    uint32_t& start = phrase_start_[np - first_chunk_];
    if (start == kNone) start = FindPhraseStartChunk(np);
    return start;
  }

  uint32_t FindPhraseStartChunk(uint32_t np) const {
    uint32_t start = np;
    bool in_list = false;  // joined by "and" already: ", " may join more
    for (;;) {
      if (start == first_chunk_) break;
      uint32_t prev = start - 1;
      uint32_t first = C(start).first;
      if (C(prev).kind == ChunkKind::kPrep && L(C(prev).first) == "of" &&
          C(prev).end == first && prev > first_chunk_ &&
          C(prev - 1).kind == ChunkKind::kNoun && C(prev - 1).end == C(prev).first) {
        start = prev - 1;
        continue;
      }
      // "Egypt, Qatar and the United States": an item before a comma in a
      // list that "and" closes.
      if (in_list && C(prev).kind == ChunkKind::kNoun &&
          C(prev).end + 1 == first && TagOf(first - 1) == Tag::kComma &&
          !IsTimeWord(C(prev).head)) {
        uint32_t before = PhraseStartChunk(prev);
        bool attached = before > first_chunk_ &&
                        C(before - 1).end == C(before).first &&
                        (C(before - 1).kind == ChunkKind::kVerb ||
                         (C(before - 1).kind == ChunkKind::kPrep &&
                          !IsSubordinator(L(C(before - 1).first))));
        if (!attached) {
          start = prev;
          continue;
        }
      }
      if (C(prev).kind == ChunkKind::kNoun && C(prev).end < first &&
          TagOf(first - 1) == Tag::CC) {
        bool joined = true;
        for (uint32_t k = C(prev).end; k < first; ++k)
          if (!(TagOf(k) == Tag::CC || TagOf(k) == Tag::kComma)) joined = false;
        // "Egypt attacked Sudan and Ethiopia may send troops": an object
        // followed by "and" + noun + verb is two clauses, except after a
        // verb of saying ("said Russia and China vetoed").
        uint32_t before = PhraseStartChunk(prev);
        bool object_of_verb = before > first_chunk_ &&
                              C(before - 1).kind == ChunkKind::kVerb &&
                              C(before - 1).end == C(before).first &&
                              !ReportingVerb(L(C(before - 1).head));
        // "shut its embassy in Damascus, and Belgium and Britain": the
        // object of a preposition does not coordinate with a subject.
        bool object_of_prep = before > first_chunk_ &&
                              C(before - 1).kind == ChunkKind::kPrep &&
                              C(before - 1).end == C(before).first &&
                              !IsSubordinator(L(C(before - 1).first));
        // "... targeted energy facilities and civilians, and he urged":
        // after ", and" a pronoun opens a clause of its own.
        bool pronoun_clause = TagOf(C(start).head) == Tag::PRP &&
                              first >= b_ + 2 &&
                              TagOf(first - 2) == Tag::kComma;
        if (joined && !object_of_verb && !object_of_prep && !pronoun_clause) {
          start = prev;
          in_list = true;
          continue;
        }
      }
      // "The Asia-Pacific Economic Cooperation (APEC) forum": a bracketed
      // abbreviation inside the phrase does not end it.
      if (C(prev).kind == ChunkKind::kNoun && first > b_ &&
          TagOf(first - 1) == Tag::kRightParen && C(prev).end + 1 == first &&
          C(prev).first > b_ && TagOf(C(prev).first - 1) == Tag::kLeftParen &&
          prev > first_chunk_ && C(prev - 1).kind == ChunkKind::kNoun &&
          C(prev - 1).end + 1 == C(prev).first) {
        start = prev - 1;
        continue;
      }
      // Adjacent noun chunks are one phrase ("Syria 's army" split by the
      // tagger), except a pronoun after a time word ("on Friday they") and
      // a phrase its own determiner opens ("Under pressure the UK is").
      if (C(prev).kind == ChunkKind::kNoun && C(prev).end == first &&
          TagOf(C(start).head) != Tag::PRP && !IsTimeWord(C(prev).head) &&
          TagOf(first) != Tag::DT) {
        start = prev;
        continue;
      }
      break;
    }
    return start;
  }

  // "Up to 1,000 ethnic Turks", "more than 200 protesters": the
  // preposition before a number belongs to the number, not to a PP.
  bool QuantityPrefix(uint32_t np_chunk) const {
    uint32_t n = C(np_chunk).first;
    // "At least 30 people": the chunk starts at "least".
    if (n + 1 < e_ && n > b_ && In(L(n), {"least", "most"}) &&
        TagOf(n + 1) == Tag::CD && L(n - 1) == "at")
      return true;
    if (TagOf(n) != Tag::CD || n < b_ + 1) return false;
    // "Around 500 teachers protested", "..., some 200 soldiers": an
    // approximator that opens the clause.
    if (In(L(n - 1), {"around", "about", "nearly", "almost", "some", "over",
                      "roughly", "approximately", "under"}) &&
        (n - 1 == b_ || TagOf(n - 2) == Tag::kComma ||
         TagOf(n - 2) == Tag::CC ||
         (TagOf(n - 2) == Tag::IN && IsSubordinator(L(n - 2)))))
      return true;
    if (n < b_ + 2) return false;
    std::string_view prep = L(n - 1), before = L(n - 2);
    return (prep == "to" && before == "up") ||
           (prep == "than" && In(before, {"more", "fewer", "less"}));
  }

  // "The minister who resigned last week accused ...", "Soldiers who
  // mutinied in Bamako arrested ...": a relative clause with no commas
  // between the subject that opens the sentence and its verb. The noun
  // chunk before "who", or kNone.
  uint32_t SubjectBeforeRelative(uint32_t v) const {
    // Asked for every verb, and most sentences have no relative pronoun.
    if (!Has({Tag::WP, Tag::WDT})) return kNone;
    uint32_t rel = kNone;
    bool verb_between = false;
    for (uint32_t j = v; j > b_ && v - j < 14; --j) {
      Tag t = TagOf(j - 1);
      if (t == Tag::kComma || t == Tag::CC || t == Tag::kColon) return kNone;
      if (t == Tag::WP || t == Tag::WDT) {
        rel = j - 1;
        break;
      }
      if (IsVerb(t) || t == Tag::MD) verb_between = true;
    }
    if (rel == kNone || !verb_between || rel == b_) return kNone;
    uint32_t np = ChunkAt(rel - 1);
    if (np == kNone || C(np).kind != ChunkKind::kNoun) return kNone;
    uint32_t start = PhraseStartChunk(np);
    // Only a noun phrase that opens the sentence or a subordinate clause.
    uint32_t first = C(start).first;
    if (first != b_ && TagOf(first - 1) != Tag::kComma &&
        !(TagOf(first - 1) == Tag::IN && IsSubordinator(L(first - 1))))
      return kNone;
    return np;
  }

  // Subject of the verb group starting at token v: the noun phrase that
  // ends right before it, skipping adverbs and a comma-enclosed insertion.
  bool FindSubject(uint32_t vchunk, Clause* cl) {
    uint32_t v = C(vchunk).first;
    uint32_t subject_before_relative = SubjectBeforeRelative(v);
    if (subject_before_relative != kNone) return SetSubject(subject_before_relative, cl);
    uint32_t i = v;
    uint32_t appositive_np = kNone;
    while (i > b_ &&
           (TagOf(i - 1) == Tag::RB || TagOf(i - 1) == Tag::kOpenQuote ||
            TagOf(i - 1) == Tag::kCloseQuote))
      --i;
    // ", which/who ..." or ", a Russian analyst," between subject and verb.
    if (i > b_ && TagOf(i - 1) == Tag::kComma) {
      uint32_t k = i - 1;
      uint32_t open = kNone;
      int depth = 0;
      for (uint32_t j = k; j > b_; --j) {
        Tag t = TagOf(j - 1);
        if (t == Tag::kComma) {
          open = j - 1;
          break;
        }
        if (IsVerb(t) && depth == 0) {
          // A relative clause (", which met in Abuja,") or a participial
          // phrase (", meeting in Abuja,") may contain verbs; an appositive
          // does not.
          bool relative = false;
          uint32_t q = j - 1;
          for (; q > b_ && TagOf(q - 1) != Tag::kComma; --q)
            if (TagOf(q - 1) == Tag::WDT || TagOf(q - 1) == Tag::WP)
              relative = true;
          if (q > b_ && (TagOf(q) == Tag::VBG || TagOf(q) == Tag::VBN))
            relative = true;
          if (!relative) break;
        }
      }
      // "The Nigerian Union of Teachers (NUT), the umbrella union,": the
      // subject stands before its bracketed abbreviation.
      if (open != kNone && open > b_ && TagOf(open - 1) == Tag::kRightParen)
        open = BracketOpen(open - 1);
      // "The US commander in Iraq, General David Petraeus, held talks": the
      // noun before the appositive may itself end a prepositional phrase
      // after the subject; the search goes on from there, and falls back
      // on that noun.
      if (open != kNone && open > b_) {
        uint32_t np = ChunkAt(open - 1);
        if (np != kNone && C(np).kind == ChunkKind::kNoun) {
          appositive_np = np;
          i = open;
        }
      }
    }
    // "The African Union (AU) said": the subject stands before the bracket.
    if (i > b_ && TagOf(i - 1) == Tag::kRightParen) {
      uint32_t open = BracketOpen(i - 1);
      if (open != kNone) i = open;
    }
    if (i > b_) {
      Tag t = TagOf(i - 1);
      if (t == Tag::WDT || t == Tag::WP) {
        // Relative clause: the noun before "which"/"who" (maybe after a comma).
        uint32_t j = i - 1;
        while (j > b_ && TagOf(j - 1) == Tag::kComma) --j;
        if (j > b_) {
          uint32_t np = ChunkAt(j - 1);
          if (np != kNone && C(np).kind == ChunkKind::kNoun) return SetSubject(np, cl);
        }
        return false;
      }
      uint32_t np = ChunkAt(i - 1);
      // "The United States on Wednesday vetoed", "Rebels in the north
      // attacked": step back over a prepositional phrase between the
      // subject and its verb.
      for (int hops = 0; hops < 2 && np != kNone && C(np).kind == ChunkKind::kNoun; ++hops) {
        uint32_t start = PhraseStartChunk(np);
        if (start <= first_chunk_ + 1 || C(start - 1).kind != ChunkKind::kPrep ||
            C(start - 1).end != C(start).first)
          break;
        std::string_view prep = L(C(start - 1).first);
        uint32_t before = C(start - 1).first;
        // "a spokeswoman for the U.S. embassy said", "Russia's envoy to
        // the UN warned": a noun's own attachments too; "troops backed by
        // Russian jets advanced": a participle's "by" phrase.
        bool participle_by =
            prep == "by" && before > b_ + 1 && TagOf(before - 1) == Tag::VBN;
        if (!participle_by &&
            !In(prep, {"on", "in", "at", "from", "during", "near", "inside", "outside",
                       "across", "around", "within", "for", "to", "with"}))
          break;
        while (before > b_ && TagOf(before - 1) == Tag::RB) --before;
        if (before == b_ || TagOf(before - 1) == Tag::kComma) break;
        // "guerrillas operating in Macedonia have been demobilized": a bare
        // participle with its PP modifies the noun before it.
        if (before > b_ + 1 &&
            (TagOf(before - 1) == Tag::VBG || TagOf(before - 1) == Tag::VBN)) {
          uint32_t part = ChunkAt(before - 1);
          if (part != kNone && C(part).kind == ChunkKind::kVerb &&
              C(part).first == before - 1 && IsNoun(TagOf(before - 2)))
            before = before - 1;
        }
        uint32_t prev = ChunkAt(before - 1);
        if (prev == kNone || C(prev).kind != ChunkKind::kNoun) break;
        uint32_t prev_start = PhraseStartChunk(prev);
        // The earlier noun must itself open the clause (not be an object).
        if (prev_start > first_chunk_ &&
            (C(prev_start - 1).kind == ChunkKind::kVerb ||
             (C(prev_start - 1).kind == ChunkKind::kPrep &&
              !IsSubordinator(L(C(prev_start - 1).first)))))
          break;
        np = prev;
      }
      // "Fighting between the army and the RSF spread": the second side of
      // a "between" is no subject.
      if (np != kNone && C(np).kind == ChunkKind::kNoun) {
        uint32_t start = PhraseStartChunk(np);
        uint32_t k = C(start).first;
        if (k > b_ + 1 && L(k - 1) == "and") {
          for (uint32_t t = k - 1; t-- > b_ && k - t < 10;) {
            if (L(t) == "between") return appositive_np != kNone && SetSubject(appositive_np, cl);
            if (IsVerb(TagOf(t)) || TagOf(t) == Tag::kComma) break;
          }
        }
      }
      if (np != kNone && C(np).kind == ChunkKind::kNoun) {
        // The object of a preposition is not a subject unless it is
        // part of an "of" phrase.
        // Subordinators ("as Italy recalled", "after Russia vetoed") open
        // a clause: their noun phrase is a subject.
        uint32_t start = PhraseStartChunk(np);
        if (start > first_chunk_ && C(start - 1).kind == ChunkKind::kPrep &&
            C(start - 1).end == C(start).first &&
            !IsSubordinator(L(C(start - 1).first)) && !QuantityPrefix(start)) {
          if (appositive_np != kNone) return SetSubject(appositive_np, cl);
          uint32_t head = NounBeforePrepositions(start);
          return head != kNone && SetSubject(head, cl);
        }
        return SetSubject(np, cl);
      }
    }
    return appositive_np != kNone && SetSubject(appositive_np, cl);
  }

  // "The attack by Russian forces on Kharkiv killed ...": behind a chain
  // of prepositional phrases, the noun phrase that opens the sentence or a
  // subordinate clause is the subject. kNone when the chain starts with a
  // preposition ("In the attack on Kharkiv ...").
  uint32_t NounBeforePrepositions(uint32_t start) const {
    for (int hops = 0; hops < 4; ++hops) {
      if (start <= first_chunk_ + 1 || C(start - 1).kind != ChunkKind::kPrep)
        return kNone;
      uint32_t prep = start - 1;
      if (IsSubordinator(L(C(prep).first)) ||
          C(prep - 1).kind != ChunkKind::kNoun ||
          C(prep - 1).end != C(prep).first)
        return kNone;
      start = PhraseStartChunk(prep - 1);
      uint32_t first = C(start).first;
      bool opens =
          first == b_ ||
          (start > first_chunk_ && C(start - 1).kind == ChunkKind::kPrep &&
           IsSubordinator(L(C(start - 1).first)) && C(start - 1).end == first);
      if (opens) return start;
    }
    return kNone;
  }

  // "Jordan's visiting king", "the ruling party": a lone participle between
  // a determiner or possessive and its noun is an adjective, not a clause.
  bool ModifiesNoun(uint32_t vc) const {
    const dyad::Chunk& ch = C(vc);
    if (ch.end != ch.first + 1 || ch.first == b_ || vc + 1 >= ChunkEnd()) return false;
    Tag t = TagOf(ch.first), before = TagOf(ch.first - 1);
    return (t == Tag::VBG || t == Tag::VBN) &&
           (before == Tag::POS || before == Tag::PRP_S || before == Tag::DT) &&
           C(vc + 1).kind == ChunkKind::kNoun && C(vc + 1).first == ch.end;
  }

  // The sentence's main clause before token `before`: the first clause with
  // a subject of its own that no subordinator ("after", "which") opens;
  // `fallback` when there is none.
  uint32_t MainClause(uint32_t fallback, uint32_t before) const {
    for (uint32_t q = first_clause_; q < doc_.clauses.size(); ++q) {
      const Clause& c = doc_.clauses[q];
      if (c.subject == kNone || c.parent != kNone || c.subject_first >= before) continue;
      if (c.subject_first > b_) {
        Tag t = TagOf(c.subject_first - 1);
        if (t == Tag::IN || t == Tag::WDT || t == Tag::WP) continue;
      }
      return q;
    }
    return fallback;
  }

  bool SetSubject(uint32_t np, Clause* cl) {
    uint32_t start = PhraseStartChunk(np);
    cl->subject = start;
    cl->subject_first = C(start).first;
    cl->subject_end = std::max(C(np).end, PhraseEnd(start));
    return true;
  }

  void FindClauses() {
    phrase_start_.assign(ChunkEnd() - first_chunk_, kNone);
    // Chunk() listed the verb groups; those that modify a noun are none.
    std::vector<uint32_t>& verbs = verbs_;
    size_t kept = 0;
    for (uint32_t c : verbs)
      if (!ModifiesNoun(c)) verbs[kept++] = c;
    verbs.resize(kept);
    for (size_t k = 0; k < verbs.size(); ++k) {
      uint32_t vc = verbs[k];
      const dyad::Chunk& ch = C(vc);
      Clause cl;
      cl.sentence = s_;
      cl.verb = ch.head;
      cl.verb_chunk = vc;
      bool be_seen = false, infinitive = false;
      for (uint32_t t = ch.first; t < ch.end; ++t) {
        std::string_view l = L(t);
        if (IsNegation(l)) cl.negated = true;
        if (TagOf(t) == Tag::TO) infinitive = true;
        if (TagOf(t) == Tag::MD) {
          if (In(l, {"will", "shall", "'ll", "wo"})) {
            cl.modality = Modality::kFuture;
          } else if (In(l, {"may", "might", "could", "would", "should", "must",
                            "can", "ca", "'d"})) {
            cl.modality = Modality::kHypothetical;
          }
        }
        if (t != ch.head && (l == "be" || l == "get")) be_seen = true;
      }
      if (be_seen && TagOf(ch.head) == Tag::VBN) cl.passive = true;
      // "Russia never recognised": an adverb of negation just before the
      // verb group.
      for (uint32_t t = ch.first;
           t > b_ && TagOf(t - 1) == Tag::RB && ch.first - t < 2; --t)
        if (IsNegation(L(t - 1))) cl.negated = true;
      // A participle between its noun and a "by" phrase is a reduced
      // passive relative: "crimes committed by Croat forces".
      // "the Beagle Channel, disputed by Argentina and Chile" likewise.
      if (!be_seen && TagOf(ch.head) == Tag::VBN && ch.first > b_ &&
          ch.end < e_ && L(ch.end) == "by" &&
          (IsNoun(TagOf(ch.first - 1)) ||
           (TagOf(ch.first - 1) == Tag::kComma && ch.first - 1 > b_ &&
            IsNoun(TagOf(ch.first - 2)))))
        cl.passive = true;
      // "executed two men accused of murder", "freed hostages held in the
      // jungle": a participle with no object right after a noun, where
      // another verb is the sentence's, is a reduced passive relative on
      // that noun.
      if (!be_seen && TagOf(ch.head) == Tag::VBN && ch.first == ch.head &&
          ch.first > b_ + 1 && ch.end < e_ && IsNoun(TagOf(ch.first - 1)) &&
          (TagOf(ch.end) == Tag::IN || TagOf(ch.end) == Tag::TO) &&
          L(ch.end) != "that") {
        bool finite_before = false;
        for (uint32_t t = b_; t + 1 < ch.first; ++t) {
          Tag tg = TagOf(t);
          // A headline's "arrested" may be read as a participle too.
          finite_before |= tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP || tg == Tag::VBN;
        }
        // "The civilians imprisoned for acting against Moscow were
        // released": or before the sentence's finite verb.
        bool finite_after = false;
        for (uint32_t t = ch.end; t < e_ && !finite_after; ++t) {
          Tag tg = TagOf(t);
          if (tg == Tag::kComma || tg == Tag::CC || tg == Tag::WDT || tg == Tag::WP ||
              tg == Tag::kColon || (tg == Tag::IN && IsSubordinator(L(t))))
            break;
          finite_after = tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP || tg == Tag::MD;
        }
        if (finite_before || finite_after) cl.passive = true;
      }
      // "if it is attacked", "unless Baghdad accepts": a condition.
      {
        uint32_t k = ch.first;
        while (k > b_ && TagOf(k - 1) != Tag::IN &&
               TagOf(k - 1) != Tag::kComma && !IsVerb(TagOf(k - 1)) &&
               ch.first - k < 8)
          --k;
        if (k > b_ && TagOf(k - 1) == Tag::IN &&
            In(L(k - 1), {"if", "unless", "whether"})) {
          cl.modality = Modality::kHypothetical;
          cl.conditional = true;
        }
        if (k > b_ && L(k - 1) == "until" &&
            (TagOf(ch.first) == Tag::VBP || TagOf(ch.first) == Tag::VBZ ||
             TagOf(ch.first) == Tag::VB))
          cl.conditional = true;
      }

      uint32_t v0 = ch.first;
      bool participle = !infinitive && TagOf(v0) == Tag::VBG && ch.head == v0;
      // "help defend", "let them go": a bare infinitive after a verb of
      // enabling is that verb's complement.
      bool bare = !infinitive && TagOf(v0) == Tag::VB && vc > first_chunk_ &&
                  C(vc - 1).kind == ChunkKind::kVerb && C(vc - 1).end == v0 &&
                  In(L(C(vc - 1).head), {"help", "let", "make"});
      // "Police beat, arrested and detained dozens": a verb right after
      // the comma that follows another verb continues it.
      bool listed = v0 > b_ + 1 && TagOf(v0 - 1) == Tag::kComma &&
                    vc > first_chunk_ && C(vc - 1).kind == ChunkKind::kVerb &&
                    C(vc - 1).end == v0 - 1 && TagOf(v0) == Tag::VBD &&
                    (TagOf(C(vc - 1).head) == Tag::VBD ||
                     TagOf(C(vc - 1).head) == Tag::VBP);
      bool continues =
          v0 > b_ && (TagOf(v0 - 1) == Tag::CC ||
                      (TagOf(v0 - 1) == Tag::kComma && participle) || listed);
      if (infinitive || participle || continues || bare) {
        // Inherit from the clause this one continues.
        if (!doc_.clauses.empty() && doc_.clauses.size() > first_clause_) {
          uint32_t from = static_cast<uint32_t>(doc_.clauses.size() - 1);
          // ", describing the veto as ...", "..., but was still refusing":
          // after a comma a participle or a coordinated verb belongs to the
          // sentence's main clause, not the nearest one.
          bool after_comma_cc = continues && !participle && v0 > b_ + 1 &&
                                TagOf(v0 - 1) == Tag::CC &&
                                TagOf(v0 - 2) == Tag::kComma;
          if ((participle && v0 > b_ && TagOf(v0 - 1) == Tag::kComma) ||
              after_comma_cc)
            from = MainClause(from, v0);
          Clause& prev = doc_.clauses[from];
          cl.subject = prev.subject;
          cl.subject_first = prev.subject_first;
          cl.subject_end = prev.subject_end;
          // "was attacked by militiamen, killing 156 people": after a
          // passive, a participle is the doing of its agent.
          if (participle && prev.passive && prev.agent_first != kNone &&
              ChunkAt(prev.agent_first) != kNone) {
            cl.subject = ChunkAt(prev.agent_first);
            cl.subject_first = prev.agent_first;
            cl.subject_end = prev.agent_end;
          }
          // "wants Putin to attack", "forced the president to resign": after
          // the object of a verb of wanting, letting or making, the
          // infinitive is said of that object.
          if (infinitive && prev.object != kNone && prev.object_end == v0 &&
              TakesObjectInfinitive(L(prev.verb))) {
            cl.subject = prev.object;
            cl.subject_first = prev.object_first;
            cl.subject_end = prev.object_end;
          }
          cl.parent = from;
          if (infinitive) cl.conditional = prev.conditional;
          if (infinitive) {
            Modality m;
            if (IsRaisingVerb(L(prev.verb), &m)) {
              cl.modality = prev.modality != Modality::kAsserted ? prev.modality : m;
              // "failed to reach agreement" did not reach it.
              if (prev.negated || L(prev.verb) == "fail") cl.negated = true;
            }
          }
          // "to press Assad into implementing reforms": what continues a
          // hypothetical clause is hypothetical too.
          bool after_comma = v0 > b_ && TagOf(v0 - 1) == Tag::kComma;
          if (!infinitive && !after_comma && prev.modality != Modality::kAsserted)
            cl.modality = prev.modality;
          // "20 people were killed or wounded": a bare participle joined to
          // a passive shares its auxiliary, and its "by" phrase.
          if (continues && !after_comma && prev.passive && !be_seen &&
              TagOf(ch.head) == Tag::VBN && ch.head == v0) {
            cl.passive = true;
            cl.agent_first = prev.agent_first;
            cl.agent_end = prev.agent_end;
          }
        }
        if (!infinitive && !participle && !bare) FindSubject(vc, &cl);
        // "calling for President Assad to step down": "for" + noun phrase +
        // infinitive, the noun phrase is its subject; and what someone is
        // for has not happened ("time for the army to withdraw").
        if (infinitive && v0 > b_ + 1) {
          uint32_t np = ChunkAt(v0 - 1);
          if (np != kNone && C(np).kind == ChunkKind::kNoun && C(np).end == v0) {
            uint32_t k = C(PhraseStartChunk(np)).first;
            if (k > b_ && L(k - 1) == "for" && TagOf(k - 1) == Tag::IN) {
              SetSubject(np, &cl);
              if (cl.modality == Modality::kAsserted) cl.modality = Modality::kHypothetical;
            }
          }
        }
        // "demonstrators protesting the results": a participle right after
        // a noun is said of that noun.
        // Not after a time word: "marched on Saturday demanding".
        if (participle && v0 > b_ && IsNoun(TagOf(v0 - 1)) &&
            !IsTimeWord(v0 - 1)) {
          uint32_t np = ChunkAt(v0 - 1);
          if (np != kNone && C(np).kind == ChunkKind::kNoun) SetSubject(np, &cl);
        }
        // "African leaders, working together with ALMA, are forging": an
        // inserted participle before any clause is said of the noun before
        // its comma.
        if (participle && cl.subject == kNone &&
            doc_.clauses.size() == first_clause_ && v0 > b_ + 1 &&
            TagOf(v0 - 1) == Tag::kComma && IsNoun(TagOf(v0 - 2))) {
          uint32_t np = ChunkAt(v0 - 2);
          if (np != kNone && C(np).kind == ChunkKind::kNoun) SetSubject(PhraseStartChunk(np), &cl);
        }
      } else {
        FindSubject(vc, &cl);
      }

      // Object: the noun phrase right after the verb group (particles and
      // adverbs between are fine).
      uint32_t after = ch.end;
      uint32_t next_chunk = vc + 1;
      while (next_chunk < ChunkEnd() && C(next_chunk).kind == ChunkKind::kAdverb)
        ++next_chunk;
      if (next_chunk < ChunkEnd() && C(next_chunk).kind == ChunkKind::kNoun) {
        bool adjacent = true;
        for (uint32_t t = after; t < C(next_chunk).first; ++t)
          if (TagOf(t) != Tag::RB && TagOf(t) != Tag::RP &&
              TagOf(t) != Tag::kOpenQuote)
            adjacent = false;
        if (adjacent) {
          cl.object = next_chunk;
          cl.object_first = C(next_chunk).first;
          cl.object_end = PhraseEnd(next_chunk);
        }
      }
      cl.reports = ReportingVerb(L(cl.verb)) && !ActsOnObject(cl);
      // '"The talks failed," said Sergei Lavrov': after a quote or a comma
      // the noun phrase after a verb of saying is its subject.
      if (cl.reports && cl.subject == kNone && cl.object != kNone &&
          ch.first > b_ &&
          (TagOf(ch.first - 1) == Tag::kComma ||
           TagOf(ch.first - 1) == Tag::kCloseQuote)) {
        cl.subject = cl.object;
        cl.subject_first = cl.object_first;
        cl.subject_end = cl.object_end;
        cl.object = kNone;
        cl.object_first = cl.object_end = kNone;
      }
      // Clause extent: up to the next verb group, less that group's own
      // subject when it lies inside.
      uint32_t end = e_;
      if (k + 1 < verbs.size()) end = C(verbs[k + 1]).first;
      cl.end_token = end;
      for (uint32_t c = vc + 1; c < ChunkEnd() && C(c).first < end; ++c) {
        if (C(c).kind == ChunkKind::kPrep) {
          cl.preps.push_back(c);
          if (L(C(c).first) == "by" && cl.passive && c + 1 < ChunkEnd() &&
              C(c + 1).kind == ChunkKind::kNoun && cl.agent_first == kNone) {
            cl.agent_first = C(c + 1).first;
            cl.agent_end = PhraseEnd(c + 1);
          }
        }
      }
      // "Neither Russia nor Ukraine commented", "No group claimed the
      // attack": a subject that denies itself negates the clause.
      if (cl.subject_first != kNone && cl.subject_first < cl.verb &&
          In(L(cl.subject_first), {"neither", "no", "none", "nobody"}))
        cl.negated = true;
      doc_.clauses.push_back(std::move(cl));
    }
    // A following clause's subject bounds the previous clause.
    for (uint32_t c = first_clause_; c + 1 < doc_.clauses.size(); ++c) {
      Clause& a = doc_.clauses[c];
      const Clause& b = doc_.clauses[c + 1];
      // A relative clause ("faction that controls") or a bare participle
      // ("diplomats based in Geneva") shares its noun with the clause
      // before: that noun stays in the earlier clause.
      uint32_t bv = C(b.verb_chunk).first;
      // "called for President Assad to step down": the noun phrase after
      // "for" is the infinitive's subject and the earlier clause's too.
      bool for_subject = b.subject_first != kNone && b.subject_first > b_ &&
                         L(b.subject_first - 1) == "for" &&
                         TagOf(bv) == Tag::TO;
      bool shares_noun =
          (bv > b_ &&
           (TagOf(bv - 1) == Tag::WDT || TagOf(bv - 1) == Tag::WP)) ||
          ((TagOf(bv) == Tag::VBN || TagOf(bv) == Tag::VBG) && bv == b.verb) ||
          for_subject;
      // "..., and Belgium and Britain, which recalled": after "and" the
      // noun opens a new conjunct all the same.
      if (shares_noun && b.subject_first != kNone && b.subject_first > b_ &&
          TagOf(b.subject_first - 1) == Tag::CC)
        shares_noun = false;
      if (!shares_noun && b.subject_first != kNone && b.subject_first > a.verb &&
          b.subject_first < a.end_token)
        a.end_token = b.subject_first;
      if (a.object_end != kNone && a.object_end > a.end_token) a.object_end = a.end_token;
    }
    AttachDetachedAgents();
    AttachReporting();
  }

  // "has been accused of misusing public funds, much of it believed to
  // have been embezzled, by government officials": a by-phrase set off by a
  // comma after an inserted phrase belongs to the passive before the
  // insertion, not to the participles inside it.
  void AttachDetachedAgents() {
    for (uint32_t c = first_clause_; c < doc_.clauses.size(); ++c) {
      Clause& cl = doc_.clauses[c];
      if (!cl.passive || cl.agent_first != kNone) continue;
      bool inserted = false;
      for (uint32_t t = cl.verb + 1; t < e_ && t < cl.verb + 30; ++t) {
        Tag tg = TagOf(t);
        // A relative, a coordinated or a subordinate clause may have a
        // by-phrase of its own.
        if (tg == Tag::WDT || tg == Tag::WP || tg == Tag::kColon ||
            tg == Tag::kFinal || tg == Tag::CC ||
            (tg == Tag::IN && IsSubordinator(L(t))))
          break;
        if (tg != Tag::kComma) continue;
        if (!inserted) {
          inserted = true;
          continue;
        }
        uint32_t by = ChunkAt(t + 1);
        if (t + 2 >= e_ || L(t + 1) != "by" || by == kNone ||
            by + 1 >= ChunkEnd() || C(by + 1).kind != ChunkKind::kNoun ||
            TagOf(C(by + 1).head) == Tag::CD)
          break;
        cl.agent_first = C(by + 1).first;
        cl.agent_end = PhraseEnd(by + 1);
        for (uint32_t d = c + 1; d < doc_.clauses.size(); ++d) {
          Clause& inner = doc_.clauses[d];
          if (inner.agent_first == cl.agent_first)
            inner.agent_first = inner.agent_end = kNone;
        }
        break;
      }
    }
  }

  // "declared war on Hamas", "announced a ceasefire", "confirmed the
  // deaths": a verb of saying with a noun object (no "that" after it) does
  // something to that noun; "told reporters" only names whom it tells.
  bool ActsOnObject(const Clause& cl) const {
    if (cl.object == kNone || !In(L(cl.verb), {"declare", "announce", "report", "confirm",
                                               "state", "admit", "acknowledge"}))
      return false;
    uint32_t head = C(cl.object).head;
    if (TagOf(head) == Tag::PRP || IsTimeWord(head)) return false;
    return !(cl.object_end < e_ && L(cl.object_end) == "that");
  }

  // "X said (that) S": S's clauses get X's clause as parent and X as speaker.
  // "S, X said." does the same backwards.
  void AttachReporting() {
    uint32_t n = static_cast<uint32_t>(doc_.clauses.size());
    // Speakers named after what they say ("S, X said", "S," said X) first:
    // they own everything before them, and a speaker inside the quote does
    // not reach past its closing mark.
    for (int pass = 0; pass < 2; ++pass) {
      for (uint32_t c = first_clause_; c < n; ++c) {
        Clause& rep = doc_.clauses[c];
        if (!rep.reports || rep.subject == kNone) continue;
        uint32_t vstart = C(rep.verb_chunk).first;
        // Inverted '"...," said Lavrov': subject after the verb.
        bool inverted = rep.subject_first > vstart;
        uint32_t start = inverted ? vstart : rep.subject_first;
        bool trailing =
            inverted || (vstart > b_ && rep.subject_first > b_ &&
                         (TagOf(rep.subject_first - 1) == Tag::kComma ||
                          TagOf(rep.subject_first - 1) == Tag::kCloseQuote));
        if ((pass == 0) != trailing) continue;
        for (uint32_t o = first_clause_; o < n; ++o) {
          if (o == c) continue;
          Clause& other = doc_.clauses[o];
          bool governed = trailing ? other.verb < start
                                   : other.verb > rep.verb && !QuoteClosesBetween(rep.verb, other.verb);
          if (governed && other.speaker == kNone) {
            other.speaker = rep.subject;
            if (other.parent == kNone) other.parent = c;
          }
        }
      }
    }
  }

  bool QuoteClosesBetween(uint32_t from, uint32_t to) const {
    for (uint32_t t = from; t < to; ++t)
      if (TagOf(t) == Tag::kCloseQuote) return true;
    return false;
  }

  Document& doc_;
  // doc_.tokens.data(), which parsing never resizes: one load fewer on
  // every one of the many token reads than going through the vector.
  Token* const tokens_;
  Tag* const tags_of_;  // TagOf(): copies of tokens_[i].tag
  uint32_t s_, b_ = 0, e_ = 0;
  uint32_t first_chunk_ = 0, first_clause_ = 0;
  const dyad::Chunk* chunks_ = nullptr;  // doc_.chunks.data() after Chunk()
  uint32_t chunk_end_ = 0;               // doc_.chunks.size() after Chunk()
  uint64_t tags_ = 0;  // bit t: a token of the sentence is or was tagged t
  // For a sentence of at most 64 tokens (short_): at_[t] has bit i - b_
  // for each token i now tagged t.
  bool short_ = false;
  std::array<uint64_t, static_cast<int>(Tag::kCount)> at_{};
  static_assert(static_cast<int>(Tag::kCount) <= 64,
                "tags_ has one bit per tag");
  std::vector<uint32_t>& chunk_of_;  // token - b_ -> chunk
  std::vector<uint32_t>& verbs_;     // verb chunks, in order
  // FindClauses: PhraseStartChunk's answers, kNone until asked. A reference
  // member, so that the const queries may fill it.
  std::vector<uint32_t>& phrase_start_;
};

}  // namespace

bool IsReportingVerb(std::string_view lemma) { return ReportingVerb(lemma); }

void Parse(Document* doc) {
  doc->chunks.clear();
  doc->clauses.clear();
  // Every chunk has tokens of its own: one allocation instead of the
  // vector's doubling and copying.
  doc->chunks.reserve(doc->tokens.size());
  thread_local ParserScratch scratch;
  scratch.tags.resize(doc->tokens.size());
  // A clause per verb group, and nearly every verb group has a verb of its
  // own: the count reserves about as many clauses as parsing makes, where
  // doubling moved each clause twice on average.
  size_t verbs = 0;
  for (size_t i = 0; i < doc->tokens.size(); ++i) {
    Tag t = doc->tokens[i].tag;
    scratch.tags[i] = t;
    verbs += IsVerb(t);
  }
  doc->clauses.reserve(verbs);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    SentenceParser(doc, s, &scratch).Run();
  }
}

}  // namespace dyad
