#include "ingest/read_warc.h"

#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "ingest/charset.h"
#include "ingest/read_html.h"
#include "ingest/read_stream.h"
#include "ingest/text_header.h"

namespace newsgraph {
namespace {

using Headers = std::map<std::string, std::string>;  // lower-cased names

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string header(const Headers& h, const char* name) {
  auto it = h.find(name);
  return it == h.end() ? "" : it->second;
}

void add_header(std::string_view line, Headers& h) {
  size_t colon = line.find(':');
  if (colon != std::string_view::npos)
    h.emplace(lower(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
}

// HTTP status line and headers at the start of `block`; `body` is set to what follows.
std::optional<int> parse_http(std::string_view block, Headers& h, std::string_view& body) {
  size_t end = block.find("\r\n\r\n"), sep = 4;
  if (end == std::string_view::npos) end = block.find("\n\n"), sep = 2;
  if (end == std::string_view::npos) return std::nullopt;
  std::istringstream lines{std::string(block.substr(0, end))};
  std::string line;
  std::getline(lines, line);
  int status = 0;
  size_t sp = line.find(' ');
  if (!line.starts_with("HTTP/") || sp == std::string::npos ||
      std::from_chars(line.data() + sp + 1, line.data() + line.size(), status).ec != std::errc())
    return std::nullopt;
  while (std::getline(lines, line)) add_header(line, h);
  body = block.substr(end + sep);
  return status;
}

// Undoes HTTP/1.1 chunked transfer coding (RFC 9112 section 7.1); chunk extensions ignored.
std::string dechunk(std::string_view s, const std::string& where) {
  std::string out;
  for (;;) {
    size_t eol = s.find("\r\n");
    size_t size = 0;
    if (eol == std::string_view::npos || std::from_chars(s.data(), s.data() + eol, size, 16).ec != std::errc() ||
        eol + 2 + size > s.size())
      throw ReadError(where + ": broken chunked transfer coding");
    if (size == 0) return out;
    out.append(s.substr(eol + 2, size));
    s.remove_prefix(std::min(s.size(), eol + 2 + size + 2));
  }
}

std::string decoded_body(std::string_view body, const Headers& h, const std::string& where) {
  std::string out(body);
  if (lower(header(h, "transfer-encoding")).find("chunked") != std::string::npos) out = dechunk(out, where);
  std::string coding = lower(header(h, "content-encoding"));
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    std::istringstream raw(out);
    out = read_all(*decompressed(raw, Compression::kGzip, where));
  } else if (!coding.empty() && coding != "identity") {
    throw ReadError(fmt::format("{}: unsupported content encoding {}", where, coding));
  }
  return out;
}

bool is_html(const std::string& content_type) {
  std::string t = lower(content_type);
  return t.starts_with("text/html") || t.starts_with("application/xhtml+xml");
}

// The Article of one record, or nullopt for a record that holds no HTML page.
std::optional<Article> record_article(const Headers& warc, std::string_view block, const std::string& where) {
  std::string type = header(warc, "warc-type");
  Headers http;
  std::string_view body = block;
  if (type == "response") {
    if (!lower(header(warc, "content-type")).starts_with("application/http")) return std::nullopt;
    std::optional<int> status = parse_http(block, http, body);
    if (!status) throw ReadError(where + ": no HTTP response header");
    if (*status < 200 || *status > 299 || !is_html(header(http, "content-type"))) return std::nullopt;
  } else if (type != "resource" || !is_html(header(warc, "content-type"))) {
    return std::nullopt;
  }
  std::string content_type = type == "response" ? header(http, "content-type") : header(warc, "content-type");
  std::string uri = header(warc, "warc-target-uri");
  if (uri.starts_with('<') && uri.ends_with('>')) uri = uri.substr(1, uri.size() - 2);  // WARC/1.0 drafts
  std::string id = uri.empty() ? header(warc, "warc-record-id") : uri;
  Article a = parse_html_article(decoded_body(body, http, where), id, where, charset_of_content_type(content_type));
  if (!uri.empty()) a.url = uri;
  if (!a.published) a.published = parse_date_line(header(warc, "warc-date").substr(0, 10));
  return a;
}

// Reads one line without its "\r\n" or "\n"; false at the end of input.
bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace

void read_warc(std::istream& in, const std::string& source, const std::function<void(Article&&)>& sink,
               const std::function<void(const ReadError&)>& on_error, const OnNotice& on_notice) {
  std::string line;
  size_t pages = 0;
  for (size_t n = 1;; ++n) {
    while (read_line(in, line) && line.empty()) {
    }
    if (!in) {
      if (n == 1) throw ReadError(source + ": no WARC record");
      if (pages == 0 && on_notice) on_notice(fmt::format("{}: no HTML page among its {} records", source, n - 1));
      return;
    }
    const std::string where = fmt::format("{}:record {}", source, n);
    if (!line.starts_with("WARC/")) throw ReadError(where + ": not a WARC record (no WARC/ version line)");
    Headers warc;
    while (read_line(in, line) && !line.empty()) add_header(line, warc);
    size_t length = 0;
    std::string len = header(warc, "content-length");
    if (std::from_chars(len.data(), len.data() + len.size(), length).ec != std::errc())
      throw ReadError(where + ": no Content-Length");
    // Not allocated up front: a corrupt length (fuzzing found 2^62) is a truncated record.
    std::string block = read_up_to(in, length);
    if (block.size() != length) throw ReadError(where + ": truncated record");
    std::optional<Article> a;
    try {
      a = record_article(warc, block, where);
    } catch (const ReadError& e) {
      on_error(e);
    }
    if (a) {
      ++pages;
      sink(std::move(*a));
    }
  }
}

}  // namespace newsgraph
