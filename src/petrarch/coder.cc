// Event coding from Penn Treebank trees with PETRARCH dictionaries.
//
// The algorithm is clause-driven, in the spirit of PETRARCH2 but written
// from the dictionaries' documented semantics rather than from its code:
//
//  1. Every verb leaf (VB* under a VP) is looked up in the verb dictionary.
//     Multi-word verbs carry words that must stand right before the verb
//     (WIRE_+TAP) or particles right after it (BREAK_DOWN); the longest form
//     that fits wins.
//  2. The verb's block has patterns ("- SAID * WAS LIE [141]"). A pattern is
//     matched on the sentence's words around the verb: words before `*`
//     leftwards, words after it rightwards within the verb's VP. Words
//     joined by `_` must be adjacent, words separated by a space may have
//     words between them. `&SET` matches any member of a synonym set, `$`
//     and `+` match a noun phrase whose actors become the source / target,
//     `^` skips a noun phrase, `%` demands a compound actor. Of the
//     patterns that match, the one consuming most words wins (ties: the one
//     written first); with none, the verb's own code applies.
//  3. The source is the clause subject, found by climbing VP chains to the
//     S that owns them and, for subjectless infinitives ("Arnor is about to
//     restore ..."), on up through the controlling VP. The target is the
//     first constituent after the verb that codes to an actor: an object
//     NP, a PP's NP, or the subject of a complement clause, looking through
//     auxiliary and infinitive VPs. A passive verb with a "by" phrase swaps
//     them.
//  4. Noun phrases are coded structurally: conjoined NPs give one actor
//     each; a flat NP split at its conjunctions lets a bare agent borrow the
//     actor of its sibling ("Danish media and government"); a head without
//     an actor takes one from its PP ("Lawmakers in Fornost"). Inside a
//     span, the longest actor phrase and agent phrases are found by
//     first-word hash lookup; agents add their code as prefix (NGO~) or
//     suffix (~GOV) unless the actor code already carries it.
//  5. Events are every source x target pair, plus the reverse pair for a
//     paired code [032:033]; compound `%` subjects code among themselves.
//  6. Verbs are visited in sentence order, so an outer verb comes before
//     the verbs of its complement; once a verb codes, verbs nested in its VP
//     are its complement and are not coded again (PETRARCH's behaviour for
//     "X said Y would ..." and "urged X to ...").
//  7. Before coding, short comma-delimited runs of sibling constituents
//     (TABARI's comma rule, bounded by the comma_* options) are set aside.
//
// All state is per call; the dictionaries are only read.
#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <unordered_set>

#include "petrarch/internal.h"

namespace dyad {

using namespace petrarch_internal;

namespace {

struct Item {
  std::vector<std::string> actors;  // empty: agents only ("---")
  std::vector<std::string> agents;  // "~GOV" or "NGO~"
  bool empty() const { return actors.empty() && agents.empty(); }
};

bool ValidCode(const std::string& c) {
  return !c.empty() && std::isdigit(static_cast<unsigned char>(c[0]));
}

bool IsNp(const std::string& l) { return l.rfind("NP", 0) == 0; }
bool IsVp(const std::string& l) { return l == "VP"; }
bool IsClause(const std::string& l) {
  return l == "S" || l == "SINV" || l == "SQ" || l.rfind("S-", 0) == 0;
}

struct MatchState {
  int source = -1, target = -1;  // NP nodes
  bool compound = false;
  int score = 0;
};

class SentenceCoder {
 public:
  SentenceCoder(const PetrarchDictionaries& d, const PtbTree& t,
                const PetrarchConfig& cfg, int date)
      : d_(d), im_(d.impl()), t_(t), cfg_(cfg), date_(date) {
    for (int leaf : t.leaves) {
      words_.push_back(t.nodes[leaf].word);
      tags_.push_back(t.nodes[leaf].label);
    }
    np_cache_.resize(t.nodes.size() * 2);
    code_cache_.resize(t.nodes.size());
    MarkCommaClauses();
  }

  std::vector<PetrarchEvent> Code();
  const std::vector<std::string>& words() const { return words_; }

 private:
  const PtbNode& N(int n) const { return t_.nodes[n]; }
  void MarkCommaClauses();
  bool Deleted(int n) const {
    for (; n >= 0; n = N(n).parent)
      if (deleted_[n]) return true;
    return false;
  }
  bool IsPreterminal(int n) const { return N(n).kids.empty(); }

  Item Scan(int first, int last) const;
  std::vector<Item> CodeNp(int n, bool allow_new) const;
  std::vector<Item> CodeNpUncached(int n, bool allow_new) const;
  std::vector<Item> CodeSegments(const std::vector<int>& kids,
                                 bool allow_new) const;
  std::vector<std::string> Codes(int np) const;
  std::string ItemCode(const std::string& actor,
                       const std::vector<std::string>& agents) const;
  std::vector<std::string> ItemCodes(const std::vector<Item>& items) const;

  int FindSubject(int vp) const;
  int UpperSubject(int n) const;
  bool IsPronoun(int np) const;
  bool HeadIsDictVerb(int vp) const;
  std::vector<Item> FindObjects(int vp, int after_leaf, int skip_pp,
                                int depth) const;
  std::vector<int> NpsAt(int c, int dir, int verb_leaf) const;
  bool MatchElems(const std::vector<Elem>& es, size_t k, int pos, int dir,
                  int limit, int verb_leaf, MatchState* st) const;

  const PetrarchDictionaries& d_;
  const Impl& im_;
  const PtbTree& t_;
  const PetrarchConfig& cfg_;
  int date_;
  std::vector<std::string> words_, tags_;
  // Per-sentence memo of noun-phrase codings (patterns probe the same NPs
  // many times). Local to this object, which lives for one call.
  struct NpSlot {
    bool done = false;
    std::vector<Item> items;
  };
  struct CodeSlot {
    bool done = false;
    std::vector<std::string> codes;
  };
  std::vector<bool> deleted_;  // comma clauses dropped before coding
  mutable std::vector<NpSlot> np_cache_;
  mutable std::vector<CodeSlot> code_cache_;
};

// TABARI/PETRARCH drop short comma-delimited stretches ("..., a senior
// official said.") before coding. Here the stretches are runs of sibling
// constituents of a clause or verb phrase, split at comma children: the
// first run (bmin..bmax words), inner runs (min..max) and the last run
// (emin..emax, final punctuation excluded).
void SentenceCoder::MarkCommaClauses() {
  deleted_.assign(t_.nodes.size(), false);
  for (size_t n = 0; n < t_.nodes.size(); ++n) {
    const PtbNode& nd = t_.nodes[n];
    if (!IsClause(nd.label) && !IsVp(nd.label)) continue;
    std::vector<std::vector<int>> runs(1);
    int commas = 0;
    for (int k : nd.kids) {
      const std::string& l = N(k).label;
      if (l == ",") {
        runs.emplace_back();
        ++commas;
        continue;
      }
      if (l == "." || l == ":") continue;
      runs.back().push_back(k);
    }
    if (commas == 0) continue;
    for (size_t r = 0; r < runs.size(); ++r) {
      if (runs[r].empty()) continue;
      int words = 0;
      for (int k : runs[r])
        for (int i = N(k).first; i <= N(k).last; ++i)
          if (std::isalnum(static_cast<unsigned char>(words_[i][0]))) ++words;
      int lo, hi;
      if (r == 0) {
        // Only a sentence-initial stretch counts as a "begin" clause; the
        // first run of a VP holds its verb.
        if (nd.parent != 0 || !IsClause(nd.label)) continue;
        lo = cfg_.comma_bmin;
        hi = cfg_.comma_bmax;
      } else if (r + 1 == runs.size()) {
        lo = cfg_.comma_emin;
        hi = cfg_.comma_emax;
      } else {
        lo = cfg_.comma_min;
        hi = cfg_.comma_max;
      }
      if (hi > 0 && words >= lo && words <= hi)
        for (int k : runs[r]) deleted_[k] = true;
    }
  }
}

// Longest actor and the agents in the leaf span [first, last].
Item SentenceCoder::Scan(int first, int last) const {
  Item it;
  if (first > last) return it;
  const size_t end = static_cast<size_t>(last) + 1;
  for (size_t i = first; i < end;) {
    size_t alen = 0, glen = 0;
    std::vector<std::string> acts = d_.MatchActor(words_, i, end, date_, &alen);
    bool actor_hit = alen > 0;
    std::string agent = d_.MatchAgent(words_, i, end, &glen);
    if (actor_hit && alen >= glen) {
      if (it.actors.empty()) it.actors = acts;
      i += alen;
    } else if (!agent.empty()) {
      if (std::find(it.agents.begin(), it.agents.end(), agent) ==
          it.agents.end())
        it.agents.push_back(agent);
      i += glen;
    } else {
      ++i;
    }
  }
  return it;
}

// Codes a sequence of sibling constituents split at conjunctions/commas.
std::vector<Item> SentenceCoder::CodeSegments(const std::vector<int>& kids,
                                              bool allow_new) const {
  std::vector<std::vector<int>> segs(1);
  for (int k : kids) {
    const std::string& l = N(k).label;
    if (l == "CC" || l == "," || l == ":" || l == "CONJP") {
      if (!segs.back().empty()) segs.emplace_back();
      continue;
    }
    if (l == "PRN" || l == "-LRB-" || l == "-RRB-") continue;
    segs.back().push_back(k);
  }
  if (segs.back().empty()) segs.pop_back();
  std::vector<Item> out;
  std::vector<int> seg_of;  // segment index of each item
  std::vector<bool> flat(segs.size(), true);
  for (size_t s = 0; s < segs.size(); ++s) {
    const auto& seg = segs[s];
    std::vector<Item> items;
    if (seg.size() == 1 && !IsPreterminal(seg[0])) {
      items = CodeNp(seg[0], allow_new);
      flat[s] = false;
    } else {
      Item it = Scan(N(seg.front()).first, N(seg.back()).last);
      if (!it.empty()) items.push_back(it);
    }
    for (auto& it : items) {
      out.push_back(std::move(it));
      seg_of.push_back(static_cast<int>(s));
    }
  }
  // A bare agent in a flat list borrows its sibling's actor and modifiers:
  // "Danish Islamist media and government" -> DNKMUSMED, DNKMUSGOV.
  const Item* donor = nullptr;
  for (size_t i = 0; i < out.size(); ++i)
    if (flat[seg_of[i]] && !out[i].actors.empty()) {
      donor = &out[i];
      break;
    }
  if (donor) {
    Item d = *donor;
    for (size_t i = 0; i < out.size(); ++i) {
      if (!flat[seg_of[i]] || !out[i].actors.empty()) continue;
      std::vector<std::string> ag(d.agents.begin(), d.agents.empty()
                                                        ? d.agents.end()
                                                        : d.agents.end() - 1);
      for (auto& a : out[i].agents)
        if (std::find(ag.begin(), ag.end(), a) == ag.end()) ag.push_back(a);
      out[i].actors = d.actors;
      out[i].agents = ag;
    }
  }
  return out;
}

std::vector<Item> SentenceCoder::CodeNp(int n, bool allow_new) const {
  auto& slot = np_cache_[n * 2 + (allow_new ? 1 : 0)];
  if (!slot.done) {
    slot.items = CodeNpUncached(n, allow_new);
    slot.done = true;
  }
  return slot.items;
}

std::vector<Item> SentenceCoder::CodeNpUncached(int n, bool allow_new) const {
  const PtbNode& nd = N(n);
  std::vector<Item> out;
  if (IsPreterminal(n)) {
    Item it = Scan(nd.first, nd.last);
    if (!it.empty()) out.push_back(it);
  } else {
    bool has_cc = false, has_phrase = false;
    for (int k : nd.kids) {
      if (N(k).label == "CC" || N(k).label == "CONJP") has_cc = true;
      if (!IsPreterminal(k) && N(k).label != "ADJP" && N(k).label != "QP" &&
          N(k).label != "PRN")
        has_phrase = true;
    }
    if (has_cc || !has_phrase) {
      out = CodeSegments(nd.kids, allow_new);
    } else {
      // Head plus modifiers. A dictionary phrase that starts in the head and
      // runs on into the modifiers ("the Prince of Dol Amroth") codes the
      // whole span as one.
      int head_last = -1;
      size_t hk = 0;
      auto light = [&](int k) {
        return IsPreterminal(k) || N(k).label == "ADJP" || N(k).label == "QP";
      };
      while (hk < nd.kids.size() && light(nd.kids[hk])) ++hk;
      if (hk == 0) {
        // A possessive NP is part of the head: "Gondor's main opposition".
        int k0 = nd.kids[0];
        hk = 1;
        if (IsNp(N(k0).label) && tags_[N(k0).last] == "POS")
          while (hk < nd.kids.size() && light(nd.kids[hk])) ++hk;
      }
      std::vector<int> head_kids(nd.kids.begin(), nd.kids.begin() + hk);
      head_last = N(head_kids.back()).last;
      bool crosses = false;
      for (int i = nd.first; i <= head_last && !crosses; ++i) {
        size_t alen = 0, glen = 0, end = static_cast<size_t>(nd.last) + 1;
        d_.MatchActor(words_, i, end, date_, &alen);
        d_.MatchAgent(words_, i, end, &glen);
        size_t len = std::max(alen, glen);
        if (len > 0 && i + static_cast<int>(len) - 1 > head_last)
          crosses = true;
      }
      if (crosses) {
        Item it = Scan(nd.first, nd.last);
        if (!it.empty()) out.push_back(it);
      } else {
        std::vector<Item> head =
            head_kids.size() == 1 && !IsPreterminal(head_kids[0])
                ? CodeNp(head_kids[0], false)
                : CodeSegments(head_kids, false);
        bool head_actor = false;
        for (const Item& it : head)
          if (!it.actors.empty()) head_actor = true;
        if (head_actor) {
          out = head;
        } else {
          for (size_t k = hk; k < nd.kids.size() && out.empty(); ++k) {
            int kid = nd.kids[k];
            std::vector<Item> r;
            if (N(kid).label == "PP") {
              for (int g : N(kid).kids)
                if (IsNp(N(g).label)) {
                  r = CodeNp(g, false);
                  break;
                }
            } else if (IsNp(N(kid).label)) {
              r = CodeNp(kid, false);
            } else if (IsVp(N(kid).label)) {
              // "the roads leading into Mordor", "memos sent by Bree"
              r = FindObjects(kid, -1, -1, 1);
            }
            bool any_actor = false;
            for (const Item& it : r)
              if (!it.actors.empty()) any_actor = true;
            if (!any_actor) continue;
            // Each agent-only head item applies to each actor below it.
            std::vector<Item> heads = head;
            if (heads.empty()) heads.push_back(Item());
            for (const Item& h : heads)
              for (Item it : r) {
                for (const auto& a : h.agents)
                  if (std::find(it.agents.begin(), it.agents.end(), a) ==
                      it.agents.end())
                    it.agents.push_back(a);
                out.push_back(it);
              }
          }
          if (out.empty()) out = head;
        }
      }
    }
  }
  if (out.empty() && allow_new && cfg_.new_actor_length > 0) {
    std::string name;
    int count = 0;
    for (int i = nd.first; i <= nd.last; ++i) {
      if (tags_[i] == "POS" || tags_[i] == "," || tags_[i] == ".") continue;
      if (!name.empty()) name.push_back(' ');
      name += words_[i];
      ++count;
    }
    if (count > 0 && count <= cfg_.new_actor_length) {
      Item it;
      it.actors.push_back("\"" + name + "\"");
      out.push_back(it);
    }
  }
  return out;
}

std::string SentenceCoder::ItemCode(
    const std::string& actor, const std::vector<std::string>& agents) const {
  std::string prefix, code = actor.empty() ? "---" : actor;
  for (const std::string& a : agents) {
    if (a.empty()) continue;
    if (a.back() == '~' && a.front() != '~') {
      prefix += a.substr(0, a.size() - 1);
      continue;
    }
    std::string s = a;
    s.erase(std::remove(s.begin(), s.end(), '~'), s.end());
    if (s.empty()) continue;
    // Skip an agent the code already carries at a 3-letter boundary.
    bool have = false;
    for (size_t p = 3; p + s.size() <= code.size(); p += 3)
      if (code.compare(p, s.size(), s) == 0) have = true;
    if (!have) code += s;
  }
  return prefix + code;
}

std::vector<std::string> SentenceCoder::ItemCodes(
    const std::vector<Item>& items) const {
  std::vector<std::string> out;
  for (const Item& it : items) {
    if (it.actors.empty()) {
      out.push_back(ItemCode("", it.agents));
    } else {
      for (const auto& a : it.actors) out.push_back(ItemCode(a, it.agents));
    }
  }
  std::vector<std::string> uniq;
  for (auto& c : out)
    if (std::find(uniq.begin(), uniq.end(), c) == uniq.end()) uniq.push_back(c);
  return uniq;
}

std::vector<std::string> SentenceCoder::Codes(int np) const {
  if (np < 0) return {};
  auto& slot = code_cache_[np];
  if (!slot.done) {
    slot.codes = ItemCodes(CodeNp(np, true));
    slot.done = true;
  }
  return slot.codes;
}

bool SentenceCoder::IsPronoun(int np) const {
  const PtbNode& nd = N(np);
  return nd.first == nd.last && (tags_[nd.first] == "PRP");
}

// True when the VP's own verb codes an event by default (not a [---] verb
// that only codes through its patterns).
bool SentenceCoder::HeadIsDictVerb(int vp) const {
  for (int k : N(vp).kids)
    if (IsPreterminal(k) && N(k).label.rfind("VB", 0) == 0) {
      auto it = im_.verbs.find(words_[N(k).first]);
      if (it == im_.verbs.end()) return false;
      for (const VerbForm& f : it->second)
        if (ValidCode(f.code.empty() ? im_.blocks[f.block].code : f.code))
          return true;
      return false;
    }
  return false;
}

// Subject of the clause that owns `vp`: climb VP chains to the S; for a
// subjectless clause, continue through a controlling VP whose verb is not
// itself an event verb ("is about to restore", "was seen to break"); a
// relative clause takes the antecedent NP. Pronoun subjects ("Ethiopia
// indicated it would act") are resolved to the next subject up.
int SentenceCoder::FindSubject(int vp) const {
  int cur = vp;
  if (cur < 0 || !IsVp(N(cur).label)) return -1;
  for (int guard = 0; guard < 64; ++guard) {
    while (N(cur).parent >= 0 && IsVp(N(N(cur).parent).label))
      cur = N(cur).parent;
    int p = N(cur).parent;
    if (p < 0) return -1;
    const std::string& pl = N(p).label;
    int subj = -1;
    for (int k : N(p).kids) {
      if (k == cur) break;
      if (IsNp(N(k).label)) subj = k;
    }
    if (subj >= 0 && (IsClause(pl) || IsNp(pl))) {
      if (IsPronoun(subj)) {
        int up = UpperSubject(p);
        if (up >= 0) return up;
      }
      return subj;
    }
    if (!IsClause(pl)) return -1;
    int gp = N(p).parent;
    if (gp < 0) return -1;
    if (IsVp(N(gp).label)) {
      if (HeadIsDictVerb(gp)) return -1;
      cur = gp;
      continue;
    }
    if (N(gp).label == "SBAR" && N(gp).parent >= 0 &&
        IsNp(N(N(gp).parent).label)) {
      int np = N(gp).parent;
      for (int k : N(np).kids) {
        if (k == gp) break;
        if (IsNp(N(k).label)) subj = k;
      }
      return subj;
    }
    return -1;
  }
  return -1;
}

// The subject of the clause above node n (the next VP up owns it).
int SentenceCoder::UpperSubject(int n) const {
  int a = N(n).parent;
  while (a >= 0 && !IsVp(N(a).label)) a = N(a).parent;
  if (a < 0) return -1;
  int s = FindSubject(a);
  return s;
}

// Targets: the first constituent after the verb that codes to an actor.
std::vector<Item> SentenceCoder::FindObjects(int vp, int after_leaf,
                                             int skip_pp, int depth) const {
  if (depth > 8) return {};
  for (int k : N(vp).kids) {
    if (N(k).last <= after_leaf) continue;
    if (k == skip_pp || deleted_[k]) continue;
    const std::string& l = N(k).label;
    std::vector<Item> r;
    if (IsNp(l)) {
      r = CodeNp(k, true);
    } else if (l == "PP") {
      for (int g : N(k).kids) {
        if (IsNp(N(g).label)) {
          r = CodeNp(g, true);
          break;
        }
        if (N(g).label == "PP") {  // "while in detention"
          for (int h : N(g).kids)
            if (IsNp(N(h).label)) {
              r = CodeNp(h, true);
              break;
            }
          if (!r.empty()) break;
        }
      }
    } else if (IsClause(l) || l == "SBAR") {
      int s = k;
      if (l == "SBAR") {
        s = -1;
        for (int g : N(k).kids)
          if (IsClause(N(g).label)) s = g;
      }
      // Coordinated clauses "(S (S ...) (CC and) (S ...))": the first one.
      for (int guard = 0; s >= 0 && guard < 8; ++guard) {
        int first_s = -1;
        bool has_np_vp = false;
        for (int g : N(s).kids) {
          if (IsNp(N(g).label) || IsVp(N(g).label)) has_np_vp = true;
          if (IsClause(N(g).label) && first_s < 0) first_s = g;
        }
        if (has_np_vp || first_s < 0) break;
        s = first_s;
      }
      if (s >= 0) {
        int subj = -1, inner_vp = -1;
        for (int g : N(s).kids) {
          if (IsNp(N(g).label) && inner_vp < 0) subj = g;
          if (IsVp(N(g).label) && inner_vp < 0) inner_vp = g;
        }
        if (subj >= 0) r = CodeNp(subj, true);
        if (r.empty() && inner_vp >= 0)
          r = FindObjects(inner_vp, -1, -1, depth + 1);
      }
    } else if (IsVp(l) || l == "ADJP") {
      // Auxiliary chains and "is about to ...", parsed as VP or ADJP.
      r = FindObjects(k, -1, -1, depth + 1);
    }
    if (!r.empty()) return r;
  }
  return {};
}

// The NPs that start (dir>0) or end (dir<0) at leaf c and do not contain
// the verb, largest first.
std::vector<int> SentenceCoder::NpsAt(int c, int dir, int verb_leaf) const {
  std::vector<int> out;
  if (c < 0 || c >= static_cast<int>(t_.leaves.size())) return out;
  int n = t_.leaves[c];
  while (n >= 0) {
    const PtbNode& nd = N(n);
    bool edge = dir > 0 ? nd.first == c : nd.last == c;
    if (!edge) break;
    if (verb_leaf >= nd.first && verb_leaf <= nd.last) break;
    if (IsNp(nd.label)) out.insert(out.begin(), n);
    n = nd.parent;
  }
  return out;
}

bool SentenceCoder::MatchElems(const std::vector<Elem>& es, size_t k, int pos,
                               int dir, int limit, int verb_leaf,
                               MatchState* st) const {
  if (k == es.size()) return true;
  const Elem& e = es[k];
  for (int c = pos; dir > 0 ? c <= limit : c >= limit; c += dir) {
    MatchState s2 = *st;
    int next = -2;  // -2: no match at c
    switch (e.kind) {
      case ElemKind::kWord:
        if (words_[c] == e.word) {
          next = c + dir;
          s2.score += 1;
        }
        break;
      case ElemKind::kSynset: {
        if (e.synset < 0 || e.synset >= static_cast<int>(im_.synsets.size()))
          break;
        for (const auto& m : im_.synsets[e.synset].members) {
          int L = static_cast<int>(m.size());
          int start = dir > 0 ? c : c - L + 1;
          if (start < 0 || start + L > static_cast<int>(words_.size()))
            continue;
          if (dir > 0 && start + L - 1 > limit) continue;
          if (dir < 0 && start < limit) continue;
          bool ok = true;
          for (int j = 0; j < L && ok; ++j) ok = words_[start + j] == m[j];
          if (!ok) continue;
          MatchState s3 = *st;
          s3.score += L;
          if (MatchElems(es, k + 1, dir > 0 ? c + L : c - L, dir, limit,
                         verb_leaf, &s3)) {
            *st = s3;
            return true;
          }
        }
        break;
      }
      default: {
        std::vector<int> cands = NpsAt(c, dir, verb_leaf);
        std::vector<int> ends;
        for (int np : cands)
          ends.push_back(dir > 0 ? N(np).last + 1 : N(np).first - 1);
        if (e.kind == ElemKind::kSkip) {
          // No NP here: skip the rest of the phrase holding this word.
          int p = N(t_.leaves[c]).parent;
          if (p >= 0 && !(verb_leaf >= N(p).first && verb_leaf <= N(p).last)) {
            cands.push_back(-1);
            ends.push_back(dir > 0 ? N(p).last + 1 : N(p).first - 1);
          }
        }
        for (size_t q = 0; q < cands.size(); ++q) {
          int np = cands[q];
          MatchState s3 = *st;
          if (np >= 0 && e.kind != ElemKind::kSkip) {
            std::vector<std::string> codes = Codes(np);
            if (codes.empty()) continue;
            if (e.kind == ElemKind::kSource) s3.source = np;
            if (e.kind == ElemKind::kTarget) s3.target = np;
            if (e.kind == ElemKind::kCompound) {
              if (codes.size() < 2) continue;
              s3.compound = true;
              if (dir < 0)
                s3.source = np;
              else
                s3.target = np;
            }
          }
          s3.score += 1;
          if (MatchElems(es, k + 1, ends[q], dir, limit, verb_leaf, &s3)) {
            *st = s3;
            return true;
          }
        }
        break;
      }
    }
    if (next != -2) {
      if (MatchElems(es, k + 1, next, dir, limit, verb_leaf, &s2)) {
        *st = s2;
        return true;
      }
    }
    if (e.tight) break;
  }
  return false;
}

std::vector<PetrarchEvent> SentenceCoder::Code() {
  std::set<PetrarchEvent> events;
  const int nleaves = static_cast<int>(words_.size());
  // Patterns whose literal words are not all in the sentence cannot match.
  std::unordered_set<std::string_view> present(words_.begin(), words_.end());
  std::vector<bool> coding_vp(t_.nodes.size(), false);
  for (int i = 0; i < nleaves; ++i) {
    if (tags_[i].rfind("VB", 0) != 0) continue;
    int leaf_node = t_.leaves[i];
    int vp = N(leaf_node).parent;
    if (vp < 0 || !IsVp(N(vp).label)) continue;
    if (Deleted(leaf_node)) continue;
    // A verb inside the phrase of a verb already coded is that verb's
    // complement ("is said to be about to restore ties", "urged X to help
    // win"): the outer verb's event stands for it.
    bool nested = false;
    for (int a = N(vp).parent; a >= 0 && !nested; a = N(a).parent)
      nested = coding_vp[a];
    if (nested) continue;
    auto it = im_.verbs.find(words_[i]);
    if (it == im_.verbs.end()) continue;
    // Longest fitting verb form.
    const VerbForm* best = nullptr;
    size_t best_len = 0;
    std::vector<int> blocks;
    for (const VerbForm& f : it->second) {
      int ps = i - static_cast<int>(f.pre.size());
      int pe = i + static_cast<int>(f.post.size());
      if (ps < 0 || pe >= nleaves) continue;
      bool ok = true;
      for (size_t j = 0; j < f.pre.size() && ok; ++j)
        ok = words_[ps + j] == f.pre[j];
      for (size_t j = 0; j < f.post.size() && ok; ++j)
        ok = words_[i + 1 + j] == f.post[j];
      if (!ok) continue;
      size_t len = f.pre.size() + f.post.size() + 1;
      if (!best || len > best_len) {
        best = &f;
        best_len = len;
        blocks.clear();
      }
      if (len == best_len &&
          std::find(blocks.begin(), blocks.end(), f.block) == blocks.end())
        blocks.push_back(f.block);
    }
    if (!best) continue;
    int vstart = i - static_cast<int>(best->pre.size());
    int vend = i + static_cast<int>(best->post.size());
    // Patterns.
    const Pattern* pat = nullptr;
    MatchState pst;
    for (int b : blocks) {
      for (int pi : im_.blocks[b].patterns) {
        const Pattern& p = im_.patterns[pi];
        if (!ValidCode(p.code) && p.code != "---") continue;
        bool possible = true;
        for (const std::string& w : p.required)
          if (!present.count(w)) {
            possible = false;
            break;
          }
        if (!possible) continue;
        MatchState st;
        if (!MatchElems(p.pre, 0, vstart - 1, -1, 0, i, &st)) continue;
        if (!MatchElems(p.post, 0, vend + 1, +1, N(vp).last, i, &st)) continue;
        if (!pat || st.score > pst.score) {
          pat = &p;
          pst = st;
        }
      }
    }
    std::string code, code2;
    if (pat) {
      code = pat->code;
      code2 = pat->code2;
    } else if (!best->code.empty()) {
      code = best->code;
      code2 = best->code2;
    } else {
      code = im_.blocks[best->block].code;
      code2 = im_.blocks[best->block].code2;
    }
    if (!ValidCode(code)) continue;
    if (!ValidCode(code2)) code2.clear();
    coding_vp[vp] = true;

    int subj = FindSubject(vp);
    // Passive: a BE auxiliary above a VBN, with a "by" phrase.
    int by_np = -1, by_pp = -1;
    if (tags_[i] == "VBN") {
      bool be = false;
      for (int a = vp; a >= 0 && IsVp(N(a).label); a = N(a).parent)
        for (int k : N(a).kids)
          if (IsPreterminal(k) && N(k).first < i) {
            const std::string& w = words_[N(k).first];
            if (w == "IS" || w == "ARE" || w == "WAS" || w == "WERE" ||
                w == "BE" || w == "BEEN" || w == "BEING" || w == "AM")
              be = true;
          }
      if (be)
        for (int k : N(vp).kids) {
          // "opposed by X", also "opposed earlier by X" (PP inside ADVP).
          int pp = -1;
          if (N(k).label == "PP") pp = k;
          if (N(k).label == "ADVP")
            for (int g : N(k).kids)
              if (N(g).label == "PP") pp = g;
          if (pp < 0 || N(pp).first <= i || words_[N(pp).first] != "BY")
            continue;
          for (int g : N(pp).kids)
            if (IsNp(N(g).label) && by_np < 0) {
              by_np = g;
              by_pp = k;
            }
        }
    }
    std::vector<std::string> src, tgt;
    if (pst.source >= 0) src = Codes(pst.source);
    if (pst.target >= 0) tgt = Codes(pst.target);
    bool reciprocal = pst.compound && pst.source >= 0 && pst.target < 0;
    if (by_np >= 0 && !Codes(by_np).empty() && pst.source < 0) {
      src = Codes(by_np);
      if (pst.target < 0) tgt = Codes(subj);
    }
    if (pst.source < 0 && src.empty()) {
      // A pattern that makes the verb's own subject the target ("NOTED + *")
      // takes its source from the clause above.
      if (pst.target >= 0 && subj >= 0 &&
          N(pst.target).first >= N(subj).first &&
          N(pst.target).last <= N(subj).last)
        src = Codes(UpperSubject(subj));
      else
        src = Codes(subj);
    }
    if (pst.target < 0 && tgt.empty() && !reciprocal)
      tgt = ItemCodes(FindObjects(vp, vend, by_pp, 0));
    if (reciprocal) {
      for (const auto& a : src)
        for (const auto& b : src)
          if (a != b) events.insert(PetrarchEvent{a, b, code});
      continue;
    }
    if (cfg_.require_dyad && (src.empty() || tgt.empty())) continue;
    if (src.empty() && tgt.empty()) continue;
    if (src.empty()) src.push_back("---");
    if (tgt.empty()) tgt.push_back("---");
    for (const auto& s : src)
      for (const auto& t : tgt) {
        if (s == t) continue;
        events.insert(PetrarchEvent{s, t, code});
        if (!code2.empty()) events.insert(PetrarchEvent{t, s, code2});
      }
  }
  return std::vector<PetrarchEvent>(events.begin(), events.end());
}

int DateNumber(const std::string& date) {
  std::string d;
  for (char c : date)
    if (std::isdigit(static_cast<unsigned char>(c))) d.push_back(c);
  if (d.size() >= 8) return std::stoi(d.substr(0, 8));
  if (d.size() == 6) return ParseDictDate(d);
  return 0;
}

// "CEBU CITY: -- Cordova ..." : a wire-service dateline left in the text.
bool HasDateline(const std::string& text) {
  size_t colon = text.find(':');
  size_t dash = text.find("--");
  size_t cut = std::min(colon, dash);
  if (cut == std::string::npos || cut == 0 || cut > 40) return false;
  bool letter = false;
  for (size_t i = 0; i < cut; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::islower(c)) return false;
    if (std::isupper(c)) letter = true;
  }
  return letter;
}

}  // namespace

PetrarchResult CodeRecord(const PetrarchDictionaries& dicts,
                          const PetrarchRecord& record,
                          bool use_record_config) {
  PetrarchResult r;
  const PetrarchConfig& cfg =
      use_record_config ? record.config : dicts.config();
  if (!record.parse_ok || record.tree.empty()) {
    r.error = "bad_input_parse";
    return r;
  }
  if (HasDateline(record.text)) {
    r.error = "dateline";
    return r;
  }
  SentenceCoder sc(dicts, record.tree, cfg, DateNumber(record.date));
  const Impl& im = dicts.impl();
  const auto& w = sc.words();
  for (size_t i = 0; i < w.size(); ++i) {
    size_t len = 0;
    int id = im.discard_phrases.Match(w, i, &len);
    if (id >= 0) {
      r.error = im.discard_story[id] ? "storydiscard" : "sentencediscard";
      return r;
    }
  }
  for (size_t i = 0; i < w.size(); ++i) {
    size_t len = 0;
    int id = im.issue_phrases.Match(w, i, &len);
    if (id >= 0 && std::find(r.issues.begin(), r.issues.end(),
                             im.issue_codes[id]) == r.issues.end())
      r.issues.push_back(im.issue_codes[id]);
  }
  r.events = sc.Code();
  return r;
}

std::vector<PetrarchEvent> CodeSentence(const PetrarchDictionaries& dicts,
                                        const PetrarchRecord& record) {
  return CodeRecord(dicts, record, false).events;
}

}  // namespace dyad
