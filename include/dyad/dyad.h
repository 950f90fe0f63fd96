// dyad: news text in, political event data out.
//
//   dyad::CoderOptions options;              // data_dir defaults to <exe>/data
//   std::unique_ptr<dyad::Coder> coder;
//   dyad::Status s = dyad::Coder::Create(options, &coder);
//   dyad::Document doc;
//   s = dyad::MakeDocument("id-1", raw_text, &doc);
//   s = coder->Code(&doc);                   // doc.events, doc.quotes, ...
//
// A Coder is built once, then frozen: Code() is const and thread-safe, so one
// Coder serves every worker thread.
#ifndef DYAD_DYAD_H_
#define DYAD_DYAD_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct CameoCode;

// Hard limit on one document's text.
constexpr size_t kMaxDocumentBytes = 10u * 1024 * 1024;

struct CoderOptions {
  std::string data_dir;      // empty: DYAD_DATA, else <executable dir>/data
  bool extract = true;       // quotes, counts, places, dates, tone
};

class Coder {
 public:
  static Status Create(const CoderOptions& options, std::unique_ptr<Coder>* out);
  virtual ~Coder() = default;

  // Runs the whole pipeline on a document made by MakeDocument().
  virtual Status Code(Document* doc) const = 0;

  // Codes n documents, each exactly as Code() would, setting status[i] for
  // docs[i]. The pipeline runs each stage over all of them before the next
  // stage: a stage's tables then stay in cache from one document to the
  // next, where running every stage per document let the stages evict each
  // other's tables (and it was about 10% slower on 128 news documents).
  virtual void CodeBatch(Document* const* docs, size_t n,
                         Status* status) const {
    for (size_t i = 0; i < n; ++i) status[i] = Code(docs[i]);
  }

  // Codebook entry of a CAMEO code, nullptr when unknown.
  virtual const CameoCode* FindCode(std::string_view cameo) const = 0;
};

// Checks raw text (size, UTF-8, NUL bytes, emptiness) and builds a Document
// whose text is the normalised form. On error, doc is left with the id only.
Status MakeDocument(std::string_view id, std::string_view raw_text,
                    Document* doc);

// The data directory used when CoderOptions::data_dir is empty.
std::string DefaultDataDir();

}  // namespace dyad

#endif  // DYAD_DYAD_H_
