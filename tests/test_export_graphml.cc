// GraphML export: hostile labels survive a real GraphML reader (networkx) with the right
// node and edge counts and attributes.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "export_fixture.h"
#include "graph/export_graphml.h"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("xml_escape escapes markup, keeps whitespace as references, drops controls", "[export]") {
  CHECK(xml_escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  CHECK(xml_escape("one\ntwo\tthree\rfour") == "one&#10;two&#9;three&#13;four");
  CHECK(xml_escape(std::string("bell\x07nul\0", 9)) == "bellnul");
  CHECK(xml_escape("Zoë 🚀 {x} \\") == "Zoë 🚀 {x} \\");
}

TEST_CASE("write_graphml output reads back in networkx with every label intact", "[export]") {
  std::ostringstream out;
  write_graphml(out, hostile_graph());
  CHECK(out.str().find("<key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" "
                       "attr.type=\"string\"/>") != std::string::npos);
  CHECK(out.str().find("<node id=\"ORG:say cheese inc\">\n"
                       "      <data key=\"kind\">entity</data>\n"
                       "      <data key=\"label\">Say &quot;Cheese&quot; Inc</data>\n"
                       "      <data key=\"type\">ORG</data>\n"
                       "      <data key=\"mentions\">4</data>\n") != std::string::npos);

  TempPath file("hostile.graphml");
  std::ofstream(file.path(), std::ios::binary) << out.str();
  // Double quotes only: the script goes to the shell in single quotes.
  const std::string script = R"(import json, sys, networkx
g = networkx.read_graphml(sys.argv[1])
print(json.dumps([g.number_of_nodes(), g.number_of_edges(), g.is_directed(),
  g.nodes["d#q0"]["label"], g.nodes["PERSON:ends with"]["label"],
  g.nodes["PRODUCT:b x b"]["label"], g.nodes["PERSON:zoe angstrom"]["mentions"],
  g.edges["PERSON:ends with", "ORG:say cheese inc"]["detail"],
  g.edges["PERSON:zoe angstrom", "d#q0"]["begin"],
  "begin" in g.edges["PRODUCT:b x b", "value:$20 a month"]]))
)";
  auto result = run_command("/usr/bin/python3 -c '" + script + "' '" + file.str() + "'");
  REQUIRE(result);
  const auto read = nlohmann::json::parse(*result);
  CHECK(read[0] == 6);
  CHECK(read[1] == 7);
  CHECK(read[2] == true);
  CHECK(read[3] == "Line one\nline \"two\"\t\\ & <tags> {braces}");  // U+0001 dropped
  CHECK(read[4] == "ends with\\");
  CHECK(read[5] == "<b>{x}</b>");
  CHECK(read[6] == 3);
  CHECK(read[7] == "former CEO");
  CHECK(read[8] == 10);
  CHECK(read[9] == false);
}
