// Loading the actor dictionary.
//
// The dictionary is a handful of tab-separated text files (data/actors/*.tsv,
// format in docs/actors.md) so that people can read, review and extend it
// with any editor. Every line starts with its record type (country, org,
// agent, person), which lets one lenient parser read every file: a malformed
// line is reported on stderr as file:line and skipped, never fatal, because
// one typo in a hand-kept list must not stop the whole coder.
//
// Loading turns each written name into one or more token sequences the way
// the tokenizer will see them ("Moscow's" -> Moscow 's, "al-Assad" -> al -
// Assad as well as al-Assad, "Erdoğan" also as "Erdogan", agent phrases also
// in their regular plural), then indexes every sequence under its first word
// in one of two hash maps: proper names by exact surface text (so "US" is
// not "us" and "May" the month is not a prime minister), role agents by
// lower-case lemma. Matching then costs one hash probe per token. A phrase
// shared by several people ("Assad", "Bush") keeps every tenure; the
// document date picks among them at match time. After loading, nothing
// changes, so FindActors needs no locks.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "actors/dictionary_internal.h"

namespace dyad {
namespace actors_internal {
namespace {

// The sep-separated parts of s, empty ones included, as views and without
// a vector: for (std::string_view part : Parts(s, '|')). Loading splits
// every line, name and date, and a vector per split was a large share of
// the start-up time.
class Parts {
 public:
  Parts(std::string_view s, char sep) : s_(s), sep_(sep) {}

  class Iterator {
   public:
    Iterator(std::string_view s, char sep) : rest_(s), sep_(sep) { Next(); }
    std::string_view operator*() const { return part_; }
    Iterator& operator++() {
      Next();
      return *this;
    }
    bool operator==(std::default_sentinel_t) const { return done_; }

   private:
    void Next() {
      if (last_) {
        done_ = true;
        return;
      }
      size_t pos = rest_.find(sep_);
      if (pos == std::string_view::npos) {
        part_ = rest_;
        last_ = true;
        return;
      }
      part_ = rest_.substr(0, pos);
      rest_.remove_prefix(pos + 1);
    }
    std::string_view rest_, part_;
    char sep_;
    bool last_ = false, done_ = false;
  };

  Iterator begin() const { return Iterator(s_, sep_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::string_view s_;
  char sep_;
};

// The parts of s into *out, which keeps its capacity from line to line.
void SplitInto(std::string_view s, char sep,
               std::vector<std::string_view>* out) {
  out->clear();
  for (std::string_view part : Parts(s, sep)) out->push_back(part);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsCountryCode(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool IsActorCode(std::string_view s) {
  if (s.size() < 3 || s.size() > 15) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

bool IsNonStateCountry(std::string_view c) {
  return c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC";
}

bool IsRole(std::string_view r) {
  if (r == "-") return true;
  if (r.size() != 3) return false;
  for (char c : r)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" as yyyymmdd. An end date is exclusive:
// "2012" as an end means up to 2012-12-31, so 20130101.
bool ParseDate(std::string_view s, bool is_end, int32_t* out) {
  if (is_end && s == "-") {
    *out = kOpenEnd;
    return true;
  }
  auto num = [](std::string_view d, int* v) {
    if (d.empty()) return false;
    int x = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return false;
      x = x * 10 + (c - '0');
    }
    *v = x;
    return true;
  };
  std::string_view parts[3];
  size_t n = 0;
  for (std::string_view part : Parts(s, '-')) {
    if (n == 3) return false;
    parts[n++] = part;
  }
  int y = 0, m = 0, d = 0;
  if (parts[0].size() != 4 || !num(parts[0], &y)) return false;
  if (n >= 2 && (!num(parts[1], &m) || m < 1 || m > 12)) return false;
  if (n == 3 && (!num(parts[2], &d) || d < 1 || d > 31)) return false;
  if (!is_end) {
    *out = y * 10000 + (m ? m : 1) * 100 + (d ? d : 1);
  } else if (d) {
    *out = y * 10000 + m * 100 + d;
  } else if (m) {
    *out = (m == 12) ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
  } else {
    *out = (y + 1) * 10000 + 101;
  }
  return true;
}

// Words of a written name as the tokenizer will produce them: brackets and
// commas apart, possessive "'s" apart.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  words.reserve(4);  // most names have fewer words: one allocation
  for (std::string_view w : Parts(text, ' ')) {
    if (w.empty()) continue;
    while (!w.empty() && w.front() == '(') {
      words.emplace_back("(");
      w.remove_prefix(1);
    }
    int close = 0;
    while (!w.empty() && (w.back() == ')' || w.back() == ',')) {
      ++close;
      w.remove_suffix(1);
    }
    if (w.size() > 2 && w.ends_with("'s")) {
      words.emplace_back(w.substr(0, w.size() - 2));
      words.emplace_back("'s");
    } else if (!w.empty()) {
      words.emplace_back(w);
    }
    for (int i = 0; i < close; ++i) words.emplace_back(")");
  }
  return words;
}

// The same words with inner hyphens as tokens of their own.
std::vector<std::string> SplitHyphens(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) {
    size_t start = 0;
    size_t pos;
    while ((pos = w.find('-', start)) != std::string::npos && pos > start &&
           pos + 1 < w.size()) {
      out.push_back(w.substr(start, pos - start));
      out.emplace_back("-");
      start = pos + 1;
    }
    out.push_back(w.substr(start));
  }
  return out;
}

std::string Plural(const std::string& w) {
  if (w.empty() || w[0] == '=') return w;
  auto ends = [&](std::string_view suf) {
    return w.size() >= suf.size() &&
           w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("man")) return w.substr(0, w.size() - 3) + "men";
  if (w == "child") return "children";
  if (w == "person") return "persons";
  if (ends("y") && w.size() > 1 && !std::strchr("aeiou", w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "ies";
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh"))
    return w + "es";
  return w + "s";
}

// Ids 0, 1, 2 ... of distinct string keys, found by the keys' HashWord:
// open addressing, at most half full, over slots that hold id + 1 (0 is
// empty). The keys stay with the caller, which passes Find a function from
// an id to its key; a node-based map allocated a node and a copy of the key
// per entry.
class IdIndex {
 public:
  // The id whose key is `key` (h = lexical::HashWord(key)), or kNone.
  template <typename KeyOf>
  uint32_t Find(std::string_view key, uint64_t h, KeyOf key_of) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask; slots_[i] != 0; i = (i + 1) & mask) {
      const uint32_t id = slots_[i] - 1;
      if (hashes_[id] == h && key_of(id) == key) return id;
    }
    return kNone;
  }

  // Adds id, the next one (the number added so far), whose key hashes to h.
  void Add(uint64_t h, uint32_t id) {
    hashes_.push_back(h);
    if (2 * hashes_.size() > slots_.size()) {
      slots_.assign(std::max<size_t>(1024, 2 * slots_.size()), 0);
      for (uint32_t old = 0; old < hashes_.size(); ++old) Place(old);
    } else {
      Place(id);
    }
  }

 private:
  void Place(uint32_t id) {
    const size_t mask = slots_.size() - 1;
    size_t i = hashes_[id] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = id + 1;
  }

  std::vector<uint64_t> hashes_;  // by id
  std::vector<uint32_t> slots_;
};

class Loader {
 public:
  explicit Loader(Dictionary* dict) : d_(dict) {}

  void LoadFile(const std::string& path, const std::string& label) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Warn(label, 0, "cannot read file");
      return;
    }
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      std::string_view l = Trim(line);
      if (line_no == 1 && l.substr(0, 3) == "\xEF\xBB\xBF")
        l.remove_prefix(3);  // BOM
      if (l.empty() || l[0] == '#') continue;
      std::vector<std::string_view>& f = fields_;
      SplitInto(l, '\t', &f);
      for (auto& x : f) x = Trim(x);
      std::string err;
      if (lexical::SameWord(f[0], "country")) {
        err = Country(f);
      } else if (lexical::SameWord(f[0], "org")) {
        err = Org(f);
      } else if (lexical::SameWord(f[0], "agent")) {
        err = Agent(f);
      } else if (lexical::SameWord(f[0], "person")) {
        err = Person(f);
      } else {
        err = "unknown record type '" + std::string(f[0].substr(0, 20)) + "'";
      }
      if (!err.empty()) Warn(label, line_no, err);
    }
  }

  ActorDictionaryStats stats;

 private:
  void Warn(const std::string& file, int line, const std::string& msg) {
    ++stats.warnings;
    std::fprintf(stderr, "warning: %s:%d: %s; line skipped\n", file.c_str(),
                 line, msg.c_str());
  }

  uint32_t AddActor(std::string code, std::string country, std::string role,
                    std::string name) {
    d_->actors.emplace_back(std::move(code), std::move(country),
                            std::move(role), std::move(name));
    return static_cast<uint32_t>(d_->actors.size() - 1);
  }

  // Indexes every token form of one written name, each as soon as it is
  // made (no vector of forms to allocate per name).
  void AddProper(std::string_view text, PhraseType type, uint32_t actor,
                 uint32_t tenure) {
    auto add = [&](std::vector<std::string> words) {
      Insert(std::move(words), type, actor, tenure, false, AgentKind::kGroup);
    };
    auto add_forms = [&](std::string_view t) {
      std::vector<std::string> w = Words(t);
      if (w.empty()) return;
      // Most names have no hyphen, and then no form of their own without.
      std::vector<std::string> h;
      bool hyphens = std::any_of(w.begin(), w.end(), [](const std::string& x) {
        return x.find('-') != std::string::npos;
      });
      if (hyphens) {
        h = SplitHyphens(w);
        hyphens = h != w;
      }
      // "U.S." at the end of a sentence may lose its last period to the
      // sentence's full stop.
      std::vector<std::string> cut;
      const std::string& last = w.back();
      if (last.size() > 2 && last.back() == '.' &&
          last.find('.') != last.size() - 1) {
        cut = w;
        cut.back().pop_back();
      }
      add(std::move(w));
      if (hyphens) add(std::move(h));
      if (!cut.empty()) add(std::move(cut));
    };
    add_forms(text);
    // FoldDiacritics changes nothing without the lead bytes it folds.
    if (std::any_of(text.begin(), text.end(), [](char c) {
          auto byte = static_cast<unsigned char>(c);
          return byte >= 0xC3 && byte <= 0xC5;
        })) {
      std::string folded = FoldDiacritics(text);
      if (folded != text) add_forms(folded);
    }
  }

  void Insert(std::vector<std::string> words, PhraseType type, uint32_t actor,
              uint32_t tenure, bool lemma, AgentKind kind) {
    // A member buffer: it keeps its capacity, and only a new phrase's key
    // is copied into seen_.
    std::string& key = key_;
    key.assign(lemma ? "L" : "P");
    for (const auto& w : words) {
      key += '\x1f';
      key += w;
    }
    const uint64_t key_hash = lexical::HashWord(key);
    if (uint32_t seen = FindSeen(key, key_hash); seen != kNone) {
      Phrase& p = d_->phrases[seen];
      if (type == PhraseType::kPerson && p.type == PhraseType::kPerson) {
        if (std::find(p.tenures.begin(), p.tenures.end(), tenure) ==
            p.tenures.end())
          p.tenures.push_back(tenure);
      } else if (type == PhraseType::kAgent && p.type == PhraseType::kAgent &&
                 d_->actors[p.actor].role == d_->actors[actor].role) {
        p.agent_kind = std::max(p.agent_kind, kind);
      } else if (p.type != PhraseType::kPerson && type != PhraseType::kPerson &&
                 d_->actors[p.actor].code == d_->actors[actor].code) {
        // The same name for the same actor (a name that is also an
        // adjective, or its folded spelling): nothing to report.
      } else if (std::getenv("DYAD_ACTORS_VERBOSE")) {
        std::fprintf(stderr,
                     "note: '%s' already defined; first definition kept\n",
                     key.c_str() + 2);
      }
      return;
    }
    Phrase p;
    p.type = type;
    p.agent_kind = kind;
    if (type == PhraseType::kPerson) {
      p.tenures.push_back(tenure);
    } else {
      p.actor = actor;
    }
    for (size_t i = 0; i < words.size() && i < 32; ++i) {
      if (lemma && !words[i].empty() && words[i][0] == '=') {
        p.exact_mask |= 1u << i;
        words[i].erase(0, 1);
      }
    }
    p.words = std::move(words);
    uint32_t id = static_cast<uint32_t>(d_->phrases.size());
    d_->phrases.push_back(std::move(p));
    AddSeen(key, key_hash, id);
  }

  // The phrase whose Insert key is `key` (h = its HashWord), or kNone.
  uint32_t FindSeen(std::string_view key, uint64_t h) const {
    return seen_ids_.Find(key, h, [this](uint32_t id) { return SeenKey(id); });
  }

  // Records the key of the new phrase `id` (the next one).
  void AddSeen(std::string_view key, uint64_t h, uint32_t id) {
    seen_keys_.append(key);
    seen_key_ends_.push_back(static_cast<uint32_t>(seen_keys_.size()));
    seen_ids_.Add(h, id);
  }
  std::string_view SeenKey(uint32_t id) const {
    const uint32_t begin = id == 0 ? 0 : seen_key_ends_[id - 1];
    return std::string_view(seen_keys_)
        .substr(begin, seen_key_ends_[id] - begin);
  }

  std::string Country(const std::vector<std::string_view>& f) {
    if (f.size() < 4)
      return "country needs: code, name, names[, adjectives, seats]";
    if (!IsCountryCode(f[1]))
      return "bad country code '" + std::string(f[1]) + "'";
    if (f[2].empty()) return "empty country name";
    std::string iso(f[1]);
    uint32_t actor = AddActor(iso, iso, "", std::string(f[2]));
    ++stats.countries;
    AddProper(f[2], PhraseType::kCountry, actor, 0);
    for (auto n : Parts(f[3], '|'))
      if (!Trim(n).empty()) AddProper(Trim(n), PhraseType::kCountry, actor, 0);
    if (f.size() > 4)
      for (auto n : Parts(f[4], '|'))
        if (!Trim(n).empty())
          AddProper(Trim(n), PhraseType::kAdjective, actor, 0);
    if (f.size() > 5) {
      for (auto n : Parts(f[5], '|')) {
        n = Trim(n);
        if (n.empty()) continue;
        std::string role = "GOV";
        size_t colon = n.rfind(':');
        if (colon != std::string_view::npos && n.size() - colon == 4 &&
            IsRole(n.substr(colon + 1))) {
          role = std::string(n.substr(colon + 1));
          n = n.substr(0, colon);
        }
        uint32_t seat = AddActor(iso + role, iso, role, std::string(f[2]));
        AddProper(n, PhraseType::kSeat, seat, 0);
      }
    }
    return "";
  }

  std::string Org(const std::vector<std::string_view>& f) {
    if (f.size() < 6) return "org needs: code, country, role, name, names";
    if (!IsActorCode(f[1])) return "bad actor code '" + std::string(f[1]) + "'";
    if (!IsCountryCode(f[2])) return "bad country '" + std::string(f[2]) + "'";
    if (!IsRole(f[3])) return "bad role '" + std::string(f[3]) + "'";
    if (f[4].empty()) return "empty name";
    uint32_t actor =
        AddActor(std::string(f[1]), std::string(f[2]),
                 f[3] == "-" ? "" : std::string(f[3]), std::string(f[4]));
    bool region = f[1] == f[2] && f[2] != "IGO" && f[2] != "NGO" && f[2] != "IMG" && f[2] != "MNC";
    if (region) {
      d_->regions.emplace_back(f[2]);
      ++stats.regions;
    } else if (f[2] == "IGO") {
      ++stats.igos;
    } else {
      ++stats.non_state;
    }
    AddProper(f[4], PhraseType::kOrg, actor, 0);
    for (auto n : Parts(f[5], '|'))
      if (!Trim(n).empty()) AddProper(Trim(n), PhraseType::kOrg, actor, 0);
    return "";
  }

  std::string Agent(const std::vector<std::string_view>& f) {
    if (f.size() < 4) return "agent needs: role, kind, phrases";
    if (!IsRole(f[1])) return "bad role '" + std::string(f[1]) + "'";
    AgentKind kind;
    if (f[2] == "group") {
      kind = AgentKind::kGroup;
    } else if (f[2] == "person") {
      kind = AgentKind::kPerson;
    } else if (f[2] == "title") {
      kind = AgentKind::kTitle;
    } else {
      return "bad agent kind '" + std::string(f[2]) +
             "' (group, person or title)";
    }
    std::string role = f[1] == "-" ? "" : std::string(f[1]);
    for (auto n : Parts(f[3], '|')) {
      n = Trim(n);
      if (n.empty()) continue;
      ++stats.agent_phrases;
      std::string text = Lower(n);
      uint32_t actor = AddActor(role, "", role, text);
      std::vector<std::string> w = Words(text);
      if (w.empty()) continue;
      std::vector<std::vector<std::string>> forms{w};
      std::vector<std::string> h = SplitHyphens(w);
      if (h != w) forms.push_back(h);
      size_t base = forms.size();
      for (size_t i = 0; i < base; ++i) {
        std::vector<std::string> pl = forms[i];
        pl.back() = Plural(pl.back());
        if (pl != forms[i]) forms.push_back(pl);
      }
      for (auto& words : forms)
        Insert(std::move(words), PhraseType::kAgent, actor, 0, true, kind);
    }
    return "";
  }

  std::string Person(const std::vector<std::string_view>& f) {
    if (f.size() < 6)
      return "person needs: code, start, end, title, name, names";
    if (!IsActorCode(f[1]) || f[1].size() < 3)
      return "bad actor code '" + std::string(f[1]) + "'";
    if (!IsCountryCode(f[1].substr(0, 3))) return "bad actor code country";
    Tenure t;
    if (!ParseDate(f[2], false, &t.start))
      return "bad start date '" + std::string(f[2]) + "'";
    if (!ParseDate(f[3], true, &t.end))
      return "bad end date '" + std::string(f[3]) + "'";
    if (t.end <= t.start) return "end date before start date";
    if (f[5].empty()) return "empty name";
    std::string code(f[1]);
    std::string country = code.substr(0, 3);
    std::string role;
    if (!IsNonStateCountry(country) && code.size() >= 6)
      role = code.substr(3, 3);
    std::string name(f[5]);
    const uint64_t name_hash = lexical::HashWord(name);
    auto person_name = [this](uint32_t id) -> std::string_view {
      return d_->people[id];
    };
    t.person = person_ids_.Find(name, name_hash, person_name);
    if (t.person == kNone) {
      t.person = static_cast<uint32_t>(d_->people.size());
      person_ids_.Add(name_hash, t.person);
      d_->people.push_back(name);
      ++stats.people;
    }
    t.actor = AddActor(code, country, role, name);
    // The ELI actor (out of office) directly follows the tenure's actor.
    AddActor(country + "ELI", country, "ELI", name);
    uint32_t tenure = static_cast<uint32_t>(d_->tenures.size());
    d_->tenures.push_back(t);
    ++stats.tenures;
    AddProper(name, PhraseType::kPerson, 0, tenure);
    if (f.size() > 6)
      for (auto n : Parts(f[6], '|'))
        if (!Trim(n).empty())
          AddProper(Trim(n), PhraseType::kPerson, 0, tenure);
    return "";
  }

  Dictionary* d_;
  std::vector<std::string_view> fields_;  // of the current line
  std::string key_;                       // Insert's key of the phrase at hand
  // Every phrase's Insert key (by phrase id, end to end in seen_keys_) and
  // an index over them: one map node and one string per phrase were a
  // large share of loading.
  std::string seen_keys_;
  std::vector<uint32_t> seen_key_ends_;
  IdIndex seen_ids_;
  // Person ids by canonical name (the names are Dictionary::people).
  IdIndex person_ids_;
};

}  // namespace

std::string FoldDiacritics(std::string_view s) {
  // Two-byte UTF-8 Latin-1 Supplement and Latin Extended-A letters.
  static const char kLatin1[] =  // U+00C0..U+00FF
      "AAAAAAACEEEEIIII"
      "DNOOOOOxOUUUUYTs"
      "aaaaaaaceeeeiiii"
      "dnooooo/ouuuuyty";
  static const char kExtA[] =  // U+0100..U+017F
      "AaAaAaCcCcCcCcDd"
      "DdEeEeEeEeEeGgGg"
      "GgGgHhHhIiIiIiIi"
      "IiJjJjKkkLlLlLlL"
      "lLlNnNnNnnNnOoOo"
      "OoOoRrRrRrSsSsSs"
      "SsTtTtTtUuUuUuUu"
      "UuUuWwYyYZzZzZzs";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < s.size()) {
      unsigned char c2 = static_cast<unsigned char>(s[i + 1]);
      if (c2 >= 0x80 && c2 <= 0xBF) {
        unsigned cp = ((c & 0x1F) << 6) | (c2 & 0x3F);
        char r = 0;
        if (cp >= 0xC0 && cp <= 0xFF) r = kLatin1[cp - 0xC0];
        if (cp >= 0x100 && cp <= 0x17F) r = kExtA[cp - 0x100];
        if (r && r != 'x' && r != '/') {
          out += r;
          ++i;
          continue;
        }
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

Status Dictionary::LoadDir(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return NotFound("actor dictionary directory not found: " + dir);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || !entry.is_regular_file(ec)) continue;
    if (name.size() < 4 || name.compare(name.size() - 4, 4, ".tsv") != 0)
      continue;
    files.push_back(entry.path());
  }
  if (ec) return NotFound("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  if (files.empty())
    return NotFound("no *.tsv actor dictionary files in " + dir);
  // Country records first, so that names shared with people or groups
  // ("Jordan", "Chad") keep their country meaning; then the rest in order.
  std::stable_partition(files.begin(), files.end(), [](const auto& p) {
    return p.filename().string().rfind("countr", 0) == 0;
  });
  Loader loader(this);
  for (const auto& path : files) loader.LoadFile(path.string(), path.string());
  stats_ = loader.stats;
  std::sort(regions.begin(), regions.end());
  regions.erase(std::unique(regions.begin(), regions.end()), regions.end());
  IndexRegions();
  std::vector<uint64_t> first_words;
  proper_flat.Build(phrases, /*agents=*/false, &first_words);
  lower_flat.Build(phrases, /*agents=*/true, &first_words);
  any_first_word.Reset(first_words.size());
  for (uint64_t h : first_words) any_first_word.Add(h);
  return Status::Ok();
}

void Dictionary::IndexRegions() {
  region_codes_.reset();
  non_state_codes_.reset();
  for (const std::string& region : regions) {
    region_codes_.set(LetterCode(region));
    non_state_codes_.set(LetterCode(region));
  }
  for (std::string_view code : {"IGO", "NGO", "IMG", "MNC"})
    non_state_codes_.set(LetterCode(code));
}

uint32_t Dictionary::PickTenure(const Phrase& phrase, int32_t date,
                                bool* in_office) const {
  uint32_t best = phrase.tenures.empty() ? kNone : phrase.tenures[0];
  *in_office = true;
  if (date == 0) {
    // No date: the most recent tenure.
    for (uint32_t t : phrase.tenures)
      if (tenures[t].start > tenures[best].start) best = t;
    return best;
  }
  uint32_t active = kNone;
  for (uint32_t t : phrase.tenures) {
    const Tenure& x = tenures[t];
    if (x.start <= date && date < x.end &&
        (active == kNone || x.start > tenures[active].start))
      active = t;
  }
  if (active != kNone) return active;
  // Out of office: the nearest tenure in time, coded as an elite.
  *in_office = false;
  int64_t best_gap = INT64_MAX;
  for (uint32_t t : phrase.tenures) {
    const Tenure& x = tenures[t];
    int64_t gap =
        date < x.start ? int64_t{x.start} - date : int64_t{date} - x.end;
    if (gap < best_gap) {
      best_gap = gap;
      best = t;
    }
  }
  return best;
}

}  // namespace actors_internal

Status ActorDictionary::Load(const std::string& dir,
                             std::unique_ptr<ActorDictionary>* out) {
  auto dict = std::make_unique<actors_internal::Dictionary>();
  Status s = dict->LoadDir(dir);
  if (!s.ok()) return s;
  *out = std::move(dict);
  return Status::Ok();
}

}  // namespace dyad
