// Date expressions and their resolution against the publication date.
//
// News reports date events relative to the day they are published: "on
// Tuesday", "since Sunday morning", "last March", "yesterday". The scanner
// walks each sentence once; a token can only open a date expression if it is
// a weekday or month name (capitalised: "march" the verb and "may" the modal
// are lower case), a four-digit number, a day number next to a month, or one
// of a handful of relative words (yesterday, last, this, next, earlier,
// weekend, ago). Each candidate is checked by looking one or two tokens left
// and right, so the cost is a few comparisons per token and nothing is
// allocated except the DateMention itself.
//
// Resolution rules (publication date P):
//   weekday            the most recent such day on or before P ("on Tuesday"
//                      in a Tuesday paper is that Tuesday); "next Monday" the
//                      first one after P; "last Monday" the one before P.
//   "last March"       the most recent March strictly before P's month.
//   "in March"         a month without a year: the most recent one on or
//                      before P's month, or the next one on or after it when
//                      the sentence speaks of the future (will, next,
//                      scheduled...). The past wins by default because news
//                      mostly reports what happened.
//   "March 5"          the same rule with the day.
//   "1982", "in 1982"  year precision.
//   relative words     yesterday, today, last week/month/year, this year,
//                      "earlier this year", "the weekend" (its Saturday),
//                      "three days ago".
// A month alone is only a month with a cue: a day number, a year, or a
// preposition/modifier before it ("in", "last", "since", "early"...). "May"
// needs the same; abbreviations ("Feb.") need a day number.
//
// historical: an explicit year before P's year, or any date more than twelve
// months before P ("last March" in February is recent, not historical). When
// P is unknown, relative expressions keep an unknown date, explicit dates
// still resolve, and a year counts as historical if the document also names
// a later year.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "extract/extract.h"
#include "extract/lexical.h"
#include "extract/numbers.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using extract_internal::AddDays;
using extract_internal::DaysInMonth;
using extract_internal::IsDigit;
using extract_internal::IsFullDate;
using extract_internal::IsUpper;
using extract_internal::LowerWord;
using extract_internal::Weekday;
using extract_internal::WordShapes;

constexpr std::string_view kWeekdays[] = {"sunday",    "monday",   "tuesday",
                                     "wednesday", "thursday", "friday",
                                     "saturday"};

// string_view names: a const char* was measured with strlen on every compare.
struct MonthName {
  std::string_view name;
  int month;
  bool abbrev;
};
constexpr MonthName kMonths[] = {
    {"january", 1, false},  {"february", 2, false},  {"march", 3, false},
    {"april", 4, false},    {"may", 5, false},       {"june", 6, false},
    {"july", 7, false},     {"august", 8, false},    {"september", 9, false},
    {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},       {"jan.", 1, true},       {"feb", 2, true},
    {"feb.", 2, true},      {"mar", 3, true},        {"mar.", 3, true},
    {"apr", 4, true},       {"apr.", 4, true},       {"jun", 6, true},
    {"jun.", 6, true},      {"jul", 7, true},        {"jul.", 7, true},
    {"aug", 8, true},       {"aug.", 8, true},       {"sep", 9, true},
    {"sep.", 9, true},      {"sept", 9, true},       {"sept.", 9, true},
    {"oct", 10, true},      {"oct.", 10, true},      {"nov", 11, true},
    {"nov.", 11, true},     {"dec", 12, true},       {"dec.", 12, true},
};

int FindWeekday(std::string_view w) {
  for (int i = 0; i < 7; ++i) {
    if (w == kWeekdays[i]) return i;
  }
  return -1;
}

const MonthName* FindMonth(std::string_view w) {
  for (const MonthName& m : kMonths) {
    if (lexical::SameWord(w, m.name)) return &m;
  }
  return nullptr;
}

using lexical::InList;

// The words MatchRelative starts from; it returns 0 for any other word that
// no "ago" follows.
constexpr std::string_view kRelativeWords[] = {
    "yesterday", "today", "tonight", "tomorrow", "earlier", "later",
    "last",      "past",  "this",    "next",     "the"};

// Match tests a token against these before it lower-cases the token and
// looks it up: weekdays (also with "'s") and months, and the relative words
// ("mid-March" is tested apart).
constexpr WordShapes kCalendarShapes = [] {
  WordShapes shapes;
  for (std::string_view w : kWeekdays) {
    shapes.Add(w);
    shapes.Add(w.front(), w.size() + 2, 's');  // "monday's"
  }
  for (const MonthName& m : kMonths) shapes.Add(m.name);
  return shapes;
}();

constexpr WordShapes kRelativeShapes = WordShapes::Of(kRelativeWords);

// "5", "05", "5th", "21st" -> 5, 21; 0 when not a day of the month.
int DayValue(std::string_view t) {
  if (t.empty() || !IsDigit(t[0])) return 0;
  int v = 0;
  size_t i = 0;
  for (; i < t.size() && IsDigit(t[i]); ++i) {
    if (i >= 2) return 0;
    v = v * 10 + (t[i] - '0');
  }
  std::string_view rest = t.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" &&
      rest != "th") {
    return 0;
  }
  return (v >= 1 && v <= 31) ? v : 0;
}

// A plain four-digit year 1800..2100, else 0.
int YearValue(std::string_view t) {
  if (t.size() != 4) return 0;
  int v = 0;
  for (char c : t) {
    if (!IsDigit(c)) return 0;
    v = v * 10 + (c - '0');
  }
  return (v >= 1800 && v <= 2100) ? v : 0;
}

// Nouns after a number that make it a count, not a year ("2000 people").
bool IsCountedNoun(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "people",     "persons",       "civilians", "soldiers", "troops",
      "protesters", "demonstrators", "men",       "women",    "children",
      "dead",       "killed",        "died",      "refugees", "deaths",
      "bodies",     "members",       "fighters",  "rebels",   "police",
      "policemen",  "officers",      "prisoners", "students", "workers",
      "residents",  "families",      "homes",     "houses",   "times",
      "more",       "others"};
  return kWords.Contains(w);
}

class DateScanner {
 public:
  explicit DateScanner(Document* doc) : doc_(doc), pub_(doc->date) {
    pub_full_ = IsFullDate(pub_);
    pub_month_ = pub_.year > 0 && pub_.month >= 1 && pub_.month <= 12;
    pub_year_ = pub_.year > 0;
  }

  void Run() {
    const auto& sentences = doc_->sentences;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      uint32_t b = sentences[s].first_token;
      uint32_t e = std::min<uint32_t>(
          sentences[s].end_token, static_cast<uint32_t>(doc_->tokens.size()));
      future_known_ = false;
      ago_known_ = false;
      sentence_ = s;
      first_ = b;
      end_ = e;
      for (uint32_t i = b; i < e;) {
        uint32_t used = Match(i);
        i += used > 0 ? used : 1;
      }
    }
    if (!pub_year_) MarkHistoricalWithoutPublication();
  }

 private:
  std::string_view Text(uint32_t i) const {
    return i < end_ && i >= first_ ? doc_->TokenText(i) : std::string_view();
  }
  std::string_view Lower(uint32_t i, LowerWord* w) const {
    w->Set(Text(i));
    return w->view();
  }
  // Text(i) == word, with the length compared before the text is looked up.
  bool TextIs(uint32_t i, std::string_view word) const {
    if (i >= end_ || i < first_) return false;
    const Span& s = doc_->tokens[i].span;
    return s.size() == word.size() &&
           lexical::SameBytes(doc_->text.data() + s.begin, word.data(),
                              word.size());
  }
  bool TextHasSize(uint32_t i, uint32_t size) const {
    return i < end_ && i >= first_ && doc_->tokens[i].span.size() == size;
  }
  bool Capitalized(uint32_t i) const {
    std::string_view t = Text(i);
    return !t.empty() && IsUpper(t[0]);
  }

  // Whether the sentence talks about the future (for months without year).
  bool Future() {
    if (!future_known_) {
      future_ = false;
      LowerWord w;
      for (uint32_t i = first_; i < end_ && !future_; ++i) {
        std::string_view x = Lower(i, &w);
        future_ = InList(x, {"will", "'ll", "shall", "next", "upcoming",
                             "scheduled", "due", "planned", "plans", "plan"});
      }
      future_known_ = true;
    }
    return future_;
  }

  // Whether the sentence has an "ago" in any case. MatchAgo needs one, and
  // is tried on every number and looked for after every word: this spares
  // most of them a full parse or two look-ups.
  bool SentenceHasAgo() {
    if (!ago_known_) {
      ago_ = false;
      if (SentenceBytesMayHoldAgo()) {
        for (uint32_t i = first_; i < end_ && !ago_; ++i) {
          ago_ = doc_->tokens[i].span.size() == 3 &&
                 extract_internal::EqualsLower(Text(i), "ago");
        }
      }
      ago_known_ = true;
    }
    return ago_;
  }

  // Whether the sentence's bytes (from its first token's start to its last
  // one's end: tokens are in text order) hold "ago" in any case. Few do, and
  // this finds out with memchr over the text, moving each search's cursor
  // forward only (sentences come in text order), where the test above reads
  // every token.
  bool SentenceBytesMayHoldAgo() {
    if (first_ >= end_) return false;
    size_t begin = doc_->tokens[first_].span.begin;
    size_t end = doc_->tokens[end_ - 1].span.end;
    // The 'g' of an "ago" within [begin, end) is at begin + 1 or later, and
    // its 'o' before end.
    for (AgoCursor& c : ago_cursors_) {
      if (c.next < begin + 1) c.next = NextAgoBytes(c.g, begin + 1);
      if (c.next + 2 <= end) return true;
    }
    return false;
  }
  // The first offset from `from` on of a byte `g` with an 'a' before it and
  // an 'o' after it, in any case; the text's size if there is none.
  size_t NextAgoBytes(char g, size_t from) const {
    const std::string& text = doc_->text;
    for (size_t p = from; p + 1 < text.size(); ++p) {
      const void* hit = std::memchr(text.data() + p, g, text.size() - 1 - p);
      if (hit == nullptr) break;
      p = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
      if ((text[p - 1] | 0x20) == 'a' && (text[p + 1] | 0x20) == 'o') return p;
    }
    return text.size();
  }

  void Emit(uint32_t first, uint32_t end, Date d, bool explicit_year) {
    DateMention m;
    m.span.begin = doc_->tokens[first].span.begin;
    m.span.end = doc_->tokens[end - 1].span.end;
    m.sentence = sentence_;
    m.date = d;
    if (d.known() && pub_year_) {
      if (explicit_year) {
        m.historical = d.year < pub_.year;
      } else if (pub_month_) {
        int months = (pub_.year * 12 + pub_.month) -
                     (d.year * 12 + (d.month > 0 ? d.month : 12));
        m.historical = months > 12;
      } else {
        m.historical = d.year < pub_.year - 1;
      }
    }
    doc_->dates.push_back(m);
    explicit_.push_back(explicit_year);
  }

  // Resolves a month (and optional day) without a year.
  Date MonthWithoutYear(int month, int day, int direction) {
    Date d;
    if (!pub_month_) return d;
    int y = pub_.year;
    if (direction < 0) {  // "last March": strictly before P's month
      if (month >= pub_.month) --y;
    } else if (direction > 0) {  // "next March": strictly after
      if (month <= pub_.month) ++y;
    } else if (direction == 0) {  // "this March"
    }
    if (direction == 2) {  // no modifier: past unless the sentence is future
      y = pub_.year;
      bool later = month > pub_.month || (month == pub_.month && day > 0 &&
                                          pub_full_ && day > pub_.day);
      if (Future()) {
        bool earlier = month < pub_.month || (month == pub_.month && day > 0 &&
                                              pub_full_ && day < pub_.day);
        if (earlier) ++y;
      } else if (later) {
        --y;
      }
    }
    d.year = static_cast<int16_t>(y);
    d.month = static_cast<int8_t>(month);
    if (day > 0 && day <= DaysInMonth(y, month))
      d.day = static_cast<int8_t>(day);
    return d;
  }

  static Date Make(int y, int m, int d) {
    Date out;
    out.year = static_cast<int16_t>(y);
    out.month = static_cast<int8_t>(m);
    out.day = static_cast<int8_t>(d);
    return out;
  }

  Date MonthOffset(int delta) const {
    Date d;
    if (!pub_month_) return d;
    int idx = pub_.year * 12 + (pub_.month - 1) + delta;
    return Make(idx / 12, idx % 12 + 1, 0);
  }

  Date DayOffset(int delta) const {
    if (!pub_full_) return Date();
    return AddDays(pub_, delta);
  }

  // The Saturday of the most recent weekend on or before P.
  Date Weekend(bool strictly_before) const {
    if (!pub_full_) return Date();
    int wd = Weekday(pub_);
    int back = (wd - 6 + 7) % 7;  // days since Saturday
    if (wd == 0) back = 1;        // Sunday: yesterday was Saturday
    if (strictly_before && (wd == 6 || wd == 0)) back += 7;
    return AddDays(pub_, -back);
  }

  // Run asks it of tokens of the sentence only, so the text needs no range
  // check.
  uint32_t Match(uint32_t i) {
    std::string_view t = doc_->TokenText(i);
    if (t.empty()) return 0;
    char c = t[0];
    if (IsDigit(c)) return MatchNumber(i);
    // Only ASCII letters go on (setting bit 0x20 lower-cases exactly the
    // upper-case ones): one test, not four.
    if ((static_cast<unsigned char>(c) | 0x20u) - 'a' >= 26u) return 0;
    if (t.size() > 12) return 0;
    bool calendar = IsUpper(c) && (kCalendarShapes.MayContain(t) ||
                                   (t.size() > 4 && t[3] == '-'));  // "mid-"
    if (!calendar && !kRelativeShapes.MayContain(t))
      return MatchAgoAfterWord(i);
    LowerWord lw(t);
    std::string_view w = lw.view();
    if (calendar) {
      int wd = FindWeekday(w);
      if (wd < 0 && w.size() > 2 && w.substr(w.size() - 2) == "'s")
        wd = FindWeekday(w.substr(0, w.size() - 2));
      if (wd >= 0) return MatchWeekday(i, wd);
      if (const MonthName* m = FindMonth(w)) return MatchMonth(i, *m, false);
      if (w.size() > 4 && w.substr(0, 4) == "mid-" && IsUpper(t[4])) {
        const MonthName* m2 = FindMonth(w.substr(4));
        if (m2 && !m2->abbrev) return MatchMonth(i, *m2, true);
      }
    }
    return MatchRelative(i, w);
  }

  uint32_t MatchWeekday(uint32_t i, int wd) {
    LowerWord pw;
    std::string_view prev = i > first_ ? Lower(i - 1, &pw) : std::string_view();
    uint32_t first = i, end = i + 1;
    int mode = 0;  // 0 most recent on/before, -1 strictly before, +1 after
    if (prev == "last" || prev == "past") {
      mode = -1;
      first = i - 1;
    } else if (prev == "next" || prev == "coming") {
      mode = 1;
      first = i - 1;
    } else if (prev == "this") {
      first = i - 1;
    }
    LowerWord nw;
    std::string_view next = Lower(i + 1, &nw);
    if (InList(next, {"morning", "afternoon", "evening", "night", "overnight"}))
      end = i + 2;
    Date d;
    if (pub_full_) {
      int pwd = Weekday(pub_);
      int delta;
      if (mode > 0) {
        delta = (wd - pwd + 7) % 7;
        if (delta == 0) delta = 7;
      } else {
        delta = -((pwd - wd + 7) % 7);
        if (mode < 0 && delta == 0) delta = -7;
      }
      d = AddDays(pub_, delta);
    }
    Emit(first, end, d, false);
    return end - i;
  }

  uint32_t MatchMonth(uint32_t i, const MonthName& m, bool mid) {
    LowerWord w1, w2, w3, pw;
    uint32_t after = i + 1;
    if (m.abbrev && Text(after) == "." && DayValue(Text(after + 1)) > 0)
      ++after;
    int day = DayValue(Text(after));
    uint32_t end = after;
    int year = 0;
    if (day > 0) {
      end = after + 1;
      if (Text(end) == "," && YearValue(Text(end + 1))) {
        year = YearValue(Text(end + 1));
        end += 2;
      } else if (YearValue(Text(end))) {
        year = YearValue(Text(end));
        end += 1;
      }
    } else if (m.abbrev) {
      return 0;
    } else if (YearValue(Text(i + 1))) {
      year = YearValue(Text(i + 1));
      end = i + 2;
    }
    std::string_view prev = i > first_ ? Lower(i - 1, &pw) : std::string_view();
    uint32_t first = i;
    int direction = 2;
    if (prev == "last" || prev == "past") {
      direction = -1;
      first = i - 1;
    } else if (prev == "next" || prev == "coming") {
      direction = 1;
      first = i - 1;
    } else if (prev == "this") {
      direction = 0;
      first = i - 1;
    } else if (prev == "early" || prev == "late" || prev == "mid") {
      first = i - 1;
    }
    if (day == 0 && year == 0 && first == i && !mid) {
      bool cue =
          m.month == 5
              ? InList(prev, {"in", "since", "until", "till", "during", "of",
                              "from", "through", "throughout", "by"})
              : InList(prev,
                       {"in", "since", "until", "till", "during", "of", "from",
                        "through", "throughout", "by", "before", "after",
                        "between", "and", "to", "or", "around", "on"});
      if (!cue) return 0;
    }
    // "in March last year", "March this year".
    if (year == 0) {
      std::string_view a = Lower(end, &w1), b = Lower(end + 1, &w2);
      if (b == "year" && (a == "last" || a == "this" || a == "next") &&
          pub_year_) {
        year = pub_.year + (a == "last" ? -1 : a == "next" ? 1 : 0);
        end += 2;
        Date d = Make(year, m.month,
                      day > 0 && day <= DaysInMonth(year, m.month) ? day : 0);
        Emit(first, end, d, false);
        return end - i;
      }
    }
    Date d;
    bool explicit_year = year > 0;
    if (year > 0) {
      d = Make(year, m.month,
               day > 0 && day <= DaysInMonth(year, m.month) ? day : 0);
    } else if (direction == 0 && pub_year_) {
      d = Make(pub_.year, m.month,
               day > 0 && day <= DaysInMonth(pub_.year, m.month) ? day : 0);
    } else {
      d = MonthWithoutYear(m.month, day, direction);
    }
    Emit(first, end, d, explicit_year);
    return end - i;
  }

  // Digit-led expressions: ISO dates, "5 March 2011", years, "3 days ago".
  uint32_t MatchNumber(uint32_t i) {
    std::string_view t = Text(i);
    if (t.size() == 10) {
      if (auto d = Date::Parse(t)) {
        Emit(i, i + 1, *d, true);
        return 1;
      }
    }
    if (YearValue(t) && Text(i + 1) == "-" && Text(i + 3) == "-" &&
        i + 4 < end_) {
      Span s{doc_->tokens[i].span.begin, doc_->tokens[i + 4].span.end};
      if (auto d = Date::Parse(doc_->Text(s))) {
        Emit(i, i + 5, *d, true);
        return 5;
      }
    }
    int day = DayValue(t);
    if (day > 0 && Capitalized(i + 1)) {
      LowerWord mw;
      const MonthName* m = FindMonth(Lower(i + 1, &mw));
      if (m) {
        uint32_t end = i + 2;
        int year = YearValue(Text(end));
        if (year) ++end;
        Date d;
        if (year) {
          d = Make(year, m->month,
                   day <= DaysInMonth(year, m->month) ? day : 0);
        } else {
          d = MonthWithoutYear(m->month, day, 2);
        }
        Emit(i, end, d, year > 0);
        return end - i;
      }
    }
    if (int year = YearValue(t)) return MatchYear(i, year);
    return MatchAgo(i);
  }

  uint32_t MatchYear(uint32_t i, int year) {
    LowerWord pw, nw;
    std::string_view prev = i > first_ ? Lower(i - 1, &pw) : std::string_view();
    std::string_view next = Lower(i + 1, &nw);
    std::string_view next_raw = Text(i + 1);
    if (IsCountedNoun(next)) return 0;
    bool next_lower_word =
        !next_raw.empty() && next_raw[0] >= 'a' && next_raw[0] <= 'z';
    // The word lists are compared only as far as the answer needs.
    auto event_noun = [&] {
      return InList(
          next,
          {"massacre",     "war",        "uprising", "revolution", "election",
           "elections",    "coup",       "invasion", "crisis",     "attack",
           "attacks",      "protests",   "riots",    "agreement",  "accord",
           "treaty",       "ceasefire",  "bombing",  "bombings",   "census",
           "constitution", "referendum", "olympics", "summit",     "law",
           "resolution",   "deal",       "conflict", "offensive",  "siege",
           "earthquake",   "famine",     "genocide", "killings"});
    };
    auto safe_cue = [&] {
      return InList(
          prev,
          {"in",         "since",  "until",  "till",   "during",  "before",
           "after",      "early",  "late",   "mid",    "between", "through",
           "throughout", "circa",  "summer", "winter", "spring",  "autumn",
           "year",       "fiscal", "end"});
    };
    auto risky_cue = [&] {
      return InList(prev, {"of", "by", "from", "the", "'s", "a"});
    };
    auto after_year = [&] {
      return (prev == "and" || prev == "or" || prev == "to" || prev == "-") &&
             last_year_token_ + 2 == i;
    };
    bool ok = safe_cue() || after_year() ||
              (risky_cue() && (!next_lower_word || event_noun()));
    if (!ok) return 0;
    last_year_token_ = i;
    Emit(i, i + 1, Make(year, 0, 0), true);
    return 1;
  }

  // A word that starts no other date expression: "a week ago", "several
  // years ago".
  uint32_t MatchAgoAfterWord(uint32_t i) {
    if (!SentenceHasAgo() || (!TextIs(i + 2, "ago") && !TextIs(i + 3, "ago")))
      return 0;
    return MatchAgo(i);
  }

  // "three days ago", "a week ago", "two years ago".
  uint32_t MatchAgo(uint32_t i) {
    if (!SentenceHasAgo()) return 0;
    Quantity q;
    LowerWord aw0;
    std::string_view w0 = Lower(i, &aw0);
    if (w0 == "a" || w0 == "an") {
      q.lower = q.upper = 1;
      q.length = 1;
    } else if (!ParseQuantity(*doc_, i, end_, &q)) {
      return 0;
    }
    if (q.bound != QuantityBound::kExact || q.lower <= 0 || q.lower > 1000)
      return 0;
    uint32_t u = i + q.length;
    LowerWord uw, aw;
    std::string_view unit = Lower(u, &uw);
    if (Lower(u + 1, &aw) != "ago") return 0;
    int n = static_cast<int>(q.lower);
    Date d;
    if (unit == "day" || unit == "days") {
      d = DayOffset(-n);
    } else if (unit == "week" || unit == "weeks") {
      d = DayOffset(-7 * n);
    } else if (unit == "month" || unit == "months") {
      d = MonthOffset(-n);
    } else if (unit == "year" || unit == "years") {
      if (pub_year_) d = Make(pub_.year - n, 0, 0);
    } else {
      return 0;
    }
    Emit(i, u + 2, d, false);
    return u + 2 - i;
  }

  uint32_t MatchRelative(uint32_t i, std::string_view w) {
    if (w == "yesterday") return EmitSimple(i, 1, DayOffset(-1));
    if (w == "today" || w == "tonight") return EmitSimple(i, 1, DayOffset(0));
    if (w == "tomorrow") return EmitSimple(i, 1, DayOffset(1));
    if (uint32_t used = MatchAgoAfterWord(i)) return used;
    // "the", the commonest word here, starts only "the weekend": its next
    // token is tested by length before it is lower-cased.
    if (w == "the") {
      if (!TextHasSize(i + 1, 7)) return 0;
      LowerWord nw;
      return Lower(i + 1, &nw) == "weekend" ? EmitSimple(i, 2, Weekend(false))
                                            : 0;
    }
    // Every rule below starts with one of these words. Most tokens are none
    // of them and so need not lower-case the next token.
    if (w != "earlier" && w != "later" && w != "last" && w != "past" &&
        w != "this" && w != "next")
      return 0;
    LowerWord nw, nnw;
    std::string_view next = Lower(i + 1, &nw);
    if (w == "earlier" || w == "later") {
      std::string_view nn = Lower(i + 2, &nnw);
      if (next == "this" && IsUnit(nn)) return EmitSimple(i, 3, ThisUnit(nn));
      return 0;
    }
    if (w == "last" || w == "past") {
      if (next == "night") return EmitSimple(i, 2, DayOffset(-1));
      if (next == "week") return EmitSimple(i, 2, WeekOffset(-7));
      if (next == "weekend") return EmitSimple(i, 2, Weekend(true));
      if (next == "month") return EmitSimple(i, 2, MonthOffset(-1));
      if (next == "year") {
        Date d;
        if (pub_year_) d = Make(pub_.year - 1, 0, 0);
        return EmitSimple(i, 2, d);
      }
      return 0;
    }
    if (w == "this") {
      if (IsUnit(next) || next == "morning" || next == "afternoon" ||
          next == "evening") {
        Date d = (next == "morning" || next == "afternoon" || next == "evening")
                     ? DayOffset(0)
                     : ThisUnit(next);
        return EmitSimple(i, 2, d);
      }
      return 0;
    }
    if (w == "next") {
      if (next == "week") return EmitSimple(i, 2, WeekOffset(7));
      if (next == "month") return EmitSimple(i, 2, MonthOffset(1));
      if (next == "year") {
        Date d;
        if (pub_year_) d = Make(pub_.year + 1, 0, 0);
        return EmitSimple(i, 2, d);
      }
      return 0;
    }
    return 0;
  }

  static bool IsUnit(std::string_view w) {
    return w == "week" || w == "month" || w == "year";
  }

  Date ThisUnit(std::string_view unit) const {
    if (unit == "week") return WeekOffset(0);
    if (unit == "month") return MonthOffset(0);
    if (unit == "year" && pub_year_) return Make(pub_.year, 0, 0);
    return Date();
  }

  // A week has no precision of its own: report the month of the day a week
  // away (or of P).
  Date WeekOffset(int days) const {
    if (!pub_full_) return pub_month_ && days == 0 ? MonthOffset(0) : Date();
    Date d = AddDays(pub_, days);
    d.day = 0;
    return d;
  }

  uint32_t EmitSimple(uint32_t i, uint32_t n, Date d) {
    if (i + n > end_) return 0;
    Emit(i, i + n, d, false);
    return n;
  }

  void MarkHistoricalWithoutPublication() {
    int latest = 0;
    for (size_t k = 0; k < doc_->dates.size(); ++k) {
      if (explicit_[k])
        latest = std::max<int>(latest, doc_->dates[k].date.year);
    }
    for (size_t k = 0; k < doc_->dates.size(); ++k) {
      DateMention& m = doc_->dates[k];
      if (explicit_[k] && m.date.known()) m.historical = m.date.year < latest;
    }
  }

  Document* doc_;
  Date pub_;
  bool pub_full_ = false, pub_month_ = false, pub_year_ = false;
  uint32_t sentence_ = 0, first_ = 0, end_ = 0;
  uint32_t last_year_token_ = kNone - 2;
  bool future_known_ = false, future_ = false;
  bool ago_known_ = false, ago_ = false;
  // Where NextAgoBytes last found a 'g' or 'G' of an "ago".
  struct AgoCursor {
    char g;
    size_t next;
  };
  AgoCursor ago_cursors_[2] = {{'g', 0}, {'G', 0}};
  std::vector<bool> explicit_;
};

}  // namespace

void FindDates(Document* doc) {
  if (doc == nullptr) return;
  doc->dates.clear();
  DateScanner scanner(doc);
  scanner.Run();
}

}  // namespace dyad
