// Direct and reported quotes, with their speakers.
//
// Direct quotes. After normalisation every double quote is an ASCII `"`
// token, so a mark's direction comes from spacing: a mark glued to the word
// after it opens, one glued to the word before it closes, and a mark with
// the same spacing on both sides flips the current state. Marks are paired
// within a paragraph (block). Newsroom style gives two special cases that a
// plain pairing would miss:
//   * a paragraph that opens a quote and never closes it continues into the
//     next paragraph when that one opens with a quote mark (a multi-paragraph
//     quote): each paragraph's part is its own Quote, all sharing the
//     speaker found for any of them;
//   * a closing mark with no opening one in its paragraph (the opening mark
//     was lost in copying) opens the quote at the start of the paragraph.
//
// Speakers. Attribution sits next to the quote far more often than not, so
// the finder looks in this order and stops at the first hit:
//   1. right after the closing mark: `," Lavrov said`, `," said Erdogan`,
//      `", according to activists`;
//   2. the nearest speech verb before the opening mark in the same sentence:
//      `Lavrov said he had had a "very useful" meeting`;
//   3. the start of the next sentence (`"..." He said ...`);
//   4. the previous quote, when this one continues it (same sentence, or a
//      quote paragraph right after a quoted paragraph).
// The subject of a speech verb is the noun phrase left of it, read back to a
// clause boundary (quote mark, "that", "where", ";"...) with up to two
// commas so that appositions work: "Recep Tayyip Erdogan, Turkey's prime
// minister, said" and "Sergei Srokan, a Russian political analyst said" both
// give the person, because a person mention in the phrase wins, and an
// appositive description ("a ...", "the ...", "X's ...") hands over to the
// person just before its comma. Pronouns go through the mention that covers
// them (its antecedent chain from actors/); when actors/ left none, "he" or
// "she" falls back on the most recent person mention. A bare surname with no
// mention ("Alhomsy said") is matched to an earlier person mention ending
// in that word.
//
// Reported speech: a speech verb with a clause after it and no quote mark
// ("X said (that) <clause>") gives an indirect Quote whose span is the clause.
//
// Everything is one pass over the quote-mark tokens and a bounded look
// around each; sentences without quote marks or speech verbs cost one table
// test per token.
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "extract/lexical.h"
#include "text/word_hash.h"

namespace dyad {
namespace {

using extract_internal::IsDigit;
using extract_internal::IsUpper;
using extract_internal::LowerWord;
using extract_internal::WordShapes;

using lexical::InList;

bool IsSpeechVerb(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{
      "said",         "says",      "say",       "told",      "tells",
      "added",        "adds",      "stated",    "states",    "insisted",
      "insists",      "warned",    "warns",     "explained", "declared",
      "noted",        "wrote",     "writes",    "tweeted",   "asked",
      "argued",       "argues",    "claimed",   "claims",    "replied",
      "urged",        "stressed",  "announced", "described", "accused",
      "acknowledged", "admitted",  "confirmed", "denied",    "maintained",
      "suggested",    "predicted", "promised",  "reported",  "continued",
      "cautioned",    "conceded",  "recalled",  "remarked",  "complained"};
  return kWords.Contains(w);
}

// Verbs whose complement is a reported clause (indirect speech).
constexpr std::string_view kReportingVerbs[] = {
    "said",       "says",         "say",       "told",      "tells",
    "added",      "stated",       "insisted",  "warned",    "explained",
    "declared",   "noted",        "argued",    "claimed",   "announced",
    "stressed",   "acknowledged", "admitted",  "confirmed", "denied",
    "maintained", "suggested",    "predicted", "promised"};

bool IsReportingVerb(std::string_view w) {
  static const lexical::WordSet kWords{std::vector<std::string_view>(
      std::begin(kReportingVerbs), std::end(kReportingVerbs))};
  return kWords.Contains(w);
}

// FindIndirect would try every token: the lengths and this table turn most
// of them away before they are lower-cased and probed.
constexpr WordShapes kReportingVerbShapes = WordShapes::Of(kReportingVerbs);
constexpr uint32_t kShortestReportingVerb = [] {
  size_t n = kReportingVerbs[0].size();
  for (std::string_view v : kReportingVerbs) n = std::min(n, v.size());
  return static_cast<uint32_t>(n);
}();
constexpr uint32_t kLongestReportingVerb = [] {
  size_t n = 0;
  for (std::string_view v : kReportingVerbs) n = std::max(n, v.size());
  return static_cast<uint32_t>(n);
}();

bool IsPunctText(std::string_view t) {
  if (t.empty()) return true;
  char c = t[0];
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) ||
           static_cast<unsigned char>(c) >= 0x80);
}

// Words that open a clause, so that a subject read leftwards stops at them.
constexpr std::string_view kClauseOpeners[] = {
    "that", "where", "when",   "while", "because",  "as",
    "who",  "which", "whom",   "if",    "although", "though",
    "but",  "after", "before", "since"};

// Asked of every word a subject is read back through: most are turned away
// by shape before they are compared with the list.
bool IsClauseOpener(std::string_view w) {
  static constexpr WordShapes kShapes = WordShapes::Of(kClauseOpeners);
  if (!kShapes.MayContain(w)) return false;
  for (std::string_view opener : kClauseOpeners) {
    if (w == opener) return true;
  }
  return false;
}

bool IsPronoun(std::string_view w) {
  static constexpr lexical::ConstWordSet kWords{"he", "she", "they", "it", "we", "i"};
  return kWords.Contains(w);
}

enum class Mark : uint8_t { kOpen, kClose, kEither };

struct Segment {
  uint32_t first = 0;  // first quoted token
  uint32_t end = 0;    // one past the last quoted token
  uint32_t open = kNone;
  uint32_t close = kNone;
  uint32_t block = 0;
  bool unclosed = false;   // ran to the end of its paragraph
  bool continues = false;  // continues the previous paragraph's quote
};

struct Speaker {
  uint32_t mention = kNone;
  Span span;
  bool found = false;
};

class QuoteFinder {
 public:
  explicit QuoteFinder(Document* doc)
      : doc_(doc),
        n_(static_cast<uint32_t>(doc->tokens.size())),
        segments_(ThreadScratch().segments),
        indirect_candidates_(ThreadScratch().indirect_candidates),
        history_(ThreadScratch().history) {
    segments_.clear();
    indirect_candidates_.clear();
    history_.clear();
  }

  void Run() {
    doc_->quotes.clear();
    if (n_ == 0) return;
    FindSegments();
    AttributeSegments();
    FindIndirect();
    std::stable_sort(doc_->quotes.begin(), doc_->quotes.end(),
                     [](const Quote& a, const Quote& b) {
                       return a.span.begin < b.span.begin;
                     });
  }

 private:
  std::string_view Text(uint32_t i) const {
    return i < n_ ? doc_->TokenText(i) : std::string_view();
  }
  std::string_view Lower(uint32_t i, LowerWord* w) const {
    w->Set(Text(i));
    return w->view();
  }
  // Text(i) == "\"", from the span's length and one byte.
  bool IsQuoteMark(uint32_t i) const {
    const Span& s = doc_->tokens[i].span;
    return s.size() == 1 && doc_->text[s.begin] == '"';
  }
  uint32_t SentenceOf(uint32_t i) const {
    if (i >= n_) return kNone;
    uint32_t s = doc_->tokens[i].sentence;
    return s < doc_->sentences.size() ? s : kNone;
  }
  uint32_t SentenceFirst(uint32_t i) const {
    uint32_t s = SentenceOf(i);
    return s == kNone ? 0 : doc_->sentences[s].first_token;
  }
  uint32_t SentenceEnd(uint32_t i) const {
    uint32_t s = SentenceOf(i);
    return s == kNone ? n_ : std::min(doc_->sentences[s].end_token, n_);
  }
  uint32_t BlockOf(uint32_t i) const {
    uint32_t s = SentenceOf(i);
    if (s != kNone) return doc_->sentences[s].block;
    // No sentences: locate the block by offset.
    uint32_t off = doc_->tokens[i].span.begin;
    const auto& blocks = doc_->blocks;
    auto it = std::upper_bound(
        blocks.begin(), blocks.end(), off,
        [](uint32_t o, const Block& b) { return o < b.span.begin; });
    return it == blocks.begin()
               ? 0
               : static_cast<uint32_t>(it - blocks.begin() - 1);
  }
  bool IsCredit(uint32_t block) const {
    return block < doc_->blocks.size() &&
           doc_->blocks[block].kind == BlockKind::kCredit;
  }

  Mark Direction(uint32_t i) const {
    bool left_glued =
        i > 0 && !doc_->tokens[i].space_before && BlockOf(i - 1) == BlockOf(i);
    bool right_glued = i + 1 < n_ && !doc_->tokens[i + 1].space_before &&
                       BlockOf(i + 1) == BlockOf(i);
    if (right_glued && !left_glued) return Mark::kOpen;
    if (left_glued && !right_glued) return Mark::kClose;
    // Glued on both sides: `."` before `)` or `,"` before `.`; words before
    // it mean it closes.
    if (left_glued && right_glued) {
      std::string_view nx = Text(i + 1);
      if (IsPunctText(nx) && nx != "\"") return Mark::kClose;
      std::string_view pv = Text(i - 1);
      if (IsPunctText(pv) && pv != "," && pv != "." && pv != "!" && pv != "?")
        return Mark::kOpen;
    }
    return Mark::kEither;
  }

  void FindSegments() {
    uint32_t open = kNone;
    uint32_t open_block = kNone;
    uint32_t block = kNone;
    uint32_t block_first = 0;
    bool block_has_mark = false;
    bool prev_block_unclosed = false;
    auto close_block = [&](uint32_t end_tok) {
      // An open quote at the end of a paragraph runs to its end.
      if (open != kNone && open + 1 < end_tok) {
        Segment s;
        s.first = open + 1;
        s.end = end_tok;
        s.open = open;
        s.block = open_block;
        s.unclosed = true;
        s.continues = open == block_first && prev_block_unclosed;
        Push(s);
        prev_block_unclosed = true;
      } else {
        prev_block_unclosed = false;
      }
      open = kNone;
    };
    const Token* tokens = doc_->tokens.data();
    const char* text = doc_->text.data();
    const size_t sentence_count = doc_->sentences.size();
    for (uint32_t i = 0; i < n_;) {
      uint32_t b = BlockOf(i);
      if (b != block) {
        if (block != kNone) close_block(i);
        if (block != kNone && !block_has_mark) prev_block_unclosed = false;
        block = b;
        block_first = i;
        block_has_mark = false;
      }
      // The tokens of a sentence share its block, so BlockOf is asked once
      // per run of them (a token without a sentence is a run of its own).
      uint32_t run_end = i + 1;
      uint32_t sentence = tokens[i].sentence;
      if (sentence < sentence_count) {
        while (run_end < n_ && tokens[run_end].sentence == sentence) ++run_end;
      }
      const bool credit = IsCredit(b);
      for (; i < run_end; ++i) {
        // One look at the length sorts out the two kinds of token wanted
        // here: quote marks, and the words that FindIndirect tries.
        uint32_t length = tokens[i].span.size();
        if (length != 1) {
          if (length >= kShortestReportingVerb &&
              length <= kLongestReportingVerb &&
              kReportingVerbShapes.MayContain(doc_->TokenText(i)))
            indirect_candidates_.push_back(i);
          continue;
        }
        if (credit || text[tokens[i].span.begin] != '"') continue;
        bool was_first_mark = !block_has_mark;
        block_has_mark = true;
        Mark m = Direction(i);
        if (i == block_first) m = Mark::kOpen;
        if (open != kNone) {
          // A second opening mark means the first was never closed.
          const bool unclosed = m == Mark::kOpen;
          Segment s;
          s.first = open + 1;
          s.end = i;
          s.open = open;
          if (!unclosed) s.close = i;
          s.block = b;
          s.unclosed = unclosed;
          s.continues = open == block_first && prev_block_unclosed;
          if (s.first < s.end) Push(s);
          if (unclosed) {
            open = i;
            open_block = b;
          } else {
            open = kNone;
          }
        } else if (m == Mark::kClose && was_first_mark && i > block_first) {
          // The opening mark was lost: the quote starts the paragraph.
          Segment s;
          s.first = block_first;
          s.end = i;
          s.close = i;
          s.block = b;
          Push(s);
        } else if (m != Mark::kClose) {
          open = i;
          open_block = b;
        }
      }
    }
    close_block(n_);
  }

  void Push(const Segment& s) {
    if (s.first >= s.end || s.end > n_) return;
    segments_.push_back(s);
  }

  // ---- speakers -----------------------------------------------------------

  // The mention index resolving a pronoun at token i, or kNone.
  uint32_t ResolvePronoun(uint32_t i, std::string_view w) const {
    const auto& ms = doc_->mentions;
    for (uint32_t m = 0; m < ms.size(); ++m) {
      if (ms[m].first_token <= i && i < ms[m].end_token) {
        uint32_t cur = m;
        for (int hops = 0; hops < 8; ++hops) {
          const ActorMention& am = ms[cur];
          if (am.kind != ActorKind::kPronoun) return cur;
          if (am.antecedent == kNone || am.antecedent >= ms.size()) break;
          cur = am.antecedent;
        }
        if (!ms[m].code.empty() || !ms[m].name.empty()) return m;
        break;
      }
      if (ms[m].first_token > i) break;
    }
    if (w == "he" || w == "she") {
      // No coreference from actors/: the person last quoted nearby (a "he
      // said" continues the current speaker), else the latest person named.
      for (size_t h = history_.size(); h-- > 0;) {
        if (history_[h].first < i) {
          if (i - history_[h].first < 400) return history_[h].second;
          break;
        }
      }
      for (uint32_t m = static_cast<uint32_t>(ms.size()); m-- > 0;) {
        if (ms[m].end_token <= i && ms[m].kind == ActorKind::kPerson) return m;
      }
    }
    return kNone;
  }

  // Mentions fully inside [b, e): picks a person (rightmost if `rightmost`),
  // else any mention, else kNone.
  uint32_t PickMention(uint32_t b, uint32_t e, bool rightmost,
                       bool person_only) const {
    const auto& ms = doc_->mentions;
    auto it = std::lower_bound(
        ms.begin(), ms.end(), b,
        [](const ActorMention& m, uint32_t t) { return m.first_token < t; });
    uint32_t person = kNone, any = kNone;
    for (; it != ms.end() && it->first_token < e; ++it) {
      if (it->end_token > e) continue;
      uint32_t idx = static_cast<uint32_t>(it - ms.begin());
      if (it->kind == ActorKind::kPronoun) continue;
      if (it->kind == ActorKind::kPerson) {
        if (person == kNone || rightmost) person = idx;
      }
      if (any == kNone || rightmost) any = idx;
    }
    if (person != kNone) return person;
    return person_only ? kNone : any;
  }

  // A person mention whose text ends with the word at token i ("Alhomsy").
  uint32_t MatchSurname(uint32_t i) const {
    std::string_view w = Text(i);
    if (w.empty() || !IsUpper(w[0])) return kNone;
    const auto& ms = doc_->mentions;
    for (uint32_t m = static_cast<uint32_t>(ms.size()); m-- > 0;) {
      if (ms[m].kind != ActorKind::kPerson) continue;
      std::string_view t = doc_->Text(ms[m].span);
      if (t.size() >= w.size() && t.substr(t.size() - w.size()) == w &&
          (t.size() == w.size() || t[t.size() - w.size() - 1] == ' '))
        return m;
      std::string_view name = ms[m].name;
      if (name.size() >= w.size() && name.substr(name.size() - w.size()) == w &&
          (name.size() == w.size() || name[name.size() - w.size() - 1] == ' '))
        return m;
    }
    return kNone;
  }

  Speaker FromMention(uint32_t m) const {
    Speaker s;
    s.mention = m;
    s.span = doc_->mentions[m].span;
    s.found = true;
    return s;
  }

  // Speaker of a phrase [b, e) that holds no usable mention.
  Speaker FromPhrase(uint32_t b, uint32_t e) const {
    Speaker s;
    while (b < e && IsPunctText(Text(b))) ++b;
    while (e > b && IsPunctText(Text(e - 1))) --e;
    if (b >= e || e - b > 10) return s;
    LowerWord w;
    std::string_view first = Lower(b, &w);
    if (e - b == 1 && IsPronoun(first)) {
      uint32_t m = ResolvePronoun(b, first);
      if (m != kNone) {
        s = FromMention(m);
        return s;
      }
    }
    s.span = {doc_->tokens[b].span.begin, doc_->tokens[e - 1].span.end};
    s.found = true;
    uint32_t m = MatchSurname(e - 1);
    if (m != kNone && e - b <= 3) s.mention = m;
    return s;
  }

  // Subject of the speech verb at v: the phrase to its left.
  Speaker SubjectBefore(uint32_t v) const {
    uint32_t sb = SentenceFirst(v);
    uint32_t e = v;
    LowerWord w;
    // Skip adverbs glued to the verb ("also said", "later told").
    while (e > sb && InList(Lower(e - 1, &w),
                            {"also", "later", "then", "has", "had", "have",
                             "had", "was", "would", "will", "reportedly",
                             "again", "once", "previously"}))
      --e;
    bool trailing_comma = e > sb && Text(e - 1) == ",";
    if (trailing_comma) --e;
    // seg0 = [b0, e)
    auto segment_start = [&](uint32_t end, uint32_t* boundary_comma) {
      uint32_t k = end;
      *boundary_comma = kNone;
      LowerWord x;
      while (k > sb) {
        std::string_view t = Lower(k - 1, &x);
        if (t == ",") {
          *boundary_comma = k - 1;
          break;
        }
        if (t == "\"" || t == ";" || t == ":" || t == "(" || t == ")" ||
            t == "--" || t == "-" || IsClauseOpener(t))
          break;
        --k;
      }
      return k;
    };
    uint32_t comma0;
    uint32_t b0 = segment_start(e, &comma0);
    // "Syrian authorities, who have denied firing on houses, said": skip the
    // relative clause back to its comma.
    if (b0 > sb + 1 && (Lower(b0 - 1, &w) == "who" || w.view() == "which") &&
        Text(b0 - 2) == ",") {
      e = b0 - 2;
      b0 = segment_start(e, &comma0);
    }
    if (b0 >= e) return Speaker();
    // A pronoun subject.
    if (e - b0 == 1 && IsPronoun(Lower(b0, &w))) {
      uint32_t m = ResolvePronoun(b0, w.view());
      if (m != kNone) return FromMention(m);
      return FromPhrase(b0, e);
    }
    uint32_t m = PickMention(b0, e, true, true);
    if (m != kNone) return FromMention(m);
    bool appositive = false;
    {
      LowerWord f;
      std::string_view first = Lower(b0, &f);
      appositive = InList(first, {"a", "an", "the", "his", "her", "its",
                                  "their", "our", "former", "deputy"});
      for (uint32_t k = b0; k < e && !appositive; ++k) {
        if (Text(k) == "'s") appositive = true;
      }
    }
    if (comma0 != kNone) {
      uint32_t comma1;
      uint32_t b1 = segment_start(comma0, &comma1);
      uint32_t pm = PickMention(b1, comma0, true, false);
      if (pm != kNone && doc_->mentions[pm].end_token == comma0 &&
          doc_->mentions[pm].kind == ActorKind::kPerson)
        return FromMention(pm);
      if ((appositive || trailing_comma) && pm != kNone &&
          doc_->mentions[pm].end_token == comma0 &&
          PickMention(b0, e, true, false) == kNone)
        return FromMention(pm);
    }
    m = PickMention(b0, e, true, false);
    if (m != kNone) {
      Speaker s = FromMention(m);
      // Keep the whole phrase when the mention is only a modifier in it
      // ("Russian news agencies").
      return s;
    }
    return FromPhrase(b0, e);
  }

  // Speaker written after the verb at v: "said Erdogan on Tuesday".
  Speaker SubjectAfter(uint32_t k) const {
    uint32_t se = SentenceEnd(k);
    uint32_t e = k;
    LowerWord w;
    while (e < se && e < k + 10) {
      std::string_view t = Lower(e, &w);
      if (IsPunctText(t) ||
          InList(t, {"on", "in", "at", "during", "after", "before", "from",
                     "that", "to", "yesterday", "today", "when", "while", "as",
                     "last", "earlier", "later", "in"}))
        break;
      ++e;
    }
    if (e == k) return Speaker();
    uint32_t m = PickMention(k, e, false, false);
    if (m != kNone) return FromMention(m);
    return FromPhrase(k, e);
  }

  bool IsPassiveSaid(uint32_t v) const {
    LowerWord p, n;
    std::string_view prev = v > 0 ? Lower(v - 1, &p) : std::string_view();
    std::string_view next = Lower(v + 1, &n);
    return next == "to" ||
           InList(prev, {"is", "are", "was", "were", "be", "been", "being"});
  }

  // 1. Attribution right after the closing mark.
  Speaker AfterQuote(const Segment& s, bool far) const {
    if (s.close == kNone) return Speaker();
    uint32_t k = s.close + 1;
    if (k >= n_) return Speaker();
    // Only attribution inside the same sentence, or right after a quote
    // ending in a comma.
    bool comma_end = Text(s.end - 1) == "," || Text(k) == ",";
    if (SentenceOf(k) != SentenceOf(s.close) && !comma_end) return Speaker();
    if (BlockOf(k) != s.block) return Speaker();
    if (Text(k) == ",") ++k;
    LowerWord w, w2;
    std::string_view t = Lower(k, &w);
    if (IsSpeechVerb(t) && !IsPassiveSaid(k)) return SubjectAfter(k + 1);
    if (t == "according" && Lower(k + 1, &w2) == "to")
      return SubjectAfter(k + 2);
    // NP then verb; `far` reads to the end of the sentence ("was "fully
    // committed" to ending the bloodshed, Sergei Lavrov ... has said").
    uint32_t se = SentenceEnd(k);
    if (far && SentenceOf(k) != SentenceOf(s.close)) return Speaker();
    for (uint32_t v = k; v < se && (far || v < k + 12); ++v) {
      std::string_view x = Lower(v, &w);
      if (x == "\"" || x == "." || x == ";" || x == "?" || x == "!") break;
      if (IsSpeechVerb(x) && v > k && !IsPassiveSaid(v)) {
        return SubjectBefore(v);
      }
    }
    return Speaker();
  }

  // 2. The nearest speech verb before the opening mark, same sentence.
  Speaker BeforeQuote(const Segment& s) const {
    uint32_t start = s.open != kNone ? s.open : s.first;
    uint32_t sb = SentenceFirst(start);
    LowerWord w, w2;
    for (uint32_t v = start; v-- > sb;) {
      if (InQuote(v)) continue;
      std::string_view x = Lower(v, &w);
      if (IsSpeechVerb(x) && !IsPassiveSaid(v)) return SubjectBefore(v);
      if (x == "according" && Lower(v + 1, &w2) == "to")
        return SubjectAfter(v + 2);
    }
    return Speaker();
  }

  // 3. "He said" opening the sentence after the quote.
  Speaker NextSentence(const Segment& s) const {
    uint32_t last = s.close != kNone ? s.close : s.end - 1;
    uint32_t se = SentenceEnd(last);
    if (se >= n_ || BlockOf(se) != s.block) return Speaker();
    uint32_t ne = SentenceEnd(se);
    LowerWord w;
    for (uint32_t v = se; v < ne && v < se + 6; ++v) {
      std::string_view x = Lower(v, &w);
      if (x == "\"" || IsPunctText(x)) break;
      if (IsSpeechVerb(x) && v > se && !IsPassiveSaid(v))
        return SubjectBefore(v);
    }
    return Speaker();
  }

  bool InQuote(uint32_t i) const {
    for (const Segment& s : segments_) {
      if (i >= s.first && i < s.end) return true;
      if (s.first > i) break;
    }
    return false;
  }

  void AttributeSegments() {
    std::vector<Speaker> speakers(segments_.size());
    for (size_t k = 0; k < segments_.size(); ++k) {
      const Segment& s = segments_[k];
      Speaker sp = AfterQuote(s, false);
      if (!sp.found) sp = BeforeQuote(s);
      if (!sp.found) sp = AfterQuote(s, true);
      if (!sp.found) sp = NextSentence(s);
      speakers[k] = sp;
      if (sp.mention != kNone &&
          doc_->mentions[sp.mention].kind == ActorKind::kPerson)
        history_.push_back({s.first, sp.mention});
    }
    // Multi-paragraph chains share a speaker: carry backwards, then forwards.
    for (size_t k = segments_.size(); k-- > 1;) {
      if (segments_[k].continues && speakers[k].found && !speakers[k - 1].found)
        speakers[k - 1] = speakers[k];
    }
    for (size_t k = 1; k < segments_.size(); ++k) {
      if (speakers[k].found) continue;
      const Segment& s = segments_[k];
      const Segment& p = segments_[k - 1];
      bool same_sentence = SentenceOf(s.first) == SentenceOf(p.first);
      // A paragraph that is nothing but a quote, right after a paragraph
      // with a quote, continues that speaker.
      bool quote_paragraph = s.block == p.block + 1 && s.open != kNone &&
                             IsBlockStart(s.open) && EndsBlock(s);
      if (s.continues || same_sentence || quote_paragraph)
        speakers[k] = speakers[k - 1];
    }
    for (size_t k = 0; k < segments_.size(); ++k) {
      const Segment& s = segments_[k];
      uint32_t e = s.end;
      while (e > s.first + 1 && Text(e - 1) == ",") --e;
      Quote q;
      q.span = {doc_->tokens[s.first].span.begin, doc_->tokens[e - 1].span.end};
      q.sentence = SentenceOf(s.first) == kNone ? 0 : SentenceOf(s.first);
      q.speaker = speakers[k].mention;
      q.speaker_span = speakers[k].span;
      doc_->quotes.push_back(q);
    }
  }

  bool EndsBlock(const Segment& s) const {
    uint32_t e = BlockEnd(s.end - 1);
    uint32_t k = s.close != kNone ? s.close + 1 : s.end;
    while (k < e && IsPunctText(Text(k)) && Text(k) != "\"") ++k;
    return k == e;
  }

  bool IsBlockStart(uint32_t i) const {
    return i == 0 || BlockOf(i - 1) != BlockOf(i);
  }
  uint32_t BlockEnd(uint32_t i) const {
    uint32_t b = BlockOf(i);
    while (i < n_ && BlockOf(i) == b) ++i;
    return i;
  }
  bool IsCodableBlock(uint32_t block) const {
    if (block >= doc_->blocks.size()) return true;
    BlockKind k = doc_->blocks[block].kind;
    return k == BlockKind::kHeadline || k == BlockKind::kStandfirst ||
           k == BlockKind::kBody;
  }

  static bool IsPreposition(std::string_view w) {
    return InList(w, {"in",    "after",     "before",  "at",    "during",
                      "ahead", "following", "while",   "when",  "since",
                      "from",  "with",      "without", "for",   "by",
                      "of",    "to",        "on",      "about", "over",
                      "as",    "into",      "through", "amid",  "despite"});
  }

  // "President Assad was committed to peace, Lavrov said." The reported
  // clause precedes the attribution; only taken when the sentence has no
  // quote marks and no earlier reporting verb.
  void FinalAttribution(uint32_t v) {
    uint32_t sb = SentenceFirst(v);
    LowerWord w;
    uint32_t comma = kNone;
    for (uint32_t j = v; j-- > sb;) {
      std::string_view t = Lower(j, &w);
      if (t == "\"") return;
      if (t == "," && comma == kNone) comma = j;
    }
    if (comma == kNone || comma - sb < 3) return;
    for (uint32_t j = sb; j < comma; ++j) {
      if (Text(j) == "\"") return;
      if (IsReportingVerb(Lower(j, &w))) return;
    }
    // The attribution itself must be short: "Russian news agencies said".
    if (v - comma > 8) return;
    for (uint32_t j = v + 1; j < SentenceEnd(v); ++j) {
      if (Text(j) == "\"") return;
    }
    Speaker sp = SubjectBefore(v);
    if (!sp.found) return;
    Quote q;
    q.span = {doc_->tokens[sb].span.begin, doc_->tokens[comma - 1].span.end};
    q.sentence = SentenceOf(sb) == kNone ? 0 : SentenceOf(sb);
    q.speaker = sp.mention;
    q.speaker_span = sp.span;
    q.indirect = true;
    doc_->quotes.push_back(q);
  }

  // ---- reported speech ----------------------------------------------------

  void FindIndirect() {
    LowerWord w;
    for (uint32_t v : indirect_candidates_) {
      if (!IsReportingVerb(Lower(v, &w))) continue;
      if (IsPassiveSaid(v) || InQuote(v)) continue;
      uint32_t block = BlockOf(v);
      if (!IsCodableBlock(block)) continue;
      uint32_t se = SentenceEnd(v);
      uint32_t k = v + 1;
      // "told Al Jazeera that", "said on Tuesday that", "said ahead of his
      // visit that": a "that" close by starts the clause.
      uint32_t that = kNone;
      LowerWord x;
      for (uint32_t j = k; j < se && j < k + 10; ++j) {
        std::string_view y = Lower(j, &x);
        if (y == "that") {
          that = j;
          break;
        }
        if (IsPunctText(y)) break;
      }
      uint32_t start;
      if (that != kNone) {
        start = that + 1;
      } else {
        start = k;
        std::string_view y = Lower(start, &x);
        // A time adverbial right after the verb ("said on Tuesday the...").
        if ((y == "on" || y == "in") && start + 1 < se &&
            !Text(start + 1).empty() && IsUpper(Text(start + 1)[0])) {
          start += 2;
        } else if (y == "last" || y == "earlier") {
          start += 2;
        } else if (y == "yesterday" || y == "today") {
          start += 1;
        }
        if (start < se && Text(start) == ",") ++start;
        std::string_view verb = Lower(v, &w);
        // Only "say" and "add" take a bare clause; "denied firing",
        // "confirmed the deal" are objects, not reported speech.
        bool bare_ok = verb == "said" || verb == "says" || verb == "say" ||
                       verb == "added" || verb == "adds";
        if (!bare_ok) continue;
        std::string_view z = Lower(start, &x);
        if (verb == "told" || verb == "tells" || z == "\"" || z == ":" ||
            IsPreposition(z) || start >= se || IsPunctText(z)) {
          // Nothing reported after the verb: "<clause>, X said."
          FinalAttribution(v);
          continue;
        }
      }
      uint32_t end = se;
      while (end > start && IsPunctText(Text(end - 1)) && Text(end - 1) != "\"")
        --end;
      // Drop a trailing attribution: "..., Russian news agencies said".
      for (uint32_t j = end; j > start + 3 && j + 8 > end; --j) {
        if (IsReportingVerb(Lower(j - 1, &x))) {
          for (uint32_t c = j - 1; c > start; --c) {
            if (Text(c) == ",") {
              end = c;
              break;
            }
          }
          break;
        }
      }
      if (end <= start || end - start < 3) continue;
      if (Text(start) == "\"") continue;
      // The clause should not be a direct quote in its entirety.
      Speaker sp = SubjectBefore(v);
      if (!sp.found) {
        // "..., said X" forms with no subject on the left are attributions.
        continue;
      }
      Quote q;
      q.span = {doc_->tokens[start].span.begin, doc_->tokens[end - 1].span.end};
      q.sentence = SentenceOf(start) == kNone ? 0 : SentenceOf(start);
      q.speaker = sp.mention;
      q.speaker_span = sp.span;
      q.indirect = true;
      doc_->quotes.push_back(q);
    }
  }

  // The finder's lists, kept per thread so that a document allocates none
  // once they have grown.
  struct Scratch {
    std::vector<Segment> segments;
    std::vector<uint32_t> indirect_candidates;
    std::vector<std::pair<uint32_t, uint32_t>> history;
  };
  static Scratch& ThreadScratch() {
    thread_local Scratch scratch;
    return scratch;
  }

  Document* doc_;
  uint32_t n_;
  std::vector<Segment>& segments_;
  // Tokens that FindSegments found to be of a reporting verb's length and
  // shape, in order: FindIndirect reads only these.
  std::vector<uint32_t>& indirect_candidates_;
  // (first quoted token, person mention) of attributed quotes, in order.
  std::vector<std::pair<uint32_t, uint32_t>>& history_;
};

}  // namespace

void FindQuotes(Document* doc) {
  if (doc == nullptr) return;
  QuoteFinder finder(doc);
  finder.Run();
}

}  // namespace dyad
