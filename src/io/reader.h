// Stage io/: documents in. Plain-text articles (one file, one article) and
// JSON Lines (one document per line), from files or stdin, plain or
// compressed (.gz, .zst). A reader never stops at a bad document: it reports
// it and moves on, so every input document is accounted for.
#ifndef DYAD_IO_READER_H_
#define DYAD_IO_READER_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

enum class InputFormat { kText, kJsonl };

struct InputOptions {
  InputFormat format = InputFormat::kText;
  Date date;  // --date: publication date when the input gives none
};

// One document as read, before checks and normalisation.
struct RawDocument {
  std::string id;
  std::string title;
  std::string text;
  std::string source;
  std::string url;
  Date date;
  std::string origin;  // where it came from, for messages: "file.jsonl:12"
  bool first_line_is_headline = true;  // plain text: yes; JSONL: when titled
};

class DocumentReader {
 public:
  // path "-" reads stdin.
  static Status Open(const std::string& path, const InputOptions& options,
                     std::unique_ptr<DocumentReader>* out);
  virtual ~DocumentReader() = default;

  // False at the end of input. Otherwise true, and either *error is OK and
  // *doc holds the next document, or *error says why the document at
  // doc->origin (id when known) was rejected.
  virtual bool Next(RawDocument* doc, Status* error) = 0;
};

// Checks a raw document and builds the Document to code (title becomes the
// headline line). The error message names the document.
Status PrepareDocument(const RawDocument& raw, Document* doc);

}  // namespace dyad

#endif  // DYAD_IO_READER_H_
