// Builds a Document by hand and runs the entity stages on it (mentions, coreference, roles,
// relations), without the reader or the segmenter: the tokeniser finds sentence starts itself.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/coreference.h"
#include "ingest/document.h"
#include "ingest/mentions.h"
#include "ingest/relations.h"
#include "ingest/roles.h"

namespace newsgraph::testing {

/// A document whose body starts at `body_begin` (header lines before it), run through the
/// entity stages. The Article owns the text so that doc.article stays valid.
struct EntityDoc {
  Article article;
  Document doc;

  explicit EntityDoc(std::string text, uint32_t body_begin = 0) {
    article.text = text;
    article.body_offset = body_begin;
    doc.article = &article;
    doc.text = std::move(text);
    doc.body_begin = body_begin;
    find_mentions(doc);
    resolve_coreference(doc);
    find_roles(doc);
    find_relations(doc);
  }

  /// The entity named `name` (its name, not an alias), or nullptr.
  const Entity* entity(const std::string& name) const {
    auto it = std::find_if(doc.entities.begin(), doc.entities.end(),
                           [&](const Entity& e) { return e.name == name; });
    return it == doc.entities.end() ? nullptr : &*it;
  }

  /// Surface forms of all mentions, in text order.
  std::vector<std::string> mentions() const {
    std::vector<std::string> out;
    for (const Mention& m : doc.mentions) out.emplace_back(doc.slice(m.span));
    return out;
  }

  /// "person|title|org|former" for each role; org "-" when null.
  std::vector<std::string> roles() const {
    std::vector<std::string> out;
    for (const Role& r : doc.roles)
      out.push_back(r.person + "|" + r.title + "|" + r.org.value_or("-") + "|" +
                    (r.former ? "former" : "current"));
    return out;
  }

  /// "subject predicate object" for each relation.
  std::vector<std::string> relations() const {
    std::vector<std::string> out;
    for (const Relation& r : doc.relations) out.push_back(r.subject + " " + r.predicate + " " + r.object);
    return out;
  }
};

template <class C, class V>
bool contains(const C& c, const V& v) {
  return std::find(c.begin(), c.end(), v) != c.end();
}

}  // namespace newsgraph::testing
