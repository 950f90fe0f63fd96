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

#include "parse/parser.h"
#include "text/word_hash.h"

#include <algorithm>
#include <string_view>

namespace dyad {
namespace {

constexpr size_t kMaxActorsPerSide = 4;

// An appeal (020), demand (100) or refusal (120) is made specific by what
// is asked for or refused, in CAMEO's parallel families: "urged Syria to
// release the prisoners" is 0253, "demanded that Iran allow inspectors in"
// 1055, "refused to withdraw its troops" 1246. Empty when the act has no
// place in the family.
enum class Family { kAppeal, kDemand, kRefusal };

std::string_view FamilyCode(Family family, std::string_view act) {
  static constexpr struct {
    std::string_view action, appeal, demand, refusal;
  } kRows[] = {
      {"04", "026", "106", "125"},      {"045", "028", "108", "126"},
      {"05", "022", "102", ""},         {"06", "021", "101", "121"},
      {"061", "0211", "1011", "1211"},  {"062", "0212", "1012", "1212"},
      {"063", "0213", "1013", ""},      {"064", "0214", "1014", ""},
      {"07", "023", "103", "122"},      {"071", "0231", "1031", "1221"},
      {"072", "0232", "1032", "1222"},  {"073", "0233", "1033", "1223"},
      {"074", "0234", "1034", "1224"},  {"08", "025", "105", "124"},
      {"081", "0251", "1051", "1241"},  {"082", "0252", "1052", "1242"},
      {"083", "024", "104", "123"},     {"0831", "0241", "1041", "1231"},
      {"0832", "0242", "1042", "1232"}, {"0833", "0243", "1043", "1233"},
      {"0834", "0244", "1044", "1234"}, {"084", "0253", "1053", "1243"},
      {"085", "0254", "1054", "1244"},  {"086", "0255", "1055", "1245"},
      {"087", "0256", "1056", "1246"},
  };
  std::string_view best, code;
  for (const auto& r : kRows) {
    std::string_view c = family == Family::kAppeal   ? r.appeal
                         : family == Family::kDemand ? r.demand
                                                     : r.refusal;
    if (c.empty() || act.substr(0, r.action.size()) != r.action ||
        r.action.size() <= best.size())
      continue;
    best = r.action;
    code = c;
  }
  return code;
}

// CAMEO codes a future or promised action as the intent to act: "Finland
// will give Tanzania a grant" is 0331 (intent to provide economic aid), not
// 071; "will attack" is a threat of force (138x). Empty when the code has no
// intent form (statements, appeals, protests are coded as they are).
std::string IntentCode(std::string_view code) {
  // Longest listed prefix wins: "0612" -> "061" -> "0311".
  static constexpr struct {
    std::string_view action, intent;
  } kIntents[] = {
      {"04", "036"},
      {"045", "039"},
      {"05", "032"},
      {"057", "030"},
      {"06", "031"},
      {"061", "0311"},
      {"062", "0312"},
      {"063", "0313"},
      {"064", "0314"},
      {"07", "033"},
      {"071", "0331"},
      {"072", "0332"},
      {"073", "0333"},
      {"074", "0334"},
      {"08", "035"},
      {"081", "0351"},
      {"082", "0352"},
      {"083", "034"},
      {"084", "0353"},
      {"085", "0354"},
      {"086", "0355"},
      {"087", "0356"},
      {"14", "133"},
      {"16", "131"},
      {"161", "1313"},
      {"162", "1311"},
      {"163", "1312"},
      {"164", "134"},
      {"165", "135"},
      {"166", "136"},
      {"17", "137"},
      {"18", "1383"},
      {"19", "1384"},
      {"191", "1381"},
      {"192", "1382"},
      {"20", "1385"},
      // "vowed to continue the offensive": a promise to keep fighting.
      {"1246", "1384"},
  };
  std::string_view best, intent;
  for (const auto& e : kIntents) {
    if (code.substr(0, e.action.size()) == e.action && e.action.size() > best.size()) {
      best = e.action;
      intent = e.intent;
    }
  }
  return std::string(intent);
}

bool IsIntentRoot(std::string_view code) { return code.substr(0, 2) == "03"; }

// The coder's per-document vectors, kept per thread so that each document
// reuses their capacity rather than allocating a fresh set.
struct CoderScratch {
  std::vector<bool> coded, consumed;
  std::vector<uint32_t> first_clause, consumer;
  // Only the first doc.clauses.size() are in use; the rest keep their
  // capacity for longer documents.
  std::vector<std::vector<size_t>> clause_events;
  std::vector<size_t> statements, superseded;
};

class SentenceCoder {
 public:
  SentenceCoder(const VerbDictionary& verbs, const VerbWords& words,
                const Codebook& codebook, Document* doc, CoderScratch* scratch)
      : verbs_(verbs),
        words_(words),
        codebook_(codebook),
        doc_(*doc),
        coded_(scratch->coded),
        first_clause_(scratch->first_clause),
        consumed_(scratch->consumed),
        consumer_(scratch->consumer),
        clause_events_(scratch->clause_events),
        statements_(scratch->statements),
        superseded_(scratch->superseded) {}

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
    ClaimedActs();
    NoMutualMediation();
    DropSuperseded();
    ConditionTargets();
    auto in_text_order = [](const Event& a, const Event& b) {
      if (a.sentence != b.sentence) return a.sentence < b.sentence;
      return a.trigger_first < b.trigger_first;
    };
    // Most documents' events are already in order, and std::stable_sort
    // allocates a buffer even then.
    if (!std::is_sorted(doc_.events.begin(), doc_.events.end(), in_text_order))
      std::stable_sort(doc_.events.begin(), doc_.events.end(), in_text_order);
    InheritEllipticTargets();
  }

 private:
  std::string_view L(uint32_t t) const { return doc_.tokens[t].lemma; }

  bool IsReporting(const Clause& cl) const {
    // "warn" and "claim" name events of their own (threats, claims).
    std::string_view l = L(cl.verb);
    return cl.reports && l != "warn" && l != "claim" && l != "believe" && l != "think";
  }

  // Mentions fully inside [first, end), one per noun chunk (the one nearest
  // the chunk's head), in order.
  std::vector<uint32_t> ActorsIn(uint32_t first, uint32_t end) const {
    std::vector<uint32_t> out;
    if (first == kNone || end == kNone || first >= end) return out;
    // Only the mentions found by actors/ are in text order; the coder's own
    // (places standing for countries, composed roles) are appended after.
    auto sorted_end = doc_.mentions.begin() + sorted_mentions_;
    auto it = std::lower_bound(doc_.mentions.begin(), sorted_end, first,
                               [](const ActorMention& m, uint32_t t) {
                                 return m.first_token < t;
                               });
    uint32_t last_chunk_end = kNone;
    for (; it != sorted_end && it->first_token < end; ++it) {
      if (it->end_token > end) break;
      if (it->code.empty() && it->country.empty()) continue;
      uint32_t m = static_cast<uint32_t>(it - doc_.mentions.begin());
      // "Syria 's army": keep the later mention of the same chunk, except
      // a people named after a country of residence: "Bosnian Serbs",
      // "Iraqi Kurds" live in (and are coded as) the first country.
      if (!out.empty() && last_chunk_end != kNone && it->first_token < last_chunk_end) {
        const ActorMention& prev = doc_.mentions[out.back()];
        bool residence = prev.kind == ActorKind::kCountry && it->kind == ActorKind::kCountry &&
                         prev.end_token == it->first_token &&
                         doc_.TokenText(it->end_token - 1).ends_with("s");
        if (!residence) out.back() = m;
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
  std::vector<uint32_t> HeadActors(uint32_t first, uint32_t end) {
    std::vector<uint32_t> all = ActorsIn(first, end);
    // "hundreds of supporters of the opposition leader": through each "of".
    for (uint32_t& m : all)
      for (int hop = 0; hop < 3; ++hop) m = VoiceOf(m);
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (all.size() == 1) all[0] = Residence(all[0]);
    if (all.size() <= 1) return all;
    std::vector<uint32_t> out;
    for (size_t i = 0; i < all.size(); ++i) {
      uint32_t m = all[i];
      uint32_t t = doc_.mentions[m].first_token;
      bool after_of = false;
      for (uint32_t k = first; k < t; ++k)
        if (L(k) == "of" || doc_.tokens[k].tag == Tag::IN) after_of = true;
      if (after_of) continue;
      // "the president of Armenia": a role takes the country after "of".
      if (i + 1 < all.size()) m = RoleOfCountry(m, all[i + 1]);
      m = Residence(m);
      out.push_back(m);
      // "The foreign ministers of India and China": a plural role of
      // coordinated countries is one role for each.
      const ActorMention& role = doc_.mentions[m];
      if (role.kind != ActorKind::kAgent || role.role.empty() ||
          role.end_token < 3 || L(role.end_token - 2) != "of" ||
          doc_.tokens[role.first_token].tag == Tag::PRP_S)
        continue;
      uint32_t last = role.end_token;
      for (size_t j = i + 1; j < all.size(); ++j) {
        const ActorMention& other = doc_.mentions[all[j]];
        if (other.end_token <= last) continue;  // the role's own country
        uint32_t gap = other.first_token;
        if (other.kind != ActorKind::kCountry || other.country.size() != 3 ||
            gap != last + 1 || L(gap - 1) != "and")
          break;
        last = other.end_token;
        ActorMention copy = role;
        copy.country = other.country;
        copy.code = other.country + role.role;
        copy.span = other.span;
        copy.first_token = other.first_token;
        copy.end_token = other.end_token;
        doc_.mentions.push_back(std::move(copy));
        out.push_back(static_cast<uint32_t>(doc_.mentions.size() - 1));
      }
    }
    return out.empty() ? all : out;
  }

  // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,
  // demanded": an unknown name is who its appositive says it is.
  std::vector<uint32_t> AppositiveActors(uint32_t after, uint32_t verb) {
    if (after == kNone || after >= verb || doc_.tokens[after].tag != Tag::kComma) return {};
    uint32_t close = after + 1;
    while (close < verb && doc_.tokens[close].tag != Tag::kComma) ++close;
    if (close >= verb || close - after > 10) return {};
    return HeadActors(after + 1, close);
  }

  // "Ethnic Albanians in south Serbia", "the Kurds of northern Iraq": a
  // people named with where it lives is coded as that country's.
  uint32_t Residence(uint32_t people) {
    uint32_t ethnic = EthnicResidence(people);
    if (ethnic != people) return ethnic;
    const ActorMention& p = doc_.mentions[people];
    if (p.kind != ActorKind::kCountry || !doc_.TokenText(p.end_token - 1).ends_with("s") ||
        p.end_token >= doc_.tokens.size())
      return people;
    uint32_t t = p.end_token;
    if (L(t) != "in" && L(t) != "of") return people;
    ++t;
    while (t < doc_.tokens.size() && t < p.end_token + 4 &&
           (doc_.tokens[t].tag == Tag::DT || doc_.tokens[t].tag == Tag::JJ ||
            doc_.tokens[t].tag == Tag::RB ||
            (doc_.tokens[t].tag == Tag::NN && !doc_.tokens[t].capitalized)))
      ++t;
    auto sorted_end = doc_.mentions.begin() + sorted_mentions_;
    auto it = std::lower_bound(doc_.mentions.begin(), sorted_end, t,
                               [](const ActorMention& m, uint32_t x) { return m.first_token < x; });
    if (it == sorted_end || it->first_token != t || it->kind != ActorKind::kCountry ||
        it->country.size() != 3 || it->country == p.country)
      return people;
    ActorMention m = p;
    m.country = it->country;
    m.code = it->country + p.role;
    doc_.mentions.push_back(std::move(m));
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // "Serb forces killed three ethnic Albanians in southeastern Serbia",
  // "ethnic Turks protested against Sweden's decision": an ethnic group is
  // coded by the state it lives in (CAMEO codes peoples by residence), taken
  // as the first other state the sentence names.
  uint32_t EthnicResidence(uint32_t people) {
    const ActorMention& p = doc_.mentions[people];
    // Also "ethnic Albanian guerrillas": the group keeps its role.
    if ((p.kind != ActorKind::kCountry && p.kind != ActorKind::kAgent) || p.first_token == 0 ||
        p.country.size() != 3 || L(p.first_token - 1) != "ethnic")
      return people;
    const Sentence& sent = doc_.sentences[p.sentence];
    for (size_t i = 0; i < sorted_mentions_; ++i) {
      const ActorMention& o = doc_.mentions[i];
      if (o.first_token < sent.first_token) continue;
      if (o.first_token >= sent.end_token) break;
      if (o.country.size() != 3 || o.country == p.country || o.country == "IGO" ||
          o.country == "NGO" || o.country == "IMG" || o.country == "MNC" ||
          o.kind == ActorKind::kPronoun)
        continue;
      // Only a state named as such: the country, its people or its seat.
      if (o.kind != ActorKind::kCountry) continue;
      ActorMention m = p;
      m.country = o.country;
      m.code = o.country + p.role;
      doc_.mentions.push_back(std::move(m));
      return static_cast<uint32_t>(doc_.mentions.size() - 1);
    }
    return people;
  }

  // "A spokesman for the rebels said": a spokesman, representative or
  // member "for/of" a group stands for the group, even when the subject
  // phrase ends before the "for"; "thousands of protesters" are protesters
  // (a bare "thousands" is a crowd of civilians).
  uint32_t VoiceOf(uint32_t voice) const {
    const ActorMention& v = doc_.mentions[voice];
    if (v.kind != ActorKind::kAgent) return voice;
    std::string_view head = L(v.end_token - 1);
    bool quantity = head == "thousand" || head == "hundred" || head == "dozen" ||
                    head == "million" || head == "supporter" || head == "follower";
    if (head != "spokesman" && head != "spokeswoman" && head != "spokesperson" &&
        head != "representative" && head != "member" && !quantity)
      return voice;
    uint32_t t = v.end_token;
    if (t >= doc_.tokens.size() || (L(t) != "of" && (quantity || L(t) != "for"))) return voice;
    ++t;
    if (t < doc_.tokens.size() && L(t) == "the") ++t;
    auto sorted_end = doc_.mentions.begin() + sorted_mentions_;
    auto it = std::lower_bound(doc_.mentions.begin(), sorted_end, t,
                               [](const ActorMention& m, uint32_t x) { return m.first_token < x; });
    if (it == sorted_end || it->first_token != t || it->code.empty() ||
        it->kind == ActorKind::kPronoun)
      return voice;
    return static_cast<uint32_t>(it - doc_.mentions.begin());
  }

  uint32_t RoleOfCountry(uint32_t role, uint32_t country) {
    const ActorMention& r = doc_.mentions[role];
    const ActorMention& c = doc_.mentions[country];
    bool org = c.kind == ActorKind::kOrganisation && !c.code.empty();
    if (r.kind != ActorKind::kAgent || r.role.size() != 3 ||
        (!org && (c.kind != ActorKind::kCountry || c.country.size() != 3)) ||
        c.code == r.code)
      return role;
    uint32_t t = r.end_token;
    if (t >= doc_.tokens.size() || L(t) != "of") return role;
    ++t;
    if (t < doc_.tokens.size() && L(t) == "the") ++t;
    if (t != c.first_token) return role;
    ActorMention m = r;
    m.span.end = c.span.end;
    m.end_token = c.end_token;
    m.country = c.country;
    // "inspectors of the IAEA" belong to the organisation: its own code.
    m.code = org ? c.code : c.country + r.role;
    if (org) m.role = c.role;
    doc_.mentions.push_back(std::move(m));
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // Actors of the phrase that starts right after token `from`.
  std::vector<uint32_t> ActorsAfter(uint32_t from, uint32_t limit) {
    uint32_t t = from + 1;
    while (t < limit && (doc_.tokens[t].tag == Tag::DT || doc_.tokens[t].tag == Tag::RB))
      ++t;
    // The noun chunk starting there and its coordination. Chunks are in
    // text order: start at the first one that ends after `from`.
    uint32_t c0 = static_cast<uint32_t>(
        std::lower_bound(doc_.chunks.begin(), doc_.chunks.end(), from + 1,
                         [](const Chunk& ch, uint32_t t) { return ch.end <= t; }) -
        doc_.chunks.begin());
    for (uint32_t c = c0; c < doc_.chunks.size(); ++c) {
      const Chunk& ch = doc_.chunks[c];
      if (ch.first >= limit) break;
      if (ch.kind == ChunkKind::kNoun && ch.end > from + 1 && ch.first <= t + 1) {
        uint32_t end = ch.end;
        // Extend over "X and Y" / "X, Y and Z"; a comma alone joins only
        // in a list that "and" closes ("the Israeli military, officials
        // said" is no list).
        for (uint32_t d = c + 1, listed = ch.end; d < doc_.chunks.size(); ++d) {
          const Chunk& nx = doc_.chunks[d];
          if (nx.kind != ChunkKind::kNoun || nx.first >= limit) break;
          bool joined = nx.first > listed;
          for (uint32_t k = listed; k < nx.first; ++k) {
            Tag tg = doc_.tokens[k].tag;
            if (tg != Tag::CC && tg != Tag::kComma) joined = false;
          }
          if (!joined) break;
          listed = nx.end;
          if (doc_.tokens[nx.first - 1].tag == Tag::CC) end = listed;
        }
        // "of" attachment: "the city of Homs", "members of the opposition",
        // "the president of Armenia".
        uint32_t of_first = kNone, of_end = kNone;
        if (end + 1 < limit && L(end) == "of") {
          for (uint32_t d = c + 1; d < doc_.chunks.size(); ++d) {
            const Chunk& nx = doc_.chunks[d];
            if (nx.first == end + 1 && nx.kind == ChunkKind::kNoun) {
              of_first = nx.first;
              of_end = std::min(nx.end, limit);
            }
            if (nx.first >= end + 1) break;
          }
        }
        std::vector<uint32_t> a =
            HeadActors(ch.first, of_end != kNone ? of_end : std::min(end, limit));
        if (a.empty() && of_first != kNone) a = ActorsIn(of_first, of_end);
        // "protested against violations by the Israeli military", "an
        // investigation into crimes committed by Croat forces": what names
        // no actor is done by whoever its "by" phrase names.
        if (a.empty()) a = ByPhraseAfter(of_end != kNone ? of_end : end);
        return a;
      }
    }
    return {};
  }

  uint32_t SentenceEnd(uint32_t s) const { return doc_.sentences[s].end_token; }

  // Actors of a "by" phrase at token `by`, maybe after a participle
  // ("crimes committed by Croat forces").
  std::vector<uint32_t> ByPhraseAfter(uint32_t by) {
    if (by >= doc_.tokens.size()) return {};
    uint32_t end = SentenceEnd(doc_.tokens[by].sentence);
    if (by < end && doc_.tokens[by].tag == Tag::VBN) {
      // "a ceasefire brokered by the United States": who arranged a thing
      // is its third party, not the one it is done by or against.
      static constexpr lexical::ConstWordSet kArranged{
          "broker",    "mediate", "sponsor", "facilitate", "host",
          "propose",   "draft",   "back",    "support",    "guarantee",
          "negotiate", "arrange", "oversee", "monitor"};
      if (kArranged.Contains(L(by))) return {};
      ++by;
    }
    if (by + 1 < end && L(by) == "by") return ActorsAfter(by, end);
    return {};
  }

  // The whole subject phrase of the clause that reports `cl`.
  std::vector<uint32_t> SpeakerActors(const Clause& cl) {
    if (cl.speaker == kNone) return {};
    for (uint32_t i = first_clause_[cl.sentence]; i < first_clause_[cl.sentence + 1]; ++i) {
      const Clause& r = doc_.clauses[i];
      if (r.subject == cl.speaker && r.subject_first != kNone)
        return HeadActors(r.subject_first, r.subject_end);
    }
    return HeadActors(doc_.chunks[cl.speaker].first, doc_.chunks[cl.speaker].end);
  }

  // "The two countries agreed ...", "both sides": the two countries named
  // last, in this sentence before the subject or in the two before it.
  // The two states of a shared name in the plural ("Koreas", "Sudans",
  // "Congos"), as two country mentions on that token; empty for any other.
  std::vector<uint32_t> NamedPair(uint32_t token) {
    static constexpr struct {
      std::string_view plural, first, second;
    } kPairs[] = {{"koreas", "KOR", "PRK"},
                  {"sudans", "SDN", "SSD"},
                  {"congos", "COD", "COG"}};
    std::string_view w = doc_.TokenText(token);
    char lower[8];
    if (w.size() >= sizeof(lower)) return {};
    lexical::LowerAscii(w.data(), w.size(), lower);
    std::string_view lw(lower, w.size());
    for (const auto& p : kPairs) {
      if (lw != p.plural) continue;
      std::vector<uint32_t> out;
      for (std::string_view code : {p.first, p.second}) {
        ActorMention m;
        m.span = doc_.tokens[token].span;
        m.first_token = token;
        m.end_token = token + 1;
        m.sentence = doc_.tokens[token].sentence;
        m.kind = ActorKind::kCountry;
        m.code = m.country = std::string(code);
        m.name = std::string(code);
        doc_.mentions.push_back(std::move(m));
        out.push_back(static_cast<uint32_t>(doc_.mentions.size() - 1));
      }
      return out;
    }
    return {};
  }

  std::vector<uint32_t> TheTwo(const Clause& cl) {
    if (cl.subject_first == kNone || cl.subject_end < cl.subject_first + 2) return {};
    uint32_t t = cl.subject_first;
    if (L(t) == "the") ++t;
    if (t + 1 >= cl.subject_end || (L(t) != "two" && L(t) != "both")) return {};
    // "the two Koreas": a pair of states that share one name.
    std::vector<uint32_t> pair = NamedPair(cl.subject_end - 1);
    if (!pair.empty()) return pair;
    if (doc_.tokens[cl.subject_end - 1].tag != Tag::NNS) return {};
    // "the two countries", "both leaders": states, their governments and
    // leaders; "the two sides" may be any.
    std::string_view head = L(cl.subject_end - 1);
    bool states = head == "country" || head == "nation" || head == "state" ||
                  head == "government" || head == "neighbour" || head == "neighbor" ||
                  head == "leader" || head == "capital";
    // "the two leaders" are people, not the capital they met in.
    bool people = head == "leader" || head == "president" || head == "minister" ||
                  head == "premier" || head == "official" || head == "diplomat";
    std::vector<uint32_t> out;
    for (size_t i = sorted_mentions_; i-- > 0 && out.size() < 2;) {
      const ActorMention& a = doc_.mentions[i];
      if (a.first_token >= cl.subject_first) continue;
      if (a.sentence + 2 < cl.sentence) break;
      // "met his Saudi counterpart in Beijing, where the two sides ...":
      // where they met is no side.
      if (a.kind == ActorKind::kCountry && a.first_token > 0 &&
          (L(a.first_token - 1) == "in" || L(a.first_token - 1) == "at"))
        continue;
      if (a.country.size() != 3 || a.country == "IGO" || a.country == "NGO") continue;
      if (states && !a.role.empty() && a.role != "GOV") continue;
      if (people && a.kind != ActorKind::kPerson && a.kind != ActorKind::kAgent) continue;
      if (!out.empty() && doc_.mentions[out[0]].country == a.country) continue;
      out.push_back(static_cast<uint32_t>(i));
    }
    if (out.size() != 2) return {};
    std::swap(out[0], out[1]);
    return out;
  }

  // "Russia and China held talks (in Beijing)", "Ethiopia and Eritrea
  // signed a peace deal": joint cooperation, or a clash, with no target but
  // the actors themselves is between them.
  bool Reciprocal(std::string_view code, const std::vector<uint32_t>& sources,
                  const std::vector<uint32_t>& targets, bool the_two) const {
    if (sources.size() < 2) return false;
    std::string_view root = code.substr(0, 2);
    // "The two countries cut ties" act on each other whatever they do;
    // "Belgium and Britain recalled their ambassadors" from a third.
    if (root != "03" && root != "04" && root != "05" && root != "06" && root != "19" &&
        !the_two)
      return false;

    for (uint32_t t : targets) {
      bool own = false;
      for (uint32_t s : sources) own |= doc_.mentions[s].country == doc_.mentions[t].country;
      if (!own) return false;
    }
    // "tanks and snipers began firing": one side named twice acts on no one.
    for (uint32_t s : sources)
      if (doc_.mentions[s].code != doc_.mentions[sources[0]].code) return true;
    return false;
  }

  // "fighting between Sudan's army and the RSF", "talks between Israel and
  // Hamas": two or more sides named after "between" act on each other.
  bool Between(const std::vector<uint32_t>& targets) const {
    if (targets.size() < 2) return false;
    uint32_t t = doc_.mentions[targets[0]].first_token;
    while (t > 0 && doc_.tokens[t - 1].tag == Tag::DT) --t;
    return t > 0 && L(t - 1) == "between";
  }

  // An infinitive complement ("to send", or bare after "help"/"let").
  bool IsComplement(const Clause& cl) const {
    if (cl.parent == kNone) return false;
    const Chunk& vc = doc_.chunks[cl.verb_chunk];
    if (doc_.tokens[vc.first].tag == Tag::TO) return true;
    if (cl.verb_chunk == 0 || doc_.chunks[cl.verb_chunk - 1].end != vc.first ||
        doc_.chunks[cl.verb_chunk - 1].kind != ChunkKind::kVerb)
      return false;
    // "vowed to continue fighting": a gerund after a verb of going on.
    Tag t = doc_.tokens[vc.first].tag;
    return t == Tag::VB ||
           (t == Tag::VBG && TakesGerund(L(doc_.chunks[cl.verb_chunk - 1].end - 1)));
  }

  // The coded clause an infinitive complement is part of, through a chain
  // of uncoded infinitives: "is willing to send material to help defend
  // Saudi Arabia" is one intent, whose target is Saudi Arabia. kNone when
  // the chain reaches no coded clause.
  uint32_t CodedHost(const Clause& cl) const {
    const Clause* c = &cl;
    for (int depth = 0; depth < 4 && IsComplement(*c); ++depth) {
      // Across an uncoded link only a verbal act takes the complement as its
      // content ("is willing to ... help defend"); "mobilized groups to help
      // support X" is a second event of its own.
      if (coded_[c->parent] && (depth == 0 || GovernsComplement(c->parent))) return c->parent;
      c = &doc_.clauses[c->parent];
    }
    return kNone;
  }

  // The clause's events are appeals, intents, demands, disapprovals,
  // rejections, threats or denials: acts about another act ("denied reports
  // that soldiers had killed civilians" codes no killing).
  bool GovernsComplement(uint32_t clause) const {
    for (size_t i : clause_events_[clause]) {
      std::string_view root = std::string_view(doc_.events[i].cameo).substr(0, 2);
      if (root == "02" || root == "03" || root == "10" || root == "11" || root == "12" ||
          root == "13" || doc_.events[i].cameo == "016")
        return true;
    }
    return false;
  }

  // "The union announced that it has called off the strike", "the AU said
  // it will send observers": a pronoun subject of reported speech is the
  // reporter, when the pronoun fits it (he/she a person, it an organisation
  // or country, they/we any group). Empty otherwise.
  std::vector<uint32_t> ReporterOfPronoun(const Clause& cl) {
    if (cl.speaker == kNone || cl.subject_first == kNone ||
        cl.subject_end != cl.subject_first + 1 || doc_.tokens[cl.subject_first].tag != Tag::PRP)
      return {};
    std::string_view p = L(cl.subject_first);
    std::vector<uint32_t> speakers = SpeakerActors(cl);
    for (uint32_t m : speakers) {
      ActorKind k = doc_.mentions[m].kind;
      // "We will respond," the minister said: a speaker's "we" or "I" is
      // the speaker, who speaks for its institution.
      bool fits = (p == "he" || p == "she")   ? k == ActorKind::kPerson
                  : p == "it"                 ? k == ActorKind::kCountry ||
                                                    k == ActorKind::kOrganisation
                  : p == "they"               ? k != ActorKind::kPerson
                  : (p == "we" || p == "i")   ? true
                                              : false;
      if (!fits) return {};
    }
    return speakers;
  }

  // "must", "should", "has to", "ought to": an obligation put on the subject.
  bool Obligation(const Clause& cl) const {
    const Chunk& vc = doc_.chunks[cl.verb_chunk];
    for (uint32_t t = vc.first; t < vc.end; ++t) {
      std::string_view l = L(t);
      if (l == "must" || l == "should" || l == "ought") return true;
    }
    return false;
  }

  bool NegatedIntent(const Clause& cl) const {
    if (!cl.negated) return false;
    if (cl.modality == Modality::kFuture) return true;
    // "failed to reach agreement": a cooperation that was refused or lost.
    if (cl.parent != kNone && L(doc_.clauses[cl.parent].verb) == "fail") return true;
    const Chunk& vc = doc_.chunks[cl.verb_chunk];
    for (uint32_t t = vc.first; t < vc.end; ++t)
      if (L(t) == "would" || L(t) == "will" || L(t) == "wo") return true;
    return false;
  }

  // A promise or plan of the subject's own: "will", "would" in reported
  // speech, or an infinitive under plan/intend/prepare.
  bool Intent(const Clause& cl) const {
    if (cl.modality == Modality::kFuture) return true;
    if (cl.modality != Modality::kHypothetical) return false;
    const Chunk& vc = doc_.chunks[cl.verb_chunk];
    for (uint32_t t = vc.first; t < vc.end; ++t)
      if (L(t) == "would" && cl.speaker != kNone) return true;
    if (cl.parent != kNone) {
      std::string_view p = L(doc_.clauses[cl.parent].verb);
      return p == "plan" || p == "intend" || p == "prepare" || p == "want" || p == "seek" ||
             p == "hope" || p == "aim" || p == "propose";
    }
    return false;
  }

  // The event's own date: the sentence's first date of the news period,
  // else ("In 2019, troops killed 40 protesters") its first date of another
  // period, else the publication date.
  // Dates from byte `before` on are not considered: "she said the two
  // countries would reopen their embassies next month" was said today.
  Date EventDate(uint32_t sentence, bool* historical,
                 uint32_t before = kNone) const {
    *historical = false;
    Date best, past;
    for (const DateMention& d : doc_.dates) {
      if (d.sentence != sentence || d.span.begin >= before) continue;
      if (d.historical) *historical = true;
      if (!best.known() && !d.historical) best = d.date;
      if (!past.known() && d.historical) past = d.date;
    }
    if (best.known()) return best;
    return past.known() ? past : doc_.date;
  }

  void Emit(uint32_t clause, const Clause& cl, const VerbMatch& m, std::string_view code,
            const std::vector<uint32_t>& sources, const std::vector<uint32_t>& targets,
            uint8_t extra_flags) {
    uint8_t flags = extra_flags;
    if (cl.modality == Modality::kFuture) flags |= static_cast<uint8_t>(EventFlag::kFuture);
    if (cl.modality == Modality::kHypothetical)
      flags |= static_cast<uint8_t>(EventFlag::kHypothetical);
    if (cl.speaker != kNone) flags |= static_cast<uint8_t>(EventFlag::kReported);
    bool historical = false;
    // A report is dated by its own words, not by those of what it reports.
    uint32_t before = kNone;
    if (cl.reports && cl.end_token < SentenceEnd(cl.sentence) &&
        cl.end_token > cl.verb)
      before = doc_.tokens[cl.end_token].span.begin;
    Date date = EventDate(cl.sentence, &historical, before);
    if (historical && !(extra_flags & static_cast<uint8_t>(EventFlag::kNominal)))
      flags |= static_cast<uint8_t>(EventFlag::kHistorical);
    std::vector<uint32_t> src = sources.empty() ? std::vector<uint32_t>{kNone} : sources;
    std::vector<uint32_t> tgt = targets.empty() ? std::vector<uint32_t>{kNone} : targets;
    for (uint32_t s : src) {
      // A target that is the source itself ("Hungary said it will ...") is
      // no target: the event keeps its source and an unknown target.
      // Nor is one's own government what one visits or meets ("his visit
      // ... Moscow's veto" for Russia's foreign minister).
      bool meeting = code.substr(0, 2) == "04";
      std::vector<uint32_t> own_targets;
      for (uint32_t t : tgt)
        if (t == kNone || s == kNone ||
            (!SameActor(s, t) && !(meeting && doc_.mentions[s].code == doc_.mentions[t].code)))
          own_targets.push_back(LocatedVictims(t, s, cl.sentence));
      if (own_targets.empty()) own_targets.push_back(kNone);
      for (uint32_t t : own_targets) {
        if (s == kNone && t == kNone) continue;
        // "It was confirmed that ...": a statement by no one is no event.
        if (s == kNone && code.substr(0, 2) == "01") continue;
        Event e;
        e.sentence = cl.sentence;
        e.source = s;
        e.target = t;
        e.cameo = std::string(code);
        e.trigger_first = m.first;
        e.trigger_end = m.end;
        e.date = date;
        e.flags = flags;
        if (Duplicate(e)) continue;
        if (clause != kNone) {
          clause_events_[clause].push_back(doc_.events.size());
          coded_[clause] = true;
        }
        doc_.events.push_back(std::move(e));
      }
    }
  }

  // "Saudi-led aircraft bombed a wedding in Yemen, killing 20 civilians",
  // "retook a village in western Cambodia from guerrillas": civilians,
  // refugees or armed groups who took the source's country only by default
  // are of the one other country where the sentence places the event.
  uint32_t LocatedVictims(uint32_t target, uint32_t source, uint32_t sentence) {
    if (target == kNone || source == kNone) return target;
    const ActorMention& t = doc_.mentions[target];
    if (!IsLocatable(t.role) ||
        !AllDefaultedToSource({target}, {source}))
      return target;
    std::string_view where;
    for (const Place& p : doc_.places) {
      if (p.sentence != sentence || p.country.size() != 3 || p.country == t.country) continue;
      if (NamesABorder(p)) continue;
      if (!where.empty() && where != p.country) return target;
      where = p.country;
    }
    if (where.empty()) return target;
    ActorMention m = t;
    m.country = std::string(where);
    m.code = m.country + m.role;
    doc_.mentions.push_back(std::move(m));
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  static bool IsLocatable(std::string_view role) {
    return role == "CVL" || role == "REF" || role == "REB";
  }

  static bool IsArmed(std::string_view role) {
    return role == "MIL" || role == "REB" || role == "COP" || role == "SPY" || role == "UAF" ||
           role == "SEP";
  }

  bool StrikeByCivilians(const VerbMatch& m, const std::vector<uint32_t>& sources) const {
    bool strike = false;
    for (uint32_t t = m.first; t < m.end && t < doc_.tokens.size(); ++t)
      strike |= IsNoun(doc_.tokens[t].tag) && L(t) == "strike";
    if (!strike || sources.empty()) return false;
    static constexpr lexical::ConstWordSet kCivilian{"LAB", "HLH", "EDU", "OPP", "CVL",
                                            "BUS", "AGR", "MED", "JUD"};
    for (uint32_t s : sources)
      if (s == kNone || !kCivilian.Contains(doc_.mentions[s].role)) return false;
    return true;
  }

  // A source is not its own target, nor is what it owns: "rejected a call
  // for its peacekeeping forces to be deployed".
  void DropOwn(const std::vector<uint32_t>& sources, std::vector<uint32_t>* targets) const {
    std::erase_if(*targets, [&](uint32_t t) {
      for (uint32_t s : sources)
        if (s != kNone && (SameActor(s, t) || OwnedBy(t, s))) return true;
      return false;
    });
  }

  // The possessive pronoun at `token` stands for one of the sources, or
  // for no actor the coreference stage could name.
  bool PossessorIsSource(uint32_t token, const std::vector<uint32_t>& sources) const {
    for (uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      const ActorMention& m = doc_.mentions[i];
      if (m.first_token != token || m.end_token != token + 1) continue;
      for (uint32_t s : sources)
        if (s != kNone && (SameActor(s, i) || doc_.mentions[s].code == m.code)) return true;
      return false;
    }
    return true;
  }

  // The mention is right after a possessive pronoun that stands for
  // `owner`: "its peacekeeping forces".
  bool OwnedBy(uint32_t mention, uint32_t owner) const {
    uint32_t k = doc_.mentions[mention].first_token;
    if (k == 0 || doc_.tokens[k - 1].tag != Tag::PRP_S) return false;
    // "his Ethiopian counterpart" is the owner's opposite number, not his.
    const std::string& country = doc_.mentions[mention].country;
    if (!country.empty() && country != doc_.mentions[owner].country) return false;
    for (uint32_t i = 0; i < doc_.mentions.size(); ++i)
      if (doc_.mentions[i].first_token == k - 1 && doc_.mentions[i].end_token == k)
        return SameActor(owner, i);
    return false;
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
    // "is willing to send", "have sworn to fight": a pattern may reach the
    // "to" of the infinitive that follows.
    const Chunk& vchunk = doc_.chunks[cl.verb_chunk];
    Modality lent;
    if (limit < SentenceEnd(cl.sentence) && doc_.tokens[limit].tag == Tag::TO &&
        (L(vchunk.end - 1) == "be" || (limit == vchunk.end && !IsRaisingVerb(L(cl.verb), &lent))))
      ++limit;
    // "ordered the French ambassador to leave": past an object, a pattern
    // may name the infinitive's verb too.
    else if (limit + 1 < SentenceEnd(cl.sentence) && limit > vchunk.end &&
             doc_.tokens[limit].tag == Tag::TO && doc_.tokens[limit + 1].tag == Tag::VB)
      limit += 2;
    // "stopped attacking government positions": the pattern of the verb of
    // stopping names the gerund it ends.
    else if (limit < SentenceEnd(cl.sentence) && limit == vchunk.end &&
             doc_.tokens[limit].tag == Tag::VBG && EndsAnAct(L(cl.verb)))
      limit = std::min(limit + 4, SentenceEnd(cl.sentence));
    // "sought to ease tensions", "hopes to reach a deal": a raising verb
    // right before its infinitive lends it a modality and is no event of
    // its own; the infinitive is coded instead.
    if (IsRaisingVerb(L(cl.verb), &lent) && c + 1 < doc_.clauses.size()) {
      const Clause& next = doc_.clauses[c + 1];
      if (next.sentence == cl.sentence && next.parent == c &&
          doc_.chunks[next.verb_chunk].first == vchunk.end &&
          (doc_.tokens[vchunk.end].tag == Tag::TO || doc_.tokens[vchunk.end].tag == Tag::VBG))
        return;
    }
    uint32_t host = CodedHost(cl);
    bool folds_into_parent = host != kNone;
    if (consumed_[c] && !folds_into_parent) {
      // "demanded that Iran allow inspectors in": what is demanded makes
      // the demand specific (1055).
      VerbMatch content;
      if (consumer_[c] != kNone && !cl.negated &&
          verbs_.MatchVerb(doc_, words_, cl.verb, limit, &content) && codebook_.Find(content.code))
        RefineByContent(consumer_[c], content.code);
      return;
    }
    // "if it is attacked", "unless the president agrees to step down": what
    // a condition supposes has not happened; "an allegation that the NPFL
    // had taken over the city" is a claim, not a fact.
    if (cl.conditional || AllegedContent(cl) || StoppedAct(cl) ||
        ChargedAct(cl) || ActivityNamed(cl) || AgentlessBackground(cl) ||
        StandingDescription(cl) || (CalledForAct(cl) && !folds_into_parent))
      return;
    if (cl.negated && !NegatedIntent(cl)) return;
    if (IsReporting(cl)) {
      for (const Event& e : doc_.events)
        if (e.sentence == cl.sentence) return;
    }

    // "Britain said Libya must hand over the suspects": Britain demands,
    // whatever the demanded act is.
    if (!folds_into_parent && !cl.negated && Obligation(cl) && cl.speaker != kNone &&
        codebook_.Find("100")) {
      std::vector<uint32_t> speakers = SpeakerActors(cl);
      if (!speakers.empty()) {
        VerbMatch om;
        om.first = vchunk.first;
        om.end = vchunk.end;
        Clause framed = cl;
        framed.modality = Modality::kAsserted;
        Emit(c, framed, om, "100", speakers, HeadActors(cl.subject_first, cl.subject_end), 0);
        VerbMatch content;
        if (verbs_.MatchVerb(doc_, words_, cl.verb, limit, &content) && codebook_.Find(content.code))
          RefineByContent(c, content.code);
        return;
      }
    }

    if (!folds_into_parent && !cl.negated && CameUnder(c, limit)) return;

    VerbMatch m;
    bool copula = false;
    // Copula with a predicate ("was ready to", "is committed to"): the
    // pattern is keyed on "be" and the clause stays active.
    for (uint32_t t = vchunk.first; t < vchunk.end; ++t) {
      if (L(t) == "be" && t != cl.verb) {
        if (verbs_.MatchVerb(doc_, words_, t, limit, &m)) copula = true;
        break;
      }
    }
    bool matched = copula;
    if (!copula && L(cl.verb) == "be") {
      matched = copula = verbs_.MatchVerb(doc_, words_, cl.verb, limit, &m);
    } else if (!copula && cl.passive && cl.subject != kNone) {
      VerbPatient patient{cl.subject_first, doc_.chunks[cl.subject].head,
                          cl.subject_end};
      matched =
          verbs_.MatchPassiveVerb(doc_, words_, cl.verb, limit, patient, &m);
    } else if (!copula) {
      matched = verbs_.MatchVerb(doc_, words_, cl.verb, limit, &m);
    }
    if (matched && !codebook_.Find(m.code)) matched = false;
    // "no deadline had been set": a subject that is the act's object and
    // opens with "no" denies the act. "a statement issued by the ministry
    // said": a statement as a bare participle's subject is the report's
    // vehicle, not a second event.
    if (matched && m.patient &&
        (L(cl.subject_first) == "no" ||
         (m.code.starts_with("01") &&
          doc_.chunks[cl.verb_chunk].first == cl.verb)))
      matched = false;
    // "Israel strikes Gaza": a strike with an object is an attack; workers
    // who strike have none.
    if (matched && L(cl.verb) == "strike" && m.code.compare(0, 2, "14") == 0 &&
        cl.object != kNone && codebook_.Find("190"))
      m.code = "190";
    // "warned that the fighting could spill over": a warning of what may
    // happen, by someone who does not do it, is a pessimistic comment
    // (012), not a threat.
    if (matched && m.code == "130" && L(cl.verb) == "warn" &&
        codebook_.Find("012")) {
      uint32_t next = Complement(cl);
      if (next != kNone &&
          doc_.clauses[next].modality == Modality::kHypothetical) {
        const Clause& comp = doc_.clauses[next];
        std::vector<uint32_t> doers =
            HeadActors(comp.subject_first, comp.subject_end);
        std::vector<uint32_t> warners =
            HeadActors(cl.subject_first, cl.subject_end);
        bool own = false;
        for (uint32_t d : doers)
          for (uint32_t w : warners) own |= SameActor(d, w);
        if (!own) m.code = "012";
      }
    }
    // "declared a state of siege", "announced a ceasefire": a verb of saying
    // that acts on a noun is no statement; the noun is the event, coded by
    // the nominal pass with this subject as its source.
    if (matched && !cl.reports && IsReportingVerb(L(cl.verb)) && m.code.substr(0, 2) == "01")
      matched = false;
    if (!matched) {
      // "threatened to institute a curfew in Algiers": even an unknown
      // verb under a coded clause tells that clause its target. "agreed to
      // ceasefire": a noun read as the infinitive's verb names the act.
      if (folds_into_parent) {
        VerbMatch noun;
        std::string_view act;
        if (verbs_.MatchNoun(doc_, words_, cl.verb, limit, &noun) && codebook_.Find(noun.code))
          act = noun.code;
        FoldIntoParent(host, act, FindTargets(cl, m, limit, ParentSources(cl)));
      }
      return;
    }

    std::vector<uint32_t> sources, targets;
    bool passive = cl.passive && !copula;
    if (passive) {
      sources = HeadActors(cl.agent_first, cl.agent_end);
      targets = HeadActors(cl.subject_first, cl.subject_end);
      // "Sanctions were imposed on Iran", "the Iranian ambassador was
      // recalled from Denmark": with the subject as the pattern's object,
      // the target is in the pattern's slot, and the subject's own
      // people, like an active object's, belong to the unnamed doer.
      if (m.patient) {
        std::vector<uint32_t> slot = FindTargets(cl, m, limit, sources);
        if (!slot.empty()) {
          if (sources.empty()) sources = targets;
          targets = slot;
        }
        // "Talks were held between ...", "an accord was signed by Ethiopia
        // and Eritrea": the sides act on each other, as in the active.
        if (sources.empty() && Between(targets)) sources = targets;
        if (Reciprocal(m.code, sources, targets, false)) targets = sources;
      }
    } else {
      // "The two leaders agreed": the two named last, before what the
      // role word alone would give.
      sources = TheTwo(cl);
      bool the_two = !sources.empty();
      if (sources.empty()) sources = ReporterOfPronoun(cl);
      if (sources.empty()) sources = HeadActors(cl.subject_first, cl.subject_end);
      if (sources.empty()) sources = AppositiveActors(cl.subject_end, cl.verb);
      // "The attack by Russian forces on Kharkiv killed ten civilians": an
      // act as the subject acts through its doer.
      if (sources.empty() && cl.subject != kNone && cl.subject_first < cl.verb)
        sources = ByPhraseAfter(doc_.chunks[cl.subject].end);
      targets = FindTargets(cl, m, limit, sources);
      // '"...," said Carlos Vallejos, the health minister of Peru': what
      // follows an inverted speaker describes the speaker; only a target the
      // pattern names ("told reporters") is one.
      if (cl.subject_first != kNone && cl.subject_first > cl.verb && IsReporting(cl)) {
        targets.clear();
        if (m.target_from != kNone && m.target_from < cl.subject_first)
          targets = ActorsAfter(m.target_from, limit);
      }
      if (sources.empty() && Between(targets)) sources = targets;
      if (Reciprocal(m.code, sources, targets, the_two) ||
          (targets.empty() && sources.size() >= 2 && (L(cl.verb) == "trade" || L(cl.verb) == "exchange")))
        targets = sources;
      // "Fighting between the army and the RSF spread": the sides act on
      // each other.
      if (sources.empty() && Between(targets)) sources = targets;
    }

    // "A cholera epidemic killed 80 people", "were killed in the floods":
    // deaths from disease, disaster or accident are no political violence.
    std::string_view root = std::string_view(m.code).substr(0, 2);
    if (sources.empty() && (root == "18" || root == "19" || root == "20") &&
        NaturalCause(cl, passive))
      return;

    // An infinitive under a coded clause is part of that event: "offered to
    // hand over the suspects to Britain" is an intent to release (0353) with
    // Britain as target, not a second event.
    if (folds_into_parent) {
      FoldIntoParent(host, m.code, targets);
      return;
    }


    std::string code(m.code);
    // "Ghana received a loan from the IMF": the giver gives.
    if (code.starts_with("07") && m.target_from != kNone && L(m.target_from) == "from" &&
        !passive) {
      std::string_view v = L(cl.verb);
      if (v == "receive" || v == "get" || v == "obtain" || v == "accept") {
        std::vector<uint32_t> givers = ActorsAfter(m.target_from, limit);
        if (!givers.empty()) {
          targets = sources;
          sources = givers;
        }
      }
    }
    // "Kenyan police said al-Shabaab was behind the attack": the one said to
    // be behind an act is blamed, by whoever says so.
    if (copula && code == "112") {
      std::vector<uint32_t> speakers = cl.speaker != kNone ? SpeakerActors(cl) : std::vector<uint32_t>{};
      targets = sources;
      sources = speakers;
    }
    // "Nurses began a nationwide strike on Monday": a strike that workers,
    // students or protesters launch is a walkout, not an attack.
    // "Kurdish forces clashed with Iraqi troops": armed men who clash
    // fight; protesters who clash with police riot.
    // "Police stopped the protest": protesters who end a protest yield
    // (082); the police who end it repress it (175).
    bool armed = !sources.empty();
    for (uint32_t s : sources) armed &= s != kNone && IsArmed(doc_.mentions[s].role);
    // "Taliban militants stormed a police station": what protesters do
    // violently, armed men do as an attack (irregulars 180, as "[militant]
    // storm"), and their arson destroys property (1712).
    if (armed && code == "145") {
      std::string_view v = L(cl.verb);
      bool irregular = true;
      for (uint32_t s : sources) irregular &= doc_.mentions[s].role == "REB";
      std::string_view attack = v == "torch" || v == "set" || v == "burn"
                                    ? "1712"
                                : v != "clash" && irregular ? "180"
                                                            : "190";
      if (codebook_.Find(attack)) code = std::string(attack);
    }
    if (armed && code == "082" && codebook_.Find("175")) code = "175";
    if ((code.starts_with("18") || code.starts_with("19")) && StrikeByCivilians(m, sources) &&
        codebook_.Find("143")) {
      code = "143";
      if (targets.empty()) targets = ImpliedDomesticTarget(code, sources);
    }
    Clause framed = cl;
    // "Syria says it will not accept more refugees": refusing to cooperate
    // is a rejection (12), not a non-event.
    if (cl.negated) {
      std::string_view root = std::string_view(code).substr(0, 2);
      if (root < "03" || root > "08" || !codebook_.Find("120")) return;
      framed.modality = Modality::kAsserted;
      if (sources.empty()) return;
      Emit(c, framed, m, "120", sources, targets, 0);
      return;
    }
    if (Intent(cl)) {
      std::string intent = IntentCode(code);
      if (!intent.empty() && codebook_.Find(intent)) {
        code = intent;
        framed.modality = Modality::kAsserted;  // the intent itself is a fact
      }
    }
    // Speech acts: the speaker is the source.
    if (sources.empty() && cl.speaker != kNone && IsReporting(cl)) sources = SpeakerActors(cl);
    if (sources.empty() && targets.empty()) return;
    size_t before = doc_.events.size();
    Emit(c, framed, m, code, sources, targets, 0);
    if (IsReporting(cl))
      for (size_t i = before; i < doc_.events.size(); ++i) statements_.push_back(i);
    // What is demanded, urged, rejected or threatened is not itself an
    // event: its clause is consumed by this one.
    // "hoped French officials would be indicted", "fears the army will
    // attack": what is hoped or feared, not yet asserted, is none either.
    bool hoped = (code == "012" || code == "013") && Complement(cl) != kNone &&
                 doc_.clauses[Complement(cl)].modality != Modality::kAsserted;
    if (doc_.events.size() > before && (GovernsComplement(c) || hoped) && !IsIntentRoot(code)) {
      uint32_t next = Complement(cl);
      if (next != kNone) {
        consumed_[next] = true;
        consumer_[next] = c;
      }
    }
  }

  std::vector<uint32_t> FindTargets(const Clause& cl, const VerbMatch& m, uint32_t limit,
                                    const std::vector<uint32_t>& sources) {
    std::vector<uint32_t> targets;
    if (m.target_from != kNone && m.target_from < limit) {
      targets = ActorsAfter(m.target_from, limit);
      // "arrived in Hiroshima on a French government plane": a place in the
      // pattern's own slot beats any actor further on.
      if (targets.empty())
        targets = PlaceBetween(cl.sentence, m.target_from + 1,
                               std::min(limit, m.target_from + 3));
    }
    // "fired artillery at the town", "used drones against": a weapon as the
    // object is the means, not whom it is used on.
    static constexpr lexical::ConstWordSet kWeapons{
        "artillery", "tank",  "jet",     "warplane", "helicopter",
        "gunship",   "drone", "missile", "rocket",   "mortar"};
    static constexpr lexical::ConstWordSet kUse{"fire",  "launch",  "use",     "deploy",
                                       "fly",   "send",    "employ",  "move",
                                       "drive", "unleash", "dispatch"};
    bool means = cl.object != kNone && doc_.chunks[cl.object].head != kNone &&
                 kUse.Contains(L(cl.verb)) &&
                 kWeapons.Contains(L(doc_.chunks[cl.object].head));
    if (targets.empty() && cl.object_first != kNone && !means) {
      targets = HeadActors(cl.object_first, std::min(cl.object_end, limit));
      // "repelled an attack by the Rapid Support Forces".
      if (targets.empty() && cl.object != kNone) targets = ByPhraseAfter(doc_.chunks[cl.object].end);
      // "recalled its ambassador", "shut their embassy": the subject's own
      // people or buildings are what the action uses, not its target.
      // Only when the possessive stands for the subject: in "army warplanes
      // bombed its positions" the RSF's positions are the army's target.
      Tag first = doc_.tokens[cl.object_first].tag;
      if (first == Tag::PRP_S && PossessorIsSource(cl.object_first, sources)) {
        std::vector<uint32_t> kept;
        for (uint32_t t : targets) {
          bool own = false;
          for (uint32_t s : sources)
            own |= s != kNone && !doc_.mentions[t].country.empty() &&
                   doc_.mentions[t].country == doc_.mentions[s].country;
          if (!own) kept.push_back(t);
        }
        targets = kept;
      }
    }
    // "refused to deploy peacekeepers in Iraq", "will send 500 more troops
    // to help Somalia": forces of the subject's country, or peacekeepers
    // that no country or body is named for, sent by the subject, are its
    // own; where they go, or whom they help, is the target.
    bool sent_own = false;
    std::erase_if(targets, [&](uint32_t t) {
      const ActorMention& pk = doc_.mentions[t];
      bool own = pk.code == "IGOPKO";
      for (uint32_t s : sources)
        own |= s != kNone && pk.kind == ActorKind::kAgent && !pk.country.empty() &&
               pk.country == doc_.mentions[s].country;
      if (!own || pk.first_token == 0) return false;
      uint32_t k = pk.first_token - 1;
      while (k > cl.verb && (doc_.tokens[k].tag == Tag::DT || IsAdjective(doc_.tokens[k].tag) ||
                             doc_.tokens[k].tag == Tag::CD))
        --k;
      static constexpr lexical::ConstWordSet kSend{
          "deploy", "send",  "dispatch", "contribute", "commit",   "provide",  "offer",
          "station", "mass", "amass",    "move",       "position", "redeploy", "rush",
          "mobilize", "mobilise", "reinforce", "withdraw", "pull"};
      bool sent = kSend.Contains(L(k));
      sent_own |= sent;
      return sent;
    });
    // "insisted on its demands that ...": the subject's own possessive is
    // no target, and leaves the search open.
    DropOwn(sources, &targets);
    // "refused to deploy peacekeepers in Iraq": a role word that only took
    // the source's own country by default gives way to a named country
    // later in the clause.
    if (!targets.empty() && AllDefaultedToSource(targets, sources)) {
      // Only another country: "dispersed activists in Paris" stays with the
      // activists.
      std::vector<uint32_t> named = PrepTargets(cl, limit, m.code);
      bool other_country = false;
      for (uint32_t t : named)
        for (uint32_t s : sources)
          other_country |= s != kNone && doc_.mentions[t].country != doc_.mentions[s].country;
      // Civilians and armed groups keep their role and take the place's
      // country instead (LocatedVictims, when the event is emitted).
      bool located = true;
      for (uint32_t t : targets) located &= IsLocatable(doc_.mentions[t].role);
      if (!named.empty() && !AllDefaultedToSource(named, sources) && other_country && !located)
        return named;
    }
    if (!targets.empty()) return targets;
    // "demanded that President Mugabe abandon ...", "urged Syria to ...":
    // the subject of the complement clause. A statement's complement is
    // what is said, not to whom ("said its embassy would remain open").
    bool statement = m.code.substr(0, 2) == "01";
    uint32_t next = statement ? kNone : Complement(cl);
    if (next != kNone) {
      const Clause& comp = doc_.clauses[next];
      // Only a subject of its own: an infinitive repeats the main subject.
      if (comp.subject_first != kNone && comp.subject_first > cl.verb) {
        targets = HeadActors(comp.subject_first, comp.subject_end);
        if (!targets.empty()) return targets;
      }
      // "send troops to help Somalia": whom a purpose infinitive after the
      // forces sent acts on.
      uint32_t v0 = doc_.chunks[comp.verb_chunk].first;
      if (sent_own && cl.object_end == v0 && doc_.tokens[v0].tag == Tag::TO &&
          comp.object_first != kNone) {
        targets = HeadActors(comp.object_first, comp.object_end);
        DropOwn(sources, &targets);
        if (!targets.empty()) return targets;
      }
    }
    // "beat and detained dozens of young men", "beat, arrested and
    // detained dozens": a verb with no object of its own shares that of the
    // verbs coordinated right after it.
    uint32_t idx = static_cast<uint32_t>(&cl - doc_.clauses.data());
    for (uint32_t k = idx;
         cl.object_first == kNone && k + 1 < doc_.clauses.size(); ++k) {
      const Clause& before = doc_.clauses[k];
      const Clause& twin = doc_.clauses[k + 1];
      uint32_t v0 = doc_.chunks[twin.verb_chunk].first;
      if (twin.sentence != cl.sentence || v0 == 0 ||
          doc_.chunks[before.verb_chunk].end != v0 - 1 ||
          (L(v0 - 1) != "and" && doc_.tokens[v0 - 1].tag != Tag::kComma))
        break;
      if (twin.object_first == kNone) {
        if (L(v0 - 1) == "and") break;
        continue;
      }
      targets = HeadActors(twin.object_first, twin.object_end);
      DropOwn(sources, &targets);
      if (!targets.empty()) return targets;
      break;
    }
    if (!statement) targets = ThatClauseSubject(cl, m, limit);
    if (targets.empty()) {
      targets = PrepTargets(cl, limit, m.code);
      DropOwn(sources, &targets);
    }
    // Troops massed "on its border with Ukraine" face Ukraine.
    if (targets.empty() && !HeldSomewhere(m.code))
      targets = PlaceTarget(cl, limit, m.code.starts_with("15"));
    if (targets.empty()) targets = ImpliedDomesticTarget(m.code, sources);
    return targets;
  }

  // "insisted on its demand that the government grant more rights": a
  // "that" clause the pattern reaches names, in its subject, whom the act
  // is addressed to.
  std::vector<uint32_t> ThatClauseSubject(const Clause& cl, const VerbMatch& m, uint32_t limit) {
    uint32_t from = doc_.chunks[cl.verb_chunk].end;
    uint32_t to = std::min(m.end == kNone ? from : m.end, limit) + 1;
    // "insisted on its demands that ...": the pattern may end before the
    // noun whose content the clause is.
    while (to <= limit && to < SentenceEnd(cl.sentence)) {
      Tag tg = doc_.tokens[to - 1].tag;
      if (!IsNoun(tg) && !IsAdjective(tg) && tg != Tag::DT && tg != Tag::PRP_S) break;
      ++to;
    }
    for (uint32_t t = from; t < to && t < SentenceEnd(cl.sentence); ++t) {
      Tag tg = doc_.tokens[t].tag;
      if (tg == Tag::kComma || tg == Tag::kColon || tg == Tag::kFinal) return {};
      if (L(t) != "that" || tg != Tag::IN) continue;
      for (uint32_t i = first_clause_[cl.sentence]; i < first_clause_[cl.sentence + 1]; ++i) {
        const Clause& c = doc_.clauses[i];
        if (c.subject_first == t + 1) return HeadActors(c.subject_first, c.subject_end);
      }
      return {};
    }
    return {};
  }

  // "Islamic State claimed responsibility for the bombing that killed 40
  // people": violence with no doer, after a claim of responsibility in the
  // same sentence, is the claimant's.
  void ClaimedActs() {
    for (const Event& claim : doc_.events) {
      if (claim.cameo != "015" || claim.source == kNone) continue;
      for (Event& e : doc_.events) {
        std::string_view root = std::string_view(e.cameo).substr(0, 2);
        if (e.sentence != claim.sentence || e.source != kNone || root < "18" ||
            e.trigger_first < claim.trigger_first)
          continue;
        e.source = claim.source;
      }
    }
  }

  // "Egypt and South Sudan offered to mediate": co-mediators mediate
  // between others, not between themselves, though the coordinated subject
  // first made each the other's target.
  void NoMutualMediation() {
    for (Event& e : doc_.events) {
      bool mediation = e.cameo == "039" || e.cameo.compare(0, 3, "045") == 0;
      if (!mediation || e.target == kNone) continue;
      for (const Event& o : doc_.events)
        if (&o != &e && o.sentence == e.sentence && o.cameo == e.cameo &&
            o.trigger_first == e.trigger_first && o.source == e.target) {
          e.target = kNone;
          break;
        }
    }
  }

  // Events that a nominal one makes redundant. Reporting verbs are
  // statements only when what they report yields no event: "said their
  // forces had completed their withdrawal" reports the withdrawal, which
  // only the nominal pass codes. A bare order gives way to what it ordered.
  void DropSuperseded() {
    std::vector<bool> drop(doc_.events.size(), false);
    bool any = !superseded_.empty();
    for (size_t i : superseded_) drop[i] = true;
    // "demanded a meeting of the Security Council ..., describing it as a
    // serious challenge": a remark in a participle after the act is the
    // same speech act as the act, not a statement of its own.
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& st = doc_.events[i];
      if (st.cameo.compare(0, 2, "01") != 0 || st.source == kNone || st.trigger_first == kNone ||
          st.trigger_first == 0 || doc_.tokens[st.trigger_first].tag != Tag::VBG ||
          doc_.tokens[st.trigger_first - 1].tag != Tag::kComma)
        continue;
      for (const Event& e : doc_.events)
        if (&e != &st && e.sentence == st.sentence && e.cameo.compare(0, 2, "01") != 0 &&
            e.source != kNone && SameActor(e.source, st.source)) {
          drop[i] = any = true;
          break;
        }
    }
    for (size_t i : statements_) {
      for (const Event& e : doc_.events) {
        if (e.sentence == doc_.events[i].sentence &&
            (e.flags & static_cast<uint8_t>(EventFlag::kNominal))) {
          drop[i] = any = true;
          break;
        }
      }
    }
    if (!any) return;
    size_t kept = 0;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) doc_.events[kept] = std::move(doc_.events[i]);
      ++kept;
    }
    doc_.events.resize(kept);
  }

  // "threatened to launch an offensive unless Baghdad accepted its
  // conditions", "will retaliate if Israel attacks": the condition's
  // subject is whom a threat is aimed at, when nothing else named one.
  void ConditionTargets() {
    for (Event& e : doc_.events) {
      if (e.target != kNone || e.cameo.compare(0, 2, "13") != 0 || e.trigger_end == kNone) continue;
      for (uint32_t t = e.trigger_end; t < SentenceEnd(e.sentence); ++t) {
        if (L(t) != "unless" && L(t) != "if") continue;
        for (uint32_t i = first_clause_[e.sentence]; i < first_clause_[e.sentence + 1]; ++i) {
          const Clause& c = doc_.clauses[i];
          if (c.subject_first != t + 1) continue;
          for (uint32_t a : HeadActors(c.subject_first, c.subject_end)) {
            if (e.source != kNone && (SameActor(e.source, a) ||
                                      doc_.mentions[a].country == doc_.mentions[e.source].country))
              continue;
            e.target = a;
            break;
          }
        }
        break;
      }
    }
  }

  // A mention the coder made up with no text of its own.
  bool Implied(uint32_t m) const {
    return doc_.mentions[m].span.begin == doc_.mentions[m].span.end;
  }

  // Protest (14) and repression (17) with no named target are, by CAMEO's
  // convention, directed at the source's own country: protesters at their
  // government, a curfew or a crackdown at the population.
  std::vector<uint32_t> ImpliedDomesticTarget(std::string_view code,
                                              const std::vector<uint32_t>& sources) {
    std::string_view root = code.substr(0, 2);
    // A government that eases restrictions or accedes to demands for
    // change (081x, 083x: "lifted the state of emergency", "took steps to
    // enhance political freedoms") yields to its own people, as one that
    // represses (17) acts on them.
    bool yields = code.substr(0, 3) == "081" || code.substr(0, 3) == "083";
    if ((root != "14" && root != "17" && !yields) || sources.size() != 1) return {};
    const ActorMention& src = doc_.mentions[sources[0]];
    if (src.country.size() != 3 || src.country == "IGO" || src.country == "NGO") return {};
    ActorMention m;
    m.span = Span{src.span.begin, src.span.begin};  // implied: no text of its own
    m.first_token = src.first_token;
    m.end_token = src.first_token;
    m.sentence = src.sentence;
    m.kind = ActorKind::kCountry;
    m.country = src.country;
    m.code = root == "14" ? src.country + "GOV" : src.country;
    m.role = root == "14" ? "GOV" : "";
    m.name = root == "14" ? "government (implied)" : "population (implied)";
    doc_.mentions.push_back(std::move(m));
    return {static_cast<uint32_t>(doc_.mentions.size() - 1)};
  }

  // Protests (14), meetings (04, but visits 042/043) and the signing of
  // agreements (057) happen somewhere; the place is their venue.
  static bool HeldSomewhere(std::string_view code) {
    std::string_view root = code.substr(0, 2);
    return root == "14" || code.substr(0, 3) == "057" ||
           (root == "04" && code.substr(0, 3) != "042" && code.substr(0, 3) != "043");
  }

  // Actors of the first prepositional phrase that has one, not a "by" or
  // time phrase.
  std::vector<uint32_t> PrepTargets(const Clause& cl, uint32_t limit, std::string_view code) {
    // "staged a sit-in at Dhaka University", "marched in Nairobi", "resumed
    // peace talks in Havana": where a protest or a meeting is held is not
    // whom it is against or with.
    bool protest = HeldSomewhere(code);
    for (uint32_t p : cl.preps) {
      const Chunk& pc = doc_.chunks[p];
      if (pc.first >= limit) break;
      std::string_view prep = L(pc.first);
      if (protest && (prep == "at" || prep == "in" || prep == "on" || prep == "through" ||
                      prep == "across" || prep == "into" || prep == "from"))
        continue;
      if (prep == "by" || prep == "since" || prep == "during" || prep == "after" ||
          prep == "before" || prep == "despite" || prep == "as" || prep == "like" ||
          prep == "because" || prep == "until")
        continue;
      // "on the Thai border", "near the Syrian frontier": where it happened,
      // not whom it was done to. But troops massed "on its border with
      // Ukraine" face Ukraine.
      bool posture = code.substr(0, 2) == "15";
      if (p + 1 < doc_.chunks.size() && doc_.chunks[p + 1].kind == ChunkKind::kNoun &&
          doc_.chunks[p + 1].head != kNone && !posture) {
        std::string_view head = L(doc_.chunks[p + 1].head);
        if (head == "border" || head == "frontier" || head == "coast") continue;
      }
      // "... Macedonia's border with Bulgaria": the PP of a border phrase.
      if (p > 0 && doc_.chunks[p - 1].kind == ChunkKind::kNoun && doc_.chunks[p - 1].head != kNone &&
          L(doc_.chunks[p - 1].head) == "border" && !posture)
        continue;
      std::vector<uint32_t> targets = ActorsAfter(pc.first, limit);
      if (!targets.empty()) return targets;
    }
    return {};
  }

  // Every target is a role word of a source's country ("peacekeepers",
  // "prisoners"), a country the actors stage may only have defaulted to.
  bool AllDefaultedToSource(const std::vector<uint32_t>& targets,
                            const std::vector<uint32_t>& sources) const {
    for (uint32_t t : targets) {
      const ActorMention& m = doc_.mentions[t];
      if (m.kind != ActorKind::kAgent) return false;
      bool same = false;
      for (uint32_t s : sources) same |= s != kNone && doc_.mentions[s].country == m.country;
      if (!same) return false;
      // An explicit country word or name inside the phrase or its chunk
      // ("Pakistani troops", "the ELN rebels").
      uint32_t from = m.first_token;
      while (from > m.first_token - std::min<uint32_t>(m.first_token, 4) && from > 0 &&
             ChunkEndOf(from - 1) == ChunkEndOf(m.first_token) && ChunkEndOf(from - 1) != kNone)
        --from;
      for (uint32_t k = from; k < m.end_token; ++k)
        if (IsNoun(doc_.tokens[k].tag) || doc_.tokens[k].tag == Tag::JJ) {
          if (doc_.tokens[k].capitalized && k != doc_.sentences[m.sentence].first_token)
            return false;
        }
    }
    return !targets.empty();
  }

  static bool SuffersAct(std::string_view lemma) {
    static constexpr lexical::ConstWordSet kWords{"die", "perish", "suffer", "flee", "escape", "survive",
                                         "lose", "drown", "starve", "hide", "shelter"};
    return kWords.Contains(lemma);
  }

  // The subject of a verb of breaking out ("protests erupted in Khartoum",
  // "demonstrations spread to Alexandria"): its protesters are the people
  // of the country of the first place the clause names, when it names one.
  std::vector<uint32_t> ProtestersOfPlace(uint32_t s, const Chunk& noun) {
    static constexpr lexical::ConstWordSet kBreakOut{
        "erupt", "break", "spread", "continue", "rage", "flare", "resume", "escalate",
        "intensify", "grip", "sweep", "rock", "engulf", "paralyse", "paralyze", "hit",
        "spill", "take", "enter", "persist", "swell", "mount", "grow"};
    // "The arrest prompted riots in Kampala": protests something sets off.
    static constexpr lexical::ConstWordSet kSetOff{"spark",   "trigger", "prompt",
                                          "provoke", "fuel",    "ignite",
                                          "touch",   "unleash", "cause"};
    for (uint32_t i = first_clause_[s]; i < first_clause_[s + 1]; ++i) {
      const Clause& c = doc_.clauses[i];
      bool breaks_out = c.subject_first != kNone && !c.passive &&
                        noun.head >= c.subject_first &&
                        noun.head < c.subject_end &&
                        kBreakOut.Contains(L(c.verb));
      bool set_off = c.object_first != kNone && !c.passive &&
                     noun.head >= c.object_first && noun.head < c.object_end &&
                     kSetOff.Contains(L(c.verb));
      if (!breaks_out && !set_off) continue;
      std::vector<uint32_t> place = PlaceTarget(c, c.end_token);
      if (place.empty()) return {};
      ActorMention& m = doc_.mentions[place[0]];
      m.kind = ActorKind::kAgent;
      m.role = "OPP";
      m.code = m.country + "OPP";
      m.name = "protesters (implied)";
      return place;
    }
    return {};
  }

  // A place named as what was acted on ("pounded the city of Homs",
  // "shut its embassy in Damascus") stands for its country when no actor
  // does. The place becomes an actor mention of that country.
  // "a stronghold on the Thai border", "the Syrian side": the place names
  // an edge of its country, and what is there is not in it.
  bool NamesABorder(const Place& p) const {
    auto edge = [](std::string_view w) {
      return w == "border" || w == "frontier" || w == "side" || w == "boundary";
    };
    // "near the border with Sudan", "the frontier of Chad".
    uint32_t first = TokenAt(p.span.begin);
    uint32_t open = doc_.sentences[p.sentence].first_token;
    if (first != kNone && first >= open + 2 &&
        (L(first - 1) == "with" || L(first - 1) == "of") && edge(L(first - 2)))
      return true;
    uint32_t last = TokenAt(p.span.end - 1);
    if (last == kNone || last + 1 >= SentenceEnd(p.sentence)) return false;
    std::string_view next = L(last + 1);
    // "near Sudan's border".
    if (next == "'s" && last + 2 < SentenceEnd(p.sentence)) next = L(last + 2);
    return edge(next);
  }

  std::vector<uint32_t> PlaceTarget(const Clause& cl, uint32_t limit,
                                    bool facing = false) {
    return PlaceBetween(cl.sentence, doc_.chunks[cl.verb_chunk].end, limit,
                        facing);
  }

  // The first place of the sentence that starts in [from, limit), as an
  // actor mention of its country. A place that only names a border counts
  // when it is what a force posture faces.
  std::vector<uint32_t> PlaceBetween(uint32_t sentence, uint32_t from,
                                     uint32_t limit, bool facing = false) {
    for (const Place& p : doc_.places) {
      if (p.sentence != sentence || p.country.empty() ||
          (!facing && NamesABorder(p)))
        continue;
      uint32_t t = TokenAt(p.span.begin);
      if (t == kNone || t < from || t >= limit) continue;
      ActorMention m;
      m.span = p.span;
      m.first_token = t;
      m.end_token = TokenAt(p.span.end - 1) + 1;
      m.sentence = sentence;
      m.kind = ActorKind::kCountry;
      m.code = p.country;
      m.country = p.country;
      m.name = p.name;
      doc_.mentions.push_back(std::move(m));
      return {static_cast<uint32_t>(doc_.mentions.size() - 1)};
    }
    return {};
  }

  uint32_t TokenAt(uint32_t byte) const {
    auto it = std::upper_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                               [](uint32_t b, const Token& t) { return b < t.span.begin; });
    if (it == doc_.tokens.begin()) return kNone;
    --it;
    return byte < it->span.end ? static_cast<uint32_t>(it - doc_.tokens.begin()) : kNone;
  }

  // "Italy recalled its ambassador from Syria. ... Belgium and Britain,
  // which recalled their ambassadors on Monday": an event of the same kind
  // told again without its target takes the target just given.
  void InheritEllipticTargets() {
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      Event& e = doc_.events[i];
      if (e.target != kNone || e.source == kNone) continue;
      // Statements are said again and again, each to no one in particular.
      if (e.cameo.compare(0, 2, "01") == 0) continue;
      for (size_t j = i; j-- > 0;) {
        const Event& p = doc_.events[j];
        if (p.sentence + 2 < e.sentence) break;
        if (p.cameo.compare(0, 3, e.cameo, 0, 3) != 0 || p.target == kNone) continue;
        if (!SameActor(e.source, p.target) &&
            doc_.mentions[e.source].country != doc_.mentions[p.target].country)
          e.target = p.target;
        break;
      }
    }
  }

  std::vector<uint32_t> ParentSources(const Clause& cl) {
    return HeadActors(cl.subject_first, cl.subject_end);
  }

  bool InsideGoverningEvent(uint32_t sentence, uint32_t token) const {
    for (uint32_t i = first_clause_[sentence]; i < first_clause_[sentence + 1]; ++i) {
      const Clause& cl = doc_.clauses[i];
      if (token <= cl.verb || token >= cl.end_token) continue;
      // An infinitive folded into its host is part of the host's event.
      uint32_t host = CodedHost(cl);
      for (uint32_t c : {i, host}) {
        if (c == kNone) continue;
        for (size_t e : clause_events_[c]) {
          std::string_view root = std::string_view(doc_.events[e].cameo).substr(0, 2);
          // Appeals and intents too: "ready to host a meeting between ...".
          if ((root >= "10" && root <= "14") || root == "02" || root == "03") return true;
        }
      }
    }
    return false;
  }

  // The clause that is the complement of `cl`: the next clause of the
  // sentence, when only "that" or a noun phrase stands between.
  uint32_t Complement(const Clause& cl) const {
    uint32_t idx = static_cast<uint32_t>(&cl - doc_.clauses.data());
    if (idx + 1 >= doc_.clauses.size()) return kNone;
    const Clause& next = doc_.clauses[idx + 1];
    if (next.sentence != cl.sentence) return kNone;
    uint32_t from = doc_.chunks[cl.verb_chunk].end;
    uint32_t to = next.subject_first != kNone && next.subject_first >= from
                      ? next.subject_first
                      : doc_.chunks[next.verb_chunk].first;
    uint32_t next_verb = doc_.chunks[next.verb_chunk].first;
    for (uint32_t t = from; t < to; ++t) {
      Tag tg = doc_.tokens[t].tag;
      if (tg == Tag::kComma || tg == Tag::kFinal || tg == Tag::kColon || IsVerb(tg)) return kNone;
      // "accused the US of violating", "criticised Syria for failing",
      // "warned Hezbollah against attacking": a gerund after the
      // preposition is what the act is about.
      bool gerund_prep = (L(t) == "of" || L(t) == "for" || L(t) == "against" || L(t) == "from") &&
                         t + 1 == next_verb && doc_.tokens[next_verb].tag == Tag::VBG;
      if (tg == Tag::IN && L(t) != "that" && !gerund_prep) return kNone;
    }
    return idx + 1;
  }

  // "urged Syria to release the prisoners" (0253), "refused to withdraw"
  // (1246): a generic appeal, demand or refusal takes the family code of
  // what is asked for or refused.
  void RefineFamily(Event* e, std::string_view act) const {
    std::string_view family = e->cameo == "020"   ? FamilyCode(Family::kAppeal, act)
                              : e->cameo == "100" ? FamilyCode(Family::kDemand, act)
                              : e->cameo == "120" ? FamilyCode(Family::kRefusal, act)
                                                  : std::string_view();
    if (!family.empty() && codebook_.Find(family)) e->cameo = std::string(family);
  }

  void RefineByContent(uint32_t clause, std::string_view act) {
    for (size_t i : clause_events_[clause]) RefineFamily(&doc_.events[i], act);
  }

  void FoldIntoParent(uint32_t parent, std::string_view child_code,
                      const std::vector<uint32_t>& child_targets) {
    std::string intent = IntentCode(child_code);
    std::string_view child_root = child_code.substr(0, 2);
    bool material = child_root == "07" || child_root == "08" || child_root >= "15";
    std::vector<Event> extra;
    for (size_t i : clause_events_[parent]) {
      Event& e = doc_.events[i];
      // "ordered troops to fire on protesters", "ordered police to free the
      // journalists": by CAMEO's convention an order to the forces that
      // carry it out is the ordered act, with the orderer as its source. An
      // order to another authority ("the court ordered the government to
      // release them") stays a demand.
      bool to_executors = e.target == kNone || doc_.mentions[e.target].role == "MIL" ||
                          doc_.mentions[e.target].role == "COP";
      // An order to stop publishing, to close or to disband is itself the
      // coercion, whoever is ordered ("ordered the newspaper to suspend
      // publication" is 1721).
      bool restriction = child_root == "17";
      if (e.cameo == "100" && material && (to_executors || restriction) &&
          IsOrderVerb(L(doc_.clauses[parent].verb)) && codebook_.Find(child_code)) {
        e.cameo = std::string(child_code);
        // The one ordered stays the target unless the act names another.
        std::vector<uint32_t> named;
        for (uint32_t t : child_targets)
          if (!Implied(t)) named.push_back(t);
        TakeTargets(i, named, &extra);
        continue;
      }
      // Only a generic intent or threat (030 "express intent to cooperate",
      // 130 "threaten") is made more specific by what is intended:
      // "threatened to break off relations" is 1313.
      bool generic = e.cameo.size() == 3 && e.cameo.back() == '0' &&
                     (IsIntentRoot(e.cameo) || e.cameo.compare(0, 2, "13") == 0);
      RefineFamily(&e, child_code);
      // "reached a consensus to exchange information": an accord on what to
      // do is the intent to do it (0314), as "agreed to exchange" is.
      if (e.cameo == "019" && IsIntentRoot(intent) && codebook_.Find(intent)) {
        e.cameo = intent;
      }
      // "vowed to fight", "pledged to attack": a promise of force or
      // sanctions is a threat, which CAMEO codes as 13x, not 03x.
      bool promised_threat = generic && IsIntentRoot(e.cameo) && intent.compare(0, 2, "13") == 0;
      if (generic && !intent.empty() &&
          (intent.compare(0, 2, e.cameo, 0, 2) == 0 || promised_threat) && codebook_.Find(intent))
        e.cameo = intent;
      // "blocked a road to show their disapproval for the United States'
      // policies": a target the complement names beats one only implied.
      if (e.target != kNone && Implied(e.target)) e.target = kNone;
      if (e.target == kNone) TakeTargets(i, child_targets, &extra);
    }
    for (Event& e : extra) {
      if (Duplicate(e)) continue;
      clause_events_[parent].push_back(doc_.events.size());
      doc_.events.push_back(std::move(e));
    }
  }

  // The event takes the first of `targets` that is not its source; each
  // further one ("relations with Congo and Costa Rica") gets a copy of the
  // event in `extra`.
  void TakeTargets(size_t event, const std::vector<uint32_t>& targets, std::vector<Event>* extra) {
    bool first = true;
    for (uint32_t named : targets) {
      Event& e = doc_.events[event];
      if (e.source != kNone && SameActor(e.source, named)) continue;
      // "sent medical teams to help earthquake victims in Turkey".
      uint32_t t = LocatedVictims(named, e.source, e.sentence);
      if (first) {
        e.target = t;
        first = false;
      } else {
        Event copy = e;
        copy.target = t;
        extra->push_back(std::move(copy));
      }
    }
  }

  // "An army base came under attack from Boko Haram militants", "the
  // convoy came under fire": the subject suffers the act the noun after
  // "under" names; its doer is in a "from" or "by" phrase, if any.
  bool CameUnder(uint32_t c, uint32_t limit) {
    const Clause& cl = doc_.clauses[c];
    uint32_t after = doc_.chunks[cl.verb_chunk].end;
    if (L(cl.verb) != "come" || after + 1 >= limit || L(after) != "under") return false;
    uint32_t noun = after + 1;
    while (noun < limit && !IsNoun(doc_.tokens[noun].tag)) ++noun;
    VerbMatch m;
    if (noun >= limit || !verbs_.MatchNoun(doc_, words_, noun, limit, &m) ||
        !codebook_.Find(m.code))
      return false;
    std::string_view root = std::string_view(m.code).substr(0, 2);
    if (root < "15") return false;  // "came under pressure" is no attack
    std::vector<uint32_t> sources;
    for (uint32_t t = noun + 1; t < limit && sources.empty(); ++t)
      if (L(t) == "from" || L(t) == "by") sources = ActorsAfter(t, limit);
    std::vector<uint32_t> targets = HeadActors(cl.subject_first, cl.subject_end);
    if (targets.empty() && sources.empty()) return false;
    m.first = cl.verb;
    Emit(c, cl, m, m.code, sources, targets, 0);
    return true;
  }

  // "charged five soldiers with murdering civilians", "was jailed for
  // spying": the act a charge, a verdict or a blame names is alleged of
  // the one charged, and is no act of the subject's.
  bool ChargedAct(const Clause& cl) const {
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (doc_.tokens[cl.verb].tag != Tag::VBG || cl.verb < first + 2) return false;
    std::string_view prep = L(cl.verb - 1);
    if (prep != "of" && prep != "with" && prep != "for" && prep != "by" && prep != "into")
      return false;
    // "to press Assad into implementing reforms": what one is pushed into
    // is not done yet.
    static constexpr lexical::ConstWordSet kPushing{"press", "pressure", "push", "force", "coerce",
                                           "bully", "pressurise", "pressurize", "goad"};
    static constexpr lexical::ConstWordSet kCharging{
        "accuse", "charge", "convict", "suspect", "indict", "blame",   "arrest",
        "jail",   "sentence", "detain", "prosecute", "punish", "fine", "imprison",
        "condemn", "criticize", "denounce", "sue", "try", "execute", "expel"};
    // "accused the RSF of violating the truce by shelling homes": through
    // the gerunds of the charge to the verb that makes it.
    for (uint32_t t = cl.verb - 1, seen = 0; t-- > first && seen < 14; ++seen) {
      if (!IsVerb(doc_.tokens[t].tag)) continue;
      if (doc_.tokens[t].tag == Tag::VBG && t > first + 1) {
        std::string_view p = L(t - 1);
        if (p == "of" || p == "with" || p == "for" || p == "by") continue;
      }
      return prep == "into" ? kPushing.Contains(L(t)) : kCharging.Contains(L(t));
    }
    return false;
  }

  // "Montenegro, where 28 people have been killed this year", "raids in
  // which 20 people were killed": a relative clause about a place or an
  // event, in the passive with no doer, tells its background; the casualty
  // counts keep its numbers.
  bool AgentlessBackground(const Clause& cl) const {
    if (!cl.passive || cl.agent_first != kNone) return false;
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    uint32_t start = cl.subject_first != kNone && cl.subject_first < cl.verb
                         ? cl.subject_first
                         : doc_.chunks[cl.verb_chunk].first;
    // Past "it said" or a comma inserted before the subject.
    for (uint32_t t = start, steps = 0; t > first && steps < 6; --t, ++steps) {
      std::string_view w = L(t - 1);
      if (w == "where") return true;
      if (w == "which" || w == "whom")
        return t - 1 > first && doc_.tokens[t - 2].tag == Tag::IN;
      Tag tg = doc_.tokens[t - 1].tag;
      if (tg != Tag::kComma && tg != Tag::PRP && !IsVerb(tg) && tg != Tag::CD && !IsNoun(tg) &&
          tg != Tag::JJ && tg != Tag::RB)
        return false;
      if (IsVerb(tg) && !IsReportingVerb(L(t - 1))) return false;
    }
    return false;
  }

  // "the Beagle Channel, disputed by Argentina and Chile", "the area,
  // controlled by Kurdish fighters", "a man suspected of planning attacks":
  // a bare participle after a noun that describes who holds, contests or
  // suspects it tells a standing state, not an act of the day. Taking ground is
  // an act unless "since" dates the holding.
  bool StandingDescription(const Clause& cl) const {
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (!cl.passive || doc_.tokens[cl.verb].tag != Tag::VBN ||
        doc_.chunks[cl.verb_chunk].first != cl.verb || cl.verb < first + 1)
      return false;
    uint32_t before = cl.verb - 1;
    if (doc_.tokens[before].tag == Tag::kComma && before > first) --before;
    if (!IsNoun(doc_.tokens[before].tag)) return false;
    static constexpr lexical::ConstWordSet kHolding{
        "dispute",  "contest", "control", "hold",     "administer",
        "govern",   "rule",    "inhabit", "populate", "claim",
        "dominate", "patrol",  "suspect"};
    static constexpr lexical::ConstWordSet kTaking{"occupy", "annex", "seize",
                                          "capture"};
    std::string_view verb = L(cl.verb);
    if (kHolding.Contains(verb)) return true;
    if (!kTaking.Contains(verb)) return false;
    for (uint32_t t = cl.verb + 1; t < cl.end_token && t < cl.verb + 12; ++t)
      if (L(t) == "since") return true;
    return false;
  }

  // "its direct involvement in killing", "a history of bombing": a gerund
  // with no object after a noun and its preposition names an activity
  // the noun is about, not an act that took place.
  bool ActivityNamed(const Clause& cl) const {
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (doc_.tokens[cl.verb].tag != Tag::VBG || cl.object_first != kNone || cl.verb < first + 2)
      return false;
    std::string_view prep = L(cl.verb - 1);
    // "ordered Menem to appear for questioning", "was detained for
    // questioning": a bare gerund after "for" is a purpose or a reason.
    if (prep == "for") return true;
    // "after five days of fighting" did fight: time spent on it is no topic.
    static constexpr lexical::ConstWordSet kTime{"day",    "week",   "month", "year", "hour",
                                        "night",  "decade", "minute", "round", "wave"};
    return (prep == "in" || prep == "of") && IsNoun(doc_.tokens[cl.verb - 2].tag) &&
           !doc_.tokens[cl.verb - 2].capitalized && !kTime.Contains(L(cl.verb - 2));
  }

  static bool EndsAnAct(std::string_view lemma) {
    static constexpr lexical::ConstWordSet kWords{"stop", "cease", "quit", "halt", "suspend", "end", "avoid"};
    return kWords.Contains(lemma);
  }

  // "stopped attacking", "refrained from shelling": an act that was ended
  // or held back did not take place.
  bool StoppedAct(const Clause& cl) const {
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (doc_.tokens[cl.verb].tag != Tag::VBG || cl.verb < first + 1) return false;
    if (EndsAnAct(L(cl.verb - 1))) return true;
    static constexpr lexical::ConstWordSet kHoldBack{"refrain", "desist", "abstain"};
    return cl.verb >= first + 2 && L(cl.verb - 1) == "from" && kHoldBack.Contains(L(cl.verb - 2));
  }

  // "those calling for President Assad to step down": what someone calls,
  // pushes or waits for ("for" + the doer + infinitive) has not happened.
  bool CalledForAct(const Clause& cl) const {
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (cl.subject_first == kNone || cl.subject_first < first + 2 || cl.subject_first > cl.verb ||
        L(cl.subject_first - 1) != "for")
      return false;
    static constexpr lexical::ConstWordSet kAskFor{"call",   "calling", "appeal", "plea",  "demand",
                                          "push",   "press",   "lobby",  "campaign", "wait",
                                          "ask",    "pray",    "hope",   "clamour", "clamor"};
    return kAskFor.Contains(L(cl.subject_first - 2));
  }

  // The clause is the "that" content of a noun of claiming or fearing
  // ("an allegation that the NPFL had taken over the city") or of asking
  // and proposing ("its demand that the government release them"): a
  // claim or a wish, not a fact.
  bool AllegedContent(const Clause& cl) const {
    uint32_t start = cl.subject_first != kNone && cl.subject_first < cl.verb
                         ? cl.subject_first
                         : doc_.chunks[cl.verb_chunk].first;
    uint32_t first = doc_.sentences[cl.sentence].first_token;
    if (start < first + 2 || L(start - 1) != "that") return false;
    static constexpr lexical::ConstWordSet kClaims{
        "allegation", "claim",     "accusation", "charge",     "rumour",    "rumor",
        "suggestion", "fear",      "speculation", "suspicion", "belief",    "assertion",
        "demand",     "call",      "appeal",     "request",    "plea",      "ultimatum",
        "proposal",   "insistence", "hope",      "wish",       "condition", "recommendation",
        "proposition", "bid",      "urging"};
    return IsNoun(doc_.tokens[start - 2].tag) && kClaims.Contains(L(start - 2));
  }

  // "its demands that Burundi's government grant more rights": the clause
  // whose subject opens right after the "that" ending a noun chunk, or
  // kNone.
  uint32_t ThatContentOf(const Chunk& noun) const {
    uint32_t s = doc_.tokens[noun.head].sentence;
    if (noun.end + 1 >= SentenceEnd(s) || L(noun.end) != "that") return kNone;
    for (uint32_t i = first_clause_[s]; i < first_clause_[s + 1]; ++i)
      if (doc_.clauses[i].subject_first == noun.end + 1) return i;
    return kNone;
  }

  // The clause's doer, or a "by/from/in/of" phrase in it, is a disease, a
  // disaster or an accident.
  bool NaturalCause(const Clause& cl, bool passive) const {
    static constexpr lexical::ConstWordSet kCauses{
        "epidemic", "outbreak", "disease",   "virus",    "flu",       "influenza",
        "cholera",  "ebola",    "malaria",   "measles",  "pandemic",  "infection",
        "illness",  "storm",    "hurricane", "cyclone",  "typhoon",   "earthquake",
        "quake",    "flood",    "flooding",  "landslide", "mudslide", "fire",
        "blaze",    "wildfire", "crash",     "accident", "collision", "heatwave",
        "drought",  "famine",   "avalanche", "tsunami",  "tornado",
        "lightning", "stampede", "disaster", "strain",   "h1n1",      "h5n1",
        "covid-19", "coronavirus", "sars",   "tuberculosis", "aids",  "hiv"};
    auto head_is_cause = [&](uint32_t first, uint32_t end) {
      if (first == kNone || end == kNone) return false;
      for (uint32_t t = first; t < end; ++t)
        if (IsNoun(doc_.tokens[t].tag) && kCauses.Contains(L(t))) return true;
      return false;
    };
    if (!passive && head_is_cause(cl.subject_first, cl.subject_end)) return true;
    if (passive && head_is_cause(cl.agent_first, cl.agent_end)) return true;
    for (uint32_t p : cl.preps) {
      const Chunk& pc = doc_.chunks[p];
      if (pc.first >= cl.end_token || p + 1 >= doc_.chunks.size()) break;
      std::string_view prep = L(pc.first);
      if (prep != "by" && prep != "from" && prep != "in" && prep != "of") continue;
      const Chunk& np = doc_.chunks[p + 1];
      if (np.kind == ChunkKind::kNoun && head_is_cause(np.first, np.end)) return true;
    }
    return false;
  }

  // "Workers went on strike at the port of Durban": an agent the actors
  // stage left without a country (no country was named) takes the country
  // of the document's places, when one country has more of them than any
  // other.
  void PlaceAgents() {
    auto needs_country = [](const ActorMention& m) {
      return m.country.empty() && m.role.size() == 3 &&
             (m.kind == ActorKind::kAgent || m.kind == ActorKind::kPronoun);
    };
    if (std::none_of(doc_.mentions.begin(), doc_.mentions.end(), needs_country)) return;
    std::string_view best;
    int best_count = 0;
    bool tied = false;
    for (const Place& p : doc_.places) {
      if (p.country.size() != 3 || p.country == best) continue;
      int n = 0;
      for (const Place& q : doc_.places) n += q.country == p.country;
      if (n > best_count) {
        best = p.country;
        best_count = n;
        tied = false;
      } else if (n == best_count) {
        tied = true;
      }
    }
    if (best.empty() || tied) return;
    for (ActorMention& m : doc_.mentions) {
      if (!needs_country(m)) continue;
      m.country = std::string(best);
      m.code = m.country + m.role;
    }
  }

  // Verbs whose object is an act they begin, speed up or carry out. An
  // order ("ordered the arrest of") is the ordered act itself, by CAMEO's
  // convention; `ordered` says so, and only a bare 100 order gives way.
  static bool IsOrderVerb(std::string_view v) {
    return v == "order" || v == "authorize" || v == "authorise" || v == "approve" ||
           v == "force" || v == "compel";
  }

  bool CarriesOut(const Clause& host, bool* ordered) const {
    std::string_view v = L(host.verb);
    uint32_t h = static_cast<uint32_t>(&host - doc_.clauses.data());
    if (IsOrderVerb(v)) {
      for (size_t i : clause_events_[h])
        if (doc_.events[i].cameo != "100") return false;
      *ordered = true;
      return true;
    }
    if (coded_[h]) return false;
    static constexpr lexical::ConstWordSet kCarry{
        "begin", "start", "complete", "finish", "continue", "resume", "speed", "accelerate",
        "launch", "stage", "conduct", "hold", "carry", "mount", "undertake", "intensify",
        "escalate", "step", "expand", "press", "pursue", "initiate", "declare", "announce",
        "impose"};
    return kCarry.Contains(v);
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
      if (!verbs_.MatchNoun(doc_, words_, ch.head, limit, &m)) continue;
      if (!codebook_.Find(m.code)) continue;
      // "a statement", "an appeal": nouns of talk are not events by themselves.
      if (m.code.substr(0, 2) == "01") continue;
      // Source: a possessor or modifier inside the chunk ("Moscow's veto",
      // "his talks"), else the subject of the clause around it.
      std::vector<uint32_t> sources;
      for (uint32_t t = ch.first; t < ch.head; ++t) {
        Tag tg = doc_.tokens[t].tag;
        if (tg == Tag::PRP_S || tg == Tag::POS) sources = ActorsIn(ch.first, t + (tg == Tag::PRP_S));
      }
      const Clause* host = nullptr;
      bool in_condition = false;
      for (uint32_t i = first_clause_[s]; i < first_clause_[s + 1]; ++i) {
        const Clause& c = doc_.clauses[i];
        if (c.verb < ch.first) host = &c;
        // "until their demands are met": the subject of a condition too.
        in_condition |= c.conditional && c.subject_first != kNone && c.subject_first <= ch.first &&
                        ch.first < c.subject_end;
      }
      if (in_condition) continue;
      // "Russian foreign minister in talks with Assad": the actor right
      // before "in/for/during" + the event noun, with no verb between.
      if (sources.empty() && ch.first >= 2) {
        std::string_view prep = L(ch.first - 1);
        if (prep == "in" || prep == "for" || prep == "during" || prep == "after") {
          uint32_t k = ch.first - 1;
          // Only in verbless (headline-like) stretches: after a verb, the
          // noun before the preposition is that verb's object.
          bool verb_before = false;
          for (uint32_t t = doc_.sentences[s].first_token; t < k; ++t)
            verb_before |= IsVerb(doc_.tokens[t].tag);
          if (verb_before) k = kNone;
          for (size_t mi = doc_.mentions.size(); k != kNone && mi-- > 0;) {
            const ActorMention& am = doc_.mentions[mi];
            if (am.sentence == s && am.end_token == k && am.kind != ActorKind::kPronoun)
              sources = {static_cast<uint32_t>(mi)};
          }
        }
      }
      // "US negotiators return to Geneva for talks", "protesters gathered
      // in the square for a rally": an event noun that is the purpose or
      // setting of a clause that names no event of its own is its
      // subject's.
      // "12 civilians died in an air strike": the subject of a verb of
      // dying or fleeing suffers the act it names; its doer is unknown.
      std::vector<uint32_t> victims;
      if (sources.empty() && host && !host->passive && ch.first > 0 && host->verb < ch.first &&
          ch.first < host->end_token && host->parent == kNone &&
          !coded_[host - doc_.clauses.data()] && !consumed_[host - doc_.clauses.data()]) {
        std::string_view prep = L(ch.first - 1);
        if (prep == "for" || prep == "in" || prep == "into") {
          if (SuffersAct(L(host->verb)))
            victims = HeadActors(host->subject_first, host->subject_end);
          else
            sources = HeadActors(host->subject_first, host->subject_end);
        }
      }
      // "Protests erupted in Khartoum": protests that break out somewhere
      // are that country's people's, against its government.
      if (sources.empty() && m.code.starts_with("14")) sources = ProtestersOfPlace(s, ch);
      // "claimed the attack on the police station", "claimed responsibility
      // for the bombing": what a group claims is its own act.
      if (sources.empty() && host && !host->passive && L(host->verb) == "claim" &&
          ch.first > host->verb && ch.first < host->end_token)
        sources = HeadActors(host->subject_first, host->subject_end);
      // "speeded up the withdrawal of its forces", "ordered patrols by
      // police": the object of a verb that only starts, carries out or
      // orders an act is that act, done by the verb's subject.
      bool ordered = false;
      if (sources.empty() && host && !host->passive && host->object_first != kNone &&
          host->object_first <= ch.first && ch.first < host->object_end &&
          !consumed_[host - doc_.clauses.data()] && CarriesOut(*host, &ordered)) {
        sources = HeadActors(host->subject_first, host->subject_end);
      }
      // "a hunger strike by Palestinian prisoners", "attacks carried out by
      // the RSF": the noun's by-phrase names its doer.
      if (sources.empty() && !ordered && ch.end < SentenceEnd(s)) {
        // "the arrest of the opposition leader by Ugandan police".
        uint32_t after = ch.end;
        if (L(after) == "of" && c + 1 < doc_.chunks.size() &&
            doc_.chunks[c + 1].kind == ChunkKind::kPrep &&
            c + 2 < doc_.chunks.size() &&
            doc_.chunks[c + 2].kind == ChunkKind::kNoun &&
            doc_.chunks[c + 2].first == after + 1)
          after = doc_.chunks[c + 2].end;
        sources = ByPhraseAfter(after);
      }
      std::vector<uint32_t> targets;
      if (m.target_from != kNone) {
        targets = ActorsAfter(m.target_from, SentenceEnd(s));
        // "air strikes on Gaza": the place in the pattern's slot.
        if (targets.empty())
          targets = PlaceBetween(s, m.target_from + 1,
                                 std::min(SentenceEnd(s), m.target_from + 3));
      }
      // The content of a demand or an appeal names whom it addresses and
      // what is asked.
      uint32_t content = ThatContentOf(ch);
      if (targets.empty() && content != kNone)
        targets = HeadActors(doc_.clauses[content].subject_first, doc_.clauses[content].subject_end);
      // "fighting between Sudan's army and the RSF", "talks between Israel
      // and Hamas": the sides act on each other.
      if (sources.empty() && Between(targets)) sources = targets;
      if (targets.empty()) targets = victims;
      if (sources.empty() && victims.empty()) continue;
      // As for verbs: a protest or a repression names no one is domestic.
      if (targets.empty()) targets = ImpliedDomesticTarget(m.code, sources);
      // "rejected North Korea's demand", "denounced Serbia's suppression of
      // unrest": what a demand, a rejection, a disapproval, a threat or a
      // protest is about is its content, not a second event.
      if (!ordered && InsideGoverningEvent(s, ch.first)) continue;
      // A verb of the sentence already coded the same root, or an event
      // noun's trigger holds this one ("state of siege"): skip.
      // "opened fire on their patrol": what a material act is done to is
      // no event of its own.
      bool seen = false;
      for (const Event& e : doc_.events)
        if (e.sentence == s && (e.cameo.substr(0, 2) == std::string_view(m.code).substr(0, 2) ||
                                (e.trigger_first <= ch.head && ch.head < e.trigger_end &&
                                 e.cameo != "015") ||
                                (e.cameo.substr(0, 2) >= "15" && ch.first == e.trigger_end)))
          seen = true;
      if (seen) continue;
      Clause pseudo;
      pseudo.sentence = s;
      if (host) {
        pseudo.modality = host->modality;
        pseudo.speaker = host->speaker;
        if (host->negated || host->conditional) continue;
      }
      size_t before = doc_.events.size();
      Emit(kNone, pseudo, m, m.code, sources, targets, static_cast<uint8_t>(EventFlag::kNominal));
      VerbMatch asked;
      if (content != kNone && !doc_.clauses[content].negated &&
          verbs_.MatchVerb(doc_, words_, doc_.clauses[content].verb, doc_.clauses[content].end_token,
                           &asked) &&
          codebook_.Find(asked.code))
        for (size_t i = before; i < doc_.events.size(); ++i) RefineFamily(&doc_.events[i], asked.code);
      if (ordered && doc_.events.size() > before)
        for (size_t i : clause_events_[host - doc_.clauses.data()]) superseded_.push_back(i);
    }
  }

 public:
  void Init() {
    PlaceAgents();
    sorted_mentions_ = doc_.mentions.size();
    // Clauses are in sentence order: first_clause_[s] .. first_clause_[s+1].
    first_clause_.assign(doc_.sentences.size() + 1, 0);
    for (const Clause& cl : doc_.clauses) ++first_clause_[cl.sentence + 1];
    for (size_t s = 1; s < first_clause_.size(); ++s) first_clause_[s] += first_clause_[s - 1];
    coded_.assign(doc_.clauses.size(), false);
    consumed_.assign(doc_.clauses.size(), false);
    consumer_.assign(doc_.clauses.size(), kNone);
    if (clause_events_.size() < doc_.clauses.size())
      clause_events_.resize(doc_.clauses.size());
    for (size_t c = 0; c < doc_.clauses.size(); ++c) clause_events_[c].clear();
    statements_.clear();
    superseded_.clear();
  }

 private:
  const VerbDictionary& verbs_;
  const VerbWords& words_;
  const Codebook& codebook_;
  Document& doc_;
  std::vector<bool>& coded_;
  size_t sorted_mentions_ = 0;  // doc_.mentions[0, n) are in text order
  std::vector<uint32_t>& first_clause_;  // per sentence, into doc_.clauses
  std::vector<bool>& consumed_;          // complement clauses of speech acts
  std::vector<uint32_t>& consumer_;  // the clause that consumed each, or kNone
  std::vector<std::vector<size_t>>& clause_events_;  // clause -> its events
  std::vector<size_t>& statements_;  // events of reporting verbs (01x)
  std::vector<size_t>& superseded_;  // bare orders replaced by what was ordered
};

}  // namespace

void CodeEvents(const VerbDictionary& verbs, const Codebook& codebook, Document* doc) {
  doc->events.clear();
  // Per thread, so that their vectors keep their capacity across documents.
  thread_local VerbWords words;
  thread_local CoderScratch scratch;
  verbs.PrepareWords(*doc, &words);
  SentenceCoder coder(verbs, words, codebook, doc, &scratch);
  coder.Init();
  coder.CodeClauses();
}

}  // namespace dyad
