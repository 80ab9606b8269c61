// Readers: turn files, directories and stdin into Articles.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/article.h"

namespace newsgraph {

/// A bad input item. what() is one line naming the place: "path:line: message" for a
/// JSON-lines record, "path: byte N: invalid UTF-8" for a text file.
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Called with a one-line note on how an input was read that is not an error, such as
/// "path: read as windows-1252 (confidence 47)".
using OnNotice = std::function<void(const std::string&)>;

/// Reads every article under `paths`, in order, and hands each to `sink`.
///  - "-" reads stdin (JSON lines if the first non-blank byte is '{', sources "stdin:LINE";
///    else one text article with doc_id and source "stdin").
///  - A file is read by the kind its name states (read_input.h): .txt, .jsonl, .html/.htm,
///    .rss/.atom/.xml feeds (read_feed.h), .warc (read_warc.h), .tar/.tgz archives whose
///    members are read by their names (read_archive.h), each optionally compressed as .gz or
///    .zst (read_stream.h). A directory is walked recursively in sorted path order and its
///    files of those kinds are read, others skipped; a file named explicitly of no known kind
///    is read as text. Sources of items inside a file: "path:line", "path:item N",
///    "path:record N", "archive:member".
///  - .txt, .jsonl and stdin bytes are decoded by decode_text_file (charset.h): UTF-16/32 with
///    a byte order mark and legacy 8-bit text (windows-1252, ISO-8859-1, ...) are converted
///    to UTF-8 and the guess is reported to `on_notice`; a file with a NUL byte is not text.
///    In a .jsonl file each line not in UTF-8 is decoded alone, as the first such line was.
///  - .txt: a UTF-8 BOM is dropped; header lines above the headline ("Today : Jan 31, 2025",
///    a section word, "By NAME", a date line) are read by parse_text_header (text_header.h):
///    published, title = the headline, body_offset = its byte offset, metadata "author" and
///    "section". doc_id is the file name without extension, source the path.
///  - .jsonl: one article per line with `id` (missing: "<file stem>:<line>"), `title`, `date`
///    (its date part, via parse_date_line: "2006-10-20T16:25" -> 2006-10-20), `url`, `text`;
///    every other field (and a non-string or unparsed one) stays in Article::metadata; blank
///    lines are skipped, a file of blank lines only is "path: no text". source is
///    "path:line" (lines count from 1).
///  - Each file is read once: a file met again (named twice, inside a folder named too, or
///    reached through another symbolic link) is passed over with a note to `on_notice`,
///    "PATH: read already (as FIRST); passed over". stdin is read once likewise.
///  - A document of more than kMaxDocumentBytes of text is reported to `on_error` and
///    skipped: extraction holds about 25 bytes a byte of text and grows faster than linearly
///    in one document (a concatenated 5 MB file: 128 MB, 4 s), so a bound on a document bounds
///    the memory of a run. The longest news articles are about 100 kB.
/// A bad item (invalid UTF-8, not text, no text but white space, a line that is not a JSON
/// object, a missing or non-string `text`, an unreadable file or directory, a symlink loop,
/// a dangling symbolic link: "LINK: dangling symbolic link to TARGET") is reported to
/// `on_error` and skipped; reading goes on.
/// Exceptions thrown by `sink` propagate.
/// Throws ReadError only for a path that does not exist (and is no symbolic link).
void read_articles(const std::vector<std::string>& paths,
                   const std::function<void(Article&&)>& sink,
                   const std::function<void(const ReadError&)>& on_error, const OnNotice& on_notice = {});

/// The most text a document may have, in bytes (UTF-8): 4 MiB.
inline constexpr size_t kMaxDocumentBytes = size_t{4} << 20;

/// read_articles one path at a time, remembering across calls which files it has read (so
/// each is read once over all the calls). Not thread-safe.
class ArticleReader {
 public:
  ArticleReader(std::function<void(Article&&)> sink, std::function<void(const ReadError&)> on_error,
                OnNotice on_notice = {});
  /// Reads `path` by read_articles' rules. Throws ReadError only for a path that does not
  /// exist; exceptions thrown by the sink propagate.
  void read(const std::string& path);

 private:
  bool first_time(const std::filesystem::path& file);
  void report(const ReadError& e);  // an unreadable entry, once however often it is met
  std::function<void(Article&&)> sink_;
  std::function<void(const ReadError&)> on_error_;
  OnNotice on_notice_;
  std::map<std::filesystem::path, std::string> read_;  // canonical path -> the path first met
  std::set<std::string> reported_;                     // unreadable entries' messages
};

/// The files read_articles reads in the folder `root`: those of a known input kind
/// (read_input.h) under it, recursively (symlinked folders too, each real folder once, so a
/// symlink loop ends), in sorted path order. An entry that cannot be read (an unreadable
/// folder, a dangling link, a symlink loop), whatever its name, is reported to `on_error` in
/// walk order ("PATH: Permission denied", "LINK: dangling symbolic link to TARGET") and the
/// walk goes on.
std::vector<std::filesystem::path> files_under(const std::filesystem::path& root,
                                               const std::function<void(const ReadError&)>& on_error);

/// Reads JSON lines from `in` (the .jsonl rules above) with sources "NAME:LINE"; a bad line is
/// reported to `on_error` and skipped; a "date" it cannot read is reported to `on_notice`
/// ("NAME:LINE: date \"D\" not understood; stored undated") and kept in the metadata.
void read_json_lines(std::istream& in, const std::string& name, const std::function<void(Article&&)>& sink,
                     const std::function<void(const ReadError&)>& on_error, const OnNotice& on_notice = {});

/// Parses one text article (the .txt rules above). Throws ReadError on invalid UTF-8,
/// naming `source` and the byte offset, and "SOURCE: no text" when it is empty or all white
/// space.
Article parse_text_article(std::string text, const std::string& doc_id, const std::string& source);

/// A whole text file's bytes as one article: decode_text_file (charset.h), a conversion
/// reported to `on_notice`, then parse_text_article. Throws ReadError as both do.
Article parse_text_file(std::string bytes, const std::string& doc_id, const std::string& source,
                        const OnNotice& on_notice);

/// Parses one JSON-lines record. Throws ReadError "SOURCE: reason" (`source` is already
/// "path:line"); byte offsets in reasons count from 0 within the line. A `text` of white
/// space only is "SOURCE: no text"; an "id" of white space only is "SOURCE: \"id\" is empty".
Article parse_json_article(std::string_view line, const std::string& source);

/// The file a source names: "path:12", "path:item 3", "path:record 4" -> "path" (a record's
/// place in its file dropped); "path" and "ARCHIVE:MEMBER" are returned as they are.
std::string source_file(const std::string& source);

}  // namespace newsgraph
