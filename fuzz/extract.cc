// libFuzzer target: the whole extraction pipeline on one text article (header parsing, NFC,
// sentences, mentions, coreference, quotations, roles, relations). Every span it returns must
// lie inside the article's text, and a direct quotation's text is exactly the text it spans.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/pipeline.h"
#include "ingest/read.h"

using namespace newsgraph;

namespace {

void check_span(const Span& s, const std::string& text) {
  if (s.begin > s.end || s.end > text.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Article article;
  try {
    article = parse_text_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz", "fuzz.txt");
  } catch (const ReadError&) {
    return 0;  // invalid UTF-8 never reaches the pipeline
  }
  Extraction x = extract(article);
  for (const Quote& q : x.quotes) {
    check_span(q.span, article.text);
    if (q.kind == "direct" && article.text.compare(q.span.begin, q.span.size(), q.text) != 0) std::abort();
  }
  for (const Entity& e : x.entities)
    for (const Span& m : e.mentions) check_span(m, article.text);
  return 0;
}
