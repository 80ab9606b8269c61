#include "ingest/tagged_tokens.h"

#include "ingest/lexicon.h"

namespace newsgraph {

TaggedTokens::TaggedTokens(const Document& doc)
    : doc_(doc), tokens_(doc.tokens().body), lower_(doc.tokens().body_lower) {
  mention_.assign(tokens_.size(), -1);
  mention_range_.assign(doc.mentions.size(), {0, 0});
  size_t m = 0;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    while (m < doc.mentions.size() && doc.mentions[m].span.end <= tokens_[i].span.begin) ++m;
    if (m < doc.mentions.size() && doc.mentions[m].span.begin < tokens_[i].span.end) {
      auto& r = mention_range_[m];
      if (r.second == 0) r.first = i;
      r.second = i + 1;
      mention_[i] = int(m);
    }
  }
  // no sentence starts inside brackets on one line: "SAP ( SAPG.DE ) and ..." goes on
  size_t first = 0;
  int depth = 0;
  for (size_t i = 1; i <= tokens_.size(); ++i) {
    if (i < tokens_.size()) {
      if (tokens_[i].line_start) depth = 0;
      depth += word(i - 1) == "(" ? 1 : word(i - 1) == ")" && depth > 0 ? -1 : 0;
    }
    if (i < tokens_.size() && (!tokens_[i].sentence_start || (depth > 0 && !tokens_[i].line_start)))
      continue;
    sentences_.emplace_back(first, i);
    first = i;
  }
}

const Entity* TaggedTokens::entity(size_t i) const {
  int m = mention(i);
  if (m < 0) return nullptr;
  int e = doc_.mentions[m].entity;
  return e >= 0 && size_t(e) < doc_.entities.size() ? &doc_.entities[e] : nullptr;
}

}  // namespace newsgraph
