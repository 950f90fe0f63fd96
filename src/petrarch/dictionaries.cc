// Loaders for PETRARCH2/TABARI dictionary files.
//
// The formats are line oriented and were edited by hand for two decades, so
// every loader is a small state machine over lines that tolerates what real
// files contain: XML comments (possibly spanning lines), `#` comments,
// stray tabs, codes on continuation lines, empty code blocks, typos in
// date ranges. A line that cannot be understood is reported once with
// file:line on stderr and skipped; loading never fails on content.
//
// Everything is turned into flat, upper-cased word sequences indexed by
// their first word (PhraseIndex), sorted longest first, so that matching at
// a position is one hash lookup plus a short scan. Verb inflections are
// generated here, at load time, so the coder only ever compares words.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "petrarch/internal.h"

namespace dyad {
namespace petrarch_internal {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '_' || c == '\t' || c == '\r' || c == '\n') {
      if (!cur.empty()) out.push_back(Upper(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(Upper(cur));
  return out;
}

int ParseDictDate(std::string_view s) {
  std::string d;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) d.push_back(c);
  if (d.size() == 6) {
    int yy = std::stoi(d.substr(0, 2));
    int year = yy <= 30 ? 2000 + yy : 1900 + yy;
    return year * 10000 + std::stoi(d.substr(2));
  }
  if (d.size() == 8) return std::stoi(d);
  return -1;
}

std::string ResolveActorCode(const std::vector<ActorCode>& codes, int date) {
  for (const ActorCode& c : codes)
    if (c.restricted && date >= c.lo && date <= c.hi) return c.code;
  for (const ActorCode& c : codes)
    if (!c.restricted) return c.code;
  return "";
}

void PhraseIndex::Add(std::vector<std::string> words, int id) {
  if (words.empty()) return;
  std::string first = words[0];
  by_first_[first].push_back(Phrase{std::move(words), id});
  ++count_;
}

void PhraseIndex::Freeze() {
  for (auto& [k, v] : by_first_)
    std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
}

int PhraseIndex::Match(const std::vector<std::string>& words, size_t i,
                       size_t end, size_t* len) const {
  if (end > words.size()) end = words.size();
  if (i >= end) return -1;
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return -1;
  for (const Phrase& p : it->second) {
    if (i + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 1; k < p.words.size() && ok; ++k)
      ok = words[i + k] == p.words[k];
    if (ok) {
      *len = p.words.size();
      return p.id;
    }
  }
  return -1;
}

}  // namespace petrarch_internal

using namespace petrarch_internal;

namespace {

// Iterates the lines of a dictionary with comments removed: XML comments
// (which may span lines) and everything after `#`.
class LineReader {
 public:
  LineReader(std::string_view text, const std::string& name, size_t* warnings)
      : text_(text), name_(name), warnings_(warnings) {}

  // Next non-empty cleaned line; false at the end.
  bool Next(std::string* line) {
    while (pos_ < text_.size()) {
      size_t nl = text_.find('\n', pos_);
      if (nl == std::string_view::npos) nl = text_.size();
      std::string raw(text_.substr(pos_, nl - pos_));
      pos_ = nl + 1;
      ++lineno_;
      std::string out;
      size_t i = 0;
      while (i < raw.size()) {
        if (in_comment_) {
          size_t e = raw.find("-->", i);
          if (e == std::string::npos) {
            i = raw.size();
          } else {
            in_comment_ = false;
            i = e + 3;
          }
          continue;
        }
        if (raw.compare(i, 4, "<!--") == 0 || raw.compare(i, 3, "<! ") == 0) {
          in_comment_ = true;
          i += 3;
          continue;
        }
        if (raw[i] == '#') break;
        out.push_back(raw[i] == '\t' || raw[i] == '\r' ? ' ' : raw[i]);
        ++i;
      }
      // A lone tag line such as <ISSUE ...> or </ISSUE> is markup.
      size_t b = out.find_first_not_of(' ');
      if (b == std::string::npos) continue;
      size_t e = out.find_last_not_of(' ');
      indented_ = b > 0;
      *line = out.substr(b, e - b + 1);
      return true;
    }
    return false;
  }
  bool indented() const { return indented_; }
  int lineno() const { return lineno_; }
  void Warn(const std::string& what) {
    ++*warnings_;
    std::fprintf(stderr, "%s:%d: warning: %s\n", name_.c_str(), lineno_,
                 what.c_str());
  }

 private:
  std::string_view text_;
  std::string name_;
  size_t* warnings_;
  size_t pos_ = 0;
  int lineno_ = 0;
  bool in_comment_ = false;
  bool indented_ = false;
};

// "[...]" contents of a line, with the text before it in *head.
bool SplitBracket(const std::string& line, std::string* head,
                  std::string* inside, std::string* tail) {
  size_t a = line.find('[');
  if (a == std::string::npos) {
    *head = line;
    return false;
  }
  size_t b = line.find(']', a);
  *head = line.substr(0, a);
  if (b == std::string::npos) {
    *inside = line.substr(a + 1);
    tail->clear();
  } else {
    *inside = line.substr(a + 1, b - a - 1);
    *tail = line.substr(b + 1);
  }
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// One actor code block "HOBGOV 19950601 - 19990815", "ONO <911226",
// "ELR/GAL". Returns false when malformed.
bool ParseActorCodes(const std::string& inside, std::vector<ActorCode>* out) {
  std::string s = Trim(inside);
  if (s.empty()) return false;
  size_t sp = 0;
  while (sp < s.size() && s[sp] != ' ' && s[sp] != '<' && s[sp] != '>' &&
         !(std::isdigit(static_cast<unsigned char>(s[sp])) && sp > 0 &&
           s.find_first_not_of("0123456789- ", sp) == std::string::npos &&
           s.size() - sp >= 6))
    ++sp;
  std::string codes = s.substr(0, sp);
  std::string rest;
  for (char c : s.substr(sp))
    if (c != ' ') rest.push_back(c);
  if (codes.empty()) return false;
  ActorCode proto;
  if (!rest.empty()) {
    proto.restricted = true;
    if (rest[0] == '<') {
      int d = ParseDictDate(rest.substr(1));
      if (d < 0) return false;
      proto.hi = d - 1;
    } else if (rest[0] == '>') {
      int d = ParseDictDate(rest.substr(1));
      if (d < 0) return false;
      proto.lo = d + 1;
    } else {
      size_t dash = rest.find('-');
      if (dash == std::string::npos) return false;
      int lo = ParseDictDate(rest.substr(0, dash));
      int hi = ParseDictDate(rest.substr(dash + 1));
      if (lo < 0 || hi < 0) return false;
      proto.lo = lo;
      proto.hi = hi;
    }
  }
  // Several codes "FRO/BIL/SAM" are kept together; the coder splits them.
  proto.code = Upper(codes);
  out->push_back(proto);
  return true;
}

// Regular English inflections of a verb: -s, -ed, -ing, with the usual
// spelling changes. Generating a few impossible forms is harmless: they
// never occur in text.
std::vector<std::string> Inflect(const std::string& v) {
  std::vector<std::string> out{v};
  if (v.size() < 2) return out;
  auto vowel = [](char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  };
  char last = v.back(), prev = v[v.size() - 2];
  // -s
  if (last == 'S' || last == 'X' || last == 'Z' || v.ends_with("CH") ||
      v.ends_with("SH") || last == 'O')
    out.push_back(v + "ES");
  else if (last == 'Y' && !vowel(prev))
    out.push_back(v.substr(0, v.size() - 1) + "IES");
  else
    out.push_back(v + "S");
  // -ed / -ing
  if (last == 'E') {
    out.push_back(v + "D");
    if (prev == 'E')
      out.push_back(v + "ING");
    else
      out.push_back(v.substr(0, v.size() - 1) + "ING");
  } else if (last == 'Y' && !vowel(prev)) {
    out.push_back(v.substr(0, v.size() - 1) + "IED");
    out.push_back(v + "ING");
  } else {
    out.push_back(v + "ED");
    out.push_back(v + "ING");
    // Consonant-vowel-consonant endings double: STOP -> STOPPED.
    if (!vowel(last) && vowel(prev) && last != 'W' && last != 'X' &&
        last != 'Y' && (v.size() < 3 || !vowel(v[v.size() - 3]))) {
      out.push_back(v + last + "ED");
      out.push_back(v + last + "ING");
    }
  }
  return out;
}

// English plural of a noun phrase's last word.
std::string Pluralize(const std::string& w) {
  if (w.size() < 2) return w + "S";
  auto vowel = [](char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  };
  if (w.ends_with("MAN")) return w.substr(0, w.size() - 3) + "MEN";
  char last = w.back();
  if (last == 'S' || last == 'X' || last == 'Z' || w.ends_with("CH") ||
      w.ends_with("SH"))
    return w + "ES";
  if (last == 'Y' && !vowel(w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "IES";
  return w + "S";
}

// Parses a code "[032:033]" into code and paired code.
void SplitCode(const std::string& inside, std::string* code,
               std::string* code2) {
  std::string s = Trim(inside);
  size_t colon = s.find(':');
  if (colon == std::string::npos) {
    *code = Upper(s);
    code2->clear();
  } else {
    *code = Upper(Trim(s.substr(0, colon)));
    *code2 = Upper(Trim(s.substr(colon + 1)));
  }
}

// A verb form "WIRE_+TAP" -> pre {WIRE}, verb TAP, post {}.
bool ParseVerbWords(const std::string& text, std::vector<std::string>* pre,
                    std::string* verb, std::vector<std::string>* post) {
  std::vector<std::string> words;
  int marked = -1;
  std::string cur;
  auto flush = [&]() {
    if (cur.empty()) return;
    if (cur[0] == '+') {
      cur.erase(0, 1);
      if (cur.empty()) return;
      marked = static_cast<int>(words.size());
    }
    words.push_back(Upper(cur));
    cur.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '_')
      flush();
    else
      cur.push_back(c);
  }
  flush();
  if (words.empty()) return false;
  int v = marked < 0 ? 0 : marked;
  pre->assign(words.begin(), words.begin() + v);
  *verb = words[v];
  post->assign(words.begin() + v + 1, words.end());
  return true;
}

}  // namespace

PetrarchDictionaries::PetrarchDictionaries()
    : impl_(std::make_unique<Impl>()) {}
PetrarchDictionaries::~PetrarchDictionaries() = default;

void PetrarchDictionaries::AddActors(std::string_view text,
                                     const std::string& name) {
  Impl& im = *impl_;
  LineReader lr(text, name, &im.warnings);
  std::string line;
  int current = -1;
  while (lr.Next(&line)) {
    if (line[0] == '<') continue;  // stray markup
    std::string head, inside, tail;
    if (line[0] == '[') {
      // A code line continuing the current actor.
      SplitBracket(line, &head, &inside, &tail);
      if (current < 0 || !ParseActorCodes(inside, &im.actors[current]))
        lr.Warn("bad or orphan actor code line: " + line);
      continue;
    }
    bool synonym = line[0] == '+';
    if (synonym) line.erase(0, 1);
    bool has_code = SplitBracket(line, &head, &inside, &tail);
    // Agent-style plural braces are ignored in actor files.
    size_t brace = head.find('{');
    if (brace != std::string::npos) head = head.substr(0, brace);
    std::vector<std::string> words = SplitWords(head);
    if (words.empty()) {
      lr.Warn("actor line without a phrase: " + line);
      continue;
    }
    if (!synonym || current < 0) {
      if (synonym) lr.Warn("synonym before any actor: " + line);
      current = static_cast<int>(im.actors.size());
      im.actors.emplace_back();
    }
    im.actor_phrases.Add(std::move(words), current);
    if (has_code) {
      if (!ParseActorCodes(inside, &im.actors[current]))
        lr.Warn("bad actor code: " + line);
      // Further code blocks on the same line.
      std::string rest = tail;
      while (true) {
        std::string h2, in2, t2;
        if (!SplitBracket(rest, &h2, &in2, &t2)) break;
        if (!ParseActorCodes(in2, &im.actors[current]))
          lr.Warn("bad actor code: " + line);
        rest = t2;
      }
    }
  }
}

void PetrarchDictionaries::AddAgents(std::string_view text,
                                     const std::string& name) {
  Impl& im = *impl_;
  LineReader lr(text, name, &im.warnings);
  std::unordered_map<std::string, std::vector<std::string>> subs;
  std::string line;
  while (lr.Next(&line)) {
    if (line[0] == '<') continue;
    if (line[0] == '!' && line.find('=') != std::string::npos &&
        line.find('[') == std::string::npos) {
      size_t eq = line.find('=');
      std::string key = Upper(Trim(line.substr(0, eq)));
      std::vector<std::string> vals;
      std::stringstream ss(line.substr(eq + 1));
      std::string v;
      while (std::getline(ss, v, ',')) {
        v = Upper(Trim(v));
        if (!v.empty()) vals.push_back(v);
      }
      subs[key] = vals;
      continue;
    }
    std::string head, inside, tail;
    if (!SplitBracket(line, &head, &inside, &tail)) {
      lr.Warn("agent without a code: " + line);
      continue;
    }
    std::string code = Upper(Trim(inside));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    if (code.empty() || code.find('~') == std::string::npos) {
      lr.Warn("agent code without ~: " + line);
      continue;
    }
    // Plurals: {} none, {A B} these, absent: generated.
    bool gen_plural = true;
    std::vector<std::string> plurals;
    size_t lb = head.find('{');
    if (lb != std::string::npos) {
      size_t rb = head.find('}', lb);
      std::string in = head.substr(
          lb + 1, rb == std::string::npos ? std::string::npos : rb - lb - 1);
      gen_plural = false;
      std::stringstream ss(in);
      std::string p;
      while (ss >> p) plurals.push_back(p);
      head = head.substr(0, lb);
    }
    head = Upper(Trim(head));
    // Expand !SUBSTITUTION! markers.
    std::vector<std::string> forms{head};
    bool substituted = false;
    for (size_t guard = 0; guard < 4; ++guard) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& f : forms) {
        size_t a = f.find('!');
        size_t b = a == std::string::npos ? a : f.find('!', a + 1);
        if (b == std::string::npos) {
          next.push_back(f);
          continue;
        }
        any = true;
        std::string key = f.substr(a, b - a + 1);
        auto it = subs.find(key);
        if (it == subs.end()) {
          lr.Warn("unknown substitution set " + key);
          next.push_back(f.substr(0, a) + f.substr(b + 1));
          continue;
        }
        for (const std::string& v : it->second)
          next.push_back(f.substr(0, a) + v + f.substr(b + 1));
      }
      forms.swap(next);
      if (!any) break;
      substituted = true;
    }
    int id = static_cast<int>(im.agent_codes.size());
    im.agent_codes.push_back(code);
    for (const std::string& f : forms) {
      std::vector<std::string> w = SplitWords(f);
      if (w.empty()) continue;
      if (gen_plural && !substituted) {
        std::vector<std::string> pw = w;
        pw.back() = Pluralize(pw.back());
        im.agent_phrases.Add(pw, id);
      }
      im.agent_phrases.Add(std::move(w), id);
    }
    for (const std::string& p : plurals) {
      std::vector<std::string> w = SplitWords(p);
      if (!w.empty()) im.agent_phrases.Add(std::move(w), id);
    }
  }
}

void PetrarchDictionaries::AddDiscards(std::string_view text,
                                       const std::string& name) {
  Impl& im = *impl_;
  LineReader lr(text, name, &im.warnings);
  std::string line;
  while (lr.Next(&line)) {
    if (line[0] == '<') continue;
    bool story = line[0] == '+';
    if (story) line.erase(0, 1);
    size_t semi = line.find(';');
    if (semi != std::string::npos) line = line.substr(0, semi);
    std::vector<std::string> w = SplitWords(line);
    if (w.empty()) continue;
    int id = static_cast<int>(im.discard_story.size());
    im.discard_story.push_back(story);
    im.discard_phrases.Add(std::move(w), id);
  }
}

void PetrarchDictionaries::AddIssues(std::string_view text,
                                     const std::string& name) {
  Impl& im = *impl_;
  LineReader lr(text, name, &im.warnings);
  std::string line;
  while (lr.Next(&line)) {
    if (line[0] == '<') continue;
    if (line[0] == '~') continue;  // exclusion phrases: not coded
    std::string head, inside, tail;
    if (!SplitBracket(line, &head, &inside, &tail)) {
      lr.Warn("issue phrase without a code: " + line);
      continue;
    }
    // "n:teacher" marks a noun that may take a plural; "pre+k" is a hyphen
    // or space joint. Both become plain words.
    std::vector<std::string> base;
    std::vector<bool> noun;
    std::stringstream ss(head);
    std::string tok;
    while (ss >> tok) {
      bool n = tok.rfind("n:", 0) == 0;
      if (n) tok = tok.substr(2);
      std::replace(tok.begin(), tok.end(), '+', '-');
      base.push_back(Upper(tok));
      noun.push_back(n);
    }
    if (base.empty()) continue;
    int id = static_cast<int>(im.issue_codes.size());
    im.issue_codes.push_back(Upper(Trim(inside)));
    im.issue_phrases.Add(base, id);
    if (noun.back()) {
      std::vector<std::string> pl = base;
      pl.back() = Pluralize(pl.back());
      im.issue_phrases.Add(std::move(pl), id);
    }
  }
}

void PetrarchDictionaries::AddVerbs(std::string_view text,
                                    const std::string& name) {
  Impl& im = *impl_;
  LineReader lr(text, name, &im.warnings);
  std::string line;
  enum { kNone, kSynset, kBlock } state = kNone;
  int syn = -1;
  int block = -1;
  // Synset references are resolved in Freeze(), so patterns may name sets
  // defined later in the file.
  auto synset_id = [&](std::string nm) {
    while (!nm.empty() && nm.back() == '_') nm.pop_back();
    nm = Upper(nm);
    auto it = im.synset_by_name.find(nm);
    if (it != im.synset_by_name.end()) return it->second;
    int id = static_cast<int>(im.synsets.size());
    im.synsets.push_back(Synset{nm, {}});
    im.synset_by_name[nm] = id;
    return id;
  };
  while (lr.Next(&line)) {
    if (line[0] == '<') continue;
    if (line.rfind("---", 0) == 0) {
      // --- NAME [code] ---
      std::string head, inside, tail;
      VerbBlock b;
      if (SplitBracket(line, &head, &inside, &tail))
        SplitCode(inside, &b.code, &b.code2);
      else
        lr.Warn("verb block header without a code: " + line);
      b.name = Trim(head.substr(3));
      block = static_cast<int>(im.blocks.size());
      im.blocks.push_back(std::move(b));
      state = kBlock;
      continue;
    }
    if (line[0] == '&') {
      std::string nm = line.substr(1);
      size_t sp = nm.find(' ');
      if (sp != std::string::npos) nm = nm.substr(0, sp);
      syn = synset_id(nm);
      state = kSynset;
      continue;
    }
    if (state == kSynset && line[0] == '+') {
      // Members are kept as raw words; nested &SETS are expanded in Freeze.
      std::vector<std::string> w = SplitWords(line.substr(1));
      if (!w.empty()) im.synsets[syn].members.push_back(std::move(w));
      continue;
    }
    if (state != kBlock) {
      lr.Warn("line outside any verb block or synset: " + line);
      continue;
    }
    if (line[0] == '-' && (line.size() == 1 || line[1] == ' ')) {
      // Pattern.
      std::string head, inside, tail;
      if (!SplitBracket(line, &head, &inside, &tail)) {
        lr.Warn("pattern without a code: " + line);
        continue;
      }
      Pattern p;
      SplitCode(inside, &p.code, &p.code2);
      p.block = block;
      p.order = static_cast<int>(im.patterns.size());
      std::vector<Elem> flat;
      std::vector<bool> joined;  // joined to the previous element by '_'
      std::stringstream ss(head.substr(1));
      std::string chunk;
      while (ss >> chunk) {
        std::string piece;
        bool first = true;
        auto emit = [&]() {
          std::string w;
          for (char c : piece)
            if (c != '(' && c != ')' && c != '{' && c != '}') w.push_back(c);
          piece.clear();
          if (w.empty()) return;
          Elem e;
          if (w == "*") {
            e.word = "*";
          } else if (w == "$") {
            e.kind = ElemKind::kSource;
          } else if (w == "+") {
            e.kind = ElemKind::kTarget;
          } else if (w == "^") {
            e.kind = ElemKind::kSkip;
          } else if (w == "%") {
            e.kind = ElemKind::kCompound;
          } else if (w[0] == '&') {
            e.kind = ElemKind::kSynset;
            e.synset = synset_id(w.substr(1));
          } else {
            e.word = Upper(w);
          }
          flat.push_back(e);
          joined.push_back(!first);
          first = false;
        };
        for (char c : chunk) {
          if (c == '_')
            emit();
          else
            piece.push_back(c);
        }
        emit();
      }
      int star = -1;
      for (size_t i = 0; i < flat.size(); ++i)
        if (flat[i].kind == ElemKind::kWord && flat[i].word == "*")
          star = static_cast<int>(i);
      if (star < 0) {
        lr.Warn("pattern without '*': " + line);
        continue;
      }
      for (int k = star - 1; k >= 0; --k) {
        Elem e = flat[k];
        e.tight = joined[k + 1];
        p.pre.push_back(e);
      }
      for (size_t k = star + 1; k < flat.size(); ++k) {
        Elem e = flat[k];
        e.tight = joined[k];
        p.post.push_back(e);
      }
      for (const Elem& e : p.pre)
        if (e.kind == ElemKind::kWord) p.required.push_back(e.word);
      for (const Elem& e : p.post)
        if (e.kind == ElemKind::kWord) p.required.push_back(e.word);
      im.blocks[block].patterns.push_back(p.order);
      im.patterns.push_back(std::move(p));
      continue;
    }
    // A verb form line: WORD {FORMS} [code]
    std::string head, inside, tail;
    std::string code, code2;
    if (SplitBracket(line, &head, &inside, &tail))
      SplitCode(inside, &code, &code2);
    std::vector<std::string> extra;
    size_t lb = head.find('{');
    if (lb != std::string::npos) {
      size_t rb = head.find('}', lb);
      std::stringstream ss(head.substr(
          lb + 1, rb == std::string::npos ? std::string::npos : rb - lb - 1));
      std::string f;
      while (ss >> f) extra.push_back(f);
      head = head.substr(0, lb);
    }
    std::string base = Trim(head);
    if (base.empty()) {
      lr.Warn("verb line without a verb: " + line);
      continue;
    }
    // "LASH OUT": space-separated words are a multi-word verb as well.
    std::vector<std::string> pre, post;
    std::string verb;
    if (!ParseVerbWords(base, &pre, &verb, &post)) continue;
    auto add = [&](const std::string& w, const std::vector<std::string>& pr,
                   const std::vector<std::string>& po) {
      VerbForm f{pr, po, code, code2, block};
      auto& v = im.verbs[w];
      for (const VerbForm& o : v)
        if (o.pre == pr && o.post == po && o.block == block) return;
      v.push_back(std::move(f));
      ++im.verb_forms;
    };
    for (const std::string& w : Inflect(verb)) add(w, pre, post);
    for (const std::string& f : extra) {
      std::vector<std::string> p2, q2;
      std::string v2;
      if (ParseVerbWords(f, &p2, &v2, &q2)) {
        // An irregular form written without its particles inherits them.
        if (p2.empty() && q2.empty()) {
          p2 = pre;
          q2 = post;
        }
        add(v2, p2, q2);
      }
    }
  }
}

void PetrarchDictionaries::Freeze() {
  Impl& im = *impl_;
  im.actor_phrases.Freeze();
  im.agent_phrases.Freeze();
  im.discard_phrases.Freeze();
  im.issue_phrases.Freeze();
  // Expand nested synsets (members that are "&NAME"), a few levels deep.
  for (int round = 0; round < 4; ++round) {
    for (Synset& s : im.synsets) {
      std::vector<std::vector<std::string>> out;
      for (auto& m : s.members) {
        if (m.size() == 1 && !m[0].empty() && m[0][0] == '&') {
          std::string nm = m[0].substr(1);
          while (!nm.empty() && nm.back() == '_') nm.pop_back();
          auto it = im.synset_by_name.find(nm);
          if (it != im.synset_by_name.end() && &im.synsets[it->second] != &s) {
            for (auto& mm : im.synsets[it->second].members) out.push_back(mm);
            continue;
          }
        }
        out.push_back(m);
      }
      s.members.swap(out);
    }
  }
  for (Synset& s : im.synsets) {
    if (s.members.empty()) {
      ++im.warnings;
      std::fprintf(stderr, "verbs: warning: synset &%s is empty or undefined\n",
                   s.name.c_str());
    }
    std::stable_sort(
        s.members.begin(), s.members.end(),
        [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
}

PetrarchCounts PetrarchDictionaries::counts() const {
  PetrarchCounts c;
  c.verb_forms = impl_->verb_forms;
  c.verb_patterns = impl_->patterns.size();
  c.synsets = impl_->synsets.size();
  c.actor_phrases = impl_->actor_phrases.size();
  c.actors = impl_->actors.size();
  c.agent_phrases = impl_->agent_phrases.size();
  c.discards = impl_->discard_phrases.size();
  c.issue_phrases = impl_->issue_phrases.size();
  c.warnings = impl_->warnings;
  return c;
}

std::vector<std::string> PetrarchDictionaries::MatchActor(
    const std::vector<std::string>& words, size_t i, int date,
    size_t* len) const {
  return MatchActor(words, i, words.size(), date, len);
}

std::vector<std::string> PetrarchDictionaries::MatchActor(
    const std::vector<std::string>& words, size_t i, size_t end, int date,
    size_t* len) const {
  std::vector<std::string> out;
  int id = impl_->actor_phrases.Match(words, i, end, len);
  if (id < 0) return out;
  std::string code = ResolveActorCode(impl_->actors[id], date);
  size_t start = 0;
  while (start <= code.size() && !code.empty()) {
    size_t slash = code.find('/', start);
    std::string one = code.substr(
        start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!one.empty()) out.push_back(one);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

std::string PetrarchDictionaries::MatchAgent(
    const std::vector<std::string>& words, size_t i, size_t* len) const {
  return MatchAgent(words, i, words.size(), len);
}

std::string PetrarchDictionaries::MatchAgent(
    const std::vector<std::string>& words, size_t i, size_t end,
    size_t* len) const {
  int id = impl_->agent_phrases.Match(words, i, end, len);
  return id < 0 ? std::string() : impl_->agent_codes[id];
}

bool PetrarchConfig::Set(std::string_view option, std::string_view value) {
  std::string v = Upper(Trim(value));
  auto as_int = [&](int* out) {
    try {
      *out = std::stoi(v);
    } catch (...) {
      return false;
    }
    return true;
  };
  std::string o = Trim(option);
  if (o == "require_dyad") {
    require_dyad = !(v == "FALSE" || v == "0" || v == "NO");
    return true;
  }
  if (o == "new_actor_length") return as_int(&new_actor_length);
  if (o == "comma_min") return as_int(&comma_min);
  if (o == "comma_max") return as_int(&comma_max);
  if (o == "comma_bmin") return as_int(&comma_bmin);
  if (o == "comma_bmax") return as_int(&comma_bmax);
  if (o == "comma_emin") return as_int(&comma_emin);
  if (o == "comma_emax") return as_int(&comma_emax);
  return false;
}

namespace {
Status ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}
}  // namespace

Status LoadPetrarchDictionaries(const std::string& dir,
                                const PetrarchConfig& config,
                                const PetrarchFiles& files,
                                std::unique_ptr<PetrarchDictionaries>* out) {
  auto d = std::make_unique<PetrarchDictionaries>();
  d->set_config(config);
  std::string text;
  auto path = [&](const std::string& f) {
    return dir.empty() ? f : dir + "/" + f;
  };
  if (!files.verbs.empty()) {
    Status s = ReadWhole(path(files.verbs), &text);
    if (!s.ok()) return s;
    d->AddVerbs(text, path(files.verbs));
  }
  for (const std::string& a : files.actors) {
    if (a.empty()) continue;
    Status s = ReadWhole(path(a), &text);
    if (!s.ok()) return s;
    d->AddActors(text, path(a));
  }
  if (!files.agents.empty()) {
    Status s = ReadWhole(path(files.agents), &text);
    if (!s.ok()) return s;
    d->AddAgents(text, path(files.agents));
  }
  if (!files.discards.empty()) {
    Status s = ReadWhole(path(files.discards), &text);
    if (!s.ok()) return s;
    d->AddDiscards(text, path(files.discards));
  }
  if (!files.issues.empty()) {
    Status s = ReadWhole(path(files.issues), &text);
    if (!s.ok()) return s;
    d->AddIssues(text, path(files.issues));
  }
  d->Freeze();
  *out = std::move(d);
  return Status::Ok();
}

Status LoadPetrarchDictionaries(const std::string& dir,
                                const PetrarchConfig& config,
                                std::unique_ptr<PetrarchDictionaries>* out) {
  return LoadPetrarchDictionaries(dir, config, PetrarchFiles(), out);
}

}  // namespace dyad
