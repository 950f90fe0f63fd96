// The spelling a word of data/verbs/*.txt must have: lower-case letters,
// digits and - ' . _ (an underscore joins the words of a multiword, so it
// may not start, end or double). Shared by the loader and the build-time
// WordNet expansion, so that the expansion never writes a word the loader
// rejects.
#ifndef DYAD_EVENTS_VERB_WORD_H_
#define DYAD_EVENTS_VERB_WORD_H_

#include <array>
#include <string_view>

namespace dyad {

// By byte: whether it may appear in a word. The loader checks every
// alternative of every pattern, and one table look-up per character cost a
// fraction of the six range tests it replaces.
inline constexpr std::array<bool, 256> kVerbWordChars = [] {
  std::array<bool, 256> ok{};
  for (int c = 0; c < 256; ++c)
    ok[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '\'' || c == '.' || c == '_';
  return ok;
}();

inline bool ValidVerbWord(std::string_view w) {
  if (w.empty() || w.front() == '_' || w.back() == '_' ||
      w.find("__") != std::string_view::npos)
    return false;
  for (char c : w)
    if (!kVerbWordChars[static_cast<unsigned char>(c)]) return false;
  return true;
}

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_WORD_H_
