#include "graph/store_log.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace newsgraph {
namespace {

class TolerantLogger : public rocksdb::Logger {
 public:
  TolerantLogger(FILE* file, rocksdb::InfoLogLevel level)
      : rocksdb::Logger(level), file_(file) {}
  ~TolerantLogger() override {
    if (file_) std::fclose(file_);
  }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (!file_) return;
    char message[1024];
    std::vsnprintf(message, sizeof message, format, ap);  // longer messages are cut
    auto now = std::chrono::system_clock::now();
    std::string line = fmt::format("{:%Y/%m/%d-%H:%M:%S} {}\n",
                                   std::chrono::floor<std::chrono::seconds>(now), message);
    std::lock_guard lock(mutex_);  // RocksDB logs from its background threads too
    std::fwrite(line.data(), 1, line.size(), file_);  // a failure is no reason to stop
    std::fflush(file_);
  }

 private:
  FILE* file_;
  std::mutex mutex_;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> store_log(const std::filesystem::path& dir, bool fresh) {
  std::error_code ec;
  if (fresh && std::filesystem::exists(dir / "LOG", ec))
    std::filesystem::rename(dir / "LOG", dir / "LOG.old", ec);
  FILE* file = std::fopen((dir / "LOG").c_str(), "a");
  return std::make_shared<TolerantLogger>(file, rocksdb::InfoLogLevel::INFO_LEVEL);
}

}  // namespace newsgraph
