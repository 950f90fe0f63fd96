// Internal model of the actor dictionary, shared by the loader
// (dictionary.cc) and the matcher (find_actors.cc). Not a public API.
#ifndef DYAD_ACTORS_DICTIONARY_INTERNAL_H_
#define DYAD_ACTORS_DICTIONARY_INTERNAL_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "dyad/document.h"
#include "text/word_hash.h"

namespace dyad::actors_internal {

// What a dictionary phrase names.
enum class PhraseType : uint8_t {
  kCountry,    // "Russia", "United States"         -> RUS
  kAdjective,  // "Russian", "Syrians"              -> RUS
  kSeat,       // "Moscow", "Kremlin", "Pentagon"   -> RUSGOV, USAMIL
  kOrg,        // "Arab League", "Hamas", "Reuters" -> IGOARL, PSEREBHMS
  kAgent,      // "security forces", "minister"     -> role only
  kPerson,     // "Lavrov", "Bashar al-Assad"       -> date-dependent
};

// How an agent phrase behaves next to names.
enum class AgentKind : uint8_t {
  kGroup = 0,   // a body or a crowd: "army", "activists"
  kPerson = 1,  // one person; also a title before a name: "President Assad"
  kTitle = 2,   // only a title before a name: "Mr", "Sheikh"
};

struct ActorCode {
  std::string code;     // "RUSGOV"; for agents the role alone ("GOV", "")
  std::string country;  // "RUS", "IGO"; empty for agents
  std::string role;     // "GOV"; may be empty
  std::string name;     // canonical name
};

// One period in office. Dates are yyyymmdd integers; end is exclusive and
// kOpenEnd when the person is still in office.
constexpr int32_t kOpenEnd = 99999999;
struct Tenure {
  uint32_t actor = 0;  // index into Dictionary::actors
  int32_t start = 0;
  int32_t end = kOpenEnd;
  uint32_t person = 0;  // index into Dictionary::people (canonical names)
};

struct Phrase {
  std::vector<std::string> words;  // as matched: surface forms or lemmas
  uint32_t exact_mask = 0;         // agent word i matches surface text only
  PhraseType type = PhraseType::kCountry;
  AgentKind agent_kind = AgentKind::kGroup;
  uint32_t actor = kNone;         // all types but kPerson
  std::vector<uint32_t> tenures;  // kPerson: every tenure using the phrase
};

// A phrase of an index entry with its length in words, and what the matcher
// can reject it by without reading the Phrase (a cache miss on most
// candidates, which fail at their second word).
struct PhraseRef {
  uint32_t id;     // into Dictionary::phrases
  uint16_t words;  // phrases[id].words.size()
  // The first word must also equal the token's lower-case form (an agent
  // word that matches the surface text only).
  bool exact_first;
  // Low half of HashWord(phrases[id].words[1]); 0 for one-word phrases.
  uint32_t second;
};

// The phrases of one kind (agents, or proper names) by first word, frozen
// and flat for the matcher, which probes it two or three times per token:
// one multiply-mix hash and usually one slot, where a node-based map paid a
// modulo, a bucket and a node chase. Each key's phrases are kept longest
// first (in dictionary order among equals) with their lengths, so the
// longest match is the first one found and shorter phrases are never
// looked at. Defined in find_actors.cc.
class FlatPhraseIndex {
 public:
  // Indexes the phrases whose type is kAgent (agents) or is not (!agents),
  // and appends the HashWord of each distinct first word to *key_hashes.
  void Build(const std::vector<Phrase>& phrases, bool agents,
             std::vector<uint64_t>* key_hashes);
  // The phrases whose first word is `key`; empty when none.
  std::span<const PhraseRef> Find(std::string_view key) const {
    return Find(key, lexical::HashWord(key));
  }
  // The same with h = lexical::HashWord(key).
  std::span<const PhraseRef> Find(std::string_view key, uint64_t h) const {
    return Refs(FindKey(key, h));
  }
  // The same in two steps, for the matcher, which looks every token up once
  // and keeps the key: the key `key` is stored under (h =
  // lexical::HashWord(key)), or kNoKey, and the phrases of such a key.
  static constexpr uint32_t kNoKey = lexical::FlatWordMap::kMissing;
  uint32_t FindKey(std::string_view key, uint64_t h) const {
    // Most tokens start no phrase. FlatWordMap::Find is too large to be
    // inlined at every call site, so its Bloom filter is repeated here,
    // where a miss costs no call.
    if (!starts_.MayContain(h)) return kNoKey;
    return map_.Find(key, h);
  }
  std::span<const PhraseRef> Refs(uint32_t k) const {
    if (k == kNoKey) return {};
    return std::span<const PhraseRef>(refs_.data() + begin_[k],
                                      begin_[k + 1] - begin_[k]);
  }

 private:
  lexical::FlatWordMap map_;     // key -> index into begin_
  lexical::WordFilter starts_;   // the keys of map_
  std::vector<uint32_t> begin_;  // refs_ of key k: [begin_[k], begin_[k + 1])
  std::vector<PhraseRef> refs_;
};

class Dictionary final : public ActorDictionary {
 public:
  Status LoadDir(const std::string& dir);
  void FindActors(Document* doc) const override;
  ActorDictionaryStats Stats() const override { return stats_; }

  // The tenure that codes `phrase` on `date` (yyyymmdd, 0 when unknown), and
  // whether the person held that office then.
  uint32_t PickTenure(const Phrase& phrase, int32_t date,
                      bool* in_office) const;

  // A region ("Europe", "the Middle East"): an org line whose code is its
  // own country code, CAMEO's region codes (EUR, WAF, MEA ...). Regions
  // are places like countries but never a document's country.
  bool IsRegion(std::string_view country) const {
    const int code = LetterCode(country);
    return code >= 0 && region_codes_[code];
  }
  // A state's country code: three bytes, neither a region nor IGO, NGO, IMG
  // or MNC. The matcher asks this of most mentions, several times each:
  // one bit, where string comparisons and a binary search cost a hundred
  // instructions.
  bool IsStateCountry(std::string_view country) const {
    if (country.size() != 3) return false;
    const int code = LetterCode(country);
    return code < 0 || !non_state_codes_[code];
  }

  std::vector<ActorCode> actors;
  std::vector<std::string> regions;  // sorted; set region_codes_ from them
  std::vector<Tenure> tenures;
  std::vector<std::string> people;
  std::vector<Phrase> phrases;
  // Proper names by first word, case-sensitive, and agent phrases by first
  // word, a lower-case lemma; built at the end of LoadDir.
  FlatPhraseIndex proper_flat, lower_flat;
  // The first words of both: most tokens are their own lower-case form and
  // lemma, and then one probe here says that neither index has them.
  lexical::WordFilter any_first_word;

  // Fills the code sets of IsRegion and IsStateCountry from `regions`.
  void IndexRegions();

 private:
  // Codes of three letters A-Z as numbers below kLetterCodes; -1 for
  // anything else. Regions and the non-state codes are all such codes.
  static constexpr int kLetterCodes = 26 * 26 * 26;
  static int LetterCode(std::string_view code) {
    if (code.size() != 3) return -1;
    int n = 0;
    for (char c : code) {
      if (c < 'A' || c > 'Z') return -1;
      n = n * 26 + (c - 'A');
    }
    return n;
  }

  std::bitset<kLetterCodes> region_codes_;
  std::bitset<kLetterCodes> non_state_codes_;  // regions, IGO, NGO, IMG, MNC
  ActorDictionaryStats stats_;
};

// ASCII form of Latin letters with diacritics ("Erdoğan" -> "Erdogan");
// other bytes are kept.
std::string FoldDiacritics(std::string_view s);

}  // namespace dyad::actors_internal

#endif  // DYAD_ACTORS_DICTIONARY_INTERNAL_H_
