// A stream of bytes from a file or stdin, transparently decompressed.
//
// Compression is recognised by magic bytes rather than by file name, so
// `zcat x.gz | dyad code -` and `dyad code x.jsonl.gz` behave alike.
#ifndef DYAD_IO_BYTE_SOURCE_H_
#define DYAD_IO_BYTE_SOURCE_H_

#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad {

class ByteSource {
 public:
  // path "-" is stdin.
  static Status Open(const std::string& path, std::unique_ptr<ByteSource>* out);
  virtual ~ByteSource() = default;

  // Reads up to `size` bytes; returns the count, 0 at the end. A read error
  // (for example a corrupt gzip stream) ends the stream and sets error().
  virtual size_t Read(char* buffer, size_t size) = 0;
  const Status& error() const { return error_; }

 protected:
  Status error_;
};

// Splits a ByteSource into lines without a length limit on the source and
// with a cap on what is kept of one line.
class LineReader {
 public:
  explicit LineReader(ByteSource* source) : source_(source) {}
  // False at the end. *too_long is set when the line exceeded max_bytes (its
  // first max_bytes are kept, the rest is skipped).
  bool Next(std::string* line, size_t max_bytes, bool* too_long);

 private:
  bool Fill();
  ByteSource* source_;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace dyad

#endif  // DYAD_IO_BYTE_SOURCE_H_
