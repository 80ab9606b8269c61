// Readers: turn files, directories and stdin into Articles.
#pragma once

#include <functional>
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

/// Reads every article under `paths`, in order, and hands each to `sink`.
///  - "-" reads stdin (JSON lines if the first non-blank byte is '{', else one text article
///    with doc_id "stdin").
///  - A directory is walked recursively in sorted path order; files ending in .txt and
///    .jsonl are read, other files are skipped.
///  - .txt: optional header lines ("Today : Jan 31, 2025", a section word, a date line,
///    "By NAME") are recognised; the stated date becomes `published` (YYYY-MM-DD), the first
///    non-header line the title. doc_id is the file name without extension.
///  - .jsonl: one article per line with `id`, `title`, `date`, `url`, `text`; other fields go
///    to Article::metadata; blank lines are skipped.
/// A bad item (invalid UTF-8, a line that is not a JSON object, a missing or non-string
/// `text`, an unreadable file) is reported to `on_error` and skipped; reading goes on.
/// Throws ReadError only for a path that does not exist.
void read_articles(const std::vector<std::string>& paths,
                   const std::function<void(Article&&)>& sink,
                   const std::function<void(const ReadError&)>& on_error);

/// Parses one text article (the .txt rules above). Throws ReadError on invalid UTF-8,
/// naming `source` and the byte offset.
Article parse_text_article(std::string text, const std::string& doc_id, const std::string& source);

/// Parses one JSON-lines record. Throws ReadError naming `source` (already "path:line").
Article parse_json_article(std::string_view line, const std::string& source);

}  // namespace newsgraph
