// Cross-document entity resolution: the joining rules on ids alone (graph/resolution.h), then
// through a store, where every read sees resolved entities. Names are invented.
#include <catch2/catch.hpp>

#include "graph/resolution.h"

using namespace newsgraph;

using Ids = std::vector<EntityId>;

TEST_CASE("resolution: an organisation's legal-form suffix joins its bare name", "[resolution]") {
  Resolution r({"ORG:quillon", "ORG:quillon inc", "ORG:quillon holdings ltd", "ORG:pellan bank",
                "PRODUCT:quillon inc"},
               {});
  CHECK(r.canonical("ORG:quillon inc") == "ORG:quillon");
  CHECK(r.canonical("ORG:quillon holdings ltd") == "ORG:quillon");  // suffixes stripped in turn
  CHECK(r.members("ORG:quillon inc") ==
        Ids{"ORG:quillon", "ORG:quillon holdings ltd", "ORG:quillon inc"});
  // Without a stored bare name nothing joins; other types never join by suffix.
  CHECK(r.canonical("ORG:pellan bank") == "ORG:pellan bank");
  CHECK(r.canonical("PRODUCT:quillon inc") == "PRODUCT:quillon inc");
  CHECK(r.canonical_ids() == Ids{"ORG:pellan bank", "ORG:quillon", "PRODUCT:quillon inc"});
}

TEST_CASE("resolution: a descriptive suffix names a different organisation", "[resolution]") {
  Resolution r({"ORG:quillon", "ORG:quillon research", "ORG:quillon capital", "ORG:quillon corp"},
               {});
  CHECK(r.canonical("ORG:quillon research") == "ORG:quillon research");
  CHECK(r.canonical("ORG:quillon capital") == "ORG:quillon capital");
  CHECK(r.canonical("ORG:quillon corp") == "ORG:quillon");
}

TEST_CASE("resolution: a surname joins the one person who has it, never one of two",
          "[resolution]") {
  Resolution one({"PERSON:ilse brandvik", "PERSON:brandvik", "ORG:brandvik"}, {});
  CHECK(one.canonical("PERSON:brandvik") == "PERSON:ilse brandvik");
  CHECK(one.canonical("ORG:brandvik") == "ORG:brandvik");

  Resolution two({"PERSON:ilse brandvik", "PERSON:jon brandvik", "PERSON:brandvik"}, {});
  CHECK(two.canonical("PERSON:brandvik") == "PERSON:brandvik");
  CHECK(two.canonical("PERSON:jon brandvik") == "PERSON:jon brandvik");
  CHECK(two.members("PERSON:ilse brandvik") == Ids{"PERSON:ilse brandvik"});
}

TEST_CASE("resolution: a gazetteer alias joins its entry's name, of the same type only",
          "[resolution]") {
  // A try-out found "PLACE:us" (1,419 Reuters documents) apart from "PLACE:united states".
  Resolution r({"PLACE:united states", "PLACE:us", "PLACE:usa", "ORG:us", "ORG:eu",
                "ORG:european union", "PLACE:uk", "PLACE:britain"},
               {});
  CHECK(r.canonical("PLACE:us") == "PLACE:united states");
  CHECK(r.canonical("PLACE:usa") == "PLACE:united states");
  CHECK(r.canonical("ORG:us") == "ORG:us");  // the gazetteer's US is a PLACE
  CHECK(r.canonical("ORG:eu") == "ORG:european union");
  // without the entry's name stored, its forms join the first of them
  CHECK(r.canonical("PLACE:uk") == "PLACE:britain");
  CHECK(r.members("PLACE:united states") == Ids{"PLACE:united states", "PLACE:us", "PLACE:usa"});
}

TEST_CASE("resolution: merge joins, split undoes a merge or keeps an automatic join apart",
          "[resolution]") {
  Ids ids{"PERSON:ilse brandvik", "PERSON:brandvik", "PERSON:i brandvik", "ORG:quillon",
          "ORG:quillon inc"};
  using K = Correction::Kind;
  Resolution merged(ids, {{K::kMerge, "PERSON:ilse brandvik", "PERSON:i brandvik"}});
  CHECK(merged.canonical("PERSON:i brandvik") == "PERSON:ilse brandvik");
  // Two people end in "brandvik" now, so the surname alone joins neither.
  CHECK(merged.canonical("PERSON:brandvik") == "PERSON:brandvik");

  Resolution split(ids, {{K::kSplit, "ORG:quillon", "ORG:quillon inc"},
                         {K::kSplit, "PERSON:ilse brandvik", "PERSON:i brandvik"}});
  CHECK(split.canonical("ORG:quillon inc") == "ORG:quillon inc");
  CHECK(split.canonical("PERSON:i brandvik") == "PERSON:i brandvik");

  // A merge of whole groups: everything joined into b goes under a.
  Resolution groups(ids, {{K::kMerge, "PERSON:ilse brandvik", "ORG:quillon"}});
  CHECK(groups.canonical("ORG:quillon inc") == "PERSON:ilse brandvik");
}

TEST_CASE("resolution: records name canonical ids", "[resolution]") {
  Resolution r({"ORG:quillon", "ORG:quillon inc", "PERSON:ilse brandvik", "PERSON:brandvik"}, {});
  QuoteRecord q{.speaker = "PERSON:brandvik", .about = {"ORG:quillon inc", "ORG:quillon"}};
  r.apply(q);
  CHECK(q.speaker == "PERSON:ilse brandvik");
  CHECK(q.about == Ids{"ORG:quillon"});
  TripleRecord t{.subject = "PERSON:brandvik", .predicate = "role", .object = "ORG:quillon inc"};
  r.apply(t);
  CHECK(t.subject == "PERSON:ilse brandvik");
  CHECK(t.object == "ORG:quillon");
  TripleRecord price{.subject = "ORG:quillon inc", .predicate = "price", .object = "ORG:quillon inc",
                     .literal = true};
  r.apply(price);
  CHECK(price.object == "ORG:quillon inc");  // a literal is no id
}
