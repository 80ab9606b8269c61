#include "ingest/read.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "ingest/charset.h"
#include "ingest/normalize.h"
#include "ingest/read_input.h"
#include "ingest/text_header.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

using Sink = std::function<void(Article&&)>;
using OnError = std::function<void(const ReadError&)>;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// Why `p` cannot be read, given the error its status gave: a dangling link names its target.
ReadError unreadable(const fs::path& p, const std::error_code& ec) {
  std::error_code link_ec;
  if (ec == std::errc::no_such_file_or_directory && fs::is_symlink(fs::symlink_status(p, link_ec))) {
    fs::path target = fs::read_symlink(p, link_ec);
    if (!link_ec) return ReadError(fmt::format("{}: dangling symbolic link to {}", p.string(), target.string()));
  }
  return ReadError(fmt::format("{}: {}", p.string(), ec.message()));
}

// The file's kind is chosen by its name (read_input.h); a named file of no known kind is text.
void read_one_file(const fs::path& path, const Sink& sink, const OnError& on_error, const OnNotice& on_notice,
                   bool named) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return on_error(ReadError(fmt::format("{}: cannot open ({})", name, std::strerror(errno))));
  read_input(in, name, name, sink, on_error, /*other_as_text=*/named, on_notice);
}

// The entries of `dir` in sorted path order; a failure to list it is left in `ec`.
std::vector<fs::directory_entry> sorted_entries(const fs::path& dir, std::error_code& ec) {
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  std::sort(entries.begin(), entries.end());
  return entries;
}

void read_stdin(const Sink& sink, const OnError& on_error, const OnNotice& on_notice) {
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::optional<Article> a;
  try {
    DecodedText d = decode_text_file(std::move(bytes), "stdin");
    if (!d.charset.empty()) on_notice(read_as_note("stdin", d));
    std::string_view body(d.text);
    if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
    size_t first = body.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && body[first] == '{') {
      std::istringstream in{std::string(body)};
      return read_json_lines(in, "stdin", sink, on_error, on_notice);
    }
    // Named by content, so two different articles piped in turn do not replace each other.
    std::string id = fmt::format("stdin-{:012x}", XXH3_64bits(d.text.data(), d.text.size()) >> 16);
    a = parse_text_article(std::move(d.text), id, "stdin");
  } catch (const ReadError& e) {
    return on_error(e);
  }
  sink(std::move(*a));
}

// The doc_id of a record without "id": "<file stem>:<line>", from the "path:line" source.
std::string fallback_id(const std::string& source) {
  size_t colon = source.rfind(':');
  if (colon == std::string::npos) return source;
  return fs::path(source.substr(0, colon)).stem().string() + source.substr(colon);
}

}  // namespace

std::vector<fs::path> files_under(const fs::path& root, const OnError& on_error) {
  std::vector<fs::path> files;
  std::set<fs::path> seen;  // canonical paths of the folders walked
  std::vector<fs::path> todo{root};  // a stack: folders are walked depth first
  auto report = [&](const fs::path& p, const std::error_code& ec) { on_error(unreadable(p, ec)); };
  while (!todo.empty()) {
    fs::path dir = std::move(todo.back());
    todo.pop_back();
    std::error_code ec;
    fs::path real = fs::canonical(dir, ec);
    if (ec || !seen.insert(real).second) {  // a second way into a folder walked already
      if (ec) report(dir, ec);
      continue;
    }
    std::vector<fs::path> subdirs;
    for (const fs::directory_entry& e : sorted_entries(dir, ec)) {
      std::error_code entry_ec;  // a symlink loop or a dangling link, whatever its name
      fs::file_status st = e.status(entry_ec);
      if (entry_ec) report(e.path(), entry_ec);
      else if (fs::is_directory(st)) subdirs.push_back(e.path());
      else if (fs::is_regular_file(st) && input_kind(e.path().filename().string()) != InputKind::kOther)
        files.push_back(e.path());
    }
    if (ec) report(dir, ec);
    todo.insert(todo.end(), subdirs.rbegin(), subdirs.rend());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void read_json_lines(std::istream& in, const std::string& name, const Sink& sink, const OnError& on_error,
                     const OnNotice& on_notice) {
  std::string line;
  std::string charset;  // what the file's first line not in UTF-8 was read as
  bool any = false;     // a line not blank was met
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    any = true;
    std::string source = fmt::format("{}:{}", name, n);
    try {
      if (find_invalid_utf8(line) != std::string::npos) {
        DecodedText d = decode_text_file(std::move(line), source, charset);
        if (charset.empty() && !d.charset.empty()) {
          charset = d.charset;
          if (on_notice) on_notice(read_as_note(source, d) + "; so are later lines not in UTF-8");
        }
        line = std::move(d.text);
      }
      Article a = parse_json_article(line, source);
      if (auto d = a.metadata.find("date"); on_notice && d != a.metadata.end() && d->is_string())
        on_notice(fmt::format("{}: date \"{}\" not understood; stored undated", source,
                              d->get<std::string>()));
      sink(std::move(a));
    } catch (const ReadError& e) {
      on_error(e);
    }
  }
  if (!any) on_error(ReadError(name + ": no text"));
}

Article parse_text_article(std::string text, const std::string& doc_id, const std::string& source) {
  if (size_t bad = find_invalid_utf8(text); bad != std::string::npos)
    throw ReadError(fmt::format("{}: byte {}: invalid UTF-8", source, bad));
  if (std::string_view(text).starts_with(kBom)) text.erase(0, kBom.size());
  if (blank(text)) throw ReadError(source + ": no text");
  TextHeader h = parse_text_header(text);
  Article a;
  a.doc_id = doc_id;
  a.source = source;
  a.text = std::move(text);
  a.title = std::move(h.title);
  a.published = std::move(h.published);
  a.body_offset = h.body_offset;
  if (h.author) a.metadata["author"] = *h.author;
  if (h.section) a.metadata["section"] = *h.section;
  return a;
}

Article parse_text_file(std::string bytes, const std::string& doc_id, const std::string& source,
                        const OnNotice& on_notice) {
  DecodedText d = decode_text_file(std::move(bytes), source);
  if (!d.charset.empty() && on_notice) on_notice(read_as_note(source, d));
  return parse_text_article(std::move(d.text), doc_id, source);
}

Article parse_json_article(std::string_view line, const std::string& source) {
  if (size_t bad = find_invalid_utf8(line); bad != std::string_view::npos)
    throw ReadError(fmt::format("{}: byte {}: invalid UTF-8", source, bad));
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann counts bytes from 1; errors here name 0-based offsets like the UTF-8 check.
    throw ReadError(fmt::format("{}: not JSON (byte {})", source, e.byte > 0 ? e.byte - 1 : 0));
  } catch (const nlohmann::json::out_of_range&) {  // a number past double's range ("1e400")
    throw ReadError(source + ": not JSON (a number out of range)");
  }
  if (!j.is_object()) throw ReadError(source + ": not a JSON object");
  auto text = j.find("text");
  if (text == j.end()) throw ReadError(source + ": missing \"text\"");
  if (!text->is_string()) throw ReadError(source + ": \"text\" is not a string");
  if (blank(text->get_ref<const std::string&>())) throw ReadError(source + ": no text");

  Article a;
  a.source = source;
  a.text = text->get<std::string>();
  j.erase(text);
  auto take = [&](const char* key, std::string& field) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return false;  // non-strings stay in metadata
    field = it->get<std::string>();
    j.erase(it);
    return true;
  };
  if (auto id = j.find("id"); id != j.end() && id->is_number_integer()) *id = id->dump();
  if (!take("id", a.doc_id)) a.doc_id = fallback_id(source);
  if (blank(a.doc_id)) throw ReadError(source + ": \"id\" is empty");
  take("title", a.title);
  take("url", a.url);
  if (auto d = j.find("date"); d != j.end() && d->is_string()) {
    const auto& s = d->get_ref<const std::string&>();
    a.published = parse_date_line(s);
    if (a.published) j.erase(d);  // an unparsed date stays in metadata as it was
  }
  a.metadata = std::move(j);
  return a;
}

std::string source_file(const std::string& source) {
  auto colon = source.rfind(':');
  if (colon == std::string::npos) return source;
  std::string_view place = std::string_view(source).substr(colon + 1);
  for (std::string_view word : {"item ", "record "})
    if (place.starts_with(word)) place.remove_prefix(word.size());
  bool number = !place.empty() && place.find_first_not_of("0123456789") == std::string::npos;
  return number ? source.substr(0, colon) : source;
}

ArticleReader::ArticleReader(Sink sink, OnError on_error, OnNotice on_notice)
    : on_error_(std::move(on_error)), on_notice_(std::move(on_notice)) {
  if (!on_notice_) on_notice_ = [](const std::string&) {};
  sink_ = [sink = std::move(sink), on_error = on_error_](Article&& a) {
    if (a.text.size() <= kMaxDocumentBytes) return sink(std::move(a));
    on_error(ReadError(fmt::format("{}: {} bytes of text, more than the {} MiB a document may "
                                    "have (no news article is so long); skipped",
                                    a.source, a.text.size(), kMaxDocumentBytes >> 20)));
  };
}

bool ArticleReader::first_time(const fs::path& file) {
  std::error_code ec;
  fs::path real = file == "-" ? file : fs::canonical(file, ec);
  if (ec) return true;  // opening it will say why
  auto [it, added] = read_.emplace(real, file.string());
  if (added) return true;
  if (file == "-") on_notice_("stdin: read already; passed over");
  else if (it->second == file.string()) on_notice_(fmt::format("{}: read already; passed over", it->second));
  else on_notice_(fmt::format("{}: read already (as {}); passed over", file.string(), it->second));
  return false;
}

void ArticleReader::report(const ReadError& e) {
  if (reported_.insert(e.what()).second) on_error_(e);
}

void ArticleReader::read(const std::string& p) {
  if (p == "-") {
    if (first_time(p)) read_stdin(sink_, on_error_, on_notice_);
    return;
  }
  std::error_code ec;
  fs::file_status st = fs::status(p, ec);
  std::error_code link_ec;
  if (ec && fs::is_symlink(fs::symlink_status(p, link_ec))) return report(unreadable(p, ec));
  if (!fs::exists(st)) throw ReadError(p + ": no such file or directory");
  if (!fs::is_directory(st)) {
    if (first_time(p)) read_one_file(p, sink_, on_error_, on_notice_, /*named=*/true);
    return;
  }
  for (const fs::path& f : files_under(p, [this](const ReadError& e) { report(e); }))
    if (first_time(f)) read_one_file(f, sink_, on_error_, on_notice_, /*named=*/false);
}

void read_articles(const std::vector<std::string>& paths, const Sink& sink, const OnError& on_error,
                   const OnNotice& on_notice) {
  ArticleReader reader(sink, on_error, on_notice);
  for (const std::string& p : paths) reader.read(p);
}

}  // namespace newsgraph
