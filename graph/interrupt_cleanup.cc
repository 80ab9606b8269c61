#include "graph/interrupt_cleanup.h"

#include <limits.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace newsgraph {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// A watched file: the handler reads `path` only once `state` is kArmed, so a slot being filled
// or emptied is never half read. Fixed storage: a signal handler may not allocate.
enum State : int { kFree, kFilling, kArmed };
struct FileSlot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX];
};
FileSlot files[8];
std::atomic<pid_t> children[4];  // 0: free
std::atomic<bool> ending{false};  // a handler has begun: the process is about to end

// Waits up to a second for `pid` to end after the signal forwarded to it, then kills it.
// Only async-signal-safe calls.
void reap(pid_t pid) {
  const timespec tick{0, 10 * 1000 * 1000};
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid, nullptr, WNOHANG) != 0) return;  // ended (or no longer ours)
    nanosleep(&tick, nullptr);
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

// Stops the children, removes the files, then ends the process by `sig` (default action, raised
// again: delivered as the handler returns).
void on_signal(int sig) {
  ending.store(true);  // before any child is stopped: see await_interrupt_end
  for (auto& child : children)
    if (pid_t pid = child.load(); pid > 0) {
      kill(pid, sig);
      reap(pid);
    }
  for (FileSlot& f : files)
    if (f.state.load() == kArmed) unlink(f.path);
  signal(sig, SIG_DFL);
  raise(sig);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : kSignals) {
      struct sigaction old {};
      if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
      struct sigaction sa {};
      sa.sa_handler = on_signal;
      sigemptyset(&sa.sa_mask);
      for (int other : kSignals) sigaddset(&sa.sa_mask, other);  // one cleanup at a time
      sa.sa_flags = SA_RESTART;
      sigaction(sig, &sa, nullptr);
    }
  });
}

}  // namespace

RemoveOnInterrupt::RemoveOnInterrupt(const std::string& path) : slot_(-1) {
  if (path.size() >= PATH_MAX) return;
  install_handlers();
  for (int i = 0; i < int(std::size(files)); ++i) {
    int expected = kFree;
    if (!files[i].state.compare_exchange_strong(expected, kFilling)) continue;
    std::memcpy(files[i].path, path.c_str(), path.size() + 1);
    files[i].state.store(kArmed);
    slot_ = i;
    return;
  }
}

RemoveOnInterrupt::~RemoveOnInterrupt() {
  if (slot_ >= 0) files[slot_].state.store(kFree);
}

StopOnInterrupt::StopOnInterrupt(pid_t pid) : slot_(-1) {
  install_handlers();
  for (int i = 0; i < int(std::size(children)); ++i) {
    pid_t expected = 0;
    if (children[i].compare_exchange_strong(expected, pid)) {
      slot_ = i;
      return;
    }
  }
}

StopOnInterrupt::~StopOnInterrupt() {
  if (slot_ >= 0) children[slot_].store(0);
}

void await_interrupt_end() {
  while (ending.load()) pause();  // the handler's raise ends the process
}

SignalsHeld::SignalsHeld() {
  sigset_t held;
  sigemptyset(&held);
  for (int sig : kSignals) sigaddset(&held, sig);
  pthread_sigmask(SIG_BLOCK, &held, &before_);
}

SignalsHeld::~SignalsHeld() { pthread_sigmask(SIG_SETMASK, &before_, nullptr); }

}  // namespace newsgraph
