// Folding of place names to lookup keys.
//
// GeoNames spells names the way a transliteration scheme does ("Ḩamāh",
// "Dayr az Zawr", "Sant Julià de Lòria"), while English news writes them
// with plain letters, hyphens or apostrophes in other places ("Hamah",
// "Deir ez-Zor"). The gazetteer therefore never compares raw names: both
// sides are reduced to a key that keeps only letters and digits, lower-cased,
// with Latin diacritics mapped to the base letter. Dropping the separators
// makes the match hyphen- and space-insensitive ("Bab-Amr" = "Bab Amr") and
// makes "U.S." meet "US". Other scripts are kept as raw bytes: they still
// match themselves exactly, which is all the English pipeline needs.
//
// The diacritic tables cover Latin-1 Supplement, Latin Extended-A/B and Latin
// Extended Additional, the blocks GeoNames romanisations use; '.' in a table
// means "drop this character" (signs such as × or letters without a clear
// base letter).
#include "geo/fold.h"

#include <array>
#include <bit>
#include <cstring>

namespace dyad::geo {
namespace {

// U+00C0 .. U+024F.
constexpr std::string_view kLatin =
    "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkk.lllllll"
    "lllnnnnnn.nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "b.....occ..dd.eeeff....ikkl...n.oo..pp.....ttt.uu..yyzz........"
    ".....dddlllnnnaaiioouuuuuuuuuueaaaa..ggggkkoooo..jdddgg..nnaa.."
    "..aaaaeeeeiiiioooorrrruuuusstt..hhn.....aaeeooooooooyy........."
    "l.....bu.eejjqqrryy";
// U+1E00 .. U+1EFF.
constexpr std::string_view kLatinAdditional =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas..s.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

static_assert(kLatin.size() == 0x250 - 0xC0);
static_assert(kLatinAdditional.size() == 0x100);

// The key of each ASCII byte: the lower-cased letter or digit, or 0 for a
// byte that the key drops.
constexpr std::array<char, 0x80> kAsciiKey = [] {
  std::array<char, 0x80> t{};
  for (char c = 'a'; c <= 'z'; ++c) t[c] = c;
  for (char c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
  for (char c = '0'; c <= '9'; ++c) t[c] = c;
  return t;
}();

// kFits: the name is no longer than cap. A key is never longer than its
// name, so then no write needs a bounds check.
template <bool kFits>
size_t FoldInto(std::string_view name, char* out, size_t cap) {
  size_t n = 0;
  auto put = [&](char c) {
    if (kFits || n < cap) out[n] = c;
    ++n;
  };
  const auto* s = reinterpret_cast<const unsigned char*>(name.data());
  size_t len = name.size();
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    if (c < 0x80) {
      char k = kAsciiKey[c];
      if constexpr (kFits) {
        out[n] = k;  // n <= i < cap; a dropped byte's 0 is overwritten
        n += k != 0;
      } else if (k != 0) {
        put(k);
      }
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence; malformed bytes are dropped one at a time.
    size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= len) {
      ++i;
      continue;
    }
    uint32_t cp = c & (0x3F >> extra);
    bool ok = true;
    for (size_t k = 1; k <= extra; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (!ok) {
      ++i;
      continue;
    }
    char mapped = 0;
    bool drop = false;
    if (cp >= 0xC0 && cp < 0x250) {
      mapped = kLatin[cp - 0xC0];
    } else if (cp >= 0x1E00 && cp < 0x1F00) {
      mapped = kLatinAdditional[cp - 0x1E00];
    } else if ((cp >= 0x80 && cp < 0xC0) || (cp >= 0x2B0 && cp < 0x370) ||
               (cp >= 0x2000 && cp < 0x2070) || cp == 0x3000 || cp == 0xFEFF) {
      drop = true;  // Latin-1 signs, modifier letters, combining marks,
                    // general punctuation (’ ‘ – — and spaces).
    }
    if (mapped != 0) {
      if (mapped != '.') put(mapped);
    } else if (!drop) {
      for (size_t k = 0; k <= extra; ++k) put(static_cast<char>(s[i + k]));
    }
    i += extra + 1;
  }
  return n > cap ? cap + 1 : n;
}

}  // namespace

size_t FoldKey(std::string_view name, char* out, size_t cap) {
  return name.size() <= cap ? FoldInto<true>(name, out, cap)
                            : FoldInto<false>(name, out, cap);
}

size_t FoldAsciiWord(const char* p, size_t n, char* out) {
  if constexpr (std::endian::native != std::endian::little) {
    return kNotAsciiWord;  // the masks below number bytes from the low end
  } else {
    if (n == 0 || n > 8) return kNotAsciiWord;
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x80 * kOnes;
    uint64_t v;
    std::memcpy(&v, p, 8);
    // Bytes past the name become '0', which passes the tests below.
    uint64_t keep = ~uint64_t{0} >> (64 - 8 * n);
    v = (v & keep) | ('0' * kOnes & ~keep);
    // Setting bit 0x20 lower-cases a letter, keeps a digit, and makes no
    // other ASCII byte a letter (though control bytes become digits: the
    // digits are tested before).
    uint64_t w = v | 0x20 * kOnes;
    // With the high bits clear, adding 0x80 - c to every byte carries into
    // its high bit exactly when the byte is at least c.
    auto at_least = [](uint64_t x, char c) {
      return (x + (0x80 - c) * kOnes) & kHigh;
    };
    uint64_t letter = at_least(w, 'a') & ~at_least(w, 'z' + 1);
    uint64_t digit = at_least(v, '0') & ~at_least(v, '9' + 1);
    if ((v & kHigh) != 0 || (letter | digit) != kHigh) return kNotAsciiWord;
    std::memcpy(out, &w, 8);
    return n;
  }
}

std::string FoldKey(std::string_view name) {
  std::string out(name.size() * 2 + 4, '\0');
  size_t n = FoldKey(name, out.data(), out.size());
  out.resize(n > out.size() ? out.size() : n);
  return out;
}

uint32_t HashKey(std::string_view key) {
  return HashKeyExtend(kHashKeyBasis, key);
}

}  // namespace dyad::geo
