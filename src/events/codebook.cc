// The CAMEO codebook is a small, fixed table (about 320 codes) that is read
// once at start-up and then only looked up. It is stored as a tab-separated
// text file (data/cameo/codebook.tsv) so that a person can read and correct
// it; each line is `code quad goldstein plover name`.
//
// Lookups happen once per coded event, so a sorted vector with binary search
// would do; we use a hash map keyed by the code string because codes are tiny
// and the map gives O(1) lookup with heterogeneous (string_view) keys, so a
// caller never has to build a std::string to ask.
//
// CAMEO codes are hierarchical: "0355" refines "035", which refines "03".
// Coders sometimes emit four-digit codes that the codebook does not list (the
// PETRARCH dictionaries have a few such private extensions). Rather than
// losing the event, Find() falls back to the longest listed prefix, so the
// event keeps its parent's Goldstein value, quad class and PLOVER category.
#include "events/codebook.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace dyad {
namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      break;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

class CodebookImpl : public Codebook {
 public:
  const CameoCode* Find(std::string_view code) const override {
    // Longest listed prefix, but never shorter than the two-digit root.
    for (size_t n = code.size(); n >= 2; --n) {
      auto it = codes_.find(code.substr(0, n));
      if (it != codes_.end()) return &it->second;
    }
    return nullptr;
  }

  Status Parse(std::string_view text, const std::string& path) {
    size_t line_no = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> f = SplitTabs(line);
      double goldstein = 0;
      int quad = 0;
      if (f.size() < 5 || !AllDigits(f[0]) || f[0].size() > 4 ||
          std::from_chars(f[1].data(), f[1].data() + f[1].size(), quad).ec !=
              std::errc() ||
          quad < 1 || quad > 4 ||
          std::from_chars(f[2].data(), f[2].data() + f[2].size(), goldstein)
                  .ec != std::errc()) {
        return DataLoss(path + ":" + std::to_string(line_no) +
                        ": malformed codebook line");
      }
      CameoCode c;
      c.code = std::string(f[0]);
      c.quad_class = quad;
      c.goldstein = goldstein;
      if (f[3] != "-") c.plover = std::string(f[3]);
      c.name = std::string(f[4]);
      std::string key = c.code;
      codes_.insert_or_assign(std::move(key), std::move(c));
    }
    if (codes_.empty()) return DataLoss(path + ": no codes");
    return Status::Ok();
  }

 private:
  std::unordered_map<std::string, CameoCode, StringHash, std::equal_to<>>
      codes_;
};

}  // namespace

Status Codebook::Load(const std::string& path, std::unique_ptr<Codebook>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open codebook " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  auto book = std::make_unique<CodebookImpl>();
  Status s = book->Parse(text, path);
  if (!s.ok()) return s;
  *out = std::move(book);
  return Status::Ok();
}

}  // namespace dyad
