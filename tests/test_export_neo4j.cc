// Neo4j export: the documented neo4j-admin import headers, RFC 4180 quoting that a real CSV
// reader (Python's csv module) reads back, and a load.cypher matching the files.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "export_fixture.h"
#include "graph/export_neo4j.h"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("csv_field quotes only fields that need it and doubles quotes", "[export]") {
  CHECK(csv_field("plain text") == "plain text");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\r") == "\"cr\r\"");
  CHECK(csv_field("back\\slash") == "back\\slash");
  CHECK(csv_field("") == "");
}

TEST_CASE("write_neo4j writes the documented headers and one row per vertex and edge", "[export]") {
  TempPath dir("neo4j");
  write_neo4j(dir.path() / "out", hostile_graph());
  const std::string nodes = read_file(dir.path() / "out" / "nodes.csv");
  const std::string rels = read_file(dir.path() / "out" / "relationships.csv");
  const std::string cypher = read_file(dir.path() / "out" / "load.cypher");

  CHECK(nodes.starts_with("id:ID,name,:LABEL,kind,type,mentions:long\n"));
  CHECK(rels.starts_with(":START_ID,:END_ID,:TYPE,detail,doc,begin:int,end:int,rule\n"));
  CHECK(nodes.find("\nORG:say cheese inc,\"Say \"\"Cheese\"\" Inc\",Entity;Organization,entity,ORG,4\n") !=
        std::string::npos);
  CHECK(nodes.find("\nd#q0,\"Line one\nline \"\"two\"\"\t\\ & <tags> {braces}\x01\",Quote,quote,,\n") !=
        std::string::npos);
  CHECK(nodes.find("\nvalue:$20 a month,$20 a month,Value,value,,\n") != std::string::npos);
  CHECK(rels.find("\nPERSON:ends with,ORG:say cheese inc,ROLE,former CEO,d,0,5,title-of\n") !=
        std::string::npos);
  CHECK(rels.find("\nPRODUCT:b x b,value:$20 a month,PRICE,,d,,,\n") != std::string::npos);

  CHECK(cypher.find("CREATE CONSTRAINT `newsgraph_Entity_id` IF NOT EXISTS FOR (n:`Entity`) "
                    "REQUIRE n.id IS UNIQUE;\n") != std::string::npos);
  CHECK(cypher.find("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
                    "WITH row WHERE row.`:LABEL` = 'Entity;Person'\n"
                    "CREATE (:`Entity`:`Person` {id: row.`id:ID`, name: row.name,") !=
        std::string::npos);
  CHECK(cypher.find("WITH row WHERE row.`:TYPE` = 'SAID'\n"
                    "MATCH (a:`Entity` {id: row.`:START_ID`}), (b:`Quote` {id: row.`:END_ID`})\n"
                    "CREATE (a)-[:`SAID` {detail: row.detail,") != std::string::npos);
  CHECK(cypher.find("MATCH (a:`Entity` {id: row.`:START_ID`}), (b:`Value` {id: row.`:END_ID`})\n"
                    "CREATE (a)-[:`PRICE`") != std::string::npos);

  // What a standard CSV reader makes of the rows.
  const std::string script = R"(import csv, json, sys
rows = lambda name: list(csv.DictReader(open(sys.argv[1] + "/" + name, newline="")))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
quote = [n for n in nodes if n["id:ID"] == "d#q0"][0]
print(json.dumps([len(nodes), len(rels), quote["name"], quote[":LABEL"], nodes[0]["name"]]))
)";
  auto result = run_command("/usr/bin/python3 -c '" + script + "' '" + (dir.path() / "out").string() + "'");
  REQUIRE(result);
  const auto read = nlohmann::json::parse(*result);
  CHECK(read[0] == 6);
  CHECK(read[1] == 7);
  CHECK(read[2] == kHostileQuote);
  CHECK(read[3] == "Quote");
  CHECK(read[4] == "Say \"Cheese\" Inc");
}

TEST_CASE("write_neo4j throws when the output path is a file, not a directory", "[export]") {
  TempPath file("neo4j_not_a_dir");
  std::ofstream(file.path()) << "a file where the directory should be";
  CHECK_THROWS_AS(write_neo4j(file.path(), hostile_graph()), std::runtime_error);
}
