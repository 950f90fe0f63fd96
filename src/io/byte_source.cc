// Byte sources: plain files, stdin, gzip and zstd streams.
//
// The first four bytes decide the decoder: 1f 8b is gzip (zlib's inflate with
// automatic header detection, concatenated members allowed), 28 b5 2f fd is
// zstd (streaming decompression). Anything else is passed through. Reading
// is in 256 KiB blocks so memory stays constant on an endless stdin.
#include "io/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace dyad {
namespace {

constexpr size_t kBlock = 256 * 1024;

class FileSource {
 public:
  explicit FileSource(FILE* f, bool owned) : file_(f), owned_(owned) {}
  ~FileSource() {
    if (owned_ && file_) std::fclose(file_);
  }
  size_t Read(char* buf, size_t n) { return std::fread(buf, 1, n, file_); }
  bool Failed() const { return std::ferror(file_) != 0; }

 private:
  FILE* file_;
  bool owned_;
};

// Reads raw bytes, first from the peeked prefix, then from the file.
class RawReader {
 public:
  RawReader(std::unique_ptr<FileSource> f, std::string prefix)
      : file_(std::move(f)), prefix_(std::move(prefix)) {}
  size_t Read(char* buf, size_t n) {
    if (pos_ < prefix_.size()) {
      size_t k = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return file_->Read(buf, n);
  }
  bool Failed() const { return file_->Failed(); }

 private:
  std::unique_ptr<FileSource> file_;
  std::string prefix_;
  size_t pos_ = 0;
};

class PlainSource : public ByteSource {
 public:
  explicit PlainSource(RawReader raw) : raw_(std::move(raw)) {}
  size_t Read(char* buf, size_t n) override {
    size_t k = raw_.Read(buf, n);
    if (k == 0 && raw_.Failed()) error_ = InvalidArgument("read error");
    return k;
  }

 private:
  RawReader raw_;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(RawReader raw) : raw_(std::move(raw)), in_(kBlock) {
    std::memset(&z_, 0, sizeof z_);
    ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;
    if (!ok_) error_ = Internal("zlib init failed");
  }
  ~GzipSource() override { inflateEnd(&z_); }
  size_t Read(char* buf, size_t n) override {
    if (!ok_ || done_) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        size_t k = raw_.Read(in_.data(), in_.size());
        if (k == 0) {
          if (!stream_end_) error_ = InvalidArgument("truncated gzip stream");
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(k);
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      stream_end_ = false;
      if (rc == Z_STREAM_END) {
        stream_end_ = true;
        inflateReset(&z_);  // concatenated members
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = InvalidArgument(std::string("corrupt gzip stream: ") +
                                 (z_.msg ? z_.msg : "inflate error"));
        done_ = true;
        break;
      }
    }
    return n - z_.avail_out;
  }

 private:
  RawReader raw_;
  std::vector<char> in_;
  z_stream z_;
  bool ok_ = false, done_ = false, stream_end_ = false;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(RawReader raw)
      : raw_(std::move(raw)), in_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }
  size_t Read(char* buf, size_t n) override {
    if (done_) return 0;
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        size_t k = raw_.Read(in_.data(), in_.size());
        if (k == 0) {
          if (last_ret_ != 0) error_ = InvalidArgument("truncated zstd stream");
          done_ = true;
          break;
        }
        input_ = {in_.data(), k, 0};
      }
      size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(rc)) {
        error_ = InvalidArgument(std::string("corrupt zstd stream: ") +
                                 ZSTD_getErrorName(rc));
        done_ = true;
        break;
      }
      last_ret_ = rc;
    }
    return out.pos;
  }

 private:
  RawReader raw_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_ = {nullptr, 0, 0};
  size_t last_ret_ = 0;
  bool done_ = false;
};

}  // namespace

Status ByteSource::Open(const std::string& path, std::unique_ptr<ByteSource>* out) {
  std::unique_ptr<FileSource> file;
  if (path == "-") {
    file = std::make_unique<FileSource>(stdin, false);
  } else {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return NotFound(path + ": " + std::strerror(errno));
    file = std::make_unique<FileSource>(f, true);
  }
  char magic[4];
  size_t k = file->Read(magic, 4);
  std::string prefix(magic, k);
  RawReader raw(std::move(file), prefix);
  if (k >= 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
      static_cast<unsigned char>(magic[1]) == 0x8b) {
    *out = std::make_unique<GzipSource>(std::move(raw));
  } else if (k == 4 && static_cast<unsigned char>(magic[0]) == 0x28 &&
             static_cast<unsigned char>(magic[1]) == 0xb5 &&
             static_cast<unsigned char>(magic[2]) == 0x2f &&
             static_cast<unsigned char>(magic[3]) == 0xfd) {
    *out = std::make_unique<ZstdSource>(std::move(raw));
  } else {
    *out = std::make_unique<PlainSource>(std::move(raw));
  }
  return Status::Ok();
}

bool LineReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buffer_.size();
  buffer_.resize(old + kBlock);
  size_t k = source_->Read(buffer_.data() + old, kBlock);
  buffer_.resize(old + k);
  if (k == 0) eof_ = true;
  return k > 0;
}

bool LineReader::Next(std::string* line, size_t max_bytes, bool* too_long) {
  line->clear();
  *too_long = false;
  for (;;) {
    const char* start = buffer_.data() + pos_;
    size_t avail = buffer_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    size_t room = line->size() < max_bytes ? max_bytes - line->size() : 0;
    if (take > room) *too_long = true;
    line->append(start, std::min(take, room));
    if (nl) {
      pos_ += take + 1;
      return true;
    }
    pos_ += take;
    if (!Fill()) return !line->empty() || *too_long;
  }
}

}  // namespace dyad
