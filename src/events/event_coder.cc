// Event coding: from clauses, actor mentions and verb patterns to CAMEO
// events.
//
// For each clause the verb dictionary names the event; the clause's roles
// name the actors:
//   source = actors of the subject phrase (of the "by" phrase in the passive)
//   target = actors after the pattern's target word ("talks *with* Assad"),
//            else of the object phrase, else of the first prepositional
//            phrase of the clause.
// Coordinated phrases give one event per actor ("Russia and China vetoed"
// is two events). One side may be unknown: the event is still emitted with
// that side null, so recall does not depend on both actors being known.
//
// What is not a fact of the day is not coded as one: negated clauses are
// dropped; modal, future and "was expected to" clauses are flagged; clauses
// in sentences about another year are flagged historical.
//
// Reporting verbs ("said", "told") are statements (CAMEO 01x) only when what
// they report yields no event: "Lavrov said Russia would help" is Russia's
// intent, not Lavrov's comment. Nouns that name events ("his talks with
// Assad", "the veto") are coded last, when no verb of their sentence already
// gave the same event.
#include "events/event_coder.h"

#include <algorithm>
#include <string_view>

namespace dyad {
namespace {

constexpr size_t kMaxActorsPerSide = 4;

class SentenceCoder {
 public:
  SentenceCoder(const VerbDictionary& verbs, const Codebook& codebook, Document* doc)
      : verbs_(verbs), codebook_(codebook), doc_(*doc) {}

  void CodeClauses() {
    // Non-reporting clauses first, so reporting verbs know whether what they
    // report was coded.
    for (int pass = 0; pass < 2; ++pass) {
      for (uint32_t c = 0; c < doc_.clauses.size(); ++c) {
        const Clause& cl = doc_.clauses[c];
        if (!doc_.sentences[cl.sentence].codable) continue;
        bool reporting = IsReporting(cl);
        if ((pass == 0) == reporting) continue;
        CodeClause(c);
      }
    }
    CodeNominalEvents();
    std::stable_sort(doc_.events.begin(), doc_.events.end(),
                     [](const Event& a, const Event& b) {
                       if (a.sentence != b.sentence) return a.sentence < b.sentence;
                       return a.trigger_first < b.trigger_first;
                     });
  }

 private:
  std::string_view L(uint32_t t) const { return doc_.tokens[t].lemma; }

  bool IsReporting(const Clause& cl) const {
    std::string_view l = L(cl.verb);
    return l == "say" || l == "tell" || l == "add" || l == "state" ||
           l == "announce" || l == "report" || l == "claim" || l == "insist" ||
           l == "note" || l == "stress";
  }

  // Mentions fully inside [first, end), one per noun chunk (the one nearest
  // the chunk's head), in order.
  std::vector<uint32_t> ActorsIn(uint32_t first, uint32_t end) const {
    std::vector<uint32_t> out;
    if (first == kNone || end == kNone || first >= end) return out;
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), first,
                               [](const ActorMention& m, uint32_t t) {
                                 return m.first_token < t;
                               });
    uint32_t last_chunk_end = kNone;
    for (; it != doc_.mentions.end() && it->first_token < end; ++it) {
      if (it->end_token > end) break;
      if (it->code.empty() && it->country.empty()) continue;
      uint32_t m = static_cast<uint32_t>(it - doc_.mentions.begin());
      // "Syria 's army": keep the later mention of the same chunk.
      if (!out.empty() && last_chunk_end != kNone && it->first_token < last_chunk_end) {
        out.back() = m;
      } else {
        out.push_back(m);
      }
      last_chunk_end = ChunkEndOf(it->end_token - 1);
      if (out.size() >= kMaxActorsPerSide) break;
    }
    return out;
  }

  uint32_t ChunkEndOf(uint32_t token) const {
    // Chunks are sorted by position; binary search the one holding token.
    auto it = std::upper_bound(doc_.chunks.begin(), doc_.chunks.end(), token,
                               [](uint32_t t, const Chunk& c) { return t < c.first; });
    if (it == doc_.chunks.begin()) return kNone;
    --it;
    return token < it->end ? it->end : kNone;
  }

  // Only the head part of a phrase: drop actors inside "of" attachments when
  // the head noun chunk itself names one ("leader of Syria" keeps Syria,
  // "Russia's envoy to the UN" keeps Russia).
  std::vector<uint32_t> HeadActors(uint32_t first, uint32_t end) const {
    std::vector<uint32_t> all = ActorsIn(first, end);
    if (all.size() <= 1) return all;
    std::vector<uint32_t> out;
    for (uint32_t m : all) {
      uint32_t t = doc_.mentions[m].first_token;
      bool after_of = false;
      for (uint32_t k = first; k < t; ++k)
        if (L(k) == "of" || doc_.tokens[k].tag == Tag::IN) after_of = true;
      if (!after_of) out.push_back(m);
    }
    return out.empty() ? all : out;
  }

  // Actors of the phrase that starts right after token `from`.
  std::vector<uint32_t> ActorsAfter(uint32_t from, uint32_t limit) const {
    uint32_t t = from + 1;
    while (t < limit && (doc_.tokens[t].tag == Tag::DT || doc_.tokens[t].tag == Tag::RB))
      ++t;
    // The noun chunk starting there and its coordination.
    for (uint32_t c = 0; c < doc_.chunks.size(); ++c) {
      const Chunk& ch = doc_.chunks[c];
      if (ch.first > limit) break;
      if (ch.kind == ChunkKind::kNoun && ch.end > from + 1 && ch.first <= t + 1) {
        uint32_t end = ch.end;
        // Extend over "X and Y" / "X, Y and Z".
        for (uint32_t d = c + 1; d < doc_.chunks.size(); ++d) {
          const Chunk& nx = doc_.chunks[d];
          if (nx.kind != ChunkKind::kNoun || nx.first > limit) break;
          bool joined = nx.first > end;
          for (uint32_t k = end; k < nx.first; ++k) {
            Tag tg = doc_.tokens[k].tag;
            if (tg != Tag::CC && tg != Tag::kComma) joined = false;
          }
          if (!joined || doc_.tokens[nx.first - 1].tag != Tag::CC) {
            if (!(joined && doc_.tokens[nx.first - 1].tag == Tag::kComma)) break;
          }
          end = nx.end;
        }
        // "of" attachment: "the city of Homs", "members of the opposition".
        std::vector<uint32_t> a = HeadActors(ch.first, std::min(end, limit));
        if (a.empty() && end + 1 < limit && L(end) == "of") {
          for (uint32_t d = c + 1; d < doc_.chunks.size(); ++d) {
            const Chunk& nx = doc_.chunks[d];
            if (nx.first == end + 1 && nx.kind == ChunkKind::kNoun)
              return ActorsIn(nx.first, std::min(nx.end, limit));
            if (nx.first > end + 1) break;
          }
        }
        return a;
      }
    }
    return {};
  }

  uint32_t SentenceEnd(uint32_t s) const { return doc_.sentences[s].end_token; }

  Date EventDate(uint32_t sentence, bool* historical) const {
    *historical = false;
    Date best;
    for (const DateMention& d : doc_.dates) {
      if (d.sentence != sentence) continue;
      if (d.historical) *historical = true;
      if (!best.known() && !d.historical) best = d.date;
    }
    return best.known() ? best : doc_.date;
  }

  void Emit(const Clause& cl, const VerbMatch& m, const std::vector<uint32_t>& sources,
            const std::vector<uint32_t>& targets, uint8_t extra_flags) {
    uint8_t flags = extra_flags;
    if (cl.modality == Modality::kFuture) flags |= static_cast<uint8_t>(EventFlag::kFuture);
    if (cl.modality == Modality::kHypothetical)
      flags |= static_cast<uint8_t>(EventFlag::kHypothetical);
    if (cl.speaker != kNone) flags |= static_cast<uint8_t>(EventFlag::kReported);
    bool historical = false;
    Date date = EventDate(cl.sentence, &historical);
    if (historical && !(extra_flags & static_cast<uint8_t>(EventFlag::kNominal)))
      flags |= static_cast<uint8_t>(EventFlag::kHistorical);
    std::vector<uint32_t> src = sources.empty() ? std::vector<uint32_t>{kNone} : sources;
    std::vector<uint32_t> tgt = targets.empty() ? std::vector<uint32_t>{kNone} : targets;
    for (uint32_t s : src) {
      for (uint32_t t : tgt) {
        if (s == kNone && t == kNone) continue;
        if (s != kNone && t != kNone && SameActor(s, t)) continue;
        Event e;
        e.sentence = cl.sentence;
        e.source = s;
        e.target = t;
        e.cameo = std::string(m.code);
        e.trigger_first = m.first;
        e.trigger_end = m.end;
        e.date = date;
        e.flags = flags;
        if (!Duplicate(e)) doc_.events.push_back(std::move(e));
      }
    }
  }

  bool SameActor(uint32_t a, uint32_t b) const {
    if (a == b) return true;
    const ActorMention& x = doc_.mentions[a];
    const ActorMention& y = doc_.mentions[b];
    if (x.antecedent == b || y.antecedent == a) return true;
    return x.code == y.code && !x.name.empty() && x.name == y.name;
  }

  bool Duplicate(const Event& e) const {
    for (const Event& o : doc_.events) {
      if (o.sentence != e.sentence || o.cameo != e.cameo) continue;
      auto code = [&](uint32_t m) {
        return m == kNone ? std::string_view() : std::string_view(doc_.mentions[m].code);
      };
      if (code(o.source) == code(e.source) && code(o.target) == code(e.target)) return true;
    }
    return false;
  }

  void CodeClause(uint32_t c) {
    const Clause& cl = doc_.clauses[c];
    if (cl.verb == kNone) return;
    uint32_t limit = std::min(cl.end_token, SentenceEnd(cl.sentence));
    // An infinitive under a clause that was itself coded ("agreed to
    // withdraw", "threatened to strike") is part of that event.
    if (cl.parent != kNone && coded_[cl.parent] && doc_.tokens[doc_.chunks[cl.verb_chunk].first].tag == Tag::TO)
      return;
    if (cl.negated) return;
    if (IsReporting(cl)) {
      for (const Event& e : doc_.events)
        if (e.sentence == cl.sentence) return;
    }

    VerbMatch m;
    bool copula = false;
    const Chunk& vchunk = doc_.chunks[cl.verb_chunk];
    // Copula with a predicate ("was ready to", "is committed to"): the
    // pattern is keyed on "be" and the clause stays active.
    for (uint32_t t = vchunk.first; t < vchunk.end; ++t) {
      if (L(t) == "be" && t != cl.verb) {
        if (verbs_.MatchVerb(doc_, t, limit, &m)) copula = true;
        break;
      }
    }
    if (!copula && L(cl.verb) == "be") {
      if (verbs_.MatchVerb(doc_, cl.verb, limit, &m)) copula = true;
      else return;
    }
    if (!copula && !verbs_.MatchVerb(doc_, cl.verb, limit, &m)) return;
    if (!codebook_.Find(m.code)) return;

    std::vector<uint32_t> sources, targets;
    bool passive = cl.passive && !copula;
    if (passive) {
      sources = HeadActors(cl.agent_first, cl.agent_end);
      targets = HeadActors(cl.subject_first, cl.subject_end);
    } else {
      sources = HeadActors(cl.subject_first, cl.subject_end);
      if (m.target_from != kNone && m.target_from < limit) {
        targets = ActorsAfter(m.target_from, limit);
      }
      if (targets.empty() && cl.object_first != kNone) {
        targets = HeadActors(cl.object_first, std::min(cl.object_end, limit));
      }
      if (targets.empty()) {
        // First prepositional phrase with an actor, not a "by"/time phrase.
        for (uint32_t p : cl.preps) {
          const Chunk& pc = doc_.chunks[p];
          if (pc.first >= limit) break;
          std::string_view prep = L(pc.first);
          if (prep == "by" || prep == "since" || prep == "during" || prep == "after" ||
              prep == "before" || prep == "despite" || prep == "as" || prep == "like" ||
              prep == "because")
            continue;
          targets = ActorsAfter(pc.first, limit);
          if (!targets.empty()) break;
        }
      }
    }
    // Speech acts: the speaker is the source.
    if (sources.empty() && cl.speaker != kNone && IsReporting(cl)) {
      sources = HeadActors(doc_.chunks[cl.speaker].first, doc_.chunks[cl.speaker].end);
    }
    if (sources.empty() && targets.empty()) return;
    size_t before = doc_.events.size();
    Emit(cl, m, sources, targets, 0);
    if (doc_.events.size() > before) coded_[c] = true;
  }

  // Event nouns: "his talks with Assad", "the veto", "the assault on Homs".
  void CodeNominalEvents() {
    for (uint32_t c = 0; c < doc_.chunks.size(); ++c) {
      const Chunk& ch = doc_.chunks[c];
      if (ch.kind != ChunkKind::kNoun || ch.head == kNone) continue;
      const Token& head = doc_.tokens[ch.head];
      if (!IsNoun(head.tag) || IsProperNoun(head.tag)) continue;
      uint32_t s = head.sentence;
      if (s >= doc_.sentences.size() || !doc_.sentences[s].codable) continue;
      VerbMatch m;
      uint32_t limit = std::min<uint32_t>(SentenceEnd(s), ch.end + 8);
      if (!verbs_.MatchNoun(doc_, ch.head, limit, &m)) continue;
      if (!codebook_.Find(m.code)) continue;
      // Source: a possessor or modifier inside the chunk ("Moscow's veto",
      // "his talks"), else the subject of the clause around it.
      std::vector<uint32_t> sources = ActorsIn(ch.first, ch.head);
      const Clause* host = nullptr;
      for (const Clause& cl : doc_.clauses) {
        if (cl.sentence != s) continue;
        if (cl.verb < ch.first) host = &cl;
      }
      if (sources.empty() && host && !host->passive)
        sources = HeadActors(host->subject_first, host->subject_end);
      std::vector<uint32_t> targets;
      if (m.target_from != kNone) targets = ActorsAfter(m.target_from, SentenceEnd(s));
      if (sources.empty()) continue;
      // A verb of the sentence already coded the same root: skip.
      bool seen = false;
      for (const Event& e : doc_.events)
        if (e.sentence == s && e.cameo.substr(0, 2) == std::string_view(m.code).substr(0, 2))
          seen = true;
      if (seen) continue;
      Clause pseudo;
      pseudo.sentence = s;
      if (host) {
        pseudo.modality = host->modality;
        pseudo.speaker = host->speaker;
        if (host->negated) continue;
      }
      Emit(pseudo, m, sources, targets, static_cast<uint8_t>(EventFlag::kNominal));
    }
  }

 public:
  void Init() { coded_.assign(doc_.clauses.size(), false); }

 private:
  const VerbDictionary& verbs_;
  const Codebook& codebook_;
  Document& doc_;
  std::vector<bool> coded_;
};

}  // namespace

void CodeEvents(const VerbDictionary& verbs, const Codebook& codebook, Document* doc) {
  doc->events.clear();
  SentenceCoder coder(verbs, codebook, doc);
  coder.Init();
  coder.CodeClauses();
}

}  // namespace dyad
