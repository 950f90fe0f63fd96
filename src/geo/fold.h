// Place-name keys: the form under which the gazetteer files and looks up
// names, so that "Ḩamāh", "Hamah" and "HAMAH", or "Bab-Amr" and "Bab Amr",
// meet in one hash slot.
#ifndef DYAD_GEO_FOLD_H_
#define DYAD_GEO_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::geo {

// Writes the key of `name` into out[0..cap) and returns its length, or
// cap + 1 when it does not fit. Keys keep only letters and digits: ASCII is
// lower-cased, Latin letters with diacritics become their base letter,
// punctuation, spaces and modifier marks are dropped, and other scripts are
// kept byte for byte. Never allocates.
size_t FoldKey(std::string_view name, char* out, size_t cap);

// FoldKey of a name of at most 8 bytes, a word at a time, when all its
// bytes are ASCII letters and digits, as are most words of names in news:
// the key is then the name lower-cased. `p` must have 8 readable bytes and
// `out` 8 writable ones (those past the key are left undefined). Returns
// the key's length, n, or kNotAsciiWord when the name needs FoldKey.
inline constexpr size_t kNotAsciiWord = ~size_t{0};
size_t FoldAsciiWord(const char* p, size_t n, char* out);

// Convenience form for build-time code.
std::string FoldKey(std::string_view name);

// 32-bit FNV-1a over a key.
uint32_t HashKey(std::string_view key);

// FNV-1a is a running hash: HashKey(a + b) == HashKeyExtend(HashKey(a), b),
// and HashKey("") == kHashKeyBasis. Matching hashes the keys of a span and
// of its extensions in one pass this way.
inline constexpr uint32_t kHashKeyBasis = 2166136261u;
inline uint32_t HashKeyExtend(uint32_t h, std::string_view more) {
  for (unsigned char c : more) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace dyad::geo

#endif  // DYAD_GEO_FOLD_H_
