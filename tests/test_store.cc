// The RocksDB store: round trips, idempotent and replacing puts, removal, shared entities,
// open modes. Every case works in its own temporary directory. The articles are invented.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <unistd.h>

#include "graph/store.h"
#include "graph/store_keys.h"

#include <fmt/format.h>
#include <rocksdb/db.h>

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed with everything in it.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> serial = 0;
    path = fs::temp_directory_path() /
           ("newsgraph-store-" + std::to_string(getpid()) + "-" + std::to_string(serial++));
    fs::remove_all(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

Quote quote(std::string text, std::optional<std::string> speaker, std::vector<std::string> about,
            Span span) {
  return {.text = std::move(text), .speaker = std::move(speaker), .about = std::move(about),
          .span = span, .cue = "said", .sieve = "cue-adjacent", .confidence = 0.9};
}

// "Vantoro Labs CEO Ilse Brandvik said the Marrowfin 3 model costs $4 a month. ..."
Extraction vantoro() {
  Extraction x{.doc = "vantoro", .title = "Vantoro ships Marrowfin 3", .published = "2024-05-02",
               .url = "https://example.test/v", .source = "vantoro.txt", .content_hash = "h1"};
  x.entities = {
      {"Ilse Brandvik", EntityType::kPerson, {"Brandvik"}, {{17, 30}, {90, 98}}, "title-cue"},
      {"Vantoro Labs", EntityType::kOrg, {"Vantoro"}, {{0, 12}, {120, 127}}, "org-suffix"},
      {"Marrowfin 3", EntityType::kProduct, {}, {{39, 48}}, "gazetteer"},
      {"Norland", EntityType::kPlace, {}, {{140, 147}}, "gazetteer"}};
  x.quotes = {quote("Marrowfin 3 beats everything in Norland", "Brandvik",
                    {"Marrowfin 3", "Norland"}, {60, 97}),
              quote("We are not done", "Ilse Brandvik", {}, {100, 115})};
  x.roles = {{"Ilse Brandvik", "CEO", std::string("Vantoro Labs"), false, {0, 30}, "title-before"}};
  x.relations = {{"Vantoro Labs", "develops", "Marrowfin 3", std::nullopt, {0, 48}, "develops"},
                 {"Marrowfin 3", "price", "$4 a month", Money{"$4 a month", 4.0, "USD", "month"},
                  {55, 65}, "price-of"}};
  return x;
}

// A second article that also names Vantoro Labs, and nobody else of the first.
Extraction orbisk() {
  Extraction x{.doc = "orbisk", .title = "Orbisk sues Vantoro", .published = "2024-06-10",
               .content_hash = "h2"};
  x.entities = {{"Orbisk", EntityType::kOrg, {}, {{0, 6}}, "gazetteer"},
                {"Vantoro Labs", EntityType::kOrg, {"Vantoro Inc."}, {{12, 24}, {50, 62}, {80, 87}},
                 "org-suffix"},
                {"Teodor Malm", EntityType::kPerson, {"Malm"}, {{90, 101}}, "capitalised"}};
  x.quotes = {quote("Vantoro copied our design", "Teodor Malm", {"Vantoro Inc."}, {30, 55})};
  x.roles = {
      {"Teodor Malm", "general counsel", std::string("Orbisk"), false, {88, 120}, "appositive"}};
  x.relations = {{"Orbisk", "sues", "Vantoro Labs", std::nullopt, {0, 24}, "sues-verb"}};
  return x;
}

EntityId person(std::string_view name) { return entity_id(EntityType::kPerson, name); }
EntityId org(std::string_view name) { return entity_id(EntityType::kOrg, name); }
EntityId product(std::string_view name) { return entity_id(EntityType::kProduct, name); }

bool same(const StoreStats& a, const StoreStats& b) {
  return a.documents == b.documents && a.entities == b.entities && a.quotes == b.quotes &&
         a.roles == b.roles && a.triples == b.triples;
}

size_t count_quotes(const Store& s) {
  size_t n = 0;
  s.for_each_quote([&](const QuoteRecord&) { ++n; });
  return n;
}

}  // namespace

TEST_CASE("keys: prefixes bound their keys and triple keys parse back", "[store]") {
  using namespace keys;
  CHECK(prefix({"a", "b"}) == std::string("a\0b\0", 4));
  CHECK(prefix_end(std::string("ab\0", 3)) == std::string("ab\1", 3));
  CHECK(prefix_end("a\xff") == "b");
  CHECK(prefix_end("").empty());
  CHECK(component(std::string("x\0y", 3)) == "x y");
  CHECK(ids({1, 0x0102}) == std::string("\0\0\0\1\0\0\1\2", 8));
  CHECK(id_at(ids({0x11223344})) == 0x11223344);
  // Ids sort numerically, 2 before 256, and an index after them in document order.
  CHECK(ids({2}) < ids({256}));
  CHECK(with_index(ids({7}), 2) < with_index(ids({7}), 10));

  TripleKey t{.subject = 11, .predicate = 3, .object = 1u << 20, .doc = 9, .index = 258};
  for (Family f : {Family::kSpo, Family::kPos, Family::kOsp}) {
    auto key = triple_key(f, t);
    CHECK(key.size() == 20);
    auto back = parse_triple_key(f, key);
    REQUIRE(back);
    CHECK(back->subject == 11);
    CHECK(back->predicate == 3);
    CHECK(back->object == 1u << 20);
    CHECK(back->doc == 9);
    CHECK(back->index == 258);
  }
  CHECK(triple_key(Family::kPos, t).substr(0, 8) == ids({3, 1u << 20}));
  CHECK_FALSE(parse_triple_key(Family::kSpo, "short").has_value());
  CHECK(quote_id("d", 12) == "d#q12");
  CHECK(parse_quote_id("a#b#q12") == std::pair<std::string, uint32_t>("a#b", 12));
  CHECK_FALSE(parse_quote_id("PERSON:x").has_value());
  CHECK_FALSE(parse_quote_id("d#q").has_value());
}

TEST_CASE("store: put then read back every kind of fact", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  CHECK(store->put(vantoro()) == Store::PutOutcome::kAdded);

  StoreStats s = store->stats();
  CHECK(s.documents == 1);
  CHECK(s.entities == 4);
  CHECK(s.quotes == 2);
  CHECK(s.roles == 1);
  // 4 mentioned_in + 1 said + 2 about + 1 said + 1 role + 2 relations
  CHECK(s.triples == 11);

  auto doc = store->document("vantoro");
  REQUIRE(doc);
  CHECK(doc->title == "Vantoro ships Marrowfin 3");
  CHECK(doc->content_hash == "h1");
  CHECK(doc->quotes == 2);
  CHECK(doc->relations == 2);
  CHECK_FALSE(store->document("vant").has_value());

  auto ilse = store->entity(person("Ilse Brandvik"));
  REQUIRE(ilse);
  CHECK(ilse->name == "Ilse Brandvik");
  CHECK(ilse->type == EntityType::kPerson);
  CHECK(ilse->aliases == std::vector<std::string>{"Brandvik"});
  CHECK(ilse->mentions == 2);
  CHECK(ilse->docs == std::vector<std::string>{"vantoro"});

  CHECK(store->resolve("Brandvik") == std::vector<EntityId>{person("Ilse Brandvik")});
  CHECK(store->resolve("Vantoro") == std::vector<EntityId>{org("Vantoro Labs")});
  CHECK(store->resolve("Nobody Here").empty());

  auto said = store->quotes_by(person("Ilse Brandvik"));
  REQUIRE(said.size() == 2);
  CHECK(said[0].id == "vantoro#q0");
  CHECK(said[0].text == "Marrowfin 3 beats everything in Norland");
  CHECK(said[0].published == "2024-05-02");
  CHECK(said[0].about ==
        std::vector<EntityId>{product("Marrowfin 3"), entity_id(EntityType::kPlace, "Norland")});
  CHECK(said[0].span == Span{60, 97});
  CHECK(said[0].sieve == "cue-adjacent");
  CHECK(said[1].id == "vantoro#q1");

  auto about = store->quotes_about(product("Marrowfin 3"));
  REQUIRE(about.size() == 1);
  CHECK(about[0].speaker == person("Ilse Brandvik"));

  auto roles = store->roles_of(person("Ilse Brandvik"));
  REQUIRE(roles.size() == 1);
  CHECK(roles[0].title == "CEO");
  CHECK(roles[0].org == org("Vantoro Labs"));
  CHECK(roles[0].doc == "vantoro");

  auto triples = store->triples_of(product("Marrowfin 3"));
  std::vector<std::string> predicates;
  for (const auto& t : triples) predicates.push_back(t.predicate);
  std::sort(predicates.begin(), predicates.end());
  // as subject: mentioned_in, price; as object: develops, about
  CHECK(predicates == std::vector<std::string>{"about", "develops", "mentioned_in", "price"});
  for (const auto& t : triples) {
    if (t.predicate != "price") continue;
    CHECK(t.literal);
    CHECK(t.object == "$4 a month");
    CHECK(t.span == Span{55, 65});
    CHECK(t.rule == "price-of");
  }
}

TEST_CASE("store: re-putting an unchanged document writes nothing", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  StoreStats before = store->stats();
  Extraction again = vantoro();
  again.quotes.clear();  // same content hash: the stored facts stand
  CHECK(store->put(again) == Store::PutOutcome::kUnchanged);
  CHECK(same(store->stats(), before));
  CHECK(store->quotes_by(person("Ilse Brandvik")).size() == 2);
}

TEST_CASE("store: a changed document replaces exactly its old facts", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  Extraction changed = vantoro();
  changed.content_hash = "h1-edited";
  changed.entities.pop_back();  // Norland no longer named
  changed.quotes = {quote("Marrowfin 3 is late", "Brandvik", {"Marrowfin 3"}, {60, 77})};
  changed.relations.pop_back();
  CHECK(store->put(changed) == Store::PutOutcome::kReplaced);

  StoreStats s = store->stats();
  CHECK(s.documents == 1);
  CHECK(s.entities == 3);
  CHECK(s.quotes == 1);
  CHECK(s.roles == 1);
  CHECK(s.triples == 3 + 2 + 1 + 1);  // mentioned_in, said + about, role, develops
  CHECK_FALSE(store->entity(entity_id(EntityType::kPlace, "Norland")).has_value());
  CHECK(store->resolve("Norland").empty());
  auto said = store->quotes_by(person("Ilse Brandvik"));
  REQUIRE(said.size() == 1);
  CHECK(said[0].text == "Marrowfin 3 is late");
  CHECK(count_quotes(*store) == 1);
  CHECK(store->document("vantoro")->content_hash == "h1-edited");
}

TEST_CASE("store: removing a document removes its facts and entities", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  CHECK(store->remove("vantoro"));
  CHECK(same(store->stats(), StoreStats{}));
  CHECK_FALSE(store->document("vantoro").has_value());
  CHECK_FALSE(store->entity(person("Ilse Brandvik")).has_value());
  CHECK(store->resolve("Brandvik").empty());
  CHECK(store->triples_of(org("Vantoro Labs")).empty());
  CHECK(count_quotes(*store) == 0);
  CHECK_FALSE(store->remove("vantoro"));
}

TEST_CASE("store: documents sharing an entity add up, and removal subtracts exactly", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  store->put(orbisk());
  StoreStats s = store->stats();
  CHECK(s.documents == 2);
  CHECK(s.entities == 4 + 2);  // Vantoro Labs is shared
  CHECK(s.quotes == 3);
  CHECK(s.roles == 2);

  auto vl = store->entity(org("Vantoro Labs"));
  REQUIRE(vl);
  CHECK(vl->mentions == 2 + 3);
  CHECK(vl->docs == std::vector<std::string>{"orbisk", "vantoro"});
  CHECK(vl->aliases == std::vector<std::string>{"Vantoro", "Vantoro Inc."});
  CHECK(store->quotes_about(org("Vantoro Labs")).size() == 1);
  size_t entities = 0;
  store->for_each_entity([&](const EntityRecord&) { ++entities; });
  CHECK(entities == 6);

  CHECK(store->remove("vantoro"));
  s = store->stats();
  CHECK(s.documents == 1);
  CHECK(s.entities == 3);
  CHECK(s.quotes == 1);
  vl = store->entity(org("Vantoro Labs"));
  REQUIRE(vl);
  CHECK(vl->mentions == 3);
  CHECK(vl->docs == std::vector<std::string>{"orbisk"});
  CHECK(vl->aliases == std::vector<std::string>{"Vantoro Inc."});
  CHECK(store->resolve("Vantoro").empty());  // that alias came from the removed article
  CHECK(store->resolve("Vantoro Inc.") == std::vector<EntityId>{org("Vantoro Labs")});
  CHECK_FALSE(store->entity(person("Ilse Brandvik")).has_value());
}

TEST_CASE("store: names that are no entity of the document drop only their fact", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  Extraction x = vantoro();
  x.quotes = {quote("Fine", "A Stranger", {"Marrowfin 3", "Nowhere"}, {5, 9})};
  x.roles.push_back({"A Stranger", "CTO", std::string("Vantoro Labs"), false, {0, 5}, "t"});
  x.relations.push_back({"Vantoro Labs", "acquires", "Ghost Corp", std::nullopt, {0, 5}, "t"});
  store->put(x);
  StoreStats s = store->stats();
  CHECK(s.quotes == 1);
  CHECK(s.roles == 1);
  CHECK(s.triples == 4 + 1 + 1 + 2);  // mentioned_in, about Marrowfin 3, role, relations
  QuoteRecord q;
  store->for_each_quote([&](const QuoteRecord& r) { q = r; });
  CHECK_FALSE(q.speaker.has_value());
  CHECK(q.speaker_description == "A Stranger");
  CHECK(q.about == std::vector<EntityId>{product("Marrowfin 3")});
  CHECK(store->document("vantoro")->relations == 2);
}

TEST_CASE("store: facts persist across reopening, read-only", "[store]") {
  TempDir dir;
  Store::open(dir.path, Store::Mode::kReadWrite)->put(vantoro());
  auto store = Store::open(dir.path, Store::Mode::kReadOnly);
  CHECK(store->stats().quotes == 2);
  CHECK(store->entity(org("Vantoro Labs"))->aliases == std::vector<std::string>{"Vantoro"});
  CHECK_THROWS_AS(store->put(orbisk()), StoreError);
}

TEST_CASE("store: read-only open of a missing store throws", "[store]") {
  TempDir dir;
  CHECK_THROWS_WITH(Store::open(dir.path, Store::Mode::kReadOnly),
                    Catch::Contains("no store here") && Catch::Contains(dir.path.string()));
  CHECK_FALSE(fs::exists(dir.path));
}

TEST_CASE("store: a second read-write open is refused as locked", "[store]") {
  TempDir dir;
  auto first = Store::open(dir.path, Store::Mode::kReadWrite);
  CHECK_THROWS_WITH(Store::open(dir.path, Store::Mode::kReadWrite),
                    Catch::Contains("store is locked by another process"));
}

TEST_CASE("store: names meet across case and accents; the earliest article names it", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  Extraction later{.doc = "later", .published = "2024-09-01", .content_hash = "h3"};
  later.entities = {{"ÉLODIE VARENNE", EntityType::kPerson, {}, {{0, 15}}, "capitalised"}};
  Extraction earlier{.doc = "earlier", .published = "2024-01-15", .content_hash = "h4"};
  earlier.entities = {{"Élodie Varenne", EntityType::kPerson, {"Varenne"}, {{0, 15}, {40, 47}},
                       "title-cue"}};
  store->put(later);  // ingested first, published last
  store->put(earlier);

  CHECK(entity_id(EntityType::kPerson, "Élodie Varenne") == "PERSON:elodie varenne");
  CHECK(store->stats().entities == 1);
  auto e = store->entity("PERSON:elodie varenne");
  REQUIRE(e);
  CHECK(e->name == "Élodie Varenne");
  CHECK(e->aliases == std::vector<std::string>{"Varenne", "ÉLODIE VARENNE"});
  CHECK(e->mentions == 3);
  for (auto name : {"elodie varenne", "Elodie VARENNE", "varenne", "Varenne"})
    CHECK(store->resolve(name) == std::vector<EntityId>{"PERSON:elodie varenne"});
}

TEST_CASE("store: resolve ranks entities sharing a name by mentions", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  Extraction x{.doc = "d", .content_hash = "h"};
  x.entities = {{"Pellucid", EntityType::kOrg, {}, {{0, 8}}, "gazetteer"},
                {"Pellucid", EntityType::kProduct, {}, {{20, 28}, {40, 48}}, "gazetteer"}};
  store->put(x);
  CHECK(store->resolve("pellucid") ==
        std::vector<EntityId>{"PRODUCT:pellucid", "ORG:pellucid"});
}

TEST_CASE("store: a fact stated by several documents keeps every document's evidence", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  Extraction again{.doc = "recap", .published = "2024-07-01", .content_hash = "h5"};
  again.entities = {{"Vantoro Labs", EntityType::kOrg, {}, {{0, 12}}, "org-suffix"},
                    {"Marrowfin 3", EntityType::kProduct, {}, {{30, 41}}, "gazetteer"}};
  again.relations = {{"Vantoro Labs", "develops", "Marrowfin 3", std::nullopt, {0, 41}, "dev"}};
  store->put(again);

  auto develops = [&] {
    std::vector<std::pair<std::string, Span>> out;
    for (const auto& t : store->triples_of(org("Vantoro Labs")))
      if (t.predicate == "develops") out.emplace_back(t.doc, t.span);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  };
  CHECK(develops() == std::vector<std::pair<std::string, Span>>{{"recap", {0, 41}},
                                                                {"vantoro", {0, 48}}});
  CHECK(store->stats().triples == 11 + 3);
  store->remove("vantoro");
  CHECK(develops() == std::vector<std::pair<std::string, Span>>{{"recap", {0, 41}}});
  CHECK(store->stats().triples == 3);
}

TEST_CASE("store: triple provenance reads back compactly encoded", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  std::vector<TripleRecord> said;
  store->for_each_triple([&](const TripleRecord& t) {
    if (t.predicate == "said") said.push_back(t);
  });
  REQUIRE(said.size() == 2);
  for (const auto& t : said) {
    CHECK(t.subject == person("Ilse Brandvik"));
    CHECK(t.doc == "vantoro");
    CHECK(t.rule == "cue-adjacent");
    CHECK(t.confidence == 0.9);
    CHECK_FALSE(t.literal);
  }
  std::set<std::pair<uint32_t, uint32_t>> spans;
  for (const auto& t : said) spans.emplace(t.span.begin, t.span.end);
  CHECK(spans == std::set<std::pair<uint32_t, uint32_t>>{{60, 97}, {100, 115}});
}

namespace {

// A RocksDB database in `dir` with these column families (and "default"); `layout` (a CBOR
// count) put in "meta", the last family, if given.
void raw_store(const fs::path& dir, std::vector<std::string> names,
               std::optional<std::string> layout) {
  rocksdb::Options options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> families{{rocksdb::kDefaultColumnFamilyName, {}}};
  for (const auto& name : names) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  REQUIRE(rocksdb::DB::Open(options, dir.string(), families, &handles, &db).ok());
  if (layout) REQUIRE(db->Put({}, handles.back(), "layout", *layout).ok());
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
}

}  // namespace

TEST_CASE("store: a store of an older layout is refused with what to do, and left unchanged",
          "[store]") {
  std::vector<std::string> layout_1{"docs", "entities", "aliases", "quotes", "roles", "spo",
                                    "pos", "osp", "by_doc", "meta"};
  std::vector<std::string> layout_2 = layout_1;  // + the term dictionary and corrections
  layout_2.insert(layout_2.end() - 1, {"terms", "term_text", "corrections"});
  std::vector<std::string> layout_3 = layout_2;  // + resolution
  layout_3.insert(layout_3.end() - 1, "resolution");
  for (const auto& [families, version] :
       {std::pair(layout_1, 1), std::pair(layout_2, 2), std::pair(layout_3, 3)}) {
    TempDir dir;
    raw_store(dir.path, families, std::string(1, char(version)));  // CBOR 1, 2
    for (auto mode : {Store::Mode::kReadOnly, Store::Mode::kReadWrite})
      CHECK_THROWS_WITH(Store::open(dir.path, mode),
                        Catch::Contains(fmt::format("store layout {}, this newsgraph reads "
                                                    "layout 4", version)) &&
                            Catch::Contains("newsgraph ingest --db NEW_DIR"));
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies({}, dir.path.string(), &names).ok());
    CHECK(names.size() == families.size() + 1);  // no family of layout 4 was added
  }
}

TEST_CASE("store: a store whose creation was cut short opens, empty, and can be completed",
          "[store]") {
  TempDir dir;
  raw_store(dir.path, {"docs", "entities", "aliases", "quotes", "roles", "meta"}, std::nullopt);
  auto reader = Store::open(dir.path, Store::Mode::kReadOnly);
  CHECK(same(reader->stats(), StoreStats{}));
  CHECK(reader->resolve("Vantoro").empty());
  CHECK(reader->triples_of(org("Vantoro Labs")).empty());
  reader.reset();
  auto writer = Store::open(dir.path, Store::Mode::kReadWrite);
  writer->put(vantoro());
  CHECK(writer->stats().triples == 11);
}

namespace {

// Three invented articles: one names "Quillon Inc." and its CEO in full, one calls the company
// "Quillon" and its CEO by surname only, one names another Haldane.
Extraction quillon_full() {
  Extraction x{.doc = "full", .published = "2024-03-01", .content_hash = "q1"};
  x.entities = {{"Quillon Inc.", EntityType::kOrg, {}, {{0, 12}}, "org-suffix"},
                {"Mara Haldane", EntityType::kPerson, {}, {{20, 32}}, "title-cue"}};
  x.quotes = {quote("We ship in May", "Mara Haldane", {"Quillon Inc."}, {40, 54})};
  x.roles = {{"Mara Haldane", "CEO", std::string("Quillon Inc."), false, {14, 32}, "title-before"}};
  return x;
}

Extraction quillon_short() {
  Extraction x{.doc = "short", .published = "2024-02-01", .content_hash = "q2"};
  x.entities = {{"Quillon", EntityType::kOrg, {}, {{0, 7}, {50, 57}}, "gazetteer"},
                {"Haldane", EntityType::kPerson, {}, {{10, 17}}, "capitalised"}};
  x.quotes = {quote("Quillon is ready", "Haldane", {"Quillon"}, {20, 36})};
  return x;
}

Extraction other_haldane() {
  Extraction x{.doc = "other", .published = "2024-04-01", .content_hash = "q3"};
  x.entities = {{"Piet Haldane", EntityType::kPerson, {}, {{0, 12}}, "capitalised"}};
  return x;
}

}  // namespace

TEST_CASE("store: reads resolve entities across documents, whatever the ingest order",
          "[store][resolution]") {
  for (bool full_first : {true, false}) {
    TempDir dir;
    auto store = Store::open(dir.path, Store::Mode::kReadWrite);
    store->put(full_first ? quillon_full() : quillon_short());
    store->put(full_first ? quillon_short() : quillon_full());

    const EntityId q = org("Quillon"), mara = person("Mara Haldane");
    CHECK(store->resolve("Quillon Inc.") == std::vector<EntityId>{q});
    CHECK(store->resolve("quillon") == std::vector<EntityId>{q});
    CHECK(store->resolve("Haldane") == std::vector<EntityId>{mara});
    auto e = store->entity(person("Haldane"));
    REQUIRE(e);
    CHECK(e->id == mara);
    CHECK(e->name == "Mara Haldane");  // the full name, though "Haldane" was published first
    CHECK(e->aliases == std::vector<std::string>{"Haldane"});
    CHECK(e->mentions == 2);
    CHECK(e->docs == std::vector<std::string>{"full", "short"});
    CHECK(store->entity(org("Quillon Inc."))->mentions == 3);
    CHECK(store->display_name(person("Haldane")) == "Mara Haldane");
    CHECK(store->display_name(org("Quillon Inc.")) == store->entity(q)->name);
    CHECK_FALSE(store->display_name(person("Nobody Here")));
    auto in_short = store->role_in(mara, "short");  // none stated there: the current one
    REQUIRE(in_short);
    CHECK(in_short->doc == "full");
    CHECK(in_short->title == "CEO");
    CHECK(in_short->org == q);
    CHECK(store->people_with_surname("haldane") == std::vector<EntityId>{mara});

    auto said = store->quotes_by(mara);
    REQUIRE(said.size() == 2);
    CHECK(said[0].speaker == mara);
    CHECK(said[1].speaker == mara);
    CHECK(store->quotes_about(org("Quillon Inc.")).size() == 2);
    auto roles = store->roles_of(person("Haldane"));
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].org == q);
    std::set<std::string> subjects;
    for (const auto& t : store->triples_of(mara)) subjects.insert(t.subject);
    CHECK(subjects == std::set<std::string>{mara});
    std::vector<EntityId> ids;
    store->for_each_entity([&](const EntityRecord& r) { ids.push_back(r.id); });
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<EntityId>{q, mara});
    CHECK(store->members(q) == std::vector<EntityId>{q, org("Quillon Inc.")});
    CHECK(store->stats().entities == 4);  // counts stay those of the stored ids
  }
}

TEST_CASE("store: a surname shared by two stored people joins neither", "[store][resolution]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(quillon_full());
  store->put(quillon_short());
  store->put(other_haldane());
  CHECK(store->entity(person("Haldane"))->id == person("Haldane"));
  CHECK(store->quotes_by(person("Mara Haldane")).size() == 1);
  // Removing the other Haldane makes the surname unambiguous again.
  store->remove("other");
  CHECK(store->entity(person("Haldane"))->id == person("Mara Haldane"));
}

TEST_CASE("store: corrections survive re-ingest and removal", "[store][resolution]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(quillon_full());
  store->put(quillon_short());
  using K = Correction::Kind;
  store->correct({K::kSplit, org("Quillon"), org("Quillon Inc.")});
  CHECK(store->entity(org("Quillon Inc."))->id == org("Quillon Inc."));
  store->correct({K::kMerge, person("Mara Haldane"), org("Quillon")});  // a wrong merge...
  CHECK(store->entity(org("Quillon"))->id == person("Mara Haldane"));
  store->correct({K::kSplit, person("Mara Haldane"), org("Quillon")});  // ...undone
  CHECK(store->entity(org("Quillon"))->id == org("Quillon"));
  CHECK(store->corrections().size() == 2);

  store->remove("short");
  Extraction changed = quillon_short();
  changed.content_hash = "q2-edited";
  store->put(changed);
  CHECK(store->entity(org("Quillon Inc."))->id == org("Quillon Inc."));
  CHECK(store->corrections().size() == 2);
  store.reset();
  CHECK(Store::open(dir.path, Store::Mode::kReadOnly)->resolve("Quillon Inc.") == std::vector<EntityId>{org("Quillon Inc.")});
}

TEST_CASE("store: an entity's quote index lists its quotes newest first and follows removal",
          "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  store->put(orbisk());
  auto entries = [&](const EntityId& id, Store::QuoteLink link) {
    std::vector<std::pair<std::string, uint32_t>> out;
    store->for_each_quote_of(id, link, [&](const Store::QuoteEntry& e) {
      out.emplace_back(e.doc, e.index);
      return true;
    });
    return out;
  };
  using Entries = std::vector<std::pair<std::string, uint32_t>>;
  CHECK(entries(person("Ilse Brandvik"), Store::QuoteLink::kBy) ==
        Entries{{"vantoro", 0}, {"vantoro", 1}});
  CHECK(entries(org("Vantoro Labs"), Store::QuoteLink::kAbout) == Entries{{"orbisk", 0}});
  auto quotes = store->quotes_at({{"orbisk", 0}, {"nowhere", 3}});
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "Vantoro copied our design");
  store->remove("orbisk");
  CHECK(entries(org("Vantoro Labs"), Store::QuoteLink::kAbout).empty());
  CHECK(entries(person("Teodor Malm"), Store::QuoteLink::kBy).empty());
  CHECK_FALSE(store->display_name(person("Teodor Malm")));
  CHECK_FALSE(store->role_in(person("Teodor Malm"), "orbisk"));
}

TEST_CASE("keys: dates sort oldest or newest first, undated last either way", "[store]") {
  using keys::date_ascending, keys::date_descending;
  CHECK(date_ascending("2024-01-02") < date_ascending("2024-03-01"));
  CHECK(date_ascending("2024") < date_ascending("2024-01-01"));
  CHECK(date_ascending("2030-12-31") < date_ascending(std::nullopt));
  CHECK(date_descending("2024-03-01") < date_descending("2024-01-02"));
  CHECK(date_descending("2024-03-01") < date_descending(std::nullopt));
  CHECK(keys::parse_date_descending(date_descending("2024-03-01")) == "2024-03-01");
  CHECK(keys::parse_date_descending(date_descending("2024")) == "2024");
  CHECK_FALSE(keys::parse_date_descending(date_descending(std::nullopt)));
}

namespace {

// Every field of a triple, for comparing lists of them.
auto fields(const TripleRecord& t) {
  return std::tie(t.subject, t.predicate, t.object, t.literal, t.doc, t.span.begin, t.span.end,
                  t.rule, t.confidence);
}

bool by_fields(const TripleRecord& a, const TripleRecord& b) { return fields(a) < fields(b); }

// The triples of `store` whose subject is `id`, as for_each_triple visits them, sorted.
std::vector<TripleRecord> with_subject(const Store& store, const EntityId& id) {
  std::vector<TripleRecord> out;
  store.for_each_triple([&](const TripleRecord& t) {
    if (t.subject == id) out.push_back(t);
  });
  std::sort(out.begin(), out.end(), by_fields);
  return out;
}

}  // namespace

TEST_CASE("store: the lookup by subject reads exactly the id's triples, as stored", "[store]") {
  TempDir dir;
  auto store = Store::open(dir.path, Store::Mode::kReadWrite);
  store->put(vantoro());
  store->put(orbisk());
  const EntityId vantoro_labs = org("Vantoro Labs");
  auto found = store->triples_with_subject(vantoro_labs);
  // mentioned_in both documents, develops Marrowfin 3.
  REQUIRE(found.size() == 3);
  auto expected = with_subject(*store, vantoro_labs);
  auto sorted = found;
  std::sort(sorted.begin(), sorted.end(), by_fields);
  REQUIRE(sorted.size() == expected.size());
  for (size_t i = 0; i < sorted.size(); ++i) CHECK(fields(sorted[i]) == fields(expected[i]));
  auto develops = std::find_if(found.begin(), found.end(),
                               [](const auto& t) { return t.predicate == "develops"; });
  REQUIRE(develops != found.end());
  CHECK(develops->object == product("Marrowfin 3"));
  CHECK(develops->doc == "vantoro");
  CHECK(develops->span == Span{0, 48});
  CHECK(develops->rule == "develops");
  CHECK(develops->confidence == 1.0);
  CHECK_FALSE(develops->literal);

  // Read again (term texts now cached): the same rows in the same order.
  auto again = store->triples_with_subject(vantoro_labs);
  REQUIRE(again.size() == found.size());
  for (size_t i = 0; i < found.size(); ++i) CHECK(fields(again[i]) == fields(found[i]));

  // A literal object, and the object side is not read (Orbisk sues Vantoro Labs).
  auto price = store->triples_with_subject(product("Marrowfin 3"));
  REQUIRE(price.size() == 2);  // mentioned_in, price
  CHECK(std::count_if(price.begin(), price.end(),
                      [](const auto& t) { return t.literal && t.object == "$4 a month"; }) == 1);
  CHECK(store->triples_with_subject(org("Nobody Inc")).empty());

  // Removal leaves the cached term texts true and the rows gone.
  REQUIRE(store->remove("vantoro"));
  auto left = store->triples_with_subject(vantoro_labs);
  REQUIRE(left.size() == 1);
  CHECK(left[0].predicate == "mentioned_in");
  CHECK(left[0].doc == "orbisk");
  CHECK(store->triples_with_subject(product("Marrowfin 3")).empty());
}
