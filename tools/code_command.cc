// `dyad code` and the batch runner shared with `dyad ingest`.
//
// Documents are read in batches of kBatch; the batch is coded by a pool of
// worker threads that take chunks of it by an atomic index and code each
// chunk stage by stage (Coder::CodeBatch), then handed to the sink in input
// order. Reading and the sink run on the calling thread.
//
// With one thread the calling thread does the coding itself, one step
// after another: `--threads 1` is one core. With more, the workers live for the
// whole run and the calling thread overlaps its own work with theirs: it
// reads batch k+1 while batch k is coded, and hands batch k to the sink
// while batch k+1 is coded. Workers that live for the run keep their
// per-thread scratch and caches (the tagger's word cache, the actor
// finder's tables, the verb matcher's word ids) warm from one batch to the
// next; threads started afresh for every batch began each batch cold, and
// two threads coded only 1.2 times as fast as one.
#include "tools/code_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include "io/explain.h"
#include "io/json_writer.h"
#include "petrarch/bridge.h"

namespace dyad {
namespace {

// Each worker codes its share of a batch stage by stage (Coder::CodeBatch),
// so a stage's tables are loaded into cache once for many documents rather
// than once per document. On one core 128 documents at a time was the
// fastest of 8 to 256 (64: 4% slower, 256: 7%, the documents themselves no
// longer fit in cache); with more threads the batch is cut into two chunks
// per worker, taken by an atomic index, so that the workers rarely wait on
// each other at the end of a batch.
constexpr size_t kBatch = 128;

struct Slot {
  RawDocument raw;
  Document doc;
  Status status;
  std::string formatted;
};

// One batch's documents and CodeBatch's arguments, by slot position.
struct Batch {
  Batch() : slots(kBatch), docs(kBatch), statuses(kBatch), coded(kBatch) {}
  std::vector<Slot> slots;
  std::vector<Document*> docs;
  std::vector<Status> statuses;
  std::vector<size_t> coded;
  size_t size = 0;
};

// Runs a function over the chunks of [0, n) on a fixed set of threads. A
// pool of one runs it on the caller, inside Start.
class ChunkPool {
 public:
  using ChunkFn = std::function<void(size_t begin, size_t end)>;

  explicit ChunkPool(unsigned threads) : threads_(threads) {
    if (threads_ > 1)
      for (unsigned t = 0; t < threads_; ++t)
        workers_.emplace_back([this] { Loop(); });
  }
  ~ChunkPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : workers_) t.join();
  }
  unsigned threads() const { return threads_; }

  // Starts fn over [0, n) in chunks of `chunk`; with workers, returns at
  // once. Call Wait before the next Start.
  void Start(size_t n, size_t chunk, ChunkFn fn) {
    if (workers_.empty()) {
      for (size_t b = 0; b < n; b += chunk) fn(b, std::min(n, b + chunk));
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      fn_ = std::move(fn);
      n_ = n;
      chunk_ = chunk;
      next_.store(0);
      running_ = static_cast<unsigned>(workers_.size());
      ++generation_;
    }
    wake_.notify_all();
  }

  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [this] { return running_ == 0; });
  }

 private:
  // Every worker takes part in every generation once, so Wait returning
  // means no worker still holds the previous job.
  void Loop() {
    uint64_t seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
      }
      for (size_t b; (b = next_.fetch_add(chunk_)) < n_;)
        fn_(b, std::min(n_, b + chunk_));
      std::lock_guard<std::mutex> lock(mu_);
      if (--running_ == 0) done_.notify_all();
    }
  }

  const unsigned threads_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  ChunkFn fn_;
  size_t n_ = 0, chunk_ = 1;
  std::atomic<size_t> next_{0};
  unsigned running_ = 0;
  uint64_t generation_ = 0;
  bool stop_ = false;
};

void Report(const Status& s) {
  std::fprintf(stderr, "dyad: rejected %s\n", s.message().c_str());
}

// The documents of every input in turn. A file that cannot be opened is
// reported and counted, and the next one is read.
class InputSequence {
 public:
  InputSequence(const CodeRun& run, long* rejected)
      : run_(run), rejected_(rejected) {
    paths_ = run.inputs;
    if (paths_.empty()) paths_.push_back("-");
  }

  // Fills *batch with up to kBatch documents; false when none are left.
  bool Fill(Batch* batch) {
    batch->size = 0;
    while (batch->size < kBatch && Open()) {
      Slot& slot = batch->slots[batch->size];
      if (reader_->Next(&slot.raw, &slot.status)) {
        ++batch->size;
      } else {
        reader_.reset();
      }
    }
    return batch->size > 0;
  }

 private:
  bool Open() {
    while (!reader_ && next_path_ < paths_.size()) {
      Status open =
          DocumentReader::Open(paths_[next_path_++], run_.input, &reader_);
      if (!open.ok()) {
        Report(Status(open.code(), open.message()));
        ++*rejected_;
        reader_.reset();
      }
    }
    return reader_ != nullptr;
  }

  const CodeRun& run_;
  long* rejected_;
  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  std::unique_ptr<DocumentReader> reader_;
};

// Prepares and codes slots [begin, end) of a batch, then formats them.
void CodeChunk(const CodeRun& run, const Coder& coder, Batch* batch,
               size_t begin, size_t end) {
  // Chunks are disjoint, so each fills its own part of the arrays.
  size_t m = 0;
  for (size_t i = begin; i < end; ++i) {
    Slot& slot = batch->slots[i];
    if (!slot.status.ok()) continue;
    slot.status = PrepareDocument(slot.raw, &slot.doc);
    if (slot.status.ok()) batch->coded[begin + m++] = i;
  }
  for (size_t k = 0; k < m; ++k)
    batch->docs[begin + k] = &batch->slots[batch->coded[begin + k]].doc;
  coder.CodeBatch(batch->docs.data() + begin, m,
                  batch->statuses.data() + begin);
  for (size_t k = 0; k < m; ++k) {
    Slot& slot = batch->slots[batch->coded[begin + k]];
    slot.status = batch->statuses[begin + k];
    if (slot.status.ok() && run.post) run.post(&slot.doc);
    slot.formatted.clear();
    if (slot.status.ok() && run.format)
      run.format(slot.doc, coder, &slot.formatted);
  }
}

}  // namespace

long RunCoder(const CodeRun& run,
              const std::function<void(const Document&, const Coder&,
                                       std::string_view formatted)>& sink) {
  std::unique_ptr<Coder> coder;
  Status s = Coder::Create(run.coder, &coder);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: cannot load models: %s\n", s.message().c_str());
    return -1;
  }
  unsigned threads = run.threads > 0
                         ? static_cast<unsigned>(run.threads)
                         : std::max(1u, std::thread::hardware_concurrency());
  long rejected = 0;
  size_t total = 0;
  // For the ETA: the input's size when every input is a regular file (text
  // read so far is compared with it; compressed input gives no ETA).
  uint64_t input_bytes = 0, read_bytes = 0;
  for (const std::string& path : run.inputs) {
    struct stat st;
    if (path == "-" || stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
        path.ends_with(".gz") || path.ends_with(".zst")) {
      input_bytes = 0;
      break;
    }
    input_bytes += static_cast<uint64_t>(st.st_size);
  }
  auto start = std::chrono::steady_clock::now();

  ChunkPool pool(threads);
  auto start_coding = [&](Batch* batch) {
    const size_t n = batch->size;
    const size_t workers = std::min<size_t>(pool.threads(), n);
    const size_t chunk =
        workers == 1 ? n : (n + 2 * workers - 1) / (2 * workers);
    pool.Start(n, chunk, [&run, &coder, batch](size_t b, size_t e) {
      CodeChunk(run, *coder, batch, b, e);
    });
  };
  auto deliver = [&](Batch* batch) {
    const size_t n = batch->size;
    for (size_t i = 0; i < n; ++i) {
      const Slot& slot = batch->slots[i];
      if (slot.status.ok()) {
        sink(slot.doc, *coder, slot.formatted);
      } else {
        Report(slot.status);
        ++rejected;
      }
    }
    total += n;
    if (!run.progress) return;
    for (size_t i = 0; i < n; ++i)
      read_bytes +=
          batch->slots[i].raw.text.size() + batch->slots[i].raw.title.size();
    double sec =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    char eta[64] = "";
    if (input_bytes > 0 && read_bytes > 0 && read_bytes < input_bytes)
      std::snprintf(eta, sizeof eta, ", ETA %.0f s",
                    sec * static_cast<double>(input_bytes - read_bytes) /
                        static_cast<double>(read_bytes));
    std::fprintf(stderr,
                 "\rdyad: %zu documents, %.0f docs/s, %ld rejected%s   ", total,
                 sec > 0 ? total / sec : 0.0, rejected, eta);
  };

  InputSequence inputs(run, &rejected);
  Batch batches[2];
  Batch* coding = &batches[0];
  if (pool.threads() == 1) {
    // One batch, handed on before the next is read: a slow stream's
    // documents come out as soon as they are coded, and the second batch's
    // documents never take memory.
    while (inputs.Fill(coding)) {
      start_coding(coding);
      deliver(coding);
    }
  } else {
    // Two batches: one being coded while the other is read and then
    // handed to the sink.
    Batch* other = &batches[1];
    if (inputs.Fill(coding)) start_coding(coding);
    while (coding->size > 0) {
      inputs.Fill(other);
      pool.Wait();
      if (other->size > 0) start_coding(other);
      deliver(coding);
      coding->size = 0;
      std::swap(coding, other);
    }
  }
  if (run.progress) std::fprintf(stderr, "\n");
  return rejected;
}

// The words of a Penn Treebank bracketing, in order: "(NNP Russia)" leaves.
std::string TreeWords(const std::string& tree) {
  std::string out;
  for (size_t i = 0; i < tree.size(); ++i) {
    if (tree[i] != '(') continue;
    size_t sp = tree.find(' ', i);
    if (sp == std::string::npos) break;
    size_t close = tree.find(')', sp);
    size_t open = tree.find('(', sp);
    if (close == std::string::npos || (open != std::string::npos && open < close)) continue;
    std::string word = tree.substr(sp + 1, close - sp - 1);
    if (word == "-LRB-") word = "(";
    if (word == "-RRB-") word = ")";
    if (!out.empty()) out += ' ';
    out += word;
    i = close;
  }
  return out;
}

// PETRARCH XML: each <Sentence> is a document. With dictionaries, its
// <Parse> tree is coded as given; without, dyad codes the text itself.
int RunPetrarchInput(const CodeRun& run, const PetrarchDictionaries* dicts, bool documents) {
  std::unique_ptr<Coder> coder;
  Status s = Coder::Create(run.coder, &coder);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: cannot load models: %s\n", s.message().c_str());
    return 2;
  }
  long rejected = 0;
  std::string out;
  std::vector<std::string> inputs = run.inputs;
  if (inputs.empty()) inputs.push_back("/dev/stdin");
  for (const std::string& path : inputs) {
    std::vector<PetrarchRecord> records;
    Status rs = ReadPetrarchXml(path == "-" ? "/dev/stdin" : path, &records);
    if (!rs.ok()) {
      std::fprintf(stderr, "dyad: rejected %s: %s\n", path.c_str(), rs.message().c_str());
      ++rejected;
      continue;
    }
    for (const PetrarchRecord& r : records) {
      Document doc;
      // A record may carry only its parse: its words are the text.
      std::string text = r.text;
      if (text.find_first_not_of(" \t\r\n") == std::string::npos && r.parse_ok)
        text = TreeWords(r.parse);
      Status ms = MakeDocument(r.id, text, &doc);
      if (ms.ok()) {
        doc.first_line_is_headline = false;
        if (r.date.size() == 8) {
          std::string iso = r.date.substr(0, 4) + "-" + r.date.substr(4, 2) + "-" + r.date.substr(6, 2);
          if (auto d = Date::Parse(iso)) doc.date = *d;
        } else if (run.input.date.known()) {
          doc.date = run.input.date;
        }
        ms = coder->Code(&doc);
      }
      if (!ms.ok()) {
        std::fprintf(stderr, "dyad: rejected %s:%d (id %s): %s\n", path.c_str(), r.line,
                     r.id.c_str(), ms.message().c_str());
        ++rejected;
        continue;
      }
      if (dicts) {
        std::vector<std::string> trees;
        if (r.parse_ok) trees.push_back(r.parse);
        CodeWithPetrarch(*dicts, r.parse_ok ? &trees : nullptr, &doc);
      }
      out.clear();
      if (documents) {
        AppendDocumentLine(doc, *coder, &out);
      } else {
        AppendEventLines(doc, *coder, &out);
      }
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  std::fflush(stdout);
  if (rejected) std::fprintf(stderr, "dyad: %ld document(s) rejected\n", rejected);
  return rejected ? 1 : 0;
}

void AddCodeCommand(CLI::App* app, int* exit_code) {
  auto run = std::make_shared<CodeRun>();
  auto format = std::make_shared<std::string>("text");
  auto emit = std::make_shared<std::string>("events");
  auto date = std::make_shared<std::string>();
  auto stats = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  CLI::App* cmd = app->add_subcommand("code", "Code documents into events (JSON Lines on stdout)");
  auto dictionaries = std::make_shared<std::string>();
  cmd->add_option("--input-format", *format,
                  "text (one article per file), jsonl, or petrarch (PETRARCH XML with parses)")
      ->check(CLI::IsMember({"text", "jsonl", "petrarch"}));
  cmd->add_option("--dictionaries", *dictionaries,
                  "code with PETRARCH-format dictionaries from DIR (e.g. the Phoenix set)");
  cmd->add_option("--emit", *emit, "events (one line per event) or documents")
      ->check(CLI::IsMember({"events", "documents"}));
  cmd->add_option("--date", *date, "publication date YYYY-MM-DD when the input has none");
  cmd->add_option("--threads", run->threads, "worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--data-dir", run->coder.data_dir, "compiled data directory");
  cmd->add_flag("--explain", *explain,
                "print tokens, chunks, clauses, actors and events of each sentence on stderr");
  cmd->add_flag("--stats", *stats,
                "print documents, sentences, events, seconds and rates on stderr");
  cmd->add_option("inputs", run->inputs, "files to read; - or none for stdin");
  cmd->callback([=] {
    run->input.format = *format == "jsonl" ? InputFormat::kJsonl : InputFormat::kText;
    if (!date->empty()) {
      auto d = Date::Parse(*date);
      if (!d) {
        std::fprintf(stderr, "dyad: --date must be YYYY-MM-DD, got '%s'\n", date->c_str());
        *exit_code = 2;
        return;
      }
      run->input.date = *d;
    }
    run->coder.extract = *emit == "documents";
    run->progress = isatty(2) && !isatty(1);
    // Output to a file or pipe goes out in large writes (stdio's default
    // buffer is one block: a write call every 4 KB of JSON).
    static char out_buffer[1 << 20];
    if (!isatty(1)) std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
    bool documents = *emit == "documents";
    std::unique_ptr<PetrarchDictionaries> dicts;
    if (!dictionaries->empty()) {
      Status ds = LoadPetrarchDictionaries(*dictionaries, PetrarchConfig(), &dicts);
      if (!ds.ok()) {
        std::fprintf(stderr, "dyad: cannot load dictionaries: %s\n", ds.message().c_str());
        *exit_code = 2;
        return;
      }
      const PetrarchDictionaries* d = dicts.get();
      run->post = [d](Document* doc) { CodeWithPetrarch(*d, nullptr, doc); };
    }
    if (*format == "petrarch") {
      *exit_code = RunPetrarchInput(*run, dicts.get(), documents);
      return;
    }
    run->format = documents ? AppendDocumentLine : AppendEventLines;
    std::string out;
    size_t n_docs = 0, n_sentences = 0, n_events = 0;
    auto start = std::chrono::steady_clock::now();
    long rejected = RunCoder(*run, [&](const Document& doc, const Coder&,
                                       std::string_view formatted) {
      ++n_docs;
      n_sentences += doc.sentences.size();
      n_events += doc.events.size();
      if (*explain) {
        out.clear();
        AppendExplanation(doc, &out);
        std::fwrite(out.data(), 1, out.size(), stderr);
      }
      std::fwrite(formatted.data(), 1, formatted.size(), stdout);
    });
    std::fflush(stdout);
    if (*stats) {
      double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr,
                   "dyad: documents=%zu sentences=%zu events=%zu seconds=%.3f "
                   "sentences_per_second=%.0f documents_per_second=%.0f\n",
                   n_docs, n_sentences, n_events, sec, sec > 0 ? n_sentences / sec : 0.0,
                   sec > 0 ? n_docs / sec : 0.0);
    }
    if (rejected < 0) {
      *exit_code = 2;
    } else if (rejected > 0) {
      std::fprintf(stderr, "dyad: %ld document(s) rejected\n", rejected);
      *exit_code = 1;
    }
  });
}

}  // namespace dyad
