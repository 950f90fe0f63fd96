// Status codes for every fallible dyad call. dyad never throws across its
// public API: a caller checks `ok()` and reads `message()` for the reason.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <string>
#include <utility>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the input itself is malformed (bad UTF-8, bad JSON...)
  kNotFound,         // a file or data model is missing
  kDataLoss,         // a data model is corrupt (bad magic, truncated)
  kOutOfRange,       // an input exceeds a hard limit (document size...)
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFound(std::string m) {
  return Status(StatusCode::kNotFound, std::move(m));
}
inline Status DataLoss(std::string m) {
  return Status(StatusCode::kDataLoss, std::move(m));
}
inline Status OutOfRange(std::string m) {
  return Status(StatusCode::kOutOfRange, std::move(m));
}
inline Status Internal(std::string m) {
  return Status(StatusCode::kInternal, std::move(m));
}

}  // namespace dyad

#endif  // DYAD_STATUS_H_
