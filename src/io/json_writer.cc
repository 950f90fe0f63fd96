// JSON Lines output (../shared/CONTRACT.md).
//
// RapidJSON's SAX Writer streams straight into one reusable buffer: no DOM is
// built, so writing costs about as much as copying the bytes. Field names
// and their meaning are documented in README.md; fields are only ever added.
#include "io/json_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "events/codebook.h"

namespace dyad {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
// Keys are literals: as string_views their length is known at compile time,
// where Writer::Key(const char*) measured every key with strlen.
void Key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}
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

void WriteActor(JsonWriter& w, const Document& doc, uint32_t m) {
  if (m == kNone || m >= doc.mentions.size()) {
    w.Null();
    return;
  }
  const ActorMention& a = doc.mentions[m];
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

void WritePlace(JsonWriter& w, const Document& doc, uint32_t p) {
  if (p == kNone || p >= doc.places.size()) {
    w.Null();
    return;
  }
  const Place& pl = doc.places[p];
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
                size_t index, bool with_type) {
  const Event& e = doc.events[index];
  w.StartObject();
  if (with_type) {
    Key(w, "type");
    w.String("event");
    Field(w, "doc_id", doc.id);
  }
  Key(w, "sentence_index");
  w.Uint(e.sentence);
  Field(w, "event_id", EventId(doc, index));
  Key(w, "date");
  WriteDate(w, e.date.known() ? e.date : doc.date);
  Key(w, "source");
  WriteActor(w, doc, e.source);
  Key(w, "target");
  WriteActor(w, doc, e.target);
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
  WritePlace(w, doc, e.place);
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
  Field(w, "text", e.sentence < doc.sentences.size() ? doc.Text(doc.sentences[e.sentence].span)
                                           : std::string_view());
  w.EndObject();
}

void Append(const rapidjson::StringBuffer& buf, std::string* out) {
  out->append(buf.GetString(), buf.GetSize());
  out->push_back('\n');
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
  const Event& e = doc.events[event_index];
  size_t n = 0;
  for (size_t i = 0; i < event_index; ++i) n += doc.events[i].sentence == e.sentence;
  return doc.id + "-" + std::to_string(e.sentence) + "-" + std::to_string(n);
}

void AppendEventLines(const Document& doc, const Coder& coder, std::string* out) {
  thread_local rapidjson::StringBuffer buf;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    buf.Clear();
    JsonWriter w(buf);
    WriteEvent(w, doc, coder, i, true);
    Append(buf, out);
  }
}

void AppendDocumentLine(const Document& doc, const Coder& coder, std::string* out) {
  // Per thread and cleared, not rebuilt: a document line is tens of
  // kilobytes, and a fresh buffer grew to that by repeated reallocation.
  thread_local rapidjson::StringBuffer buf;
  buf.Clear();
  JsonWriter w(buf);
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
  for (size_t i = 0; i < doc.events.size(); ++i) WriteEvent(w, doc, coder, i, false);
  w.EndArray();

  Key(w, "quotes");
  w.StartArray();
  for (const Quote& q : doc.quotes) {
    w.StartObject();
    Key(w, "speaker");
    if (q.speaker != kNone && q.speaker < doc.mentions.size()) {
      WriteActor(w, doc, q.speaker);
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
    WritePlace(w, doc, c.place);
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
  for (uint32_t i = 0; i < doc.places.size(); ++i) WritePlace(w, doc, i);
  w.EndArray();
  Key(w, "focus_place");
  WritePlace(w, doc, doc.focus_place);

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
  Append(buf, out);
}

}  // namespace dyad
