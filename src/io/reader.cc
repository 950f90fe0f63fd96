// Document readers.
//
// Plain text: the whole stream is one article, capped at kMaxDocumentBytes;
// its id is the path it came from. JSON Lines: one object per line, parsed
// with simdjson's On-Demand API; each line is judged on its own, so one bad
// line costs exactly one document. Errors name the line and, when it could
// be read, the document id.
#include "io/reader.h"

#include <simdjson.h>

#include "dyad/dyad.h"
#include "io/byte_source.h"
#include "text/text.h"

namespace dyad {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(std::unique_ptr<ByteSource> src, std::string path, Date date)
      : src_(std::move(src)), path_(std::move(path)), date_(date) {}

  bool Next(RawDocument* doc, Status* error) override {
    if (done_) return false;
    done_ = true;
    *doc = RawDocument();
    doc->id = path_ == "-" ? "stdin" : path_;
    doc->origin = doc->id;
    doc->date = date_;
    doc->first_line_is_headline = true;
    std::string& text = doc->text;
    char buf[64 * 1024];
    bool too_long = false;
    for (;;) {
      size_t k = src_->Read(buf, sizeof buf);
      if (k == 0) break;
      if (text.size() + k > kMaxDocumentBytes) {
        too_long = true;
        continue;  // drain the stream, keep memory bounded
      }
      text.append(buf, k);
    }
    if (!src_->error().ok()) {
      *error = InvalidArgument(doc->origin + ": " + src_->error().message());
    } else if (too_long) {
      *error = OutOfRange(doc->origin + ": document is over the limit of " +
                          std::to_string(kMaxDocumentBytes) + " bytes");
    } else {
      *error = Status::Ok();
    }
    return true;
  }

 private:
  std::unique_ptr<ByteSource> src_;
  std::string path_;
  Date date_;
  bool done_ = false;
};

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::unique_ptr<ByteSource> src, std::string path, Date date)
      : src_(std::move(src)), lines_(src_.get()),
        name_(path == "-" ? "stdin" : path), date_(date) {}

  bool Next(RawDocument* doc, Status* error) override {
    std::string& line = line_;
    bool too_long = false;
    for (;;) {
      if (!lines_.Next(&line, kMaxDocumentBytes + 4096, &too_long)) {
        if (!src_->error().ok() && !reported_stream_error_) {
          reported_stream_error_ = true;
          *doc = RawDocument();
          doc->origin = name_ + ":" + std::to_string(line_no_ + 1);
          *error = InvalidArgument(doc->origin + ": " + src_->error().message());
          return true;
        }
        return false;
      }
      ++line_no_;
      if (line.find_first_not_of(" \t\r") != std::string::npos || too_long) break;
    }
    Reset(doc);
    doc->origin.assign(name_).append(":").append(std::to_string(line_no_));
    doc->date = date_;
    if (too_long) {
      *error = OutOfRange(doc->origin + ": line is over the limit of " +
                          std::to_string(kMaxDocumentBytes) + " bytes");
      return true;
    }
    *error = Parse(line, doc);
    return true;
  }

 private:
  Status Fail(const RawDocument& doc, const std::string& why) {
    std::string who = doc.origin;
    if (!doc.id.empty()) who += " (id " + doc.id + ")";
    return InvalidArgument(who + ": " + why);
  }

  static bool OptionalString(simdjson::ondemand::object& obj, const char* key,
                             std::string* out, std::string* why) {
    auto field = obj.find_field_unordered(key);
    if (field.error() == simdjson::NO_SUCH_FIELD) return true;
    if (field.error()) {
      *why = std::string("bad field \"") + key + "\"";
      return false;
    }
    if (field.is_null()) return true;
    std::string_view v;
    if (field.get_string().get(v)) {
      *why = std::string("field \"") + key + "\" is not a string";
      return false;
    }
    out->assign(v);
    return true;
  }

  // Empties *doc but keeps its strings' capacity: a slot's document is
  // overwritten by the next batch's, and allocating (and copying) every
  // field afresh was a measurable share of the run.
  static void Reset(RawDocument* doc) {
    for (std::string* s : {&doc->id, &doc->title, &doc->text, &doc->source,
                           &doc->url, &doc->origin})
      s->clear();
    doc->date = Date();
    doc->first_line_is_headline = true;
  }

  // The "id" of a line that cannot be parsed, found by a plain scan, so the
  // error can still name the document.
  static std::string SniffId(const std::string& line) {
    size_t k = line.find("\"id\"");
    if (k == std::string::npos) return "";
    k = line.find_first_not_of(" \t:", k + 4);
    if (k == std::string::npos) return "";
    if (line[k] == '"') {
      size_t e = line.find('"', k + 1);
      return e == std::string::npos ? "" : line.substr(k + 1, std::min<size_t>(e - k - 1, 200));
    }
    size_t e = line.find_first_of(",} \t", k);
    return line.substr(k, std::min<size_t>(e == std::string::npos ? line.size() - k : e - k, 40));
  }

  // `line` is line_, which gets simdjson's padding appended (spaces, after
  // the text) instead of a padded copy of every line.
  Status Parse(std::string& line, RawDocument* doc) {
    Status utf8 = CheckText(line);
    if (!utf8.ok() && utf8.message().find("UTF-8") != std::string::npos) {
      doc->id = SniffId(line);
      return Fail(*doc, utf8.message());
    }
    const size_t n = line.size();
    line.append(simdjson::SIMDJSON_PADDING, ' ');
    simdjson::padded_string_view padded(line.data(), n, line.size());
    simdjson::ondemand::document json;
    if (parser_.iterate(padded).get(json)) return Fail(*doc, "malformed JSON");
    simdjson::ondemand::object obj;
    if (json.get_object().get(obj)) return Fail(*doc, "not a JSON object");

    auto id = obj.find_field_unordered("id");
    if (id.error() == simdjson::NO_SUCH_FIELD) return Fail(*doc, "missing \"id\"");
    if (id.error()) return Fail(*doc, "malformed JSON");
    simdjson::ondemand::json_type type;
    if (id.type().get(type)) return Fail(*doc, "malformed JSON");
    if (type == simdjson::ondemand::json_type::string) {
      std::string_view v;
      if (id.get_string().get(v)) return Fail(*doc, "malformed \"id\"");
      doc->id.assign(v);
    } else if (type == simdjson::ondemand::json_type::number) {
      std::string_view raw = id.raw_json_token();
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
      doc->id.assign(raw);
    } else {
      return Fail(*doc, "\"id\" must be a string or a number");
    }
    if (doc->id.empty()) return Fail(*doc, "empty \"id\"");

    auto text = obj.find_field_unordered("text");
    if (text.error() == simdjson::NO_SUCH_FIELD || text.is_null())
      return Fail(*doc, "missing \"text\"");
    std::string_view tv;
    if (text.get_string().get(tv)) return Fail(*doc, "\"text\" is not a string");
    doc->text.assign(tv);

    std::string why, date;
    if (!OptionalString(obj, "title", &doc->title, &why) ||
        !OptionalString(obj, "source", &doc->source, &why) ||
        !OptionalString(obj, "url", &doc->url, &why) ||
        !OptionalString(obj, "date", &date, &why)) {
      return Fail(*doc, why);
    }
    if (!date.empty()) {
      // Accept full timestamps ("2012-02-07T10:00:00Z") by their date part.
      auto d = Date::Parse(std::string_view(date).substr(0, 10));
      if (!d) return Fail(*doc, "\"date\" is not YYYY-MM-DD: " + date.substr(0, 40));
      doc->date = *d;
    }
    doc->first_line_is_headline = !doc->title.empty();
    return Status::Ok();
  }

  std::unique_ptr<ByteSource> src_;
  LineReader lines_;
  std::string line_;  // the current line, reused
  std::string name_;
  Date date_;
  size_t line_no_ = 0;
  bool reported_stream_error_ = false;
  simdjson::ondemand::parser parser_;
};

}  // namespace

Status DocumentReader::Open(const std::string& path, const InputOptions& options,
                            std::unique_ptr<DocumentReader>* out) {
  std::unique_ptr<ByteSource> src;
  Status s = ByteSource::Open(path, &src);
  if (!s.ok()) return s;
  if (options.format == InputFormat::kJsonl) {
    *out = std::make_unique<JsonlReader>(std::move(src), path, options.date);
  } else {
    *out = std::make_unique<TextReader>(std::move(src), path, options.date);
  }
  return Status::Ok();
}

Status PrepareDocument(const RawDocument& raw, Document* doc) {
  // Only a rejected document needs its name spelled out.
  auto who = [&raw] {
    std::string w = raw.id.empty() ? raw.origin : raw.id;
    if (raw.origin != raw.id && !raw.origin.empty())
      w += " (" + raw.origin + ")";
    return w;
  };
  if (raw.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgument(who() + ": empty text");
  }
  // Per thread, so that joining a title to its text allocates only while
  // documents keep getting longer.
  thread_local std::string combined;
  std::string_view body = raw.text;
  if (!raw.title.empty() && raw.text.compare(0, raw.title.size(), raw.title) != 0) {
    combined.assign(raw.title).append("\n\n").append(raw.text);
    body = combined;
  }
  Status s = MakeDocument(raw.id, body, doc);
  if (!s.ok()) return Status(s.code(), who() + ": " + s.message());
  doc->title = raw.title;
  doc->source = raw.source;
  doc->url = raw.url;
  doc->date = raw.date;
  doc->first_line_is_headline = raw.first_line_is_headline;
  return Status::Ok();
}

}  // namespace dyad
