// The CAMEO codebook is a small, fixed table (about 320 codes) that is read
// once at start-up and then only looked up. It is stored as a tab-separated
// text file (data/cameo/codebook.tsv) so that a person can read and correct
// it; each line is `code quad goldstein plover name`.
//
// Codes are one to four digits, so a lookup is one index into a dense
// table by length and value (11,110 slots): the event coder asks for every
// candidate pattern's code, and hashing the code and its prefixes in a
// string-keyed map was about 1.5% of the pipeline.
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
#include <vector>

namespace dyad {
namespace {

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
    // Listed codes are all digits: a prefix is a code only up to the first
    // character that is not a digit.
    size_t digits = 0;
    while (digits < code.size() && digits < kMaxDigits && code[digits] >= '0' &&
           code[digits] <= '9')
      ++digits;
    for (size_t n = digits; n >= 2; --n) {
      int32_t i = dense_[Slot(code.substr(0, n))];
      if (i >= 0) return &codes_[i];
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
      int32_t& at = dense_[Slot(c.code)];
      if (at < 0) {
        at = static_cast<int32_t>(codes_.size());
        codes_.push_back(std::move(c));
      } else {
        codes_[at] = std::move(c);  // a later line replaces an earlier one
      }
    }
    if (codes_.empty()) return DataLoss(path + ": no codes");
    return Status::Ok();
  }

 private:
  static constexpr size_t kMaxDigits = 4;
  // Index of a code of 1-4 digits in dense_: codes of n digits follow the
  // 10 + 100 + ... codes of fewer digits.
  static size_t Slot(std::string_view digits) {
    size_t base = 0, span = 10, value = 0;
    for (size_t k = 1; k < digits.size(); ++k) base += span, span *= 10;
    for (char c : digits) value = value * 10 + static_cast<size_t>(c - '0');
    return base + value;
  }

  std::vector<CameoCode> codes_;  // in order of first listing
  std::vector<int32_t> dense_ = std::vector<int32_t>(11110, -1);  // by Slot()
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
