#include "ingest/read_stream.h"

#include <algorithm>
#include <cstdint>

#include <iterator>

#include <fmt/format.h>
#include <zlib.h>
#include <zstd.h>

#include "ingest/read.h"

namespace newsgraph {
namespace {

constexpr size_t kChunk = 1 << 16;

// An istream that owns its PullStreambuf; bad input reaches the reader as the thrown ReadError.
class PullStream : public std::istream {
 public:
  explicit PullStream(PullStreambuf::Pull pull) : std::istream(nullptr), buf_(std::move(pull)) {
    rdbuf(&buf_);
    exceptions(std::ios::badbit);
  }

 private:
  PullStreambuf buf_;
};

// Fills `buf` from `raw`; returns the bytes read (0 at the end).
size_t refill(std::istream& raw, std::vector<char>& buf) {
  raw.read(buf.data(), std::streamsize(buf.size()));
  return size_t(raw.gcount());
}

// gzip members one after another (RFC 1952; zlib's automatic header detection, 15 + 32).
class Inflater {
 public:
  Inflater(std::istream& raw, std::string source) : raw_(raw), source_(std::move(source)) {
    if (inflateInit2(&z_, 15 + 32) != Z_OK) throw ReadError(source_ + ": zlib could not start");
  }
  ~Inflater() { inflateEnd(&z_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  size_t pull(char* p, size_t n) {
    z_.next_out = reinterpret_cast<Bytef*>(p);
    z_.avail_out = uInt(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        size_t got = refill(raw_, in_);
        fed_ += got;
        if (got == 0) {
          if (in_member_) throw corrupt("truncated");
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = uInt(got);
      }
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        inflateReset(&z_);  // another member may follow
        in_member_ = false;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        throw corrupt(z_.msg ? z_.msg : "error");
      }
    }
    return n - z_.avail_out;
  }

 private:
  // "SOURCE: byte N: corrupt gzip data (WHY)", N the offset in the compressed input reached.
  ReadError corrupt(std::string_view why) const {
    return ReadError(fmt::format("{}: byte {}: corrupt gzip data ({})", source_, fed_ - z_.avail_in, why));
  }

  std::istream& raw_;
  std::string source_;
  std::vector<char> in_ = std::vector<char>(kChunk);
  z_stream z_{};
  bool in_member_ = false;
  size_t fed_ = 0;  // compressed bytes read so far
};

// Zstandard frames one after another.
class ZstdDecoder {
 public:
  ZstdDecoder(std::istream& raw, std::string source)
      : raw_(raw), source_(std::move(source)), d_(ZSTD_createDStream()) {
    if (!d_) throw ReadError(source_ + ": zstd could not start");
  }
  ~ZstdDecoder() { ZSTD_freeDStream(d_); }
  ZstdDecoder(const ZstdDecoder&) = delete;
  ZstdDecoder& operator=(const ZstdDecoder&) = delete;

  size_t pull(char* p, size_t n) {
    ZSTD_outBuffer out{p, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        size_t got = refill(raw_, buf_);
        fed_ += got;
        if (got == 0) {
          if (pending_ != 0) throw corrupt("truncated");
          break;
        }
        in_ = {buf_.data(), got, 0};
      }
      pending_ = ZSTD_decompressStream(d_, &out, &in_);  // 0 once a frame is complete
      if (ZSTD_isError(pending_))
        throw corrupt(ZSTD_getErrorName(pending_));
    }
    return out.pos;
  }

 private:
  // "SOURCE: byte N: corrupt zstd data (WHY)", N the offset in the compressed input reached.
  ReadError corrupt(std::string_view why) const {
    return ReadError(fmt::format("{}: byte {}: corrupt zstd data ({})", source_, fed_ - (in_.size - in_.pos), why));
  }

  std::istream& raw_;
  std::string source_;
  ZSTD_DStream* d_;
  std::vector<char> buf_ = std::vector<char>(kChunk);
  ZSTD_inBuffer in_{nullptr, 0, 0};
  size_t pending_ = 0;
  size_t fed_ = 0;  // compressed bytes read so far
};

template <typename Decoder>
std::unique_ptr<std::istream> decoding(std::istream& raw, const std::string& source) {
  auto d = std::make_shared<Decoder>(raw, source);
  return std::make_unique<PullStream>([d](char* p, size_t n) { return d->pull(p, n); });
}

}  // namespace

PullStreambuf::PullStreambuf(Pull pull, size_t buffer_size)
    : pull_(std::move(pull)), buffer_(buffer_size) {}

PullStreambuf::int_type PullStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  size_t n = pull_(buffer_.data(), buffer_.size());
  if (n == 0) return traits_type::eof();
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

Compression compression_of(std::string_view name) {
  if (name.ends_with(".gz") || name.ends_with(".tgz")) return Compression::kGzip;
  if (name.ends_with(".zst")) return Compression::kZstd;
  return Compression::kNone;
}

std::string without_compression_suffix(std::string_view name) {
  if (name.ends_with(".tgz")) return std::string(name.substr(0, name.size() - 4)) + ".tar";
  if (name.ends_with(".gz")) return std::string(name.substr(0, name.size() - 3));
  if (name.ends_with(".zst")) return std::string(name.substr(0, name.size() - 4));
  return std::string(name);
}

std::unique_ptr<std::istream> decompressed(std::istream& raw, Compression c, const std::string& source) {
  switch (c) {
    case Compression::kGzip: return decoding<Inflater>(raw, source);
    case Compression::kZstd: return decoding<ZstdDecoder>(raw, source);
    case Compression::kNone: break;
  }
  return std::make_unique<PullStream>([&raw](char* p, size_t n) {
    raw.read(p, std::streamsize(n));
    return size_t(raw.gcount());
  });
}

// Chunked reads into a local string: a ReadError thrown by a decoder mid-read unwinds through
// an ordinary destructor (building the string from istreambuf_iterators leaked its buffer,
// as LeakSanitizer found in fuzz.read_gz), and memory grows with the bytes that exist, never
// with a size a corrupt header claims (fuzz.read_warc).
std::string read_up_to(std::istream& in, size_t limit) {
  std::string out;
  char chunk[1 << 16];
  while (out.size() < limit && in) {
    in.read(chunk, std::streamsize(std::min(sizeof chunk, limit - out.size())));
    out.append(chunk, size_t(in.gcount()));
  }
  return out;
}

std::string read_all(std::istream& in) { return read_up_to(in, SIZE_MAX); }

}  // namespace newsgraph
