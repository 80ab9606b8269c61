// Standard output whose write failures are noticed: `newsgraph quotes > /dev/full` must not
// exit 0 with nothing written.
#pragma once

#include <iostream>
#include <streambuf>

namespace newsgraph::cli {

/// While alive, std::cout writes through a thin streambuf that remembers the errno of its first
/// failed write (the one that matters; later calls may change errno). finish() flushes and
/// returns the command's exit code, or, if a write failed, prints "newsgraph: cannot write to
/// standard output: REASON" on stderr and returns kInputFailed (5, as `-o FILE` does). A reader
/// that went away (EPIPE: `| head` with SIGPIPE ignored; by default SIGPIPE ends the process)
/// is no failure: the code is returned unchanged, quietly. One per process, on main's thread.
class CheckedStdout {
 public:
  CheckedStdout();
  ~CheckedStdout();  // restores std::cout's own streambuf
  CheckedStdout(const CheckedStdout&) = delete;
  CheckedStdout& operator=(const CheckedStdout&) = delete;

  int finish(int code);

 private:
  class Buf : public std::streambuf {
   public:
    explicit Buf(std::streambuf* to) : to_(to) {}
    int error = 0;  // errno of the first failed write; 0 if none failed

   protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

   private:
    void failed();
    std::streambuf* to_;
  };
  Buf buf_;
  std::streambuf* old_;
};

}  // namespace newsgraph::cli
