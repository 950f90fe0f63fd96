// Readers for PETRARCH's input: Penn Treebank bracketed trees and the XML
// files that carry them.
//
// The tree reader is a single pass with an explicit stack: "(" opens a node
// whose label follows, a bare token is a leaf word, ")" closes. Brackets
// must balance exactly; anything else is PETRARCH's "bad_input_parse", and
// the validation suite checks that such trees are rejected rather than
// repaired. Words are upper-cased once here because every dictionary
// comparison is on upper case.
//
// The XML reader is not a general XML parser: PETRARCH files are a flat list
// of <Sentence> elements with four kinds of children, written by hand, with
// attributes spaced any way (`date = "2008"`), quotes of either kind and
// comments anywhere. A scanner that finds tags and reads attributes
// leniently copes with all of them; a record it cannot understand is
// reported with file:line and skipped. <Config> elements between records
// change the options from that point on, so each record carries a snapshot.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "petrarch/internal.h"

namespace dyad {

using petrarch_internal::Upper;

bool PetrarchEvent::operator<(const PetrarchEvent& o) const {
  if (source != o.source) return source < o.source;
  if (target != o.target) return target < o.target;
  return code < o.code;
}

Status ParsePennTree(std::string_view text, PtbTree* tree) {
  tree->nodes.clear();
  tree->leaves.clear();
  std::vector<int> stack;
  size_t i = 0, n = text.size();
  bool closed_root = false;
  auto is_space = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  while (i < n) {
    char c = text[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (c == '(') {
      if (closed_root) return InvalidArgument("text after the tree's root");
      ++i;
      while (i < n && is_space(text[i])) ++i;
      size_t s = i;
      while (i < n && !is_space(text[i]) && text[i] != '(' && text[i] != ')')
        ++i;
      PtbNode node;
      node.label = std::string(text.substr(s, i - s));
      node.parent = stack.empty() ? -1 : stack.back();
      int id = static_cast<int>(tree->nodes.size());
      if (node.parent >= 0)
        tree->nodes[node.parent].kids.push_back(id);
      else if (id != 0)
        return InvalidArgument("more than one root");
      tree->nodes.push_back(std::move(node));
      stack.push_back(id);
      continue;
    }
    if (c == ')') {
      if (stack.empty()) return InvalidArgument("unbalanced ')'");
      stack.pop_back();
      if (stack.empty()) closed_root = true;
      ++i;
      continue;
    }
    // A word: the leaf of the innermost open node.
    size_t s = i;
    while (i < n && !is_space(text[i]) && text[i] != '(' && text[i] != ')') ++i;
    if (stack.empty()) return InvalidArgument("word outside the tree");
    PtbNode& parent = tree->nodes[stack.back()];
    if (!parent.kids.empty() || !parent.word.empty())
      return InvalidArgument("word beside a phrase");
    parent.word = Upper(text.substr(s, i - s));
  }
  if (!stack.empty()) return InvalidArgument("unbalanced '('");
  if (tree->nodes.empty()) return InvalidArgument("empty tree");
  // Leaves and spans. Nodes were created in pre-order, so a reverse sweep
  // sees children before parents.
  for (size_t k = 0; k < tree->nodes.size(); ++k) {
    PtbNode& nd = tree->nodes[k];
    if (nd.kids.empty()) {
      if (nd.word.empty()) nd.word = Upper(nd.label);  // "(X)" degenerate
      nd.first = nd.last = static_cast<int>(tree->leaves.size());
      tree->leaves.push_back(static_cast<int>(k));
    }
  }
  for (size_t k = tree->nodes.size(); k-- > 0;) {
    PtbNode& nd = tree->nodes[k];
    if (nd.kids.empty()) continue;
    nd.first = tree->nodes[nd.kids.front()].first;
    nd.last = tree->nodes[nd.kids.back()].last;
  }
  return Status::Ok();
}

namespace {

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const struct {
        const char* e;
        char c;
      } kEnt[] = {{"&amp;", '&'},
                  {"&lt;", '<'},
                  {"&gt;", '>'},
                  {"&quot;", '"'},
                  {"&apos;", '\''}};
      bool done = false;
      for (const auto& e : kEnt) {
        size_t len = std::char_traits<char>::length(e.e);
        if (s.substr(i, len) == e.e) {
          out.push_back(e.c);
          i += len - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Attributes of a start tag body such as `date = "1995" id='X'`.
std::vector<std::pair<std::string, std::string>> ReadAttributes(
    std::string_view body) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0, n = body.size();
  auto sp = [&]() {
    while (i < n && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' ||
                     body[i] == '\r'))
      ++i;
  };
  while (i < n) {
    sp();
    size_t s = i;
    while (i < n && body[i] != '=' && body[i] != ' ' && body[i] != '\t' &&
           body[i] != '\n' && body[i] != '/' && body[i] != '>')
      ++i;
    std::string name(body.substr(s, i - s));
    sp();
    if (i >= n || body[i] != '=') {
      if (i < n) ++i;
      continue;
    }
    ++i;
    sp();
    if (i >= n) break;
    char q = body[i];
    std::string value;
    if (q == '"' || q == '\'') {
      size_t e = body.find(q, i + 1);
      if (e == std::string_view::npos) e = n;
      value = std::string(body.substr(i + 1, e - i - 1));
      i = e + 1;
    } else {
      size_t s2 = i;
      while (i < n && body[i] != ' ' && body[i] != '>') ++i;
      value = std::string(body.substr(s2, i - s2));
    }
    if (!name.empty()) out.emplace_back(name, DecodeEntities(value));
  }
  return out;
}

std::string Attr(const std::vector<std::pair<std::string, std::string>>& a,
                 const std::string& name) {
  for (const auto& [k, v] : a)
    if (k == name) return v;
  return "";
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Text of <tag>...</tag> inside `body`, comments removed.
bool Element(std::string_view body, std::string_view tag, std::string* out) {
  std::string open = "<" + std::string(tag);
  size_t a = body.find(open);
  while (a != std::string_view::npos) {
    char after = a + open.size() < body.size() ? body[a + open.size()] : '>';
    if (after == '>' || after == ' ' || after == '\n' || after == '\t') break;
    a = body.find(open, a + 1);
  }
  if (a == std::string_view::npos) return false;
  size_t gt = body.find('>', a);
  if (gt == std::string_view::npos) return false;
  std::string close = "</" + std::string(tag) + ">";
  size_t e = body.find(close, gt);
  if (e == std::string_view::npos) return false;
  *out = DecodeEntities(body.substr(gt + 1, e - gt - 1));
  return true;
}

int LineOf(std::string_view text, size_t pos, size_t* cache_pos,
           int* cache_line) {
  for (size_t i = *cache_pos; i < pos && i < text.size(); ++i)
    if (text[i] == '\n') ++*cache_line;
  *cache_pos = pos;
  return *cache_line;
}

}  // namespace

Status ParsePetrarchXml(std::string_view xml, const std::string& name,
                        std::vector<PetrarchRecord>* records,
                        PetrarchEnvironment* env) {
  // Blank out comments first (keeping newlines so line numbers hold).
  std::string text(xml);
  for (size_t a = text.find("<!--"); a != std::string::npos;
       a = text.find("<!--", a)) {
    size_t e = text.find("-->", a + 4);
    size_t end = e == std::string::npos ? text.size() : e + 3;
    for (size_t k = a; k < end; ++k)
      if (text[k] != '\n') text[k] = ' ';
    a = end;
  }
  PetrarchConfig config;
  size_t cache_pos = 0;
  int cache_line = 1;
  size_t i = 0;
  std::string_view t(text);
  if (env) {
    std::string envbody;
    if (Element(t, "Environment", &envbody)) {
      std::string v;
      if (Element(envbody, "Verbfile", &v)) env->verbfile = Trim(v);
      if (Element(envbody, "Agentfile", &v)) env->agentfile = Trim(v);
      if (Element(envbody, "Discardfile", &v)) env->discardfile = Trim(v);
      if (Element(envbody, "Issuefile", &v)) env->issuefile = Trim(v);
      std::string_view rest(envbody);
      while (Element(rest, "Actorfile", &v)) {
        env->actorfiles.push_back(Trim(v));
        size_t p = rest.find("</Actorfile>");
        rest = rest.substr(p + 12);
      }
    }
  }
  // Environment's own <Config> tags are run options, not coding options.
  size_t env_end = t.find("</Environment>");
  while (true) {
    size_t a = t.find('<', i);
    if (a == std::string_view::npos) break;
    if (t.compare(a, 7, "<Config") == 0) {
      size_t gt = t.find('>', a);
      if (gt == std::string_view::npos) break;
      if (env_end == std::string_view::npos || a > env_end) {
        auto attrs = ReadAttributes(t.substr(a + 7, gt - a - 7));
        std::string opt = Attr(attrs, "option");
        if (!config.Set(opt, Attr(attrs, "value")))
          std::fprintf(stderr, "%s:%d: warning: unknown Config option '%s'\n",
                       name.c_str(), LineOf(t, a, &cache_pos, &cache_line),
                       opt.c_str());
      }
      i = gt + 1;
      continue;
    }
    if (t.compare(a, 9, "<Sentence") != 0 ||
        (a + 9 < t.size() && t[a + 9] != ' ' && t[a + 9] != '>' &&
         t[a + 9] != '\n' && t[a + 9] != '\t')) {
      i = a + 1;
      continue;
    }
    int line = LineOf(t, a, &cache_pos, &cache_line);
    size_t gt = t.find('>', a);
    size_t end = t.find("</Sentence>", a);
    if (gt == std::string_view::npos || end == std::string_view::npos) {
      std::fprintf(stderr, "%s:%d: warning: unterminated <Sentence>\n",
                   name.c_str(), line);
      break;
    }
    PetrarchRecord r;
    r.line = line;
    r.config = config;
    auto attrs = ReadAttributes(t.substr(a + 9, gt - a - 9));
    r.id = Attr(attrs, "id");
    r.date = Attr(attrs, "date");
    r.category = Attr(attrs, "category");
    std::string_view body = t.substr(gt + 1, end - gt - 1);
    Element(body, "Text", &r.text);
    r.text = Trim(r.text);
    // Whitespace inside the text is normalised to single spaces.
    std::string norm;
    for (char c : r.text) {
      bool s = c == '\n' || c == '\t' || c == '\r' || c == ' ';
      if (s) {
        if (!norm.empty() && norm.back() != ' ') norm.push_back(' ');
      } else {
        norm.push_back(c);
      }
    }
    r.text = norm;
    if (Element(body, "Parse", &r.parse)) {
      r.parse = Trim(r.parse);
      Status s = ParsePennTree(r.parse, &r.tree);
      r.parse_ok = s.ok();
      if (!s.ok()) {
        r.tree = PtbTree();
        std::fprintf(stderr, "%s:%d: warning: record %s: bad parse: %s\n",
                     name.c_str(), line, r.id.c_str(), s.message().c_str());
      }
    }
    // Expected codings.
    size_t k = 0;
    while (true) {
      size_t c = body.find("<EventCoding", k);
      if (c == std::string_view::npos) break;
      size_t cg = body.find('>', c);
      if (cg == std::string_view::npos) break;
      auto ea = ReadAttributes(body.substr(c + 12, cg - c - 12));
      std::string noev = Attr(ea, "noevents");
      std::string err = Attr(ea, "error");
      if (!noev.empty()) {
        r.expect_noevents = true;
      } else if (!err.empty()) {
        r.expect_error = err;
      } else if (!Attr(ea, "eventcode").empty()) {
        r.expected.push_back(PetrarchEvent{Attr(ea, "sourcecode"),
                                           Attr(ea, "targetcode"),
                                           Attr(ea, "eventcode")});
      }
      k = cg + 1;
    }
    if (r.id.empty())
      std::fprintf(stderr, "%s:%d: warning: <Sentence> without an id\n",
                   name.c_str(), line);
    records->push_back(std::move(r));
    i = end + 11;
  }
  return Status::Ok();
}

Status ReadPetrarchXml(const std::string& path,
                       std::vector<PetrarchRecord>* records,
                       PetrarchEnvironment* env) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ParsePetrarchXml(ss.str(), path, records, env);
}

}  // namespace dyad
