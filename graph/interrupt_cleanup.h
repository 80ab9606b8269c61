// What a signal that ends newsgraph (SIGINT, SIGTERM, SIGHUP) must undo first: a child process
// still running (GraphViz `dot`) is stopped and temporary files are removed. The process then
// ends by that signal, as it would have without the cleanup: the shell sees 128 + N (130 for
// SIGINT, 143 for SIGTERM).
#pragma once

#include <sys/types.h>

#include <csignal>
#include <string>

namespace newsgraph {

/// While alive, an interrupting signal removes the file at `path` (unlink) before newsgraph
/// ends. The first guard installs the signal handlers, except for a signal that was ignored
/// when newsgraph started (a `nohup` or a background job keeps ignoring it). At most 8 files
/// are watched at once (more are not: they are left, as without a guard). Thread-safe.
class RemoveOnInterrupt {
 public:
  explicit RemoveOnInterrupt(const std::string& path);
  ~RemoveOnInterrupt();
  RemoveOnInterrupt(const RemoveOnInterrupt&) = delete;
  RemoveOnInterrupt& operator=(const RemoveOnInterrupt&) = delete;

 private:
  int slot_;  // -1: none was free
};

/// While alive, an interrupting signal is forwarded to the child `pid`, which is then waited
/// for (SIGKILL after a second), before the files are removed and newsgraph ends. Call it
/// within a SignalsHeld that started the child, so that no signal falls between the two. At
/// most 4 children at once. Thread-safe.
class StopOnInterrupt {
 public:
  explicit StopOnInterrupt(pid_t pid);
  ~StopOnInterrupt();
  StopOnInterrupt(const StopOnInterrupt&) = delete;
  StopOnInterrupt& operator=(const StopOnInterrupt&) = delete;

 private:
  int slot_;
};

/// When an interrupting signal is being handled (in another thread: RocksDB's may take it),
/// waits for the handler to end the process, so that the caller, woken by the child the
/// handler stopped, cannot report that child's death and exit first; else returns at once.
void await_interrupt_end();

/// Holds back SIGINT, SIGTERM and SIGHUP in the calling thread for its lifetime (they are
/// delivered when it ends). A child spawned within gets an empty mask (`unheld()`).
class SignalsHeld {
 public:
  SignalsHeld();
  ~SignalsHeld();
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;
  /// The signal mask a child should start with: the one before, with these signals not held.
  const sigset_t& unheld() const { return before_; }

 private:
  sigset_t before_;
};

}  // namespace newsgraph
