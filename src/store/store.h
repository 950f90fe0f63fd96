// Stage store/: coded documents kept in an embedded SQLite database, with
// GDELT-style deduplicated events, analyst queries and exports.
//
//   std::unique_ptr<dyad::Store> store;
//   dyad::Status s = dyad::Store::Open("events.db", {}, &store);
//   s = store->Put(doc, lookup);   // replaces any earlier copy of doc.id
//   s = store->Commit();           // also done every batch_documents Put()s
//
// Schema and column mapping: docs/store.md.
#ifndef DYAD_STORE_STORE_H_
#define DYAD_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "dyad/document.h"
#include "dyad/status.h"
#include "events/codebook.h"

struct sqlite3;

namespace dyad {

// Codebook lookup for an event's Goldstein value, quad class and PLOVER
// category (Coder::FindCode in the CLI). May return nullptr; then the quad
// class comes from the CAMEO root and Goldstein is 0.
using CodeLookup = std::function<const CameoCode*(std::string_view cameo)>;

struct StoreOptions {
  int batch_documents = 500;  // documents per transaction
  bool read_only = false;     // query/export: open without writing
};

struct StoreCounts {
  int64_t documents = 0, sentences = 0, events = 0, dedup_events = 0,
          actors = 0, quotes = 0, counts = 0, places = 0;
};

class Store {
 public:
  // Opens or creates the database at path (WAL mode) and its schema.
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* out);
  // Commits whatever is pending; a failure there is lost, so call Commit().
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Adds doc with every annotation, replacing all rows of an earlier
  // document with the same id. A document's rows are written under one
  // savepoint, and the transaction commits every batch_documents documents,
  // so an interrupted run leaves whole documents or none.
  Status Put(const Document& doc, const CodeLookup& lookup);
  // Commits the open batch (and brings its deduplicated events up to date).
  Status Commit();

  // True when a document with this id and the same text is stored.
  bool HasDocument(std::string_view id, std::string_view text);

  Status Count(StoreCounts* out);
  sqlite3* db() const { return db_; }

  // 64-bit FNV-1a of the text as 16 hex digits.
  static std::string ContentHash(std::string_view text);

 private:
  Store() = default;
  Status RecomputeGroup(int64_t gid, std::unordered_set<std::string>* sources);
  struct Impl;
  sqlite3* db_ = nullptr;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_H_
