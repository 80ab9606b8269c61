// A small store for the graph and query tests: three invented articles written by hand.
//
//   d1 (2025-03-01): Mira Okonkwo (CEO of Quillfeather Labs) says two things; Quillfeather Labs
//                    develops Lumen 3.
//   d2 (2025-04-15): Tobias Renn (analyst, Brightwater Capital) on Quillfeather; Mira Okonkwo,
//                    here chair of Brightwater Capital, answers; Brightwater invests in
//                    Quillfeather.
//   d3 (undated):    an unnamed analyst on Lumen 3; Lumen 3's price, a money literal.
#pragma once

#include <unistd.h>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace newsgraph::testing {

inline Entity entity(std::string name, EntityType type, std::vector<std::string> aliases = {},
                     uint32_t mentions = 1) {
  Entity e{std::move(name), type, std::move(aliases), {}, "test"};
  for (uint32_t i = 0; i < mentions; ++i) e.mentions.push_back({i * 10, i * 10 + 5});
  return e;
}

inline Quote quote(std::string text, std::string kind, std::optional<std::string> speaker,
                   std::vector<std::string> about, Span span) {
  Quote q;
  q.text = std::move(text);
  q.kind = std::move(kind);
  q.speaker = std::move(speaker);
  q.about = std::move(about);
  q.span = span;
  q.cue = "said";
  q.sieve = "test-sieve";
  q.confidence = 0.9;
  return q;
}

inline Extraction article(std::string doc, std::optional<std::string> published) {
  Extraction x;
  x.doc = doc;
  x.title = "Title of " + doc;
  x.published = std::move(published);
  x.source = doc + ".txt";
  x.content_hash = "hash-" + doc;
  return x;
}

inline std::vector<Extraction> fixture_articles() {
  using T = EntityType;
  Extraction d1 = article("d1", "2025-03-01");
  d1.entities = {entity("Mira Okonkwo", T::kPerson, {"Okonkwo"}, 3),
                 entity("Quillfeather Labs", T::kOrg, {"Quillfeather"}, 2),
                 entity("Lumen 3", T::kProduct, {}, 2), entity("Lisbon", T::kPlace)};
  d1.quotes = {quote("Lumen 3 is our fastest model, \"by far\"", "direct", "Mira Okonkwo",
                     {"Lumen 3"}, {100, 140}),
               quote("Quillfeather would open an office in Lisbon", "indirect", "Okonkwo",
                     {"Quillfeather Labs", "Lisbon"}, {200, 243})};
  d1.roles = {{"Mira Okonkwo", "CEO", "Quillfeather Labs", false, {0, 30}, "title-of"}};
  d1.relations = {
      {"Quillfeather Labs", "develops", "Lumen 3", std::nullopt, {50, 80}, "develops-verb"}};

  Extraction d2 = article("d2", "2025-04-15");
  d2.entities = {entity("Tobias Renn", T::kPerson, {"Renn"}), entity("Mira Okonkwo", T::kPerson),
                 entity("Brightwater Capital", T::kOrg), entity("Quillfeather Labs", T::kOrg)};
  d2.quotes = {quote("Quillfeather is, frankly, overvalued", "direct", "Tobias Renn",
                     {"Quillfeather Labs"}, {50, 86}),
               quote("We disagree", "direct", "Mira Okonkwo", {}, {300, 311})};
  d2.roles = {{"Tobias Renn", "analyst", "Brightwater Capital", false, {0, 40}, "appositive"},
              {"Mira Okonkwo", "chair", "Brightwater Capital", false, {250, 290}, "appositive"}};
  d2.relations = {{"Brightwater Capital",
                   "invests_in",
                   "Quillfeather Labs",
                   std::nullopt,
                   {100, 150},
                   "invests-verb"}};

  Extraction d3 = article("d3", std::nullopt);
  d3.entities = {entity("Lumen 3", T::kProduct)};
  Quote unnamed =
      quote("Lumen 3 feels slow\non long inputs", "direct", std::nullopt, {"Lumen 3"}, {10, 43});
  unnamed.speaker_description = "one analyst";
  d3.quotes = {unnamed};
  d3.relations = {{"Lumen 3",
                   "price",
                   "$20 a month",
                   Money{"$20 a month", 20.0, "USD", "month"},
                   {60, 71},
                   "price-of"}};
  return {d1, d2, d3};
}

/// A read-write Store in a fresh temporary directory holding `articles` (by default
/// fixture_articles()); removed at the end of the scope.
class FixtureStore {
 public:
  explicit FixtureStore(const std::string& name,
                        const std::vector<Extraction>& articles = fixture_articles())
      : dir_(std::filesystem::temp_directory_path() /
             ("newsgraph_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    store_ = Store::open(dir_, Store::Mode::kReadWrite);
    for (const Extraction& x : articles) store_->put(x);
  }
  ~FixtureStore() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  const Store& operator*() const { return *store_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

/// The labels of a graph's vertices.
inline std::set<std::string> labels(const KnowledgeGraph& kg) {
  std::set<std::string> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(kg.graph()))) out.insert(kg[v].label);
  return out;
}

}  // namespace newsgraph::testing
