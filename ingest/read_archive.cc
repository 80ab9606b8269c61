#include "ingest/read_archive.h"

#include <algorithm>
#include <cerrno>
#include <exception>
#include <memory>
#include <vector>

#include <archive.h>
#include <archive_entry.h>
#include <fmt/format.h>

#include "ingest/read.h"
#include "ingest/read_stream.h"

namespace newsgraph {
namespace {

// libarchive pulls the archive's bytes from an istream through this callback state. An
// exception (a corrupt compressed stream) must not cross libarchive's C frames: it is kept
// here and rethrown once libarchive has returned its error.
struct RawSource {
  std::istream& in;
  std::vector<char> buf = std::vector<char>(1 << 16);
  std::exception_ptr failure;
};

// Hands libarchive the bytes the stream has decoded so far, at most a buffer full, before
// asking it for more: bytes decoded before a failure (a .tgz cut short) still reach
// libarchive, so the members they hold are read.
la_ssize_t read_raw(archive* a, void* data, const void** block) {
  auto* src = static_cast<RawSource*>(data);
  std::streambuf* sb = src->in.rdbuf();
  std::streamsize got = 0;
  try {
    std::streamsize ready = sb->in_avail();
    if (ready <= 0 && !std::istream::traits_type::eq_int_type(sb->sgetc(), std::istream::traits_type::eof()))
      ready = sb->in_avail();
    if (ready > 0) got = sb->sgetn(src->buf.data(), std::min(ready, std::streamsize(src->buf.size())));
  } catch (...) {
    src->failure = std::current_exception();
    archive_set_error(a, EIO, "input stream failed");
    return -1;
  }
  *block = src->buf.data();
  return la_ssize_t(got);
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

}  // namespace

void for_each_tar_member(std::istream& raw, const std::string& source,
                         const std::function<void(std::istream&, const std::string&)>& member) {
  ArchivePtr a(archive_read_new(), &archive_read_free);
  archive_read_support_format_tar(a.get());
  archive_read_support_format_gnutar(a.get());
  RawSource src{raw};
  if (archive_read_open(a.get(), &src, nullptr, read_raw, nullptr) != ARCHIVE_OK) {
    if (src.failure) std::rethrow_exception(src.failure);
    throw ReadError(fmt::format("{}: not a tar archive ({})", source, archive_error_string(a.get())));
  }
  std::string name;
  auto damaged = [&] {
    if (src.failure) std::rethrow_exception(src.failure);
    const char* why = archive_error_string(a.get());
    return ReadError(fmt::format("{}: {}{}damaged archive ({})", source, name, name.empty() ? "" : ": ",
                                 why ? why : "unreadable"));
  };
  archive_entry* entry = nullptr;
  bool first = true;
  for (int rc; (rc = archive_read_next_header(a.get(), &entry)) != ARCHIVE_EOF;) {
    if (rc < ARCHIVE_WARN) {
      if (!first || src.failure) throw damaged();
      throw ReadError(fmt::format("{}: not a tar archive ({})", source, archive_error_string(a.get())));
    }
    first = false;
    name = archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "";
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    bool cut = false;  // the member's data could not be read: the archive ends there
    PullStreambuf::Pull pull = [&](char* p, size_t n) {
      la_ssize_t got = archive_read_data(a.get(), p, n);
      if (got < 0) {
        cut = true;
        throw damaged();
      }
      return size_t(got);
    };
    PullStreambuf buf(pull);
    std::istream in(&buf);
    in.exceptions(std::ios::badbit);
    member(in, name);
    if (cut) return;  // reported once, by the member's reader
  }
}

}  // namespace newsgraph
