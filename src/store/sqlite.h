// Thin RAII helpers over the SQLite C API, used only inside store/.
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// One prepared statement. Bind() indices are 1-based as in SQLite.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    if (this != &o) {
      sqlite3_finalize(s_);
      s_ = o.s_;
      o.s_ = nullptr;
    }
    return *this;
  }
  ~Stmt() { sqlite3_finalize(s_); }

  Status Prepare(sqlite3* db, std::string_view sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s_,
                           nullptr) != SQLITE_OK) {
      return Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db) +
                      " in: " + std::string(sql.substr(0, 200)));
    }
    return Status::Ok();
  }

  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, uint32_t v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(s_, i); }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }
  // Runs a statement that returns no rows, then resets it.
  Status Exec(sqlite3* db) {
    int rc = sqlite3_step(s_);
    sqlite3_reset(s_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
      return Internal(std::string("sqlite: ") + sqlite3_errmsg(db));
    }
    return Status::Ok();
  }

  int64_t Int(int col) const { return sqlite3_column_int64(s_, col); }
  double Double(int col) const { return sqlite3_column_double(s_, col); }
  std::string_view Text(int col) const {
    const unsigned char* p = sqlite3_column_text(s_, col);
    if (p == nullptr) return {};
    return std::string_view(reinterpret_cast<const char*>(p),
                            static_cast<size_t>(sqlite3_column_bytes(s_, col)));
  }
  bool IsNull(int col) const {
    return sqlite3_column_type(s_, col) == SQLITE_NULL;
  }
  int Columns() const { return sqlite3_column_count(s_); }
  sqlite3_stmt* get() const { return s_; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

inline Status ExecSql(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Internal("sqlite: " + m);
  }
  return Status::Ok();
}

}  // namespace dyad

#endif  // DYAD_STORE_SQLITE_H_
