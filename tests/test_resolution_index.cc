// Resolution from join families (graph/resolution.h join_key): point reads of a store look up
// only the stored ids that could join the ones they answer with, and must decide exactly as
// the resolution built from every stored id does. Names are invented.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <unistd.h>

#include "graph/resolution.h"
#include "graph/store.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() /
                  ("newsgraph-join-" + std::to_string(getpid()) + "-" + std::to_string(serial++));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
  static inline std::atomic<int> serial = 0;
};

// One article naming `entities` (name, type), each once, with one quote by the first about
// the others.
Extraction article(std::string doc, std::string published,
                   std::vector<std::pair<std::string, EntityType>> entities) {
  Extraction x{.doc = doc, .published = published, .content_hash = "hash-" + doc};
  uint32_t at = 0;
  for (const auto& [name, type] : entities) {
    x.entities.push_back({name, type, {}, {{at, at + uint32_t(name.size())}}, "gazetteer"});
    at += name.size() + 1;
  }
  Quote q{.text = "We keep shipping", .speaker = entities.front().first, .span = {at, at + 16},
          .cue = "said", .sieve = "cue-adjacent", .confidence = 0.9};
  for (size_t i = 1; i < entities.size(); ++i) q.about.push_back(entities[i].first);
  x.quotes = {q};
  return x;
}

// Everything a point read answers for `id`.
struct Answers {
  std::vector<EntityId> members;
  std::optional<EntityRecord> entity;
  std::vector<std::string> quotes_by, quotes_about;

  Answers(const Store& s, const EntityId& id) : members(s.members(id)), entity(s.entity(id)) {
    for (const auto& q : s.quotes_by(id)) quotes_by.push_back(q.id + " " + q.speaker.value_or(""));
    for (const auto& q : s.quotes_about(id)) {
      quotes_about.push_back(q.id);
      quotes_about.insert(quotes_about.end(), q.about.begin(), q.about.end());
    }
  }
  bool operator==(const Answers& o) const {
    auto record = [](const std::optional<EntityRecord>& e) {
      return e ? std::tuple(e->id, e->name, e->aliases, e->mentions, e->docs)
               : std::tuple(EntityId(), std::string(), std::vector<std::string>(), uint64_t(0),
                            std::vector<std::string>());
    };
    return members == o.members && record(entity) == record(o.entity) &&
           quotes_by == o.quotes_by && quotes_about == o.quotes_about;
  }
};

}  // namespace

TEST_CASE("join_key: organisations by their bare name, people by their last word",
          "[resolution]") {
  CHECK(join_key("ORG:quillon holdings ltd") == "ORG:quillon");
  CHECK(join_key("ORG:quillon inc") == "ORG:quillon");
  CHECK(join_key("ORG:quillon") == "ORG:quillon");
  CHECK(join_key("ORG:quillon research") == "ORG:quillon research");  // not a legal form
  CHECK(join_key("ORG:inc") == "ORG:inc");
  CHECK(join_key("PERSON:mara ellen haldane") == "PERSON:haldane");
  CHECK(join_key("PERSON:haldane") == "PERSON:haldane");
  CHECK(join_key("PRODUCT:quillon inc").empty());
  // gazetteer forms (ingest/lexicons/gazetteer.tsv) share their entry's name's key
  CHECK(join_key("PLACE:usa") == "PLACE:united states");
  CHECK(join_key("PLACE:united states") == "PLACE:united states");
  CHECK(join_key("ORG:sec") == "ORG:securities and exchange commission");
  CHECK(join_key("ORG:sec inc") == "ORG:securities and exchange commission");
  CHECK(join_key("PLACE:quillon").empty());
  CHECK(join_key("PLACE:norland").empty());
}

TEST_CASE("store: point reads resolve from join families as the whole store does",
          "[resolution][store]") {
  TempDir dir;
  const EntityType kP = EntityType::kPerson, kO = EntityType::kOrg, kX = EntityType::kProduct;
  {
    auto s = Store::open(dir.path, Store::Mode::kReadWrite);
    s->put(article("a", "2024-01-02",
                   {{"Mara Haldane", kP}, {"Quillon Inc.", kO}, {"Tessel", kX}}));
    s->put(article("b", "2024-02-03",
                   {{"Haldane", kP}, {"Quillon", kO}, {"Quillon Holdings Ltd", kO}}));
    s->put(article("c", "2024-03-04", {{"Oren Vask", kP}, {"Vask", kP}, {"Quillon Research", kO}}));
    s->put(article("d", "2024-04-05", {{"Ida Vask", kP}, {"Tessel Corp", kO}}));
    s->put(article("e", "2024-05-06", {{"Ferro", kP}, {"Quillon Inc.", kO}}));
    // A merge links the families of Tessel (a product) and Ferro to the Haldane family.
    s->correct({Correction::Kind::kMerge, "PERSON:mara haldane", "PERSON:ferro"});
    s->correct({Correction::Kind::kMerge, "ORG:tessel corp", "PRODUCT:tessel"});
    s->correct({Correction::Kind::kSplit, "ORG:quillon", "ORG:quillon holdings ltd"});
  }
  std::vector<EntityId> ids{"PERSON:mara haldane", "PERSON:haldane", "PERSON:ferro",
                            "PERSON:oren vask", "PERSON:ida vask", "PERSON:vask",
                            "ORG:quillon", "ORG:quillon inc", "ORG:quillon holdings ltd",
                            "ORG:quillon research", "ORG:tessel corp", "PRODUCT:tessel",
                            "ORG:never stored inc", "PERSON:nobody haldane"};
  auto fresh = Store::open(dir.path, Store::Mode::kReadOnly);
  std::vector<Answers> local;
  for (const auto& id : ids) local.emplace_back(*fresh, id);
  fresh->for_each_entity([](const EntityRecord&) {});  // builds the whole-store resolution
  for (size_t i = 0; i < ids.size(); ++i) {
    INFO(ids[i]);
    CHECK(local[i] == Answers(*fresh, ids[i]));
  }
  // The decisions themselves.
  CHECK(fresh->members("PERSON:haldane") ==
        std::vector<EntityId>{"PERSON:mara haldane", "PERSON:ferro", "PERSON:haldane"});
  CHECK(fresh->members("ORG:quillon inc") ==
        std::vector<EntityId>{"ORG:quillon", "ORG:quillon inc"});
  CHECK(fresh->members("PERSON:vask") == std::vector<EntityId>{"PERSON:vask"});  // two Vasks
  CHECK(fresh->members("PRODUCT:tessel") ==
        std::vector<EntityId>{"ORG:tessel corp", "PRODUCT:tessel"});
  CHECK(fresh->members("ORG:never stored inc") == std::vector<EntityId>{"ORG:never stored inc"});
}

TEST_CASE("store: removing a document removes its join family rows", "[resolution][store]") {
  TempDir dir;
  auto s = Store::open(dir.path, Store::Mode::kReadWrite);
  s->put(article("a", "2024-01-02", {{"Mara Haldane", EntityType::kPerson}}));
  s->put(article("b", "2024-02-03", {{"Haldane", EntityType::kPerson}}));
  s->put(article("c", "2024-03-04", {{"Jon Haldane", EntityType::kPerson}}));
  CHECK(s->members("PERSON:haldane") == std::vector<EntityId>{"PERSON:haldane"});  // two
  REQUIRE(s->remove("c"));
  CHECK(s->members("PERSON:haldane") ==
        std::vector<EntityId>{"PERSON:mara haldane", "PERSON:haldane"});
}
