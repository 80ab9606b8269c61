// Corpus shapes: symlink loops, unreadable files and folders, deep folders, many tiny files.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "ingest/read.h"
#include "read_fixture.h"

using namespace newsgraph;
using newsgraph::test::read_paths;
using newsgraph::test::ScratchDir;
namespace fs = std::filesystem;

TEST_CASE("symlink loops: a folder linked to its parent is walked once; file loops, dangling links reported", "[shapes]") {
  ScratchDir dir("shapes_symlinks");
  dir.write("top/a.txt", "Alpha Headline\n\nText.\n");
  dir.write("top/sub/b.txt", "Beta Headline\n\nText.\n");
  fs::create_directory_symlink("..", dir.path() / "top/sub/up");     // top/sub/up -> top
  fs::create_directory_symlink("../top", dir.path() / "top/again");  // top/again -> top
  fs::create_symlink("y.txt", dir.path() / "top/x.txt");             // x.txt -> y.txt -> x.txt
  fs::create_symlink("x.txt", dir.path() / "top/y.txt");
  fs::create_symlink("gone.txt", dir.path() / "top/dangling.txt");  // no target
  fs::create_symlink("gone.md", dir.path() / "top/dangling.md");    // not an input kind, yet broken

  auto r = read_paths({(dir.path() / "top").string()});
  CHECK(r.ids() == std::vector<std::string>{"a", "b"});
  const std::string top = (dir.path() / "top").string();
  CHECK(r.errors == std::vector<std::string>{top + "/dangling.md: dangling symbolic link to gone.md",
                                             top + "/dangling.txt: dangling symbolic link to gone.txt",
                                             top + "/x.txt: Too many levels of symbolic links",
                                             top + "/y.txt: Too many levels of symbolic links"});
}

TEST_CASE("a dangling link named directly is reported with its target, once; a missing path throws", "[shapes]") {
  ScratchDir dir("shapes_dangling");
  std::string ok = dir.write("d/ok.txt", "Alpha Headline\n\nText.\n");
  const std::string link = (dir.path() / "d/gone.txt").string();
  fs::create_symlink(dir.path() / "nowhere.txt", link);

  auto r = read_paths({link, (dir.path() / "d").string(), link});
  CHECK(r.ids() == std::vector<std::string>{"ok"});
  CHECK(r.errors == std::vector<std::string>{link + ": dangling symbolic link to " +
                                             (dir.path() / "nowhere.txt").string()});
  CHECK_THROWS_WITH(read_paths({(dir.path() / "nowhere.txt").string()}),
                    (dir.path() / "nowhere.txt").string() + ": no such file or directory");
}

TEST_CASE("each file is read once: named twice, in a folder named too, through a second link", "[shapes]") {
  ScratchDir dir("shapes_once");
  std::string a = dir.write("top/a.txt", "Alpha Headline\n\nText.\n");
  dir.write("top/sub/b.txt", "Beta Headline\n\nText.\n");
  const std::string link = (dir.path() / "link.txt").string();
  fs::create_symlink(a, link);
  const std::string top = (dir.path() / "top").string();

  auto r = read_paths({a, a, top, top + "/sub", link});
  CHECK(r.ids() == std::vector<std::string>{"a", "b"});
  CHECK(r.errors.empty());
  CHECK(r.notes == std::vector<std::string>{
                       a + ": read already; passed over",
                       a + ": read already; passed over",
                       top + "/sub/b.txt: read already; passed over",
                       link + ": read already (as " + a + "); passed over",
                   });
}

TEST_CASE("unreadable files and folders are reported, the rest read", "[shapes]") {
  if (::geteuid() == 0) {  // root reads files whatever their mode (CI runs as root)
    WARN("skipped: running as root");
    return;
  }
  ScratchDir dir("shapes_unreadable");
  dir.write("a.txt", "Alpha Headline\n\nText.\n");
  std::string locked = dir.write("locked.txt", "Locked Headline\n\nText.\n");
  dir.write("shut/c.txt", "Gamma Headline\n\nText.\n");
  dir.write("z.txt", "Zeta Headline\n\nText.\n");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(dir.path() / "shut", fs::perms::none);

  auto r = read_paths({dir.path().string()});
  fs::permissions(dir.path() / "shut", fs::perms::owner_all);
  CHECK(r.ids() == std::vector<std::string>{"a", "z"});
  CHECK(r.errors == std::vector<std::string>{(dir.path() / "shut").string() + ": Permission denied",
                                             locked + ": cannot open (Permission denied)"});
}

TEST_CASE("a file 300 folders deep is found", "[shapes]") {
  ScratchDir dir("shapes_deep");
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "d/";
  dir.write(deep + "bottom.txt", "Bottom Headline\n\nText.\n");
  auto r = read_paths({dir.path().string()});
  CHECK(r.errors.empty());
  CHECK(r.ids() == std::vector<std::string>{"bottom"});
}

TEST_CASE("3000 tiny files in one folder are all read, in sorted order", "[shapes]") {
  ScratchDir dir("shapes_many");
  for (int i = 2999; i >= 0; --i) dir.write(fmt::format("f{:04}.txt", i), fmt::format("Note {}\n", i));
  auto r = read_paths({dir.path().string()});
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 3000);
  CHECK(r.articles.front().doc_id == "f0000");
  CHECK(r.articles.back().doc_id == "f2999");
  CHECK(r.articles[1234].text == "Note 1234\n");
}

TEST_CASE("a document over kMaxDocumentBytes is reported and skipped, the others read",
          "[shapes]") {
  ScratchDir dir("shapes_huge");
  std::string line = "Word after word fills the page of a document too long to be news.\n";
  std::string huge = "Huge\n\n";
  while (huge.size() <= kMaxDocumentBytes) huge += line;
  std::string big = dir.write("d/big.txt", huge);
  dir.write("d/small.txt", "Small\n\nA short article.\n");
  auto r = read_paths({(dir.path() / "d").string()});
  CHECK(r.ids() == std::vector<std::string>{"small"});
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == big + ": " + std::to_string(huge.size()) +
                           " bytes of text, more than the 4 MiB a document may have (no news "
                           "article is so long); skipped");
}
