// Event locations.
//
// News puts the place of an action in the same sentence as its verb, most
// often after it and behind a locative preposition ("pounded the central
// city of Homs", "killed ... in Homs on Monday"). So each event takes the
// sentence's place that best fits that pattern: after the trigger, right
// behind in/at/near/from..., closest to the trigger, and a city or district
// rather than a whole country when both are named. With no place in the
// sentence, an event whose target is itself a place-named actor (a city as
// actor, "Damascus") takes that place; otherwise the document's focus place,
// which is what GDELT-style "ActionGeo" falls back to as well.
#include <cstdint>
#include <cstdlib>

#include "geo/geo.h"

namespace dyad {
namespace {

bool IsLocative(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",      "at",      "on",      "near",   "from",       "into",
      "across",  "outside", "inside",  "around", "throughout", "toward",
      "towards", "within",  "between", "of",     "to"};
  // Bit n: some word has n letters. Most tokens have a length no word has,
  // and one test turns them away before the loop over the words.
  static constexpr uint64_t kLengths = [] {
    uint64_t bits = 0;
    for (std::string_view k : kWords) bits |= uint64_t{1} << k.size();
    return bits;
  }();
  if (w.size() >= 64 || ((kLengths >> w.size()) & 1) == 0) return false;
  for (std::string_view k : kWords) {
    if (w.size() != k.size()) continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) {
      char c = w[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == k[i];
    }
    if (same) return true;
  }
  return false;
}

// Token text, or "" when a malformed annotation points outside the text.
std::string_view SafeText(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size()) return {};
  Span sp = doc.tokens[i].span;
  if (sp.begin > sp.end || sp.end > doc.text.size()) return {};
  return std::string_view(doc.text).substr(sp.begin, sp.end - sp.begin);
}

// Index of the token that starts at byte `begin` in [first, end), or kNone.
uint32_t TokenAt(const Document& doc, uint32_t first, uint32_t end,
                 uint32_t begin) {
  uint32_t lo = first, hi = end;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (doc.tokens[mid].span.begin < begin)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < end && doc.tokens[lo].span.begin == begin ? lo : kNone;
}

}  // namespace

void LocateEvents(Document* doc) {
  const uint32_t np = static_cast<uint32_t>(doc->places.size());
  const uint32_t nt = static_cast<uint32_t>(doc->tokens.size());
  uint32_t focus = doc->focus_place < np ? doc->focus_place : kNone;
  for (Event& ev : doc->events) {
    ev.place = kNone;
    uint32_t best = kNone;
    double best_score = -1e18;
    if (ev.sentence < doc->sentences.size()) {
      const Sentence& s = doc->sentences[ev.sentence];
      uint32_t first = s.first_token < nt ? s.first_token : nt;
      uint32_t end = s.end_token < nt ? s.end_token : nt;
      if (end < first) end = first;
      uint32_t trig_first = ev.trigger_first, trig_end = ev.trigger_end;
      bool have_trigger = trig_first != kNone && trig_first < nt;
      if (have_trigger && (trig_end == kNone || trig_end <= trig_first))
        trig_end = trig_first + 1;
      for (uint32_t i = 0; i < np; ++i) {
        const Place& p = doc->places[i];
        if (p.sentence != ev.sentence) continue;
        uint32_t t = TokenAt(*doc, first, end, p.span.begin);
        double score = 0;
        if (t != kNone && t > first && IsLocative(SafeText(*doc, t - 1)))
          score += 2;
        // Look further back for "in the city of X", "in central X".
        else if (t != kNone && t >= first + 3 &&
                 IsLocative(SafeText(*doc, t - 3)))
          score += 1.5;
        if (p.kind != PlaceKind::kCountry && p.kind != PlaceKind::kRegion)
          score += 1;
        if (have_trigger && t != kNone) {
          // After the verb is where news puts the place of the action;
          // before it, a place more often qualifies the subject
          // ("officials in Damascus said").
          if (t >= trig_end) {
            score += 3;
            score -= 0.05 * (t - trig_end);
          } else {
            score -= 0.1 * (trig_first - t);
          }
        }
        if (score > best_score) {
          best_score = score;
          best = i;
        }
      }
    }
    if (best == kNone && ev.target < doc->mentions.size()) {
      const ActorMention& m = doc->mentions[ev.target];
      for (uint32_t i = 0; i < np; ++i) {
        const Place& p = doc->places[i];
        if (p.span.begin >= m.span.begin && p.span.end <= m.span.end &&
            p.kind != PlaceKind::kCountry && p.kind != PlaceKind::kRegion) {
          best = i;
          break;
        }
      }
    }
    ev.place = best != kNone ? best : focus;
  }
}

}  // namespace dyad
