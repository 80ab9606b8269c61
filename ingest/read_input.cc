#include "ingest/read_input.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <sstream>

#include "ingest/charset.h"
#include "ingest/read_archive.h"
#include "ingest/read_feed.h"
#include "ingest/read_html.h"
#include "ingest/read_stream.h"
#include "ingest/read_warc.h"

namespace newsgraph {
namespace {

using Sink = std::function<void(Article&&)>;
using OnError = std::function<void(const ReadError&)>;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// A ReadError thrown by the caller's sink, carried past the readers' own ReadError handlers.
struct SinkFailure {
  std::exception_ptr error;
};

std::string stem(const std::string& name) { return std::filesystem::path(name).stem().string(); }

void read_any(std::istream& in, const std::string& name, const std::string& source, const Sink& sink,
              const OnError& on_error, bool other_as_text, const OnNotice& on_notice);

void read_tar(std::istream& in, const std::string& source, const Sink& sink, const OnError& on_error,
              const OnNotice& on_notice) {
  for_each_tar_member(in, source, [&](std::istream& member, const std::string& name) {
    if (input_kind(name) == InputKind::kOther) return;
    read_any(member, name, source + ":" + name, sink, on_error, false, on_notice);
  });
}

// JSON lines, converted whole first when the input starts as UTF-16 or UTF-32 does.
void read_jsonl(std::istream& in, const std::string& source, const Sink& sink, const OnError& on_error,
                const OnNotice& on_notice) {
  int first = in.peek();
  if (first != 0xFF && first != 0xFE && first != 0x00) return read_json_lines(in, source, sink, on_error, on_notice);
  DecodedText d = decode_text_file(read_all(in), source);
  if (!d.charset.empty()) on_notice(read_as_note(source, d));
  std::istringstream whole(std::move(d.text));
  read_json_lines(whole, source, sink, on_error, on_notice);
}

void read_document(std::istream& in, const std::string& name, const std::string& source, InputKind kind,
                   const Sink& sink, const OnError& on_error, const OnNotice& on_notice) {
  switch (kind) {
    case InputKind::kJsonLines: return read_jsonl(in, source, sink, on_error, on_notice);
    case InputKind::kHtml: return sink(parse_html_article(read_all(in), stem(name), source));
    case InputKind::kFeed: return read_feed(read_all(in), source, sink, on_error);
    case InputKind::kWarc: return read_warc(in, source, sink, on_error, on_notice);
    case InputKind::kTar: return read_tar(in, source, sink, on_error, on_notice);
    case InputKind::kText:
    case InputKind::kOther: return sink(parse_text_file(read_all(in), stem(name), source, on_notice));
  }
}

void read_any(std::istream& in, const std::string& name, const std::string& source, const Sink& sink,
              const OnError& on_error, bool other_as_text, const OnNotice& on_notice) {
  InputKind kind = input_kind(name);
  if (kind == InputKind::kOther && !other_as_text) return;
  try {
    std::unique_ptr<std::istream> plain = decompressed(in, compression_of(lower(name)), source);
    read_document(*plain, without_compression_suffix(name), source, kind, sink, on_error, on_notice);
  } catch (const ReadError& e) {
    on_error(e);
  }
}

}  // namespace

InputKind input_kind(std::string_view name) {
  std::string n = lower(without_compression_suffix(lower(name)));
  auto ext = [&](std::initializer_list<std::string_view> exts) {
    return std::any_of(exts.begin(), exts.end(), [&](std::string_view e) { return n.ends_with(e); });
  };
  if (ext({".txt"})) return InputKind::kText;
  if (ext({".jsonl"})) return InputKind::kJsonLines;
  if (ext({".html", ".htm", ".xhtml"})) return InputKind::kHtml;
  if (ext({".rss", ".atom", ".xml"})) return InputKind::kFeed;
  if (ext({".warc"})) return InputKind::kWarc;
  if (ext({".tar"})) return InputKind::kTar;
  return InputKind::kOther;
}

void read_input(std::istream& in, const std::string& name, const std::string& source, const Sink& sink,
                const OnError& on_error, bool other_as_text, const OnNotice& on_notice) {
  auto guarded = [&](Article&& a) {
    try {
      sink(std::move(a));
    } catch (const ReadError&) {
      throw SinkFailure{std::current_exception()};
    }
  };
  try {
    read_any(in, name, source, guarded, on_error, other_as_text,
             on_notice ? on_notice : [](const std::string&) {});
  } catch (const SinkFailure& f) {
    std::rethrow_exception(f.error);
  }
}

}  // namespace newsgraph
