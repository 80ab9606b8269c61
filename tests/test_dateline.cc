#include <catch2/catch.hpp>

#include <algorithm>

#include "ingest/pipeline.h"

using namespace newsgraph;

namespace {
Extraction extract_text(std::string text) {
  Article a;
  a.doc_id = "wire";
  a.published = "2026-03-03";
  a.text = std::move(text);
  return extract(a);
}

const Entity* entity(const Extraction& x, std::string_view name) {
  auto it = std::find_if(x.entities.begin(), x.entities.end(),
                         [&](const Entity& e) { return e.name == name; });
  return it == x.entities.end() ? nullptr : &*it;
}
}  // namespace

TEST_CASE("a wire dateline's city is a place and its agency no speaker", "[dateline]") {
  for (std::string dateline : {"MARLOWE, March 3 (Tidewire) - ", "MARLOWE (Tidewire) - "}) {
    Extraction x = extract_text(
        "Pellan Works delays its tablet\n\n" + dateline +
        "Pellan Works said on Tuesday its tablet would ship late.\n\n"
        "\"We need more time to get the screen right,\" chief executive Ada Quill said.\n");
    const Entity* city = entity(x, "MARLOWE");
    REQUIRE(city != nullptr);
    CHECK(city->type == EntityType::kPlace);
    REQUIRE(x.quotes.size() == 2);
    for (const Quote& q : x.quotes) {
      CHECK(q.speaker != "Tidewire");
      CHECK(q.text.find("Tidewire") == std::string::npos);
      CHECK(q.text.find("MARLOWE") == std::string::npos);
    }
    CHECK(x.quotes[0].speaker == "Pellan Works");
    CHECK(x.quotes[1].speaker == "Ada Quill");
  }
}
