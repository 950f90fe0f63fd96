// Casualty, arrest, kidnap, displacement and protest counts.
//
// A count is a quantity phrase (numbers.h) tied to one of six kinds of
// event. The finder walks each sentence once; only tokens that can start a
// quantity ("88", "six", "dozens", "at least"...) are parsed, so the cost is
// one cheap first-word test per token (and a second-word test after "a",
// "in", "at" and the like). Around each quantity it reads what was counted
// (the object noun phrase: "people", "members of the security forces") and
// then decides the kind from the nearest evidence, in order:
//
//   1. an active verb just before it:        "killed 20 people",
//                                            "security forces killed "tens
//                                             of terrorists""
//   2. a noun + "of" or a toll just before:   "massacre of 300",
//                                            "crowds of 5,000",
//                                            "the death toll rose to 88"
//   3. a passive or intransitive verb after,  "six members ... were killed",
//      through auxiliaries and hedges:       "17,000 Syrians are said to
//                                             have died", "88 dead"
//   4. the counted noun itself:               "5,000 protesters", "40 bodies"
//
// An active verb after the phrase with its own object ("30 soldiers killed
// 10 protesters") makes the phrase the killer, not the killed, so it is
// skipped. Figures that are not head counts are filtered before any of this:
// years and other date tokens (FindDates' spans), times ("10 pm"), ages
// ("aged 15"), money and percentages, and quantities of time units ("five
// day ... assault", "11-month uprising"). Ordinals ("fifth straight day")
// never parse as quantities in the first place.
//
// Each count takes the nearest date expression of its sentence (else the
// publication date) and is historical when that expression is; its place is
// a place of the same sentence, preferring one introduced by "in".
#include <algorithm>
#include <string_view>

#include "extract/extract.h"
#include "extract/lexical.h"
#include "extract/numbers.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using extract_internal::IsDigit;
using extract_internal::LowerWord;
using extract_internal::WordShapes;

using lexical::InList;

// Verb forms after the counted phrase ("were killed", "died", "88 dead").
// transitive: may take an object, in which case the phrase was the agent.
struct AfterWord {
  std::string_view word;
  CountType type;
  bool transitive;
};
constexpr AfterWord kAfter[] = {
    {"killed", CountType::kKill, true},
    {"died", CountType::kKill, false},
    {"dead", CountType::kKill, false},
    {"perished", CountType::kKill, false},
    {"slain", CountType::kKill, false},
    {"massacred", CountType::kKill, true},
    {"executed", CountType::kKill, true},
    {"murdered", CountType::kKill, true},
    {"wounded", CountType::kWound, true},
    {"injured", CountType::kWound, true},
    {"hurt", CountType::kWound, true},
    {"arrested", CountType::kArrest, true},
    {"detained", CountType::kArrest, true},
    {"jailed", CountType::kArrest, true},
    {"imprisoned", CountType::kArrest, true},
    {"kidnapped", CountType::kKidnap, true},
    {"kidnaped", CountType::kKidnap, true},
    {"abducted", CountType::kKidnap, true},
    {"fled", CountType::kDisplaced, false},
    {"displaced", CountType::kDisplaced, true},
    {"homeless", CountType::kDisplaced, false},
    {"uprooted", CountType::kDisplaced, true},
    {"evacuated", CountType::kDisplaced, true},
    {"protested", CountType::kProtest, false},
    {"rallied", CountType::kProtest, false},
    {"marched", CountType::kProtest, false},
    {"demonstrated", CountType::kProtest, false},
    {"protesting", CountType::kProtest, false},
    {"demonstrating", CountType::kProtest, false},
    {"marching", CountType::kProtest, false},
};

// The shapes of a word table's words, so that a lookup turns most words
// away before it compares them with every entry.
template <typename Table>
constexpr WordShapes ShapesOf(const Table& table) {
  WordShapes shapes;
  for (const auto& entry : table) shapes.Add(entry.word);
  return shapes;
}

const AfterWord* FindAfter(std::string_view w) {
  static constexpr WordShapes kShapes = ShapesOf(kAfter);
  if (!kShapes.MayContain(w)) return nullptr;
  for (const AfterWord& a : kAfter) {
    if (lexical::SameWord(w, a.word)) return &a;
  }
  return nullptr;
}

struct TypedWord {
  std::string_view word;
  CountType type;
};

// Active verbs right before the phrase ("killed 20 people").
constexpr TypedWord kBefore[] = {
    {"killed", CountType::kKill},         {"killing", CountType::kKill},
    {"kill", CountType::kKill},           {"kills", CountType::kKill},
    {"massacred", CountType::kKill},      {"executed", CountType::kKill},
    {"executing", CountType::kKill},      {"murdered", CountType::kKill},
    {"slaughtered", CountType::kKill},    {"wounded", CountType::kWound},
    {"wounding", CountType::kWound},      {"injured", CountType::kWound},
    {"injuring", CountType::kWound},      {"wounds", CountType::kWound},
    {"injures", CountType::kWound},       {"arrested", CountType::kArrest},
    {"arresting", CountType::kArrest},    {"arrests", CountType::kArrest},
    {"detained", CountType::kArrest},     {"detaining", CountType::kArrest},
    {"detains", CountType::kArrest},      {"jailed", CountType::kArrest},
    {"kidnapped", CountType::kKidnap},    {"kidnapping", CountType::kKidnap},
    {"abducted", CountType::kKidnap},     {"abducting", CountType::kKidnap},
    {"abducts", CountType::kKidnap},      {"kidnaps", CountType::kKidnap},
    {"displaced", CountType::kDisplaced}, {"displacing", CountType::kDisplaced},
    {"uprooted", CountType::kDisplaced},
};

// Nouns that take the count after "of" ("massacre of 300").
constexpr TypedWord kNominal[] = {
    {"massacre", CountType::kKill},
    {"killing", CountType::kKill},
    {"killings", CountType::kKill},
    {"deaths", CountType::kKill},
    {"death", CountType::kKill},
    {"slaughter", CountType::kKill},
    {"murder", CountType::kKill},
    {"murders", CountType::kKill},
    {"execution", CountType::kKill},
    {"executions", CountType::kKill},
    {"lives", CountType::kKill},
    {"arrest", CountType::kArrest},
    {"arrests", CountType::kArrest},
    {"detention", CountType::kArrest},
    {"kidnapping", CountType::kKidnap},
    {"abduction", CountType::kKidnap},
    {"displacement", CountType::kDisplaced},
    {"exodus", CountType::kDisplaced},
    {"crowd", CountType::kProtest},
    {"crowds", CountType::kProtest},
    {"rally", CountType::kProtest},
    {"protest", CountType::kProtest},
    {"march", CountType::kProtest},
    {"demonstration", CountType::kProtest},
};

// The counted noun decides when nothing else does ("5,000 protesters").
constexpr TypedWord kHeads[] = {
    {"deaths", CountType::kKill},           {"dead", CountType::kKill},
    {"bodies", CountType::kKill},           {"corpses", CountType::kKill},
    {"fatalities", CountType::kKill},       {"injuries", CountType::kWound},
    {"wounded", CountType::kWound},         {"injured", CountType::kWound},
    {"arrests", CountType::kArrest},        {"detainees", CountType::kArrest},
    {"hostages", CountType::kKidnap},       {"captives", CountType::kKidnap},
    {"abductees", CountType::kKidnap},      {"refugees", CountType::kDisplaced},
    {"evacuees", CountType::kDisplaced},    {"homeless", CountType::kDisplaced},
    {"protesters", CountType::kProtest},    {"protestors", CountType::kProtest},
    {"demonstrators", CountType::kProtest}, {"marchers", CountType::kProtest},
};

template <const auto& kTable>
const TypedWord* FindTyped(std::string_view w) {
  static constexpr WordShapes kShapes = ShapesOf(kTable);
  if (!kShapes.MayContain(w)) return nullptr;
  for (const TypedWord& t : kTable) {
    if (w == t.word) return &t;
  }
  return nullptr;
}

// Quantities of these are measurements, not head counts. Asked of the word
// after every parsed figure: one probe of a set, not fifty comparisons.
bool IsUnitNoun(std::string_view w) {
  if (!w.empty() && w[0] == '-') w.remove_prefix(1);
  static constexpr lexical::ConstWordSet kWords{
      "day",        "days",       "week",     "weeks",    "month",
      "months",     "year",       "years",    "hour",     "hours",
      "minute",     "minutes",    "second",   "seconds",  "time",
      "times",      "percent",    "per",      "%",        "km",
      "kilometres", "kilometers", "miles",    "metres",   "meters",
      "dollars",    "euros",      "pounds",   "points",   "am",
      "pm",         "a.m.",       "p.m.",     "o'clock",  "gmt",
      "cents",      "tonnes",     "tons",     "decades",  "centuries",
      "century",    "decade",     "kg",       "degrees",  "feet",
      "yards",      "-year-old",  "per cent", "straight", "consecutive"};
  return kWords.Contains(w);
}

bool LooksPastTense(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

bool IsPluralNoun(std::string_view w, Tag tag) {
  if (tag == Tag::NNS || tag == Tag::NNPS) return true;
  if (tag != Tag::kUnknown) return false;
  if (InList(w, {"people", "police", "men", "women", "children", "personnel",
                 "dead", "wounded", "injured"}))
    return true;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
}

// Words that end the counted noun phrase.
bool IsObjectStop(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "have",      "has",     "had",     "were",       "was",   "are",
      "is",        "be",      "been",    "being",      "who",   "which",
      "that",      "in",      "on",      "at",         "from",  "to",
      "by",        "over",    "during",  "since",      "as",    "and",
      "or",        "but",     "after",   "before",     "while", "when",
      "where",     "with",    "into",    "across",     "near",  "for",
      "said",      "say",     "says",    "reportedly", "also",  "now",
      "including", "than",    "will",    "would",      "could", "may",
      "might",     "must",    "should",  "can",        "not",   "n't",
      "had",       "this",    "last",    "yesterday",  "today", "there",
      "under",     "among",   "inside",  "outside",    "after", "until",
      "amid",      "against", "because", "'s"};
  return kWords.Contains(w);
}

// Auxiliaries and hedges between the phrase and its verb ("are said to have").
bool IsBridge(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "have",       "has",        "had",          "been",      "be",
      "were",       "was",        "are",          "is",        "being",
      "reportedly", "now",        "also",         "allegedly", "already",
      "said",       "believed",   "feared",       "thought",   "reported",
      "to",         "confirmed",  "estimated",    "all",       "later",
      "just",       "apparently", "so",           "far",       "'ve",
      "shot",       "presumed",   "known",        "either",    "been",
      "being",      "were",       "subsequently", "since",     "then",
      "officially"};
  return kWords.Contains(w);
}

bool IsAux(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{"have", "has",   "had", "been",
                                       "be",   "were",  "was", "are",
                                       "is",   "being", "'ve"};
  return kWords.Contains(w);
}

bool IsPunct(std::string_view t) {
  if (t.empty()) return true;
  char c = t[0];
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) ||
           static_cast<unsigned char>(c) >= 0x80);
}

bool IsVerbTag(Tag t) {
  return t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::VBN ||
         t == Tag::VBG || t == Tag::MD || t == Tag::VB;
}

class CountFinder {
 public:
  explicit CountFinder(Document* doc) : doc_(doc) {}

  void Run() {
    const auto& sentences = doc_->sentences;
    uint32_t ntok = static_cast<uint32_t>(doc_->tokens.size());
    size_t date_cursor = 0;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      first_ = sentences[s].first_token;
      end_ = std::min(sentences[s].end_token, ntok);
      sentence_ = s;
      // Date spans of this sentence, to skip their numbers.
      while (date_cursor < doc_->dates.size() &&
             doc_->dates[date_cursor].sentence < s) {
        ++date_cursor;
      }
      date_first_ = date_cursor;
      date_end_ = date_cursor;
      while (date_end_ < doc_->dates.size() &&
             doc_->dates[date_end_].sentence == s) {
        ++date_end_;
      }
      for (uint32_t i = first_; i < end_;) {
        // Most tokens start no quantity; testing that here spares them the
        // call to TryAt, whose frame is large.
        uint32_t used = MayStartQuantityAt(*doc_, i, end_) ? TryAt(i) : 0;
        i += used > 0 ? used : 1;
      }
    }
  }

 private:
  std::string_view Text(uint32_t i) const {
    return (i >= first_ && i < end_) ? doc_->TokenText(i) : std::string_view();
  }
  std::string_view Lower(uint32_t i, LowerWord* w) const {
    w->Set(Text(i));
    return w->view();
  }

  bool InsideDate(uint32_t i) const {
    const Span& sp = doc_->tokens[i].span;
    for (size_t k = date_first_; k < date_end_; ++k) {
      const Span& d = doc_->dates[k].span;
      if (sp.begin >= d.begin && sp.begin < d.end) return true;
    }
    return false;
  }

  // Tries a count starting at token i, which MayStartQuantity accepts;
  // returns tokens consumed (0: none).
  uint32_t TryAt(uint32_t i) {
    std::string_view t = Text(i);
    Quantity q;
    if (!ParseQuantity(*doc_, i, end_, &q)) return 0;
    uint32_t qend = i + q.length;
    if (q.upper <= 0) return q.length;
    if (q.year_like || InsideDate(i) || InsideDate(qend - 1)) return q.length;
    // Decimals without a scale word are measurements ("1.5 km").
    if (q.has_digits && q.length == 1 && t.find('.') != std::string_view::npos)
      return q.length;
    LowerWord w1, w2, w3;
    std::string_view prev = Lower(i - 1, &w1);
    if (i > first_ &&
        (prev == "$" || prev == "aged" || prev == "age" || prev == "ages" ||
         prev == "#" || prev == "no." || prev == "number" || prev == "page"))
      return q.length;
    std::string_view next = Lower(qend, &w2);
    if (IsUnitNoun(next) || (next == "-" && IsUnitNoun(Lower(qend + 1, &w3))))
      return q.length;
    if (next.size() > 1 && next[0] == '-') return q.length;  // "-month"

    // The counted object.
    uint32_t obj_first = qend, obj_end = qend, head = kNone;
    if (!q.ends_with_of && next == "of") {
      obj_first = qend + 1;
    }
    ParseObject(obj_first, &obj_end, &head);
    if (obj_end == obj_first) {
      obj_first = obj_end = qend;
    }
    // A number word followed directly by an object made only of a unit.
    if (head != kNone) {
      LowerWord hw;
      if (IsUnitNoun(Lower(head, &hw))) return q.length;
    }

    CountType type;
    bool found = false;
    // 1. Active verb just before ("killed 20", killed "tens of...").
    uint32_t b = i;
    while (b > first_ && Text(b - 1) == "\"") --b;
    if (b > first_) {
      LowerWord pw, ppw;
      std::string_view p = Lower(b - 1, &pw);
      if (const TypedWord* tw = FindTyped<kBefore>(p)) {
        type = tw->type;
        found = true;
      } else if (p == "up" && b - 1 > first_ &&
                 (Lower(b - 2, &ppw) == "rounded" ||
                  ppw.view() == "rounding")) {
        type = CountType::kArrest;
        found = true;
      }
      // 2. Noun + "of", or a toll.
      if (!found && p == "of" && b - 1 > first_) {
        if (const TypedWord* tw = FindTyped<kNominal>(Lower(b - 2, &ppw))) {
          type = tw->type;
          found = true;
        }
      }
      if (!found && InList(p, {"to", "at", "of", "reached", "hit", "topped",
                               "passed", "exceeded", "surpassed", "climbed"})) {
        LowerWord tw;
        uint32_t lo = b > first_ + 10 ? b - 10 : first_;
        for (uint32_t k = b - 1; k > lo && !found; --k) {
          std::string_view x = Lower(k - 1, &tw);
          if (x == "toll") {
            type = CountType::kKill;
            found = true;
          }
          if (x == "." || x == ";") break;
        }
      }
    }
    // 3. Passive or intransitive verb after, through bridges.
    if (!found) {
      uint32_t k = obj_end;
      bool aux = false;
      LowerWord kw, nw2;
      for (int steps = 0; steps < 8 && k < end_; ++steps, ++k) {
        std::string_view x = Lower(k, &kw);
        if (x == "\"") continue;
        if (const AfterWord* a = FindAfter(x)) {
          if (a->transitive && !aux && TakesObject(k + 1)) break;
          type = a->type;
          found = true;
          break;
        }
        if (x == "held" || x == "taken") {
          std::string_view n2 = Lower(k + 1, &nw2);
          if (n2 == "hostage" || n2 == "captive" || n2 == "hostages") {
            type = CountType::kKidnap;
            found = true;
          } else if (x == "held" && aux && !TakesObject(k + 1)) {
            type = CountType::kArrest;
            found = true;
          }
          break;
        }
        if (x == "rounded" && Lower(k + 1, &nw2) == "up") {
          type = CountType::kArrest;
          found = true;
          break;
        }
        if (x == "took" && Lower(k + 1, &nw2) == "to") {
          LowerWord a3, a4;
          if (Lower(k + 2, &a3) == "the" && Lower(k + 3, &a4) == "streets") {
            type = CountType::kProtest;
            found = true;
          }
          break;
        }
        if (!IsBridge(x)) break;
        if (IsAux(x)) aux = true;
      }
    }
    // 4. The counted noun itself.
    if (!found && head != kNone) {
      LowerWord hw;
      if (const TypedWord* tw = FindTyped<kHeads>(Lower(head, &hw))) {
        type = tw->type;
        found = true;
      }
    }
    if (!found) return q.length;

    Count c;
    c.sentence = sentence_;
    c.type = type;
    c.number = q.lower > 0 ? q.lower : q.upper;
    c.upper = std::max(q.upper, c.number);
    uint32_t span_end = obj_end > qend ? obj_end : qend;
    // Trailing quote marks are not part of the phrase.
    while (span_end > i + 1 && Text(span_end - 1) == "\"") --span_end;
    c.span = {doc_->tokens[i].span.begin, doc_->tokens[span_end - 1].span.end};
    if (obj_end > obj_first) {
      c.object = {doc_->tokens[obj_first].span.begin,
                  doc_->tokens[obj_end - 1].span.end};
    }
    AttachDate(&c);
    c.place = FindPlace(c.span);
    doc_->counts.push_back(c);
    return span_end - i;
  }

  // Whether a noun phrase starts at k (so a verb before it is active).
  bool TakesObject(uint32_t k) const {
    std::string_view t = Text(k);
    if (t.empty()) return false;
    if (t == "\"") return true;
    if (IsDigit(t[0])) return true;
    if (extract_internal::IsUpper(t[0])) return true;
    LowerWord w(t);
    std::string_view x = w.view();
    if (MayStartQuantity(t) && x != "in" && x != "at" && x != "over" &&
        x != "about" && x != "around" && x != "under" && x != "as" &&
        x != "no" && x != "not")
      return true;
    return InList(x,
                  {"the",       "his",       "her",    "their",     "its",
                   "our",       "my",        "them",   "him",       "us",
                   "these",     "those",     "this",   "that",      "dozens",
                   "hundreds",  "thousands", "people", "civilians", "soldiers",
                   "protesters"});
  }

  // The counted noun phrase from k: words up to a stop word, punctuation or
  // a verb; up to two "of" attachments ("members of the security forces").
  void ParseObject(uint32_t k, uint32_t* end, uint32_t* head) const {
    *end = k;
    *head = kNone;
    int ofs = 0;
    uint32_t last_word = kNone;
    for (uint32_t n = 0; k < end_ && n < 8; ++k, ++n) {
      std::string_view t = Text(k);
      if (IsPunct(t)) {
        if (t == "\"" && k == *end && n == 0)
          continue;  // "tens of "terrorists"
        break;
      }
      LowerWord w(t);
      std::string_view x = w.view();
      if (x == "of") {
        if (last_word == kNone || ofs >= 2) break;
        ++ofs;
        continue;
      }
      if (IsObjectStop(x) || FindAfter(x) != nullptr) break;
      if (x == "held" || x == "taken" || x == "rounded" || x == "took") break;
      Tag tag = doc_->tokens[k].tag;
      if (IsVerbTag(tag)) break;
      if (IsDigit(t[0])) break;
      // Without tags, a past-tense form after a noun is the verb ("10,000
      // filled the square"); "20 armed men" keeps its adjective.
      if (tag == Tag::kUnknown && LooksPastTense(x)) {
        if (last_word != kNone) break;
        LowerWord nx;
        std::string_view after = Lower(k + 1, &nx);
        if (after.empty() || IsPunct(after) || IsObjectStop(after) ||
            InList(after,
                   {"the", "a", "an", "their", "his", "her", "its", "our"}))
          break;
      }
      if (ofs == 0) *head = k;
      last_word = k;
      *end = k + 1;
      // A plural noun ends the phrase unless "of" follows ("members of").
      if (IsPluralNoun(x, tag)) {
        LowerWord nx;
        if (Lower(k + 1, &nx) != "of") break;
      }
    }
  }

  void AttachDate(Count* c) const {
    const DateMention* best = nullptr;
    uint32_t best_dist = 0;
    for (size_t k = date_first_; k < date_end_; ++k) {
      const DateMention& d = doc_->dates[k];
      uint32_t dist = d.span.end <= c->span.begin   ? c->span.begin - d.span.end
                      : d.span.begin >= c->span.end ? d.span.begin - c->span.end
                                                    : 0;
      if (!best || dist < best_dist) {
        best = &d;
        best_dist = dist;
      }
    }
    if (best && best->date.known()) {
      c->date = best->date;
      c->historical = best->historical;
    } else {
      c->date = doc_->date;
      if (best) c->historical = best->historical;
    }
  }

  uint32_t FindPlace(Span span) const {
    uint32_t best = kNone;
    int best_score = -1;
    for (uint32_t p = 0; p < doc_->places.size(); ++p) {
      const Place& pl = doc_->places[p];
      if (pl.sentence != sentence_) continue;
      // Preceded by "in"?
      const std::string& text = doc_->text;
      uint32_t b =
          std::min<uint32_t>(pl.span.begin, static_cast<uint32_t>(text.size()));
      while (b > 0 && text[b - 1] == ' ') --b;
      bool in = b >= 2 && (text[b - 1] == 'n' || text[b - 1] == 'N') &&
                (text[b - 2] == 'i' || text[b - 2] == 'I') &&
                (b == 2 || text[b - 3] == ' ' || text[b - 3] == '\n');
      uint32_t dist = pl.span.begin >= span.end   ? pl.span.begin - span.end
                      : span.begin >= pl.span.end ? span.begin - pl.span.end
                                                  : 0;
      int score = (in ? 1 << 20 : 0) + (1 << 19) -
                  static_cast<int>(std::min<uint32_t>(dist, (1u << 19) - 1));
      if (score > best_score) {
        best_score = score;
        best = p;
      }
    }
    return best;
  }

  Document* doc_;
  uint32_t first_ = 0, end_ = 0, sentence_ = 0;
  size_t date_first_ = 0, date_end_ = 0;
};

}  // namespace

void FindCounts(Document* doc) {
  if (doc == nullptr) return;
  doc->counts.clear();
  CountFinder finder(doc);
  finder.Run();
}

}  // namespace dyad
