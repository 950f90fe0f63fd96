// Build-time compiler of the tone lexicon.
//
// Reads the VADER lexicon as shipped by the npm package vader-sentiment
// (src/vader_lexicon.js: a JavaScript object literal, one `word: valence,`
// or quoted `':-)': valence,` entry per line, backslashes escaped) and writes
// tone.bin, the compact form that ToneLexicon::Load reads:
//
//   uint32 magic "DYTN" (0x4E545944, little-endian)
//   uint32 format version (1)
//   uint32 entry count
//   entries sorted by word: uint8 length, the word's bytes, float32 valence
//
// Parsing is a small line scanner rather than a JavaScript parser: every
// entry of the file sits on its own line, and anything that does not look
// like an entry (the licence comment, braces) is skipped. Words longer than
// 255 bytes, or duplicated, keep their first well-formed form. A file with
// no entries is an error, so a broken npm install fails the build loudly.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace {

// Parses one entry line; false when the line is not an entry.
bool ParseEntry(const std::string& line, std::string* word, float* valence) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string::npos) return false;
  char q = line[i];
  std::string w;
  size_t k = i + 1;
  if (q != '\'' && q != '"') {
    // A bare identifier key: `abduction: -2.8,`.
    size_t colon = line.find(':', i);
    if (colon == std::string::npos) return false;
    w = line.substr(i, colon - i);
    while (!w.empty() && (w.back() == ' ' || w.back() == '\t')) w.pop_back();
    for (char c : w) {
      bool ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '_' || c == '$';
      if (!ident) return false;
    }
    k = colon - 1;  // the value search below starts after k + 1
  }
  for (; q == '\'' || q == '"'; ++k) {
    if (k >= line.size()) return false;
    char c = line[k];
    if (c == '\\' && k + 1 < line.size()) {
      w.push_back(line[++k]);
      continue;
    }
    if (c == q) break;
    w.push_back(c);
  }
  size_t colon = line.find(':', k + 1);
  if (colon == std::string::npos) return false;
  const char* start = line.c_str() + colon + 1;
  char* end = nullptr;
  double v = std::strtod(start, &end);
  if (end == start) return false;
  if (w.empty() || w.size() > 255 || v < -5 || v > 5) return false;
  *word = w;
  *valence = static_cast<float>(v);
  return true;
}

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i)
    out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: compile_tone VADER_LEXICON_JS OUT_TONE_BIN\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "compile_tone: cannot open " << argv[1] << "\n";
    return 1;
  }
  std::map<std::string, float> entries;
  std::string line, word;
  float valence = 0;
  while (std::getline(in, line)) {
    if (ParseEntry(line, &word, &valence)) entries.emplace(word, valence);
  }
  if (entries.empty()) {
    std::cerr << "compile_tone: no lexicon entries in " << argv[1] << "\n";
    return 1;
  }
  std::string out;
  PutU32(&out, 0x4E545944u);
  PutU32(&out, 1);
  PutU32(&out, static_cast<uint32_t>(entries.size()));
  for (const auto& [w, v] : entries) {
    out.push_back(static_cast<char>(w.size()));
    out += w;
    char buf[4];
    static_assert(sizeof(float) == 4);
    std::memcpy(buf, &v, 4);
    out.append(buf, 4);
  }
  std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!o) {
      std::cerr << "compile_tone: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) {
    std::cerr << "compile_tone: cannot rename to " << argv[2] << "\n";
    return 1;
  }
  std::cout << "compile_tone: " << entries.size() << " words -> " << argv[2]
            << "\n";
  return 0;
}
