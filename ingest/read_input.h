// Dispatch of one input by its name: compression, archive and document format.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "ingest/article.h"
#include "ingest/read.h"

namespace newsgraph {

/// The document formats a file name's suffix states, after any .gz or .zst.
enum class InputKind {
  kText,       // .txt
  kJsonLines,  // .jsonl
  kHtml,       // .html, .htm, .xhtml
  kFeed,       // .rss, .atom, .xml (an RSS or Atom root element is required)
  kWarc,       // .warc
  kTar,        // .tar, .tgz
  kOther,      // anything else
};

/// The kind of `name` ("a.warc.gz" -> kWarc, "a.tgz" -> kTar), case-insensitive.
InputKind input_kind(std::string_view name);

/// Reads the input `in`, whose file or archive-member name is `name`, handing each article to
/// `sink`. `source` names it in Article::source and errors: a file's path, or
/// "ARCHIVE:MEMBER" for a tar member. .gz/.zst are decompressed on the fly; a tar archive's
/// members are read by their own names (kOther members skipped); kOther is read as text when
/// `other_as_text`, else skipped. A bad item (an HTML page, a feed item, a JSON line, a WARC
/// record) is reported to `on_error` and skipped; a bad input as a whole (corrupt
/// compression, a damaged archive, broken XML or WARC framing) is reported once, keeping the
/// articles it gave before. Text and JSON lines are decoded as read.h says, conversions
/// reported to `on_notice`; a .jsonl starting with byte FF, FE or 00 (a UTF-16/32 byte order
/// mark) is read whole to be converted. Exceptions thrown by `sink` propagate.
void read_input(std::istream& in, const std::string& name, const std::string& source,
                const std::function<void(Article&&)>& sink, const std::function<void(const ReadError&)>& on_error,
                bool other_as_text, const OnNotice& on_notice = {});

}  // namespace newsgraph
