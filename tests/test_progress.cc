// Progress lines of long runs: figures, units and when percentage and ETA are shown.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "read_fixture.h"
#include "tools/progress.h"

using newsgraph::cli::input_bytes;
using newsgraph::cli::Progress;
using newsgraph::cli::progress_line;
using newsgraph::cli::ProgressSnapshot;

TEST_CASE("progress_line gives documents, MB, MB/s, percentage and ETA", "[progress]") {
  // 25 MB of 100 MB in 5 s: 5 MB/s, 75 MB left -> 15 s.
  CHECK(progress_line({1234, 25'000'000, 5.0, 100'000'000}) ==
        "1,234 docs  25.0 MB  5.0 MB/s  25%  ETA 0:15");
  CHECK(progress_line({3, 2'000'000, 0.0, 0}) == "3 docs  2.0 MB");             // no time yet
  CHECK(progress_line({7, 3'000'000, 1.0, 0}) == "7 docs  3.0 MB  3.0 MB/s");   // total unknown
  // Past the estimate (text bytes outgrew the file sizes): no made-up percentage.
  CHECK(progress_line({9, 5'000'000, 1.0, 4'000'000}) == "9 docs  5.0 MB  5.0 MB/s");
  // Hours: 1 MB/s with 3,600 MB left.
  CHECK(progress_line({1, 1'000'000, 1.0, 3'601'000'000}) ==
        "1 docs  1.0 MB  1.0 MB/s  0%  ETA 1:00:00");
}

TEST_CASE("Progress: lines on a non-terminal at the interval, nothing when quiet", "[progress]") {
  std::ostringstream lines, quiet;
  Progress every_time(Progress::Style::kLines, 0, lines, 0.0);
  every_time.add(1'000'000);
  every_time.add(1'000'000);
  every_time.finish();
  CHECK(lines.str().find("newsgraph: 1 docs  1.0 MB") == 0);
  CHECK(lines.str().find("\nnewsgraph: 2 docs  2.0 MB") != std::string::npos);
  CHECK(lines.str().find('\r') == std::string::npos);
  every_time.add(3'000'000, 64);  // a batch of 64 documents written at once counts 64
  CHECK(lines.str().find("\nnewsgraph: 66 docs  5.0 MB") != std::string::npos);

  Progress never(Progress::Style::kLines, 0, lines, 3600.0);
  std::string before = lines.str();
  never.add(5);
  CHECK(lines.str() == before);  // a short run prints no progress at all

  Progress silent(Progress::Style::kQuiet, 0, quiet, 0.0);
  silent.add(10);
  silent.finish();
  CHECK(quiet.str().empty());
}

TEST_CASE("input_bytes sums the files the reader reads, with its walk", "[progress]") {
  newsgraph::test::ScratchDir dir("progress");
  dir.write("a.txt", std::string(100, 'a'));
  dir.write("sub/b.txt", std::string(23, 'b'));
  dir.write("sub/notes.bin", std::string(1000, 'n'));  // not an input kind: not read, not counted
  std::filesystem::create_directory_symlink("..", dir.path() / "sub/up");  // a loop, walked once
  std::filesystem::create_symlink("gone.txt", dir.path() / "dangling.txt");
  CHECK(input_bytes({dir.path().string()}) == 123);
  CHECK(input_bytes({(dir.path() / "a.txt").string(), "-", (dir.path() / "missing").string()}) ==
        100);
  CHECK(input_bytes({(dir.path() / "sub/notes.bin").string()}) == 1000);  // named: read as text
  // a file named again, or inside a folder named too, is read once and counted once
  CHECK(input_bytes({dir.path().string(), (dir.path() / "sub").string(), (dir.path() / "a.txt").string()}) == 123);
}

TEST_CASE("Progress style: a bar only on a terminal that can redraw, plain lines under TERM=dumb", "[progress]") {
  using S = Progress::Style;
  CHECK(Progress::style_for(false, true, "xterm-256color") == S::kBar);
  CHECK(Progress::style_for(false, true, nullptr) == S::kBar);
  CHECK(Progress::style_for(false, true, "dumb") == S::kLines);
  CHECK(Progress::style_for(false, false, "xterm") == S::kLines);
  CHECK(Progress::style_for(true, true, "xterm") == S::kQuiet);
}
