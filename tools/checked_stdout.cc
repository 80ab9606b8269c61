#include "tools/checked_stdout.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "tools/cli.h"

namespace newsgraph::cli {

CheckedStdout::CheckedStdout() : buf_(std::cout.rdbuf()), old_(std::cout.rdbuf(&buf_)) {}

CheckedStdout::~CheckedStdout() { std::cout.rdbuf(old_); }

void CheckedStdout::Buf::failed() {
  if (error == 0) error = errno ? errno : EIO;
}

CheckedStdout::Buf::int_type CheckedStdout::Buf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  errno = 0;
  int_type r = to_->sputc(traits_type::to_char_type(c));
  if (traits_type::eq_int_type(r, traits_type::eof())) failed();
  return r;
}

std::streamsize CheckedStdout::Buf::xsputn(const char* s, std::streamsize n) {
  errno = 0;
  std::streamsize written = to_->sputn(s, n);
  if (written < n) failed();
  return written;
}

int CheckedStdout::Buf::sync() {
  errno = 0;
  // std::cout's own streambuf hands bytes to stdio (sync_with_stdio), which buffers them.
  if (to_->pubsync() == -1 || std::fflush(stdout) != 0) {
    failed();
    return -1;
  }
  return 0;
}

int CheckedStdout::finish(int code) {
  std::cout.flush();
  if (buf_.error == 0 && std::cout) return code;
  if (buf_.error == EPIPE) return code;
  error(fmt::format("cannot write to standard output: {}",
                    std::strerror(buf_.error ? buf_.error : EIO)));
  return kInputFailed;
}

}  // namespace newsgraph::cli
