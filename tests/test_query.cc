// Query layer: find_quotes, entity cards, name resolution, and the output formats.
#include <catch2/catch.hpp>
#include <sstream>

#include "query/card.h"
#include "query/dates.h"
#include "query/format.h"
#include "query/path.h"
#include "query/quotes.h"
#include "query/resolve.h"
#include "query/triples.h"
#include "query_fixture.h"

using namespace newsgraph;

namespace {

std::vector<std::string> ids(const std::vector<QuoteRow>& rows) {
  std::vector<std::string> out;
  for (const QuoteRow& r : rows) out.push_back(r.id);
  return out;
}

std::string render(const ResultSet& rs, Format format, TableOptions options = {}) {
  std::ostringstream out;
  write_results(out, rs, format, options);
  return out.str();
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("find_quotes without filters lists every quote newest first, undated last", "[query]") {
  testing::FixtureStore store("query_all");
  auto rows = find_quotes(*store, {});
  CHECK(ids(rows) == V{"d2#q0", "d2#q1", "d1#q0", "d1#q1", "d3#q0"});

  const QuoteRow& unnamed = rows.back();
  CHECK_FALSE(unnamed.speaker);
  CHECK(unnamed.speaker_description == "one analyst");
  CHECK(unnamed.title == "one analyst");  // what the table shows of an unnamed source
  CHECK(unnamed.about == V{"Lumen 3"});
  CHECK_FALSE(unnamed.published);
  CHECK(unnamed.span == Span{10, 43});

  CHECK(ids(find_quotes(*store, {.kind = "indirect"})) == V{"d1#q1"});
}

TEST_CASE("find_quotes within dates leaves out undated quotes", "[query]") {
  testing::FixtureStore store("query_dates");
  CHECK(ids(find_quotes(*store, {.dates = {.since = "2025-04"}})) == V{"d2#q0", "d2#q1"});
  CHECK(ids(find_quotes(*store, {.dates = {.until = "2025-03"}})) == V{"d1#q0", "d1#q1"});
  CHECK(
      ids(find_quotes(*store, {.dates = {.since = "2025-03-02", .until = "2025-04-14"}})).empty());
  CHECK(ids(find_quotes(*store, {.about = "Lumen 3", .dates = {.since = "2025"}})) == V{"d1#q0"});
}

TEST_CASE("find_quotes --include-related adds quotes about the products it develops", "[query]") {
  testing::FixtureStore store("query_include_related");
  CHECK(ids(find_quotes(*store, {.about = "Quillfeather", .include_related = true})) ==
        V{"d2#q0", "d1#q0", "d1#q1", "d3#q0"});
  // Lumen 3 develops nothing: the flag changes nothing.
  CHECK(ids(find_quotes(*store, {.about = "Lumen 3", .include_related = true})) ==
        V{"d1#q0", "d3#q0"});
}

TEST_CASE("check_date accepts years, months and real days only", "[query]") {
  CHECK(check_date("--since", "2024-02-29") == "2024-02-29");
  CHECK(check_date("--since", "2025") == "2025");
  CHECK(check_date("--until", "2025-12") == "2025-12");
  CHECK_THROWS_WITH(check_date("--since", "2025-13-01"),
                    "--since \"2025-13-01\": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  CHECK_THROWS_AS(check_date("--until", "2025-02-29"), QueryError);
  CHECK_THROWS_AS(check_date("--until", "25-01-01"), QueryError);
  CHECK_THROWS_AS(check_date("--until", "2025/01/01"), QueryError);
  DateRange march{.since = "2025-03", .until = "2025-03"};
  CHECK(march.contains(std::string("2025-03-31")));
  CHECK(march.contains(std::string("2025-03-01")));
  CHECK_FALSE(march.contains(std::string("2025-04-01")));
  CHECK_FALSE(march.contains(std::nullopt));
  CHECK(DateRange{}.contains(std::nullopt));
}

TEST_CASE("find_quotes by a speaker gives the role stated in the quote's document", "[query]") {
  testing::FixtureStore store("query_by");
  auto rows = find_quotes(*store, {.by = "Mira Okonkwo"});
  REQUIRE(ids(rows) == V{"d2#q1", "d1#q0", "d1#q1"});
  CHECK(rows[0].speaker == "Mira Okonkwo");
  CHECK(rows[0].title == "chair");
  CHECK(rows[0].org == "Brightwater Capital");
  CHECK(rows[0].published == "2025-04-15");
  CHECK(rows[1].title == "CEO");
  CHECK(rows[1].org == "Quillfeather Labs");
  CHECK(rows[1].text == "Lumen 3 is our fastest model, \"by far\"");
  CHECK(rows[1].kind == "direct");
  CHECK(rows[1].sieve == "test-sieve");
  CHECK(rows[2].about == V{"Quillfeather Labs", "Lisbon"});
}

TEST_CASE("find_quotes resolves names by alias, case and accents", "[query]") {
  testing::FixtureStore store("query_alias");
  CHECK(ids(find_quotes(*store, {.about = "Quillfeather"})) == V{"d2#q0", "d1#q1"});
  CHECK(ids(find_quotes(*store, {.about = "quillfeather labs"})) == V{"d2#q0", "d1#q1"});
  CHECK(ids(find_quotes(*store, {.by = "Renn"})) == V{"d2#q0"});
  CHECK(ids(find_quotes(*store, {.by = "MIRA OKÖNKWO"})).size() == 3);
  CHECK(ids(find_quotes(*store, {.about = "Quillfeather", .by = "Okonkwo"})) == V{"d1#q1"});
}

TEST_CASE("find_quotes reports unknown names with suggestions and bad kinds", "[query]") {
  testing::FixtureStore store("query_unknown");
  CHECK_THROWS_WITH(find_quotes(*store, {.by = "Mira Okonkwa"}),
                    "no entity named \"Mira Okonkwa\"; did you mean: Mira Okonkwo?");
  CHECK_THROWS_WITH(find_quotes(*store, {.about = "Zzyzx"}), "no entity named \"Zzyzx\"");
  CHECK_THROWS_AS(find_quotes(*store, {.kind = "rumour"}), QueryError);
}

namespace {

std::vector<std::string> names(const std::vector<RelatedEntity>& entities) {
  std::vector<std::string> out;
  for (const RelatedEntity& r : entities) out.push_back(r.name);
  return out;
}

}  // namespace

TEST_CASE("entity_card of an organisation: roles held at it, counts, related entities", "[query]") {
  testing::FixtureStore store("query_card_org");
  EntityCard card = entity_card(*store, "quillfeather");
  CHECK(card.name == "Quillfeather Labs");
  CHECK(card.type == EntityType::kOrg);
  CHECK(card.aliases == V{"Quillfeather"});
  REQUIRE(card.roles.size() == 1);
  CHECK(card.roles[0].person == "Mira Okonkwo");
  CHECK(card.roles[0].title == "CEO");
  CHECK(card.mentions == 3);
  CHECK(card.documents == 2);
  CHECK(card.quotes_by == 0);
  CHECK(card.quotes_about == 2);
  CHECK(card.first_seen == "2025-03-01");
  CHECK(card.last_seen == "2025-04-15");
  // Mira: a quote about it and her role there; the others one fact each, by name.
  CHECK(names(card.related) == V{"Mira Okonkwo", "Brightwater Capital", "Lumen 3", "Tobias Renn"});
  CHECK(card.related[0].links == 2);
  // Lisbon is only named beside it; Mira shares both documents.
  CHECK(names(card.co_mentioned) ==
        V{"Mira Okonkwo", "Brightwater Capital", "Lisbon", "Lumen 3", "Tobias Renn"});
  CHECK(card.co_mentioned[0].shared_docs == 2);
  CHECK(entity_card(*store, "Quillfeather Labs", {}, 2).related.size() == 2);
}

TEST_CASE("entity_card under max_facts counts everything, lists from the newest facts",
          "[query]") {
  testing::FixtureStore store("query_card_max_facts");
  EntityCard card = entity_card(*store, "Quillfeather Labs", {}, 10, 1);
  // Counts are exact: from index keys.
  CHECK(card.documents == 2);
  CHECK(card.quotes_about == 2);
  CHECK(card.first_seen == "2025-03-01");
  CHECK(card.last_seen == "2025-04-15");
  // Lists: the newest quote about it (d2#q0, Tobias Renn's), its first relation row (develops
  // Lumen 3) and its newest document (d2); Mira's role, in the relation rows left, is not read.
  CHECK(card.roles.empty());
  CHECK(names(card.related) == V{"Lumen 3", "Tobias Renn"});
  CHECK(names(card.co_mentioned) == V{"Brightwater Capital", "Mira Okonkwo", "Tobias Renn"});
  CHECK(card.facts_read == 0 + 1 + 1 + 1);   // quotes by, about, relation rows, documents
  CHECK(card.facts_total == 0 + 2 + 3 + 2);
  EntityCard all = entity_card(*store, "Quillfeather Labs", {}, 10, 0);
  CHECK(all.facts_read == all.facts_total);
  std::ostringstream csv;
  std::vector<std::string> notes = write_card(csv, card, Format::kCsv);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].starts_with("read in part: 3 of 7 facts and documents"));
}

TEST_CASE("entity_card within dates counts only that period", "[query]") {
  testing::FixtureStore store("query_card_dates");
  EntityCard card = entity_card(*store, "Quillfeather Labs", {.since = "2025-04"});
  CHECK(card.documents == 1);
  CHECK(card.first_seen == "2025-04-15");
  CHECK(card.last_seen == "2025-04-15");
  CHECK(card.quotes_about == 1);
  CHECK(card.roles.empty());  // Mira was named CEO in March
  CHECK(names(card.related) == V{"Brightwater Capital", "Tobias Renn"});
  CHECK(names(card.co_mentioned) == V{"Brightwater Capital", "Mira Okonkwo", "Tobias Renn"});
  CHECK(card.mentions == 3);  // all-time
}

TEST_CASE("entity_card of a person: roles over time, oldest first, quotes by", "[query]") {
  testing::FixtureStore store("query_card_person");
  EntityCard card = entity_card(*store, "Okonkwo");
  CHECK(card.name == "Mira Okonkwo");
  REQUIRE(card.roles.size() == 2);
  CHECK(card.roles[0].title == "CEO");
  CHECK(card.roles[0].first == "2025-03-01");
  CHECK(card.roles[0].docs == V{"d1"});
  CHECK(card.roles[1].title == "chair");
  CHECK(card.roles[1].org == "Brightwater Capital");
  CHECK(card.roles[1].last == "2025-04-15");
  CHECK(card.quotes_by == 3);
  CHECK(card.quotes_about == 0);

  std::ostringstream json;
  write_card(json, card, Format::kJsonl);
  auto parsed = nlohmann::json::parse(json.str());
  CHECK(parsed["roles"][1]["org"] == "Brightwater Capital");
  CHECK(parsed["roles"][1]["first"] == "2025-04-15");
  CHECK(parsed["quotes_by"] == 3);
  CHECK(parsed["co_mentioned"][0]["name"] == "Quillfeather Labs");

  std::ostringstream csv;
  write_card(csv, card, Format::kCsv);
  CHECK(csv.str().find("role,\"chair, Brightwater Capital (2025-04-15; 1 document)\"\r\n") !=
        std::string::npos);
}

TEST_CASE("quote_results: table leaves provenance out but shows the kind, csv keeps it", "[query]") {
  testing::FixtureStore store("query_results");
  ResultSet rs = quote_results(find_quotes(*store, {.about = "Lumen 3", .kind = "direct"}));
  std::string csv = render(rs, Format::kCsv);
  CHECK(csv.substr(0, csv.find("\r\n")) ==
        "published,doc,speaker,title,org,kind,text,about,speaker_description,begin,end,cue,sieve,"
        "confidence,id");
  CHECK(
      csv.find("2025-03-01,d1,Mira Okonkwo,CEO,Quillfeather Labs,direct,"
               "\"Lumen 3 is our fastest model, \"\"by far\"\"\",Lumen 3,,100,140,said,test-sieve,"
               "0.9,d1#q0\r\n") != std::string::npos);
  CHECK(csv.find(",\"Lumen 3 feels slow\non long inputs\",Lumen 3,one analyst,") !=
        std::string::npos);

  std::string table = render(rs, Format::kTable, {.width = 200});
  CHECK(table.find("sieve") == std::string::npos);
  // a try-out read a paraphrase as the speaker's own words: the table says which it is
  CHECK(table.substr(0, table.find('\n')).find("kind") != std::string::npos);
  CHECK(table.find("Lumen 3 feels slow on long inputs") != std::string::npos);
}

TEST_CASE("CSV quotes fields with commas, quotes and newlines (RFC 4180)", "[query]") {
  ResultSet rs{{{"a"}, {"b"}}, {{"x, y", "say \"hi\"\nbye"}, {nullptr, V{"p", "q"}}, {3, true}}};
  CHECK(render(rs, Format::kCsv) ==
        "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nbye\"\r\n,p; q\r\n3,true\r\n");
}

TEST_CASE("CSV and TSV print a computed fraction as it reads, not its float noise", "[query]") {
  double product = 0.6 * 0.75;  // 0.44999999999999996 in full
  REQUIRE(product != 0.45);
  ResultSet rs{{{"confidence"}, {"n"}}, {{product, 3}, {0.9, 1.0 / 3}}};
  CHECK(render(rs, Format::kCsv) == "confidence,n\r\n0.45,3\r\n0.9,0.333333333333333\r\n");
  CHECK(render(rs, Format::kTsv) == "confidence\tn\n0.45\t3\n0.9\t0.333333333333333\n");
}

TEST_CASE("TSV escapes tabs, newlines and backslashes", "[query]") {
  ResultSet rs{{{"a"}, {"b"}}, {{"t\tb\\", "two\nlines\r"}}};
  CHECK(render(rs, Format::kTsv) == "a\tb\nt\\tb\\\\\ttwo\\nlines\\r\n");
}

TEST_CASE("JSON is one array of objects, JSONL one object a line", "[query]") {
  ResultSet rs{{{"name"}, {"n", false}}, {{"Zoë", 1}, {"say \"x\"", nullptr}}};
  CHECK(render(rs, Format::kJsonl) ==
        "{\"n\":1,\"name\":\"Zoë\"}\n{\"n\":null,\"name\":\"say \\\"x\\\"\"}\n");
  auto parsed = nlohmann::json::parse(render(rs, Format::kJson));
  REQUIRE(parsed.is_array());
  CHECK(parsed.size() == 2);
  CHECK(parsed[1]["name"] == "say \"x\"");
}

TEST_CASE("no rows: the table writes nothing, csv and tsv the header, json []", "[query]") {
  ResultSet none{{{"name"}, {"type"}, {"id", false}}, {}};
  CHECK(render(none, Format::kTable).empty());  // the command says on stderr why
  CHECK(render(none, Format::kCsv) == "name,type,id\r\n");
  CHECK(render(none, Format::kTsv) == "name\ttype\tid\n");
  CHECK(render(none, Format::kJson) == "[]\n");
  CHECK(render(none, Format::kJsonl).empty());
}

TEST_CASE("table aligns columns by display width and wraps long cells", "[query]") {
  ResultSet rs{{{"name"}, {"note"}}, {{"Zoë", "a, b"}, {"東京", "x"}}};
  CHECK(render(rs, Format::kTable) == "name  note\n----  ----\nZoë   a, b\n東京  x\n");

  ResultSet wide{{{"id"}, {"text", true, 1}},
                 {{"q1", "the quick brown fox jumps over the lazy dog and runs away"}}};
  CHECK(render(wide, Format::kTable, {.width = 30, .max_lines = 2}) ==
        "id  text\n--  --------------------------\nq1  the quick brown fox jumps\n"
        "    over the lazy dog and run…\n");  // 26 columns, the cut included
}

TEST_CASE("a table too narrow for its free text is written as records", "[query]") {
  ResultSet rs{{{"doc"}, {"speaker"}, {"detail", true, 1}},
               {{"seed-quillon-r1", "Maren Oduya", "said the launch would slip to the spring"},
                {"seed-quillon-r2", "Ode Lind", nullptr}}};
  // 15 + 11 + 4 columns of gaps leave the detail 10 columns: fewer than 20, so records.
  CHECK(render(rs, Format::kTable, {.width = 40, .max_lines = 1}) ==
        "-[ 1 ]----------------------------------\n"
        "doc      seed-quillon-r1\n"
        "speaker  Maren Oduya\n"
        "detail   said the launch would slip to\n"
        "         the spring\n"
        "-[ 2 ]----------------------------------\n"
        "doc      seed-quillon-r2\n"
        "speaker  Ode Lind\n"
        "detail\n");
  // Wide enough: a table, the detail wrapped in its column.
  CHECK(render(rs, Format::kTable, {.width = 52, .max_lines = 3}).starts_with(
      "doc              speaker      detail\n"));
  // A name column's cell past 40 columns is a quotation standing as a vertex: cut, not wrapped.
  ResultSet quote{{{"from"}, {"to"}}, {{std::string(50, 'q'), "Maren Oduya"}}};
  CHECK(render(quote, Format::kTable, {.width = 60}).find(std::string(39, 'q') + "…  Maren Oduya") !=
        std::string::npos);
  // Narrower than the ids and names alone: records, every name whole.
  CHECK(render(quote, Format::kTable, {.width = 30}) ==
        "-[ 1 ]------------------------\nfrom  " + std::string(50, 'q') + "\nto    Maren Oduya\n");
}

TEST_CASE("of two free-text columns the one wider for its weight narrows first", "[query]") {
  ResultSet rs{{{"a", true, 1}, {"b", true, 3}}, {{std::string(30, 'x'), std::string(30, 'y')}}};
  std::string table = render(rs, Format::kTable, {.width = 52, .max_lines = 0});
  // 52 = 2 (gap) + 50: weight 1 gives up its width first, down to 20.
  CHECK(table.substr(0, table.find('\n')) == "a" + std::string(21, ' ') + "b");
}

TEST_CASE("wrap_text breaks at spaces, inside long words, and cuts at max_lines", "[query]") {
  CHECK(wrap_text("the quick brown fox jumps", 10, 0) == V{"the quick", "brown fox", "jumps"});
  CHECK(wrap_text("the quick brown fox jumps", 10, 2) == V{"the quick", "brown fox…"});
  CHECK(wrap_text("abcdefghij", 4, 0) == V{"abcd", "efgh", "ij"});
  CHECK(wrap_text("東京東京東京", 4, 0) == V{"東京", "東京", "東京"});
  CHECK(wrap_text("", 4, 0).empty());
}

TEST_CASE("parse_format knows the five formats", "[query]") {
  CHECK(parse_format("csv") == Format::kCsv);
  CHECK(parse_format("jsonl") == Format::kJsonl);
  CHECK_FALSE(parse_format("xml"));
}

TEST_CASE("find_path names each fact between two entities", "[query]") {
  testing::FixtureStore store("query_path");
  auto rows = find_path(*store, "lisbon", "Lumen 3");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].step == 1);
  CHECK(rows[0].from == "Lisbon");
  CHECK(rows[0].to == "“Quillfeather would open an office in Lisbon”");
  CHECK_FALSE(rows[0].forward);
  CHECK(rows[2].from == "Quillfeather Labs");
  CHECK(rows[2].predicate == "develops");
  CHECK(rows[2].doc == "d1");
  CHECK(rows[2].rule == "develops-verb");
  CHECK(rows[2].published == "2025-03-01");
  CHECK(render(path_results(rows), Format::kTsv)
            .find("1\tLisbon\t<-about-\t“Quillfeather would open an office in Lisbon”\t\td1\t"
                  "2025-03-01\ttest-sieve\tabout\tfalse\t200\t243\n") != std::string::npos);
  CHECK(find_path(*store, "Lisbon", "Lisbon").empty());
  CHECK_THROWS_AS(find_path(*store, "Lisbon", "Atlantis"), QueryError);
  // Lisbon is only named in March; from April on it links to nothing.
  CHECK(find_path(*store, "Lisbon", "Lumen 3", {.since = "2025-04"}).empty());
  CHECK(find_path(*store, "Tobias Renn", "Quillfeather", {.since = "2025-04"}).size() == 2);
}

namespace {

std::vector<std::string> column(const std::vector<TripleRow>& rows, std::string TripleRow::*field) {
  std::vector<std::string> out;
  for (const TripleRow& r : rows) out.push_back(r.*field);
  return out;
}

}  // namespace

TEST_CASE("timeline lists an entity's events oldest first with quotes and roles spelled out",
          "[query]") {
  testing::FixtureStore store("query_timeline");
  auto rows = timeline(*store, "Mira Okonkwo");
  CHECK(column(rows, &TripleRow::predicate) == V{"role", "said", "said", "role", "said"});
  CHECK(column(rows, &TripleRow::object) == V{"CEO, Quillfeather Labs",
                                              "“Lumen 3 is our fastest model, \"by far\"”",
                                              "“Quillfeather would open an office in Lisbon”",
                                              "chair, Brightwater Capital", "“We disagree”"});
  CHECK(rows[3].published == "2025-04-15");

  auto tobias = timeline(*store, "Renn");
  CHECK(column(tobias, &TripleRow::object) ==
        V{"analyst, Brightwater Capital", "“Quillfeather is, frankly, overvalued”"});
  std::string csv = render(triple_results(tobias), Format::kCsv);
  CHECK(csv.find("2025-04-15,d2,Tobias Renn,role,\"analyst, Brightwater Capital\",,false,0,40,"
                 "appositive,") != std::string::npos);

  // Undated facts come last, and go when a bound is given.
  auto lumen = timeline(*store, "Lumen 3");
  CHECK(column(lumen, &TripleRow::doc) == V{"d1", "d1", "d3", "d3"});
  CHECK(column(timeline(*store, "Lumen 3", {.until = "2025-12-31"}), &TripleRow::predicate) ==
        V{"develops", "about"});
  CHECK(timeline(*store, "Mira Okonkwo", {.until = "2025-03"}).size() == 3);
}

TEST_CASE("find_quote_page reads the first rows and counts every match", "[query]") {
  testing::FixtureStore store("query_page");
  QuotePage about = find_quote_page(*store, {.about = "Quillfeather"}, 1);
  CHECK(ids(about.rows) == V{"d2#q0"});
  CHECK(about.total == 2);
  QuotePage by = find_quote_page(*store, {.by = "Mira Okonkwo"}, 2);
  CHECK(ids(by.rows) == V{"d2#q1", "d1#q0"});
  CHECK(by.total == 3);
  CHECK(by.rows[0].title == "chair");  // the role stated in d2, though CEO came first
  QuotePage indirect = find_quote_page(*store, {.by = "Okonkwo", .kind = "indirect"}, 0);
  CHECK(ids(indirect.rows) == V{"d1#q1"});
  CHECK(indirect.total == 1);
  QuotePage dated = find_quote_page(*store, {.about = "Lumen 3", .dates = {.since = "2025"}}, 5);
  CHECK(ids(dated.rows) == V{"d1#q0"});  // the undated d3 quote is left out
  CHECK(dated.total == 1);
}

TEST_CASE("a surname or given name of exactly one person finds them; shared, both are named",
          "[query]") {
  using T = EntityType;
  Extraction a = testing::article("a", "2024-01-01");
  a.entities = {testing::entity("Ilka Vossberg", T::kPerson),
                testing::entity("Odo Brandl", T::kPerson), testing::entity("Pell Corp", T::kOrg)};
  a.quotes = {testing::quote("Pell is late", "direct", "Ilka Vossberg", {"Pell Corp"}, {0, 12})};
  Extraction b = testing::article("b", "2024-02-01");
  b.entities = {testing::entity("Rana Brandl", T::kPerson)};
  testing::FixtureStore store("query_one_name", {a, b});
  CHECK(ids(find_quotes(*store, {.by = "Vossberg"})) == V{"a#q0"});
  CHECK(ids(find_quotes(*store, {.by = "ilka"})) == V{"a#q0"});
  CHECK(resolve_entity(*store, "Odo") == entity_id(T::kPerson, "Odo Brandl"));
  CHECK_THROWS_WITH(resolve_entity(*store, "Brandl"),
                    "\"Brandl\" names 2 people; did you mean: Odo Brandl, Rana Brandl?");
}
