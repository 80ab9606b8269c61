#include "graph/render.h"
#include "graph/interrupt_cleanup.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

extern char** environ;

namespace newsgraph {
namespace {

std::string os_error() { return std::strerror(errno); }

// A temporary file made from `pattern` (ending in XXXXXX then `suffix_len` characters),
// deleted with the object unless renamed, or by a signal that ends newsgraph first; errors
// name it as `shown`.
class TempFile {
 public:
  TempFile(std::string pattern, int suffix_len, const std::string& shown) {
    int fd = mkstemps(pattern.data(), suffix_len);
    if (fd < 0) throw RenderError(shown + ": cannot write (" + os_error() + ")");
    // mkstemps gives 0600; a rendered image gets the permissions any new file would.
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    path_ = pattern;
    on_interrupt_ = std::make_unique<RemoveOnInterrupt>(path_);
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  // Moves the file to `to` (same file system) and stops owning it.
  void rename_to(const std::string& to) {
    if (std::rename(path_.c_str(), to.c_str()) != 0) throw RenderError(to + ": cannot write (" + os_error() + ")");
    path_.clear();
    on_interrupt_.reset();
  }

 private:
  std::string path_;
  std::unique_ptr<RemoveOnInterrupt> on_interrupt_;
};

std::string temp_dir() { return std::filesystem::temp_directory_path().string(); }

// The DOT input, in the system's temporary folder.
std::unique_ptr<TempFile> dot_input(std::string_view text) {
  auto f = std::make_unique<TempFile>(temp_dir() + "/newsgraph-XXXXXX.dot", 4, temp_dir());
  std::ofstream out(f->path(), std::ios::binary);
  out << text;
  if (!out.flush()) throw RenderError(f->path() + ": cannot write");
  return f;
}

// Whether `output` is stdout ("-") or an existing file that is not a regular file (a device such
// as /dev/null, a FIFO): the image is copied into it, as a shell's `>` would, never renamed over it.
bool written_through(const std::string& output) {
  if (output == "-") return true;
  std::error_code ec;
  auto st = std::filesystem::status(output, ec);
  return !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st) &&
         !std::filesystem::is_directory(st);
}

// The file a rename puts the image in: the target of a symbolic link at `output` (the link
// stays a link), else `output`.
std::string renamed_into(const std::string& output) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(output, ec)) return output;
  auto target = std::filesystem::weakly_canonical(output, ec);
  return ec ? output : target.string();
}

// Where dot writes: beside the final file (so a rename puts it in place whole), or in the
// temporary folder when the image is written through (stdout, a device).
std::unique_ptr<TempFile> image_output(const std::string& output) {
  if (written_through(output)) return std::make_unique<TempFile>(temp_dir() + "/newsgraph-XXXXXX", 0, temp_dir());
  std::filesystem::path p(renamed_into(output));
  std::string dir = p.has_parent_path() ? p.parent_path().string() + "/" : "";
  return std::make_unique<TempFile>(dir + "." + p.filename().string() + ".newsgraph-XXXXXX", 0, output);
}

struct Finished {
  int status = -1;  // exit status; 128 + N for signal N; -1: could not be started
  std::string err;  // what it wrote on stderr
};

// Runs argv[0] found on PATH with its stderr captured, and waits; a signal that ends newsgraph
// meanwhile stops it first (StopOnInterrupt).
Finished run(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) throw RenderError("cannot create a pipe (" + os_error() + ")");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
  pid_t pid;
  int spawned;
  std::optional<StopOnInterrupt> on_interrupt;
  {
    SignalsHeld held;  // a signal between the spawn and the watch would leave the child running
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setsigmask(&attr, &held.unheld());
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    spawned = posix_spawnp(&pid, argv[0], &actions, &attr, argv.data(), environ);
    posix_spawnattr_destroy(&attr);
    if (spawned == 0) on_interrupt.emplace(pid);
  }
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  Finished f;
  if (spawned != 0) {
    close(fds[0]);
    return f;
  }
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) != 0;) {
    if (n > 0) f.err.append(buf, size_t(n));
    else if (errno != EINTR) break;
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  on_interrupt.reset();  // reaped: its pid may be reused
  await_interrupt_end();  // stopped by a handler in another thread: the signal ends us
  f.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return f;
}

// dot's first non-blank stderr lines on one line: "a; b; c (and N more lines)".
std::string first_lines(const std::string& err, size_t keep = 3) {
  std::istringstream in(err);
  std::string line, out;
  size_t kept = 0, more = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (kept == keep) {
      ++more;
      continue;
    }
    if (line.size() > 200) line = line.substr(0, 200) + "...";
    out += (kept++ ? "; " : "") + line;
  }
  if (out.empty()) return "no message";
  return more ? out + " (and " + std::to_string(more) + " more lines)" : out;
}

// Copies the file at `path` to stdout ("-") or into `output`; throws RenderError when the
// output cannot take it (stdout's own errors are the caller's checked stdout's).
void copy_into(const std::string& path, const std::string& output) {
  std::ifstream in(path, std::ios::binary);
  if (output == "-") {
    std::cout << in.rdbuf();
    std::cout.flush();
    return;
  }
  std::ofstream out(output, std::ios::binary);
  errno = 0;
  if (!(out << in.rdbuf()) || !out.flush()) throw RenderError(output + ": cannot write (" + os_error() + ")");
}

}  // namespace

void render_dot(std::string_view dot_text, const std::string& format, const std::string& output) {
  auto input = dot_input(dot_text);
  auto image = image_output(output);
  Finished f = run({"dot", "-T" + format, "-o", image->path(), input->path()});
  if (f.status == -1 || f.status == 127)
    throw RenderError("GraphViz `dot` not found on PATH (Debian: apt-get install graphviz)");
  if (f.status != 0)
    throw RenderError("dot failed (exit " + std::to_string(f.status) + "): " + first_lines(f.err));
  std::cerr << f.err;  // warnings of a run that succeeded, as dot wrote them
  if (written_through(output)) copy_into(image->path(), output);
  else image->rename_to(renamed_into(output));
}

}  // namespace newsgraph
