#include "tools/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>

#include "ingest/read.h"

namespace newsgraph::cli {
namespace {

// 1234567 -> "1,234,567".
std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string clock_time(double seconds) {
  auto s = uint64_t(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

uint64_t size_or_zero(const std::filesystem::path& p) {
  std::error_code ec;
  uint64_t n = std::filesystem::file_size(p, ec);
  return ec ? 0 : n;
}

}  // namespace

std::string progress_line(const ProgressSnapshot& s) {
  std::string line = fmt::format("{} docs  {:.1f} MB", grouped(s.documents), s.bytes / 1e6);
  double rate = s.seconds > 0 ? s.bytes / s.seconds : 0;
  if (rate > 0) line += fmt::format("  {:.1f} MB/s", rate / 1e6);
  if (s.total_bytes > 0 && s.bytes > 0 && s.bytes < s.total_bytes) {
    line += fmt::format("  {}%", s.bytes * 100 / s.total_bytes);
    if (rate > 0) line += "  ETA " + clock_time((s.total_bytes - s.bytes) / rate);
  }
  return line;
}

uint64_t input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::set<std::filesystem::path> counted;  // each file once, as the reader reads it once
  auto add = [&](const std::filesystem::path& file) {
    std::error_code ec;
    auto real = std::filesystem::canonical(file, ec);
    if (!ec && counted.insert(real).second) total += size_or_zero(file.string());
  };
  for (const std::string& path : paths) {
    if (path == "-") continue;
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      add(path);
      continue;
    }
    // The reader reports what cannot be read when it gets there.
    for (const auto& file : files_under(path, [](const ReadError&) {})) add(file);
  }
  return total;
}

Progress::Style Progress::style_for_stderr(bool quiet) {
  return style_for(quiet, isatty(STDERR_FILENO), std::getenv("TERM"));
}

Progress::Style Progress::style_for(bool quiet, bool terminal, const char* term) {
  if (quiet) return Style::kQuiet;
  bool dumb = term && std::string_view(term) == "dumb";
  return terminal && !dumb ? Style::kBar : Style::kLines;
}

Progress::Progress(Style style, uint64_t total_bytes, std::ostream& out, double interval)
    : style_(style), out_(out), interval_(style == Style::kBar ? 0.2 : interval) {
  now_.total_bytes = total_bytes;
}

double Progress::elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::add(uint64_t bytes, uint64_t documents) {
  now_.documents += documents;
  now_.bytes += bytes;
  if (style_ == Style::kQuiet) return;
  now_.seconds = elapsed();
  if (now_.seconds - last_report_ < interval_) return;
  last_report_ = now_.seconds;
  if (style_ == Style::kBar) {
    out_ << "\r" << progress_line(now_) << "\x1b[K" << std::flush;  // erase the old tail
    drawn_ = true;
  } else {
    out_ << "newsgraph: " << progress_line(now_) << "\n" << std::flush;
  }
}

void Progress::finish() {
  if (drawn_) out_ << "\n" << std::flush;
  drawn_ = false;
}

}  // namespace newsgraph::cli
