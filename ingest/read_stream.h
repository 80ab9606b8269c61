// Compressed inputs read as streams: gzip (zlib) and Zstandard (libzstd) decoded on the fly,
// so a large .jsonl.gz or .warc.gz never has to fit in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// A read-only streambuf over a pull function that fills up to n bytes at p and returns how
/// many it wrote (0 at the end). The function may throw (ReadError); an istream whose
/// exceptions() include badbit then rethrows it to its reader.
class PullStreambuf : public std::streambuf {
 public:
  using Pull = std::function<size_t(char* p, size_t n)>;
  explicit PullStreambuf(Pull pull, size_t buffer_size = 1 << 16);

 protected:
  int_type underflow() override;

 private:
  Pull pull_;
  std::vector<char> buffer_;
};

/// The compression a file name's last suffix states: ".gz" (and ".tgz"), ".zst", or none.
enum class Compression { kNone, kGzip, kZstd };
Compression compression_of(std::string_view name);

/// The name without its compression suffix: "a.jsonl.gz" -> "a.jsonl", "a.tgz" -> "a.tar".
std::string without_compression_suffix(std::string_view name);

/// An istream of `raw`'s bytes decoded as `c` (kNone passes them through). `raw` must outlive
/// the result. gzip input may hold several members one after another (as .warc.gz files do).
/// Reading corrupt or truncated data throws ReadError "SOURCE: byte N: corrupt gzip data
/// (...)" or "SOURCE: byte N: corrupt zstd data (...)", N the offset in the compressed input
/// where decoding stopped, out of the read call (badbit is in exceptions()).
std::unique_ptr<std::istream> decompressed(std::istream& raw, Compression c, const std::string& source);

/// Reads the rest of `in` into a string.
std::string read_all(std::istream& in);
/// At most `limit` bytes of `in` (fewer at its end), read in chunks. Throws what `in` throws.
std::string read_up_to(std::istream& in, size_t limit);

}  // namespace newsgraph
