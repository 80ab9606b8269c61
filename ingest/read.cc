#include "ingest/read.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "ingest/normalize.h"
#include "ingest/read_input.h"
#include "ingest/text_header.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

using Sink = std::function<void(Article&&)>;
using OnError = std::function<void(const ReadError&)>;

void read_text(std::string text, const std::string& doc_id, const std::string& source,
               const Sink& sink, const OnError& on_error) {
  std::optional<Article> a;
  try {
    a = parse_text_article(std::move(text), doc_id, source);
  } catch (const ReadError& e) {
    on_error(e);
    return;
  }
  sink(std::move(*a));
}

// The file's kind is chosen by its name (read_input.h); a named file of no known kind is text.
void read_one_file(const fs::path& path, const Sink& sink, const OnError& on_error, bool named) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return on_error(ReadError(name + ": cannot open"));
  read_input(in, name, name, sink, on_error, /*other_as_text=*/named);
}

// Files of a known input kind (read_input.h) under `dir`, recursively, in sorted path order.
std::vector<fs::path> files_under(const fs::path& dir, const OnError& on_error) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (it->is_regular_file(ec) && input_kind(p.filename().string()) != InputKind::kOther)
      files.push_back(p);
  }
  if (ec) on_error(ReadError(fmt::format("{}: {}", dir.string(), ec.message())));
  std::sort(files.begin(), files.end());
  return files;
}

void read_stdin(const Sink& sink, const OnError& on_error) {
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::string_view body(text);
  if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
  size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && body[first] == '{') {
    std::istringstream in{std::string(body)};
    return read_json_lines(in, "stdin", sink, on_error);
  }
  read_text(std::move(text), "stdin", "stdin", sink, on_error);
}

// The doc_id of a record without "id": "<file stem>:<line>", from the "path:line" source.
std::string fallback_id(const std::string& source) {
  size_t colon = source.rfind(':');
  if (colon == std::string::npos) return source;
  return fs::path(source.substr(0, colon)).stem().string() + source.substr(colon);
}

}  // namespace

void read_json_lines(std::istream& in, const std::string& name, const Sink& sink,
                     const OnError& on_error) {
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      sink(parse_json_article(line, fmt::format("{}:{}", name, n)));
    } catch (const ReadError& e) {
      on_error(e);
    }
  }
}

Article parse_text_article(std::string text, const std::string& doc_id, const std::string& source) {
  if (size_t bad = find_invalid_utf8(text); bad != std::string::npos)
    throw ReadError(fmt::format("{}: byte {}: invalid UTF-8", source, bad));
  if (std::string_view(text).starts_with(kBom)) text.erase(0, kBom.size());
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

Article parse_json_article(std::string_view line, const std::string& source) {
  if (size_t bad = find_invalid_utf8(line); bad != std::string_view::npos)
    throw ReadError(fmt::format("{}: byte {}: invalid UTF-8", source, bad));
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann counts bytes from 1; errors here name 0-based offsets like the UTF-8 check.
    throw ReadError(fmt::format("{}: not JSON (byte {})", source, e.byte > 0 ? e.byte - 1 : 0));
  }
  if (!j.is_object()) throw ReadError(source + ": not a JSON object");
  auto text = j.find("text");
  if (text == j.end()) throw ReadError(source + ": missing \"text\"");
  if (!text->is_string()) throw ReadError(source + ": \"text\" is not a string");

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

void read_articles(const std::vector<std::string>& paths, const Sink& sink, const OnError& on_error) {
  for (const std::string& p : paths) {
    if (p == "-") {
      read_stdin(sink, on_error);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (!fs::exists(st)) throw ReadError(p + ": no such file or directory");
    if (!fs::is_directory(st)) {
      read_one_file(p, sink, on_error, /*named=*/true);
      continue;
    }
    for (const fs::path& f : files_under(p, on_error)) read_one_file(f, sink, on_error, /*named=*/false);
  }
}

}  // namespace newsgraph
