#include "graph/render.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <vector>

extern char** environ;

namespace newsgraph {
namespace {

// A temporary file holding `text`, deleted with the object.
class TempFile {
 public:
  explicit TempFile(std::string_view text) {
    std::string pattern = (std::filesystem::temp_directory_path() / "newsgraph-XXXXXX.dot").string();
    int fd = mkstemps(pattern.data(), 4);
    if (fd < 0) throw RenderError("cannot create a temporary file: " + std::string(strerror(errno)));
    close(fd);
    path_ = pattern;
    std::ofstream out(path_, std::ios::binary);
    out << text;
    if (!out.flush()) throw RenderError(path_ + ": cannot write");
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs argv[0] found on PATH and waits; its exit status, or -1 if it could not be started.
int run(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

void render_dot(std::string_view dot_text, const std::string& format, const std::string& output) {
  TempFile input(dot_text);
  std::vector<std::string> args = {"dot", "-T" + format, input.path()};
  if (output != "-") args.insert(args.end() - 1, {"-o", output});
  int status = run(std::move(args));
  if (status == -1 || status == 127)
    throw RenderError("GraphViz `dot` not found on PATH (Debian: apt-get install graphviz)");
  if (status != 0)
    throw RenderError("GraphViz `dot -T" + format + "` failed (exit status " +
                      std::to_string(status) + ")" + (output == "-" ? "" : " writing " + output));
}

}  // namespace newsgraph
