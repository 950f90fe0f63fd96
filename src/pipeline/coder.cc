// The pipeline: every stage in order over one Document, or over a batch of
// documents one stage at a time.
//
// Models are loaded once in Create() and never change afterwards, so Code()
// needs no locks; each call works only on the documents it is given. A stage
// codes each document on its own (its per-thread scratch and caches change
// speed, never results), so running the stages stage-major over a batch
// gives every document what Code() alone would; it is faster because the
// tagger's word cache, the actor, verb and tone tables and the gazetteer's
// filter are read for a whole batch while they are in cache, instead of
// being evicted by the next stage after every document.
#include <unistd.h>

#include <climits>
#include <cstdlib>

#include "actors/actors.h"
#include "dyad/dyad.h"
#include "events/codebook.h"
#include "events/event_coder.h"
#include "events/verb_dictionary.h"
#include "extract/extract.h"
#include "geo/geo.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "text/text.h"
#include "tokenize/tokenizer.h"

namespace dyad {
namespace {

class PipelineCoder : public Coder {
 public:
  Status Init(const CoderOptions& options) {
    std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
    extract_ = options.extract;
    Status s = Tagger::Load(dir + "/tagger.bin", &tagger_);
    if (s.ok()) s = ActorDictionary::Load(dir + "/actors", &actors_);
    if (s.ok()) s = VerbDictionary::Load(dir + "/verbs", &verbs_);
    if (s.ok()) s = Codebook::Load(dir + "/cameo/codebook.tsv", &codebook_);
    if (s.ok()) s = Gazetteer::Load(dir + "/gazetteer.bin", &gazetteer_);
    if (s.ok() && extract_) s = ToneLexicon::Load(dir + "/tone.bin", &tone_);
    if (!s.ok()) {
      return Status(s.code(), s.message() + " (data directory " + dir +
                                  "; run scripts/setup.sh, or pass --data-dir)");
    }
    return Status::Ok();
  }

  Status Code(Document* doc) const override {
    Status s;
    CodeBatch(&doc, 1, &s);
    return s;
  }

  void CodeBatch(Document* const* docs, size_t n,
                 Status* status) const override {
    for (size_t i = 0; i < n; ++i) status[i] = Status::Ok();
    auto each = [&](auto&& stage) {
      for (size_t i = 0; i < n; ++i) stage(docs[i]);
    };
    each([](Document* d) {
      d->ClearAnnotations();
      SplitBlocks(d);
      Tokenize(d);
      SplitSentences(d);
    });
    each([&](Document* d) { tagger_->Tag(d); });
    each([](Document* d) { Parse(d); });
    each([&](Document* d) { actors_->FindActors(d); });
    each([](Document* d) { FindDates(d); });
    // Places are needed by the event coder itself (a city can be what was
    // attacked) and for every event's location, so they always run.
    each([&](Document* d) { gazetteer_->FindPlaces(d); });
    if (extract_) {
      each([](Document* d) { FindQuotes(d); });
      each([](Document* d) { FindCounts(d); });
      each([&](Document* d) { tone_->Score(d); });
    }
    each([&](Document* d) { CodeEvents(*verbs_, *codebook_, d); });
    each([](Document* d) { LocateEvents(d); });
  }

  const CameoCode* FindCode(std::string_view cameo) const override {
    return codebook_->Find(cameo);
  }

 private:
  bool extract_ = true;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<VerbDictionary> verbs_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<ToneLexicon> tone_;
};

}  // namespace

Status Coder::Create(const CoderOptions& options, std::unique_ptr<Coder>* out) {
  auto coder = std::make_unique<PipelineCoder>();
  Status s = coder->Init(options);
  if (!s.ok()) return s;
  *out = std::move(coder);
  return Status::Ok();
}

Status MakeDocument(std::string_view id, std::string_view raw_text,
                    Document* doc) {
  doc->id.assign(id);
  doc->text.clear();
  doc->ClearAnnotations();
  if (raw_text.size() > kMaxDocumentBytes) {
    return OutOfRange("document is " + std::to_string(raw_text.size()) +
                      " bytes, over the limit of " +
                      std::to_string(kMaxDocumentBytes));
  }
  Status s = CheckText(raw_text);
  if (!s.ok()) return s;
  NormalizeText(raw_text, &doc->text);
  return Status::Ok();
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "data";
  std::string exe(buf, static_cast<size_t>(n));
  size_t slash = exe.rfind('/');
  return (slash == std::string::npos ? std::string(".") : exe.substr(0, slash)) +
         "/data";
}

}  // namespace dyad
