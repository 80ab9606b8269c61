// Test fixture for the quotes stage: a Document built by hand, with the mentions and entities
// that the mentions and coreference stages would give it.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace newsgraph::testing {

/// A surface form to mark as a mention of `entity` (its Entity::name; the surface itself
/// when empty).
struct Name {
  std::string surface;
  EntityType type;
  std::string entity = {};
};

/// A Document over `text`: one paragraph per line, and a mention at every whole-word
/// occurrence of each (ASCII) name (longer names first, no overlaps), grouped into entities.
inline Document make_doc(std::string text, std::vector<Name> names) {
  Document doc;
  doc.text = std::move(text);
  for (size_t b = 0; b < doc.text.size();) {
    size_t e = doc.text.find('\n', b);
    if (e == std::string::npos) e = doc.text.size();
    if (e > b) doc.paragraphs.push_back({uint32_t(b), uint32_t(e)});
    b = e + 1;
  }
  std::stable_sort(names.begin(), names.end(),
                   [](const Name& a, const Name& b) { return a.surface.size() > b.surface.size(); });
  auto word_char = [&](size_t i) {
    return i < doc.text.size() && std::isalnum(static_cast<unsigned char>(doc.text[i]));
  };
  auto taken = [&](size_t b, size_t e) {
    return std::any_of(doc.mentions.begin(), doc.mentions.end(),
                       [&](const Mention& m) { return b < m.span.end && m.span.begin < e; });
  };
  for (const Name& n : names) {
    std::string entity = n.entity.empty() ? n.surface : n.entity;
    auto it = std::find_if(doc.entities.begin(), doc.entities.end(),
                           [&](const Entity& x) { return x.name == entity; });
    int index = int(it - doc.entities.begin());
    if (it == doc.entities.end()) doc.entities.push_back({entity, n.type, {}, {}, "test"});
    for (size_t p = doc.text.find(n.surface); p != std::string::npos;
         p = doc.text.find(n.surface, p + 1)) {
      size_t e = p + n.surface.size();
      if ((p > 0 && word_char(p - 1)) || word_char(e) || taken(p, e)) continue;
      doc.mentions.push_back({{uint32_t(p), uint32_t(e)}, n.type, "test", index});
      doc.entities[size_t(index)].mentions.push_back({uint32_t(p), uint32_t(e)});
    }
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return doc;
}

}  // namespace newsgraph::testing
