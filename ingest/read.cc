// SCAFFOLD: replaced by the readers' implementation.
#include "ingest/read.h"
namespace newsgraph {
void read_articles(const std::vector<std::string>&, const std::function<void(Article&&)>&,
                   const std::function<void(const ReadError&)>&) {}
Article parse_text_article(std::string text, const std::string& doc_id, const std::string& source) {
  Article a; a.doc_id = doc_id; a.source = source; a.text = std::move(text); return a;
}
Article parse_json_article(std::string_view, const std::string& source) { throw ReadError(source); }
}  // namespace newsgraph
