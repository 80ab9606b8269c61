// An Article is one document as a reader delivers it: metadata plus the full text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace newsgraph {

/// A half-open range [begin, end) of UTF-8 byte offsets into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

/// One document. `text` holds the article exactly as read (validated UTF-8); every offset
/// in an Extraction points into it. Readers fill `source` with "path" or "path:line".
struct Article {
  std::string doc_id;                     // file stem, or the JSON-lines `id`
  std::string title;                      // headline; may be empty
  std::optional<std::string> published;   // ISO 8601 date (YYYY-MM-DD) when stated
  std::string url;                        // may be empty
  std::string source;                     // where it was read: "path" or "path:line"
  std::string text;                       // full text as read, UTF-8
  uint32_t body_offset = 0;               // byte offset of the headline, after header lines
  nlohmann::json metadata = nlohmann::json::object();  // unknown JSON-lines fields, kept as is
};

}  // namespace newsgraph
