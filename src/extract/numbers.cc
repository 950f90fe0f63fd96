// Quantity phrases: a tiny left-to-right grammar over lower-cased words.
//
//   phrase    := "between" core "and" core
//              | qualifier? core (range-sep core)?
//   qualifier := "at least" | "more than" | "up to" | "nearly" | ...
//   core      := digits scale?          "6,000", "1.5 million", "17,000-40,000"
//              | words                   "twenty-one", "a hundred", "two
//              thousand" | vague ("of" vague)?     "dozens", "tens of
//              thousands"
//   range-sep := "-" | "--" | "to" | "or"
//
// News figures are short, so the parser is a hand-written recursive descent
// over at most a dozen words with small constant tables: no regular
// expressions and no allocation. Every table lookup compares a lower-cased
// stack copy of the token, and the first-word test MayStartQuantity lets
// callers skip almost every token of a sentence with one switch on the first
// character.
//
// Bounds follow what a reader would report: a vague plural gets the smallest
// value it can mean ("dozens" is at least two dozen), an open bound keeps the
// stated figure ("more than 100" -> 100, like "at least 100"), and "up to 50"
// has lower bound 0 with upper 50. Numbers written with words and digits in
// one phrase ("2 million") multiply out; a range whose first half lacks the
// scale of the second ("17 to 40 thousand") borrows it.
#include "extract/numbers.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "extract/lexical.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using extract_internal::IsDigit;
using extract_internal::LowerWord;
using extract_internal::WordShapes;

// string_view, not const char*: every comparison with a token measured the
// literal with strlen first.
struct WordValue {
  std::string_view word;
  int64_t value;
};

constexpr WordValue kUnits[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},
    {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},
    {"eight", 8},    {"nine", 9},       {"ten", 10},      {"eleven", 11},
    {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
};
constexpr WordValue kTens[] = {
    {"twenty", 20},  {"thirty", 30}, {"forty", 40},
    {"fourty", 40},  {"fifty", 50},  {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
constexpr WordValue kScales[] = {
    {"hundred", 100},
    {"thousand", 1000},
    {"million", 1000000},
    {"billion", 1000000000},
};

// Vague plurals: lower bound and the unit of one "of" step.
struct Vague {
  std::string_view word;
  int64_t lower;
  int64_t upper;
  int64_t unit;   // "thousands" as the second half of "tens of thousands"
  bool needs_of;  // "tens" and "scores" only count before "of"
};
constexpr Vague kVague[] = {
    {"dozens", 24, 99, 0, false},
    {"scores", 40, 99, 0, true},
    {"tens", 20, 99, 0, true},
    {"hundreds", 200, 999, 100, false},
    {"thousands", 2000, 9999, 1000, false},
    {"millions", 2000000, 9999999, 1000000, false},
};

// Words that can open a quantity phrase (besides number words).
constexpr std::string_view kStarters[] = {
    "a",       "an",      "at",        "more",       "upwards",
    "just",    "well",    "up",        "fewer",      "less",
    "close",   "as",      "no",        "not",        "in",
    "nearly",  "almost",  "about",     "around",     "approximately",
    "roughly", "some",    "estimated", "circa",      "approx.",
    "approx",  "perhaps", "possibly",  "reportedly", "over",
    "under",   "between", "several",   "few",        "half"};

// The starters above that open a phrase only before one of kSecondWords
// ("at least", "more than", "a few", "a hundred", "in excess of", "no fewer
// than", "half a dozen"; "few" opens none). "a" and "in" are among the
// commonest words, and this test spares them the parser.
constexpr std::string_view kStartersNeedingSecond[] = {
    "a",    "an",    "at", "more", "upwards", "just", "well", "up",  "fewer",
    "less", "close", "as", "no",   "not",     "in",   "few",  "half"};
constexpr std::string_view kSecondWords[] = {
    "least",    "most",      "than",    "of",      "over",   "under",
    "to",       "estimated", "many",    "fewer",   "less",   "more",
    "excess",   "few",       "number",  "handful", "couple", "hundred",
    "thousand", "million",   "billion", "dozen",   "a"};

// MayFollowQuantityStart is asked of the word after every "a", "in", "at":
// this turns most of them away before they are lower-cased and hashed.
constexpr WordShapes kSecondWordShapes = WordShapes::Of(kSecondWords);

// Units, tens and "twenty-one" compounds.
constexpr WordShapes kNumberWordShapes = [] {
  WordShapes shapes;
  for (const WordValue& u : kUnits) shapes.Add(u.word);
  for (const WordValue& t : kTens) {
    shapes.Add(t.word);
    for (const WordValue& u : kUnits) {
      if (u.value >= 1 && u.value <= 9)
        shapes.Add(t.word.front(), t.word.size() + 1 + u.word.size(),
                   u.word.back());
    }
  }
  return shapes;
}();

int64_t Lookup(const WordValue* table, size_t n, std::string_view w) {
  for (size_t i = 0; i < n; ++i) {
    if (lexical::SameWord(w, table[i].word)) return table[i].value;
  }
  return -1;
}
template <size_t N>
int64_t Lookup(const WordValue (&table)[N], std::string_view w) {
  return Lookup(table, N, w);
}

const Vague* FindVague(std::string_view w) {
  for (const Vague& v : kVague) {
    if (w == v.word) return &v;
  }
  return nullptr;
}

// Value of a word number that fits in one token: "six", "twenty",
// "twenty-one". -1 otherwise.
int64_t SmallWordValue(std::string_view w) {
  if (!kNumberWordShapes.MayContain(w)) return -1;
  int64_t v = Lookup(kUnits, w);
  if (v >= 0) return v;
  v = Lookup(kTens, w);
  if (v >= 0) return v;
  size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    int64_t t = Lookup(kTens, w.substr(0, dash));
    int64_t u = Lookup(kUnits, w.substr(dash + 1));
    if (t > 0 && u >= 1 && u <= 9) return t + u;
  }
  return -1;
}

// "6,000" "88" "1.5" "6000" "1.5m" "2bn"; strict about comma groups.
bool ParseDigits(std::string_view s, double* value) {
  if (s.empty() || !IsDigit(s[0])) return false;
  double multiplier = 1;
  if (s.size() > 2 && s.substr(s.size() - 2) == "bn") {
    multiplier = 1e9;
    s.remove_suffix(2);
  } else if (s.size() > 1 && (s.back() == 'm' || s.back() == 'M')) {
    multiplier = 1e6;
    s.remove_suffix(1);
  } else if (s.size() > 1 && (s.back() == 'k' || s.back() == 'K')) {
    multiplier = 1e3;
    s.remove_suffix(1);
  }
  double v = 0;
  size_t i = 0;
  size_t group = 0;
  bool saw_comma = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (IsDigit(c)) {
      v = v * 10 + (c - '0');
      ++group;
      if (v > 1e15) return false;
    } else if (c == ',') {
      if ((saw_comma && group != 3) ||
          (!saw_comma && (group == 0 || group > 3)))
        return false;
      saw_comma = true;
      group = 0;
    } else {
      break;
    }
  }
  if (saw_comma && group != 3) return false;
  if (i < s.size()) {
    if (s[i] != '.' || i + 1 >= s.size()) return false;
    double scale = 0.1;
    for (++i; i < s.size(); ++i) {
      if (!IsDigit(s[i])) return false;
      v += (s[i] - '0') * scale;
      scale /= 10;
    }
  }
  *value = v * multiplier;
  return true;
}

class Parser {
 public:
  Parser(const std::string_view* words, size_t n) : words_(words), n_(n) {
    if (n_ > kMaxWords) n_ = kMaxWords;
  }
  // The words are the texts of doc.tokens[first, first + n), looked up only
  // when the grammar reaches them.
  Parser(const Document& doc, uint32_t first, size_t n)
      : doc_(&doc), first_(first), n_(n) {
    if (n_ > kMaxWords) n_ = kMaxWords;
  }

  bool Parse(Quantity* out) {
    Quantity q;
    size_t pos = 0;
    if (At(0) == "between") {
      Core a, b;
      if (!ParseCore(1, &a) || At(1 + a.length) != "and" ||
          !ParseCore(2 + a.length, &b)) {
        return false;
      }
      MergeRange(&a, b);
      q.lower = a.lower;
      q.upper = a.upper;
      q.bound = QuantityBound::kRange;
      q.has_digits = a.has_digits || b.has_digits;
      q.length = static_cast<uint32_t>(2 + a.length + b.length);
      q.ends_with_of = b.ends_with_of;
      *out = q;
      return true;
    }
    QuantityBound bound = QuantityBound::kExact;
    pos = ParseQualifier(&bound);
    Core a;
    if (!ParseCore(pos, &a)) return false;
    size_t end = pos + a.length;
    // A range: "17,000 - 40,000", "two or three", "17 to 40 thousand".
    std::string_view sep = At(end);
    if (!a.ends_with_of && !a.vague &&
        (sep == "-" || sep == "--" || sep == "to" || sep == "or" ||
         sep == "\xE2\x80\x93" || sep == "\xE2\x80\x94")) {  // en/em dash
      Core b;
      if (ParseCore(end + 1, &b) && !b.vague) {
        if (sep == "-" && a.words && b.words && a.lower % 10 == 0 &&
            a.lower >= 20 && a.lower <= 90 && b.lower >= 1 && b.lower <= 9) {
          // "twenty - one" split by a tokenizer: one number.
          a.lower = a.upper = a.lower + b.lower;
          end += 1 + b.length;
        } else {
          Core merged = a;
          MergeRange(&merged, b);
          if (merged.lower <= merged.upper && merged.lower != merged.upper) {
            a = merged;
            a.ends_with_of = b.ends_with_of;
            if (bound == QuantityBound::kExact) bound = QuantityBound::kRange;
            end += 1 + b.length;
          }
        }
      }
    }
    q.lower = a.lower;
    q.upper = a.upper;
    q.has_digits = a.has_digits;
    q.ends_with_of = a.ends_with_of;
    q.year_like = a.year_like && pos == 0 && end == 1;
    if (a.vague && bound == QuantityBound::kExact)
      bound = QuantityBound::kVague;
    if (a.range_token && bound == QuantityBound::kExact)
      bound = QuantityBound::kRange;
    if (bound == QuantityBound::kAtMost) q.lower = 0;
    q.bound = bound;
    q.length = static_cast<uint32_t>(end);
    *out = q;
    return true;
  }

 private:
  static constexpr size_t kMaxWords = 16;

  struct Core {
    int64_t lower = 0;
    int64_t upper = 0;
    size_t length = 0;
    int64_t scale = 1;  // the scale word that closed it, for range borrowing
    bool has_digits = false;
    bool words = false;
    bool vague = false;
    bool year_like = false;
    bool ends_with_of = false;
    bool range_token = false;
  };

  // Words are lower-cased when first looked at: most phrases are rejected
  // after a word or two, and callers pass up to kMaxWords.
  std::string_view At(size_t i) const {
    if (i >= n_) return std::string_view();
    if (!((lowered_ >> i) & 1)) {
      lower_[i].Set(words_ != nullptr
                        ? words_[i]
                        : doc_->TokenText(first_ + static_cast<uint32_t>(i)));
      lowered_ |= 1u << i;
    }
    return lower_[i].view();
  }

  static void MergeRange(Core* a, const Core& b) {
    int64_t lo = a->lower;
    if (b.scale > 1 && a->scale == 1 && lo <= b.upper / b.scale) lo *= b.scale;
    a->lower = lo;
    a->upper = b.upper;
    a->has_digits = a->has_digits || b.has_digits;
  }

  // Returns the number of words used by a leading qualifier.
  size_t ParseQualifier(QuantityBound* bound) {
    std::string_view w0 = At(0), w1 = At(1), w2 = At(2);
    struct Q2 {
      std::string_view a;
      std::string_view b;
      QuantityBound bound;
    };
    static constexpr Q2 kTwo[] = {
        {"at", "least", QuantityBound::kAtLeast},
        {"more", "than", QuantityBound::kAtLeast},
        {"upwards", "of", QuantityBound::kAtLeast},
        {"just", "over", QuantityBound::kAtLeast},
        {"well", "over", QuantityBound::kAtLeast},
        {"up", "to", QuantityBound::kAtMost},
        {"at", "most", QuantityBound::kAtMost},
        {"fewer", "than", QuantityBound::kAtMost},
        {"less", "than", QuantityBound::kAtMost},
        {"just", "under", QuantityBound::kAtMost},
        {"close", "to", QuantityBound::kApprox},
        {"an", "estimated", QuantityBound::kApprox},
        {"as", "many", QuantityBound::kAtMost},  // + "as"
    };
    for (const Q2& q : kTwo) {
      if (lexical::SameWord(w0, q.a) && lexical::SameWord(w1, q.b)) {
        if (w0 == "as" && w2 != "as") return 0;
        *bound = q.bound;
        return w0 == "as" ? 3 : 2;
      }
    }
    if ((w0 == "no" || w0 == "not") && (w2 == "than")) {
      if (w1 == "fewer" || w1 == "less") {
        *bound = QuantityBound::kAtLeast;
        return 3;
      }
      if (w1 == "more") {
        *bound = QuantityBound::kAtMost;
        return 3;
      }
    }
    if (w0 == "in" && w1 == "excess" && w2 == "of") {
      *bound = QuantityBound::kAtLeast;
      return 3;
    }
    static constexpr std::string_view kApproxWords[] = {
        "nearly",  "almost",  "about",     "around",    "approximately",
        "roughly", "some",    "estimated", "circa",     "approx.",
        "approx",  "perhaps", "possibly",  "reportedly"};
    for (std::string_view a : kApproxWords) {
      if (w0 == a) {
        *bound = QuantityBound::kApprox;
        return 1;
      }
    }
    if (w0 == "over") {
      *bound = QuantityBound::kAtLeast;
      return 1;
    }
    if (w0 == "under") {
      *bound = QuantityBound::kAtMost;
      return 1;
    }
    return 0;
  }

  // A number written with digits or words, or a vague plural, at pos.
  bool ParseCore(size_t pos, Core* out) {
    Core c;
    std::string_view w = At(pos);
    if (w.empty()) return false;
    double dv = 0;
    if (IsDigit(w[0])) {
      size_t dash = w.find('-');
      if (dash != std::string_view::npos && dash > 0) {
        // "17,000-40,000" in one token.
        double lo = 0, hi = 0;
        if (!ParseDigits(w.substr(0, dash), &lo) ||
            !ParseDigits(w.substr(dash + 1), &hi) || lo > hi) {
          return false;
        }
        c.lower = static_cast<int64_t>(lo);
        c.upper = static_cast<int64_t>(hi);
        c.length = 1;
        c.has_digits = true;
        c.range_token = true;
        *out = c;
        return true;
      }
      if (!ParseDigits(w, &dv)) return false;
      c.has_digits = true;
      c.length = 1;
      bool plain = w.find_first_not_of("0123456789") == std::string_view::npos;
      // A scale word after the digits: "1.5 million", "2 dozen".
      int64_t scale = Lookup(kScales, At(pos + 1));
      if (At(pos + 1) == "dozen") scale = 12;
      if (scale > 0) {
        dv *= static_cast<double>(scale);
        c.scale = scale;
        c.length = 2;
      } else if (plain && w.size() == 4 && dv >= 1800 && dv <= 2100) {
        c.year_like = true;
      }
      if (dv > 1e15) return false;  // no head count is this large
      c.lower = c.upper = static_cast<int64_t>(dv);
      *out = c;
      return true;
    }
    // Vague quantities.
    if (const Vague* v = FindVague(w)) {
      bool of = At(pos + 1) == "of";
      if (v->needs_of && !of) return false;
      c.vague = true;
      c.lower = v->lower;
      c.upper = v->upper;
      c.length = 1;
      if (of) {
        const Vague* v2 = FindVague(At(pos + 2));
        if (v2 && v2->unit > v->unit && At(pos + 3) == "of") {
          c.lower = v->lower * v2->unit;
          c.upper = v->upper * v2->unit + (v2->unit - 1);
          c.length = 4;
        } else if (v2 && v2->unit > v->unit) {
          c.lower = v->lower * v2->unit;
          c.upper = v->upper * v2->unit + (v2->unit - 1);
          c.length = 3;
          c.ends_with_of = false;
          *out = c;
          return true;
        } else {
          c.length = 2;
        }
        c.ends_with_of = true;
      }
      *out = c;
      return true;
    }
    // "several", "a few", "a number of", "a handful of", "a couple of", and
    // "several hundred", "a few thousand", "several dozen".
    {
      size_t used = 0;
      int64_t lo = 0, hi = 0;
      bool needs_of = false;
      if (w == "several") {
        used = 1, lo = 3, hi = 9;
      } else if (w == "a" || w == "few") {
        std::string_view n1 = At(pos + 1);
        if (w == "a" && n1 == "few") {
          used = 2, lo = 2, hi = 9;
        } else if (w == "a" && n1 == "number" && At(pos + 2) == "of") {
          used = 2, lo = 2, hi = 99, needs_of = true;
        } else if (w == "a" && n1 == "handful" && At(pos + 2) == "of") {
          used = 2, lo = 2, hi = 9, needs_of = true;
        } else if (w == "a" && n1 == "couple" && At(pos + 2) == "of") {
          used = 2, lo = 2, hi = 2, needs_of = true;
        }
      } else if (w == "half" && At(pos + 1) == "a" && At(pos + 2) == "dozen") {
        c.lower = c.upper = 6;
        c.length = 3;
        c.words = true;
        *out = c;
        return true;
      }
      if (used > 0) {
        int64_t scale = Lookup(kScales, At(pos + used));
        if (At(pos + used) == "dozen") scale = 12;
        if (!needs_of && scale > 0) {
          c.lower = lo * scale;
          c.upper = hi * scale;
          c.scale = scale;
          c.length = used + 1;
          c.vague = true;
          if (At(pos + used + 1) == "of") {
            c.length++;
            c.ends_with_of = true;
          }
          *out = c;
          return true;
        }
        c.lower = lo;
        c.upper = hi;
        c.length = used;
        c.vague = true;
        if (At(pos + used) == "of") {
          c.length++;
          c.ends_with_of = true;
        } else if (needs_of) {
          return false;
        }
        *out = c;
        return true;
      }
    }
    // Numbers in words: "twenty-one", "a hundred", "two thousand five
    // hundred", "three hundred and fifty", "a dozen".
    int64_t total = 0, current = 0;
    size_t i = pos;
    bool any = false, pending_a = false;
    int64_t last_scale = 1;
    while (i < n_) {
      std::string_view x = At(i);
      int64_t v = SmallWordValue(x);
      if (v >= 0) {
        if (pending_a) break;  // "a one" is not a number
        // "twenty one": tens followed by a unit.
        if (any && current > 0 && current % 10 == 0 && current % 100 >= 20 &&
            v >= 1 && v <= 9) {
          current += v;
        } else if (any && current % 100 != 0) {
          break;  // "two three": not one number
        } else {
          current += v;
        }
        any = true;
        ++i;
        continue;
      }
      if ((x == "a" || x == "an") && !any) {
        pending_a = true;
        ++i;
        continue;
      }
      int64_t s = Lookup(kScales, x);
      if (x == "dozen") s = 12;
      if (s > 0 && (any || pending_a) && current < 1000000 &&
          total < 1000000000000LL) {
        if (pending_a) current = 1, pending_a = false;
        if (current == 0) current = 1;
        if (s == 100) {
          current *= 100;
        } else {
          total += current * s;
          current = 0;
        }
        last_scale = s;
        any = true;
        ++i;
        // "three hundred and fifty"
        if (At(i) == "and" && SmallWordValue(At(i + 1)) > 0 && s == 100) ++i;
        continue;
      }
      break;
    }
    if (!any || pending_a) return false;
    // A dangling "and" consumed above is only kept when a number followed.
    c.lower = c.upper = total + current;
    c.length = i - pos;
    c.words = true;
    c.scale = last_scale;
    *out = c;
    return true;
  }

  const std::string_view* words_ = nullptr;
  const Document* doc_ = nullptr;  // when words_ is null
  uint32_t first_ = 0;
  mutable LowerWord lower_[kMaxWords];
  mutable uint32_t lowered_ = 0;  // bit i: lower_[i] is set
  size_t n_;
};

}  // namespace

bool ParseQuantity(const std::string_view* words, size_t n, Quantity* out) {
  if (n == 0 || words == nullptr || out == nullptr) return false;
  Parser p(words, n);
  return p.Parse(out);
}

bool ParseQuantity(const Document& doc, uint32_t first, uint32_t end,
                   Quantity* out) {
  if (end > doc.tokens.size()) end = static_cast<uint32_t>(doc.tokens.size());
  if (first >= end || out == nullptr) return false;
  Parser p(doc, first, end - first);
  return p.Parse(out);
}

bool ParseNumberToken(std::string_view token, double* value) {
  LowerWord w(token);
  if (w.too_long() || w.view().empty()) return false;
  if (IsDigit(w.view()[0])) return ParseDigits(w.view(), value);
  int64_t v = SmallWordValue(w.view());
  if (v < 0) {
    v = Lookup(kScales, w.view());
    if (v < 0) return false;
  }
  *value = static_cast<double>(v);
  return true;
}

namespace {

// The words MayStartQuantity accepts: number words, vague plurals and
// starters, and "twenty-one" compounds.
std::vector<std::string_view> FirstWords() {
  std::vector<std::string_view> words;
  for (const WordValue& u : kUnits) words.push_back(u.word);
  for (const WordValue& t : kTens) words.push_back(t.word);
  for (const Vague& v : kVague) words.push_back(v.word);
  for (std::string_view w : kStarters) words.push_back(w);
  return words;
}

}  // namespace

namespace numbers_internal {

// It runs on every token, and turns most of them away ("the", "said") before
// they are lower-cased and hashed, which was most of its cost.
constexpr WordShapes kFirstWordShapes = [] {
  WordShapes shapes = kNumberWordShapes;
  for (const Vague& v : kVague) shapes.Add(v.word);
  for (std::string_view w : kStarters) shapes.Add(w);
  return shapes;
}();

// Every starter of one or two letters needs a second word, and no number
// word is that short: ClassifyQuantityStart answers for them from this
// table alone.
constexpr std::array<uint32_t, 26> kShortFirstWords = [] {
  // A throw is no constant expression: the table fails to compile if a
  // word breaks what it stands on.
  for (const WordValue& u : kUnits) {
    if (u.word.size() <= 2) throw "a number word of one or two letters";
  }
  for (const WordValue& t : kTens) {
    if (t.word.size() <= 2) throw "a number word of one or two letters";
  }
  for (const Vague& v : kVague) {
    if (v.word.size() <= 2) throw "a vague plural of one or two letters";
  }
  std::array<uint32_t, 26> table{};
  for (std::string_view w : kStarters) {
    if (w.size() > 2) continue;
    bool needs_second = false;
    for (std::string_view n : kStartersNeedingSecond) needs_second |= n == w;
    if (!needs_second) throw "a short starter needs no second word";
    for (char c : w) {
      if (c < 'a' || c > 'z') throw "a short starter that is not a word";
    }
    table[w[0] - 'a'] |= uint32_t{1} << (w.size() == 2 ? w[1] - 'a' : 26);
  }
  return table;
}();

QuantityStart ClassifyFirstWord(std::string_view token) {
  static const lexical::WordSet kWords(FirstWords());
  static const lexical::WordSet kNeedingSecond{std::vector<std::string_view>(
      std::begin(kStartersNeedingSecond), std::end(kStartersNeedingSecond))};
  LowerWord w(token);
  std::string_view x = w.view();
  if (kWords.Contains(x)) {
    return kNeedingSecond.Contains(x) ? QuantityStart::kWithSecondWord
                                      : QuantityStart::kYes;
  }
  // "twenty-one"
  return x.find('-') != std::string_view::npos && SmallWordValue(x) >= 0
             ? QuantityStart::kYes
             : QuantityStart::kNo;
}

}  // namespace numbers_internal

bool MayStartQuantity(std::string_view token) {
  return ClassifyQuantityStart(token) != QuantityStart::kNo;
}

bool MayFollowQuantityStart(std::string_view second) {
  static const lexical::WordSet kSeconds{std::vector<std::string_view>(
      std::begin(kSecondWords), std::end(kSecondWords))};
  if (!kSecondWordShapes.MayContain(second)) return false;
  // As the parser reads it: lower-cased, and empty when too long to match.
  LowerWord word(second);
  return kSeconds.Contains(word.view());
}

}  // namespace dyad
