// JSON Lines output (../shared/CONTRACT.md).
//
// A SAX-style writer streams straight into the caller's string: no DOM is
// built, so writing costs about as much as copying the bytes. A place, actor
// or sentence text that recurs in a document's line is written once and then
// copied. Field names and their meaning are documented in README.md; fields
// are only ever added.
#include "io/json_writer.h"

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/itoa.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include "events/codebook.h"

namespace dyad {
namespace {

// RapidJSON's escapes: control characters, '"' and '\\'; every other byte,
// UTF-8 included, is copied as it is.
constexpr std::array<char, 256> kEscape = [] {
  std::array<char, 256> e{};
  for (int c = 0; c < 0x20; ++c) e[c] = 'u';
  e['\b'] = 'b';
  e['\t'] = 't';
  e['\n'] = 'n';
  e['\f'] = 'f';
  e['\r'] = 'r';
  e['"'] = '"';
  e['\\'] = '\\';
  return e;
}();

// A growable byte buffer, kept per thread so that lines need no allocation
// once it has grown to the longest one.
struct LineBuffer {
  std::unique_ptr<char[]> data;
  size_t capacity = 0;
};

// Whether none of the bytes of v (n of them in a word of n bytes) needs
// an escape: no control character, '"' or '\\'. Each test is the "has a byte
// below" or "has a zero byte" word trick, exact for the word as a whole.
template <typename Word>
bool NoEscapes(Word v) {
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ull);
  constexpr Word kHigh = static_cast<Word>(0x8080808080808080ull);
  auto has_zero_byte = [](Word x) {
    return static_cast<Word>((x - kOnes) & ~x & kHigh) != 0;
  };
  bool control = static_cast<Word>((v - 0x20 * kOnes) & ~v & kHigh) != 0;
  return !control && !has_zero_byte(v ^ ('"' * kOnes)) &&
         !has_zero_byte(v ^ ('\\' * kOnes));
}

// NoEscapes for the 8 bytes at `low` and the 8 at `high` together, as one
// vector test: a word at a time cost twice the instructions. (GCC's and
// Clang's vector extensions: SSE2 on x86-64, NEON on ARM.)
inline bool NoEscapes16(const char* low, const char* high) {
  using Bytes = uint8_t __attribute__((vector_size(16)));
  Bytes v;
  std::memcpy(&v, low, 8);
  std::memcpy(reinterpret_cast<char*>(&v) + 8, high, 8);
  auto needs_escape = (v < 0x20) | (v == '"') | (v == '\\');
  uint64_t halves[2];
  std::memcpy(halves, &needs_escape, sizeof halves);
  return (halves[0] | halves[1]) == 0;
}

// Copies n bytes with at most two fixed-size moves when n <= 16: keys and
// short values would otherwise each cost a call to memcpy.
inline void CopyShort(char* to, const char* from, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a, b;
    std::memcpy(&a, from, 8);
    std::memcpy(&b, from + n - 8, 8);
    std::memcpy(to, &a, 8);
    std::memcpy(to + n - 8, &b, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    std::memcpy(&a, from, 4);
    std::memcpy(&b, from + n - 4, 4);
    std::memcpy(to, &a, 4);
    std::memcpy(to + n - 4, &b, 4);
  } else {
    std::memcpy(to, from, n);
  }
}

// The subset of rapidjson::Writer's interface used below, writing the same
// bytes as Writer<StringBuffer> with its default flags (its number
// formatting is called directly), for one top-level value. Writer copied
// every byte through a per-character escape check; this writes through a
// cursor after one capacity check per value, copies strings eight bytes at
// a time, and appends the finished line to *out on destruction. Instead of a
// stack of levels it keeps the one separator owed before the next key or
// value: ':' after a key, ',' after a value, none after an opening bracket.
class JsonWriter {
 public:
  JsonWriter(LineBuffer* buf, std::string* out)
      : buf_(*buf),
        out_(*out),
        p_(buf->data.get()),
        limit_(buf->data.get() + buf->capacity) {}
  ~JsonWriter() { out_.append(buf_.data.get(), p_); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void StartObject() { Start('{'); }
  void EndObject() { End('}'); }
  void StartArray() { Start('['); }
  void EndArray() { End(']'); }
  // Keys are the literals below, with nothing to escape. Here and in
  // String the cursor is kept in a local: a byte stored through a member
  // pointer could alias the members (char stores alias anything), and each
  // store would make the compiler reload them.
  void Key(std::string_view k) {
    Separate(k.size() + 2, ':');
    char* p = p_;
    *p++ = '"';
    CopyShort(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    p_ = p;
  }
  // Most strings are short and clean: they are copied here, and the rest
  // go on in StringTail, so that this needs no registers saved (they cost
  // about a fifth of a short string's instructions).
  void String(std::string_view s) {
    Separate(2 + 6 * s.size(), ',');
    char* p = p_;
    *p++ = '"';
    char* end = CopiedIfShortAndClean(s, p);
    if (end == nullptr) return StringTail(s, p);
    *end = '"';
    p_ = end + 1;
  }
  // The string prefix + "-" + a + "-" + b, built without a temporary.
  void String(std::string_view prefix, unsigned a, unsigned b) {
    Separate(2 + 6 * prefix.size() + 22, ',');
    *p_++ = '"';
    p_ = Escaped(prefix, p_);
    *p_++ = '-';
    p_ = rapidjson::internal::u32toa(a, p_);
    *p_++ = '-';
    p_ = rapidjson::internal::u32toa(b, p_);
    *p_++ = '"';
  }
  void Null() { Raw("null"); }
  void Bool(bool b) {
    if (b) {
      Raw("true");
    } else {
      Raw("false");
    }
  }
  void Int(int i) {
    Separate(11, ',');
    p_ = rapidjson::internal::i32toa(i, p_);
  }
  void Uint(unsigned u) {
    Separate(10, ',');
    p_ = rapidjson::internal::u32toa(u, p_);
  }
  void Int64(int64_t i) {
    Separate(21, ',');
    p_ = rapidjson::internal::i64toa(i, p_);
  }
  void Double(double d) {
    struct Memo {
      uint64_t bits = 0;
      uint8_t len = 0;  // 0: empty
      char text[25];    // as Writer::WriteDouble's buffer
    };
    Separate(sizeof(Memo::text), ',');
    // Writer's default flags refuse NaN and infinities after the separator.
    if (rapidjson::internal::Double(d).IsNanOrInf()) return;
    // The same few numbers recur (a place's coordinates in every line that
    // names it, Goldstein scores): their text is remembered per thread, as
    // shortest-round-trip formatting is the costliest part of a line.
    thread_local std::array<Memo, 1024> memo;
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Memo& m = memo[(bits * 0x9E3779B97F4A7C15ull) >> 54];
    if (m.len == 0 || m.bits != bits) {
      char* end = rapidjson::internal::dtoa(d, m.text);
      m.bits = bits;
      m.len = static_cast<uint8_t>(end - m.text);
    }
    std::memcpy(p_, m.text, sizeof m.text);  // fixed size: no call
    p_ += m.len;
  }
  // Where the next byte goes, counted from the start of the line.
  size_t Offset() const { return static_cast<size_t>(p_ - buf_.data.get()); }
  // Where the next value will start, after the separator owed before it.
  size_t ValueOffset() const { return Offset() + (separator_ != 0); }
  // Writes again, as the next value, the value that took the line's bytes
  // [begin, end) (offsets as Offset() gave them).
  void Repeat(size_t begin, size_t end) {
    size_t n = end - begin;
    Separate(n, ',');
    std::memcpy(p_, buf_.data.get() + begin, n);
    p_ += n;
  }
  // Ends a JSON Lines record.
  void Newline() {
    Reserve(1);
    *p_++ = '\n';
  }

 private:
  void Reserve(size_t n) {
    if (static_cast<size_t>(limit_ - p_) >= n) return;
    size_t used = static_cast<size_t>(p_ - buf_.data.get());
    size_t capacity = std::max({2 * buf_.capacity, used + n, size_t{4096}});
    auto data = std::make_unique<char[]>(capacity);
    if (used > 0) std::memcpy(data.get(), buf_.data.get(), used);
    buf_.data = std::move(data);
    buf_.capacity = capacity;
    p_ = buf_.data.get() + used;
    limit_ = buf_.data.get() + capacity;
  }
  // The separator owed before a key or value, and room for it and `n` more
  // bytes; `next` is owed after it.
  void Separate(size_t n, char next) {
    Reserve(n + 1);
    char separator = separator_;
    char* p = p_;
    *p = separator;
    p_ = p + (separator != 0);
    separator_ = next;
  }
  void Start(char open) {
    Separate(1, 0);
    *p_++ = open;
    ++depth_;
  }
  void End(char close) {
    Reserve(1);
    *p_++ = close;
    --depth_;
    separator_ = depth_ > 0 ? ',' : 0;
  }
  void Raw(std::string_view s) {
    Separate(s.size(), ',');
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // Writes s at p and returns its end when s has at most 16 bytes and none
  // to escape; else nullptr, having written nothing that Escaped will not
  // write over.
  [[gnu::always_inline]] static char* CopiedIfShortAndClean(std::string_view s,
                                                            char* p) {
    const char* q = s.data();
    size_t n = s.size();
    if (n > 16) return nullptr;
    if (n >= 8) {
      if (!NoEscapes16(q, q + n - 8)) return nullptr;
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, q, 4);
      std::memcpy(&b, q + n - 4, 4);
      if (!NoEscapes((uint64_t{a} << 32) | b)) return nullptr;
    } else if (n > 0) {
      // 1-3 bytes (codes, initials) as three reads that cover them all.
      char first = q[0], middle = q[n >> 1], last = q[n - 1];
      if ((kEscape[static_cast<unsigned char>(first)] |
           kEscape[static_cast<unsigned char>(middle)] |
           kEscape[static_cast<unsigned char>(last)]) != 0)
        return nullptr;
      p[0] = first;
      p[n >> 1] = middle;
      p[n - 1] = last;
      return p + n;
    }
    CopyShort(p, q, n);
    return p + n;
  }
  // The rest of String for s, from p on (after the opening quote).
  [[gnu::noinline]] void StringTail(std::string_view s, char* p) {
    p = Escaped(s, p);
    *p++ = '"';
    p_ = p;
  }
  // Writes s escaped at p and returns the end of what it wrote; needs
  // 6 * s.size() bytes of room. A clean string is tested and copied whole,
  // in fixed-size moves whose last one may overlap the one before
  // (rewriting the same output bytes), so it costs one test per move; a
  // string with something to escape goes on 8 bytes at a time, escaping
  // byte by byte only in a word that needs it.
  [[gnu::always_inline]] static char* Escaped(std::string_view s, char* p) {
    const char* q = s.data();
    const char* end = q + s.size();
    if (s.size() > 16) {
      while (end - q > 16 && NoEscapes16(q, q + 8)) {
        std::memcpy(p, q, 16);
        p += 16;
        q += 16;
      }
      if (end - q <= 16 && NoEscapes16(end - 16, end - 8)) {
        size_t rest = static_cast<size_t>(end - q);
        std::memcpy(p - (16 - rest), end - 16, 16);
        p += rest;
        return p;
      }
    } else if (char* copied = CopiedIfShortAndClean(s, p)) {
      return copied;
    }
    while (end - q >= 8) {
      uint64_t v;
      std::memcpy(&v, q, 8);
      if (!NoEscapes(v)) {
        p = EscapeByte(*q++, p);
        continue;
      }
      std::memcpy(p, &v, 8);
      p += 8;
      q += 8;
    }
    if (q == end) return p;
    // The last 1-7 bytes: when the last 8 bytes need no escape, every one
    // of them was or will be copied as it is, so overlapping moves rewrite
    // the same output bytes.
    size_t rest = static_cast<size_t>(end - q);
    if (s.size() >= 8) {
      uint64_t v;
      std::memcpy(&v, end - 8, 8);
      if (NoEscapes(v)) {
        std::memcpy(p - (8 - rest), &v, 8);
        p += rest;
        return p;
      }
    }
    while (q < end) p = EscapeByte(*q++, p);
    return p;
  }
  // Writes byte c at p, escaped if it must be; returns the end of what it
  // wrote.
  static char* EscapeByte(char byte, char* p) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    unsigned char c = static_cast<unsigned char>(byte);
    char e = kEscape[c];
    if (e == 0) {
      *p++ = static_cast<char>(c);
      return p;
    }
    *p++ = '\\';
    *p++ = e;
    if (e == 'u') {
      *p++ = '0';
      *p++ = '0';
      *p++ = kHex[c >> 4];
      *p++ = kHex[c & 15];
    }
    return p;
  }

  LineBuffer& buf_;
  std::string& out_;
  char* p_;
  char* limit_;         // the end of buf_'s storage
  char separator_ = 0;  // owed before the next key or value; 0: none
  size_t depth_ = 0;
};

void Str(JsonWriter& w, std::string_view s) { w.String(s); }

// The event's number among the events of its sentence: the last part of
// EventId.
unsigned EventOrdinal(const Document& doc, size_t event_index) {
  uint32_t sentence = doc.events[event_index].sentence;
  unsigned n = 0;
  for (size_t i = 0; i < event_index; ++i)
    n += doc.events[i].sentence == sentence;
  return n;
}
void Key(JsonWriter& w, std::string_view k) { w.Key(k); }
void StrOrNull(JsonWriter& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    Str(w, s);
  }
}

// A key and its string value (or null when the value is empty).
void Field(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  Str(w, value);
}
void FieldOrNull(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  StrOrNull(w, value);
}

void WriteDate(JsonWriter& w, const Date& d) {
  if (d.known()) {
    Str(w, d.ToString());
  } else {
    w.Null();
  }
}

// An event's date as the contract has it, always a whole day (YYYY-MM-DD):
// an event known only to its month or year ("last March", "in 2019") is
// dated to the period's first day, and "date_precision" says which.
void WriteEventDate(JsonWriter& w, const Date& d) {
  Key(w, "date");
  if (!d.known()) {
    w.Null();
  } else {
    Date day = d;
    if (day.month == 0) day.month = 1;
    if (day.day == 0) day.day = 1;
    Str(w, day.ToString());
  }
  Key(w, "date_precision");
  if (!d.known()) {
    w.Null();
  } else {
    w.String(d.month == 0 ? "year" : d.day == 0 ? "month" : "day");
  }
}

// Where in a document's line each item of one of its lists (places,
// mentions, sentences) was written as a value. Items recur (a place as the
// location of events and counts and as the focus place, a mention as the
// actor of several events, a sentence as the text of each of its events),
// and copying the bytes written the first time costs a fraction of writing
// them again.
class ValueMemo {
 public:
  void Reset(size_t items) { spans_.assign(items, Span{}); }
  // The bytes of item i, empty when it was not written yet.
  Span Find(uint32_t i) const { return spans_[i]; }
  void Remember(uint32_t i, size_t begin, size_t end) {
    spans_[i] = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  }

 private:
  std::vector<Span> spans_;
};

// Writes item i as the next value: through write_value (which writes exactly
// that one value) the first time, as a copy of those bytes after that.
// `memo`, when not null, is of the line that w writes.
template <typename WriteValue>
void WriteItem(JsonWriter& w, ValueMemo* memo, uint32_t i,
               WriteValue write_value) {
  if (memo == nullptr) {
    write_value();
    return;
  }
  Span written = memo->Find(i);
  if (!written.empty()) {
    w.Repeat(written.begin, written.end);
    return;
  }
  size_t begin = w.ValueOffset();
  write_value();
  memo->Remember(i, begin, w.Offset());
}

void WriteActorObject(JsonWriter& w, const Document& doc,
                      const ActorMention& a) {
  w.StartObject();
  Field(w, "text", doc.Text(a.span));
  FieldOrNull(w, "code", a.code);
  FieldOrNull(w, "country", a.country);
  FieldOrNull(w, "role", a.role);
  FieldOrNull(w, "name", a.name);
  Key(w, "kind");
  w.String(ActorKindName(a.kind));
  if (a.antecedent != kNone && a.antecedent < doc.mentions.size()) {
    Field(w, "refers_to", doc.Text(doc.mentions[a.antecedent].span));
  }
  w.EndObject();
}

void WriteActor(JsonWriter& w, const Document& doc, uint32_t m,
                ValueMemo* memo = nullptr) {
  if (m == kNone || m >= doc.mentions.size()) {
    w.Null();
    return;
  }
  WriteItem(w, memo, m, [&] { WriteActorObject(w, doc, doc.mentions[m]); });
}

void WritePlaceObject(JsonWriter& w, const Document& doc, const Place& pl) {
  w.StartObject();
  Field(w, "text", doc.Text(pl.span));
  Field(w, "name", pl.name);
  FieldOrNull(w, "country", pl.country);
  Key(w, "kind");
  w.String(PlaceKindName(pl.kind));
  Key(w, "lat");
  w.Double(pl.lat);
  Key(w, "lon");
  w.Double(pl.lon);
  Key(w, "admin1");
  StrOrNull(w, pl.admin1);
  if (pl.geonames_id) {
    Key(w, "geonames_id");
    w.Uint(pl.geonames_id);
  }
  Key(w, "sentence_index");
  w.Uint(pl.sentence);
  w.EndObject();
}

void WritePlace(JsonWriter& w, const Document& doc, uint32_t p,
                ValueMemo* memo = nullptr) {
  if (p == kNone || p >= doc.places.size()) {
    w.Null();
    return;
  }
  WriteItem(w, memo, p, [&] { WritePlaceObject(w, doc, doc.places[p]); });
}

// The memos of one document's line.
struct LineMemos {
  ValueMemo places;
  ValueMemo mentions;
  ValueMemo sentences;
  void Reset(const Document& doc) {
    places.Reset(doc.places.size());
    mentions.Reset(doc.mentions.size());
    sentences.Reset(doc.sentences.size());
  }
};

std::string_view DyadCode(const Document& doc, uint32_t m) {
  if (m == kNone || m >= doc.mentions.size()) return "---";
  const ActorMention& a = doc.mentions[m];
  if (!a.code.empty()) return a.code;
  return a.country.empty() ? std::string_view("---") : std::string_view(a.country);
}

const char* Modality(uint8_t flags) {
  if (flags & static_cast<uint8_t>(EventFlag::kHypothetical)) return "hypothetical";
  if (flags & static_cast<uint8_t>(EventFlag::kFuture)) return "future";
  return "asserted";
}

void WriteEvent(JsonWriter& w, const Document& doc, const Coder& coder,
                size_t index, bool with_type, LineMemos* memos = nullptr) {
  ValueMemo* places = memos != nullptr ? &memos->places : nullptr;
  ValueMemo* mentions = memos != nullptr ? &memos->mentions : nullptr;
  ValueMemo* sentences = memos != nullptr ? &memos->sentences : nullptr;
  const Event& e = doc.events[index];
  w.StartObject();
  if (with_type) {
    Key(w, "type");
    w.String("event");
    Field(w, "doc_id", doc.id);
  }
  Key(w, "sentence_index");
  w.Uint(e.sentence);
  Key(w, "event_id");
  w.String(doc.id, e.sentence, EventOrdinal(doc, index));
  WriteEventDate(w, e.date.known() ? e.date : doc.date);
  Key(w, "source");
  WriteActor(w, doc, e.source, mentions);
  Key(w, "target");
  WriteActor(w, doc, e.target, mentions);
  // CAMEO's dyad as TABARI and PETRARCH print it: "---" for the side that is
  // not known, so a partial event still reads as a full record.
  Field(w, "source_code", DyadCode(doc, e.source));
  Field(w, "target_code", DyadCode(doc, e.target));
  const CameoCode* code = coder.FindCode(e.cameo);
  Field(w, "cameo", e.cameo);
  FieldOrNull(w, "cameo_name", code ? std::string_view(code->name) : std::string_view());
  FieldOrNull(w, "plover", code ? std::string_view(code->plover) : std::string_view());
  Key(w, "quad_class");
  w.Int(code ? code->quad_class : 1);
  Key(w, "goldstein");
  w.Double(code ? code->goldstein : 0.0);
  Key(w, "location");
  WritePlace(w, doc, e.place, places);
  Key(w, "modality");
  w.String(Modality(e.flags));
  Key(w, "historical");
  w.Bool(e.flags & static_cast<uint8_t>(EventFlag::kHistorical));
  Key(w, "reported");
  w.Bool(e.flags & static_cast<uint8_t>(EventFlag::kReported));
  Key(w, "nominal");
  w.Bool(e.flags & static_cast<uint8_t>(EventFlag::kNominal));
  Key(w, "trigger");
  if (e.trigger_first != kNone && e.trigger_end <= doc.tokens.size()) {
    Str(w, doc.TokensText(e.trigger_first, e.trigger_end));
  } else {
    w.Null();
  }
  Key(w, "text");
  if (e.sentence < doc.sentences.size()) {
    WriteItem(w, sentences, e.sentence,
              [&] { Str(w, doc.Text(doc.sentences[e.sentence].span)); });
  } else {
    Str(w, std::string_view());
  }
  w.EndObject();
}

// People and organisations: one entry per distinct name (or code).
void WriteEntities(JsonWriter& w, const Document& doc, ActorKind kind) {
  w.StartArray();
  std::vector<std::string_view> seen;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const ActorMention& m = doc.mentions[i];
    if (m.kind != kind) continue;
    std::string_view key = m.name.empty() ? doc.Text(m.span) : std::string_view(m.name);
    bool dup = false;
    for (auto s : seen) dup |= (s == key);
    if (dup) continue;
    seen.push_back(key);
    size_t n = 0;
    for (const ActorMention& o : doc.mentions) {
      std::string_view ok = o.name.empty() ? doc.Text(o.span) : std::string_view(o.name);
      n += (o.kind == kind || o.kind == ActorKind::kPronoun) && ok == key;
    }
    w.StartObject();
    Field(w, "name", key);
    Field(w, "text", doc.Text(m.span));
    FieldOrNull(w, "code", m.code);
    FieldOrNull(w, "country", m.country);
    Key(w, "mentions");
    w.Uint(static_cast<unsigned>(n));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string EventId(const Document& doc, size_t event_index) {
  return doc.id + "-" + std::to_string(doc.events[event_index].sentence) + "-" +
         std::to_string(EventOrdinal(doc, event_index));
}

void AppendEventLines(const Document& doc, const Coder& coder, std::string* out) {
  thread_local LineBuffer buf;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    JsonWriter w(&buf, out);
    WriteEvent(w, doc, coder, i, true);
    w.Newline();
  }
}

void AppendDocumentLine(const Document& doc, const Coder& coder, std::string* out) {
  thread_local LineBuffer buf;
  thread_local LineMemos memos;
  memos.Reset(doc);
  JsonWriter w(&buf, out);
  w.StartObject();
  Key(w, "type");
  w.String("document");
  Field(w, "doc_id", doc.id);
  FieldOrNull(w, "title", doc.title);
  Key(w, "date");
  WriteDate(w, doc.date);
  FieldOrNull(w, "source", doc.source);
  FieldOrNull(w, "url", doc.url);
  Key(w, "sentence_count");
  w.Uint(static_cast<unsigned>(doc.sentences.size()));

  Key(w, "events");
  w.StartArray();
  for (size_t i = 0; i < doc.events.size(); ++i)
    WriteEvent(w, doc, coder, i, false, &memos);
  w.EndArray();

  Key(w, "quotes");
  w.StartArray();
  for (const Quote& q : doc.quotes) {
    w.StartObject();
    Key(w, "speaker");
    if (q.speaker != kNone && q.speaker < doc.mentions.size()) {
      WriteActor(w, doc, q.speaker, &memos.mentions);
    } else if (!q.speaker_span.empty()) {
      w.StartObject();
      Field(w, "text", doc.Text(q.speaker_span));
      w.EndObject();
    } else {
      w.Null();
    }
    Field(w, "text", doc.Text(q.span));
    Key(w, "indirect");
    w.Bool(q.indirect);
    Key(w, "sentence_index");
    w.Uint(q.sentence);
    w.EndObject();
  }
  w.EndArray();

  Key(w, "counts");
  w.StartArray();
  for (const Count& c : doc.counts) {
    w.StartObject();
    Key(w, "type");
    w.String(CountTypeName(c.type));
    Key(w, "number");
    w.Int64(c.number);
    Key(w, "upper");
    w.Int64(c.upper);
    Field(w, "text", doc.Text(c.span));
    FieldOrNull(w, "object", doc.Text(c.object));
    Key(w, "place");
    WritePlace(w, doc, c.place, &memos.places);
    Key(w, "date");
    WriteDate(w, c.date);
    Key(w, "historical");
    w.Bool(c.historical);
    Key(w, "sentence_index");
    w.Uint(c.sentence);
    w.EndObject();
  }
  w.EndArray();

  Key(w, "places");
  w.StartArray();
  for (uint32_t i = 0; i < doc.places.size(); ++i)
    WritePlace(w, doc, i, &memos.places);
  w.EndArray();
  Key(w, "focus_place");
  WritePlace(w, doc, doc.focus_place, &memos.places);

  Key(w, "dates");
  w.StartArray();
  for (const DateMention& d : doc.dates) {
    w.StartObject();
    Field(w, "text", doc.Text(d.span));
    Key(w, "date");
    WriteDate(w, d.date);
    Key(w, "historical");
    w.Bool(d.historical);
    Key(w, "sentence_index");
    w.Uint(d.sentence);
    w.EndObject();
  }
  w.EndArray();

  Key(w, "people");
  WriteEntities(w, doc, ActorKind::kPerson);
  Key(w, "organisations");
  WriteEntities(w, doc, ActorKind::kOrganisation);

  Key(w, "blocks");
  w.StartArray();
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kBody) continue;  // only the notable ones
    w.StartObject();
    Key(w, "kind");
    w.String(BlockKindName(b.kind));
    Field(w, "text", doc.Text(b.span));
    w.EndObject();
  }
  w.EndArray();

  Key(w, "tone");
  w.StartObject();
  Key(w, "tone");
  w.Double(doc.tone.tone);
  Key(w, "positive");
  w.Double(doc.tone.positive);
  Key(w, "negative");
  w.Double(doc.tone.negative);
  Key(w, "polarity");
  w.Double(doc.tone.polarity);
  Key(w, "activity");
  w.Double(doc.tone.activity);
  Key(w, "self_reference");
  w.Double(doc.tone.self_reference);
  Key(w, "word_count");
  w.Uint(doc.tone.word_count);
  w.EndObject();

  w.EndObject();
  w.Newline();
}

}  // namespace dyad
