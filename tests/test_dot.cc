// DOT export: escaping of hostile labels, checked by running GraphViz's own parser on it.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/dot.h"

using namespace newsgraph;

namespace {

// Runs `dot -T<format>` on `dot_text`; returns its stdout, or nullopt if dot failed.
std::optional<std::string> run_dot(const std::string& dot_text, const std::string& format) {
  auto path = std::filesystem::temp_directory_path() /
              ("newsgraph_test_dot_" + std::to_string(::getpid()) + ".dot");
  std::ofstream(path) << dot_text;
  std::string command = "dot -T" + format + " '" + path.string() + "' 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  int status = ::pclose(pipe);
  std::filesystem::remove(path);
  if (status != 0) return std::nullopt;
  return out;
}

// Text of the SVG <text> elements, XML entities decoded: what GraphViz actually drew.
std::vector<std::string> svg_texts(const std::string& svg) {
  std::vector<std::string> texts;
  for (size_t at = svg.find("<text"); at != std::string::npos; at = svg.find("<text", at + 1)) {
    size_t begin = svg.find('>', at) + 1, end = svg.find("</text>", begin);
    std::string raw = svg.substr(begin, end - begin), text;
    for (size_t i = 0; i < raw.size(); ++i) {
      static const std::pair<std::string, char> entities[] = {{"&quot;", '"'}, {"&amp;", '&'},
                                                              {"&lt;", '<'},   {"&gt;", '>'},
                                                              {"&#45;", '-'},  {"&#160;", ' '}};
      bool decoded = false;
      for (const auto& [name, c] : entities)
        if (raw.compare(i, name.size(), name) == 0) {
          text += c;
          i += name.size() - 1;
          decoded = true;
          break;
        }
      if (!decoded) text += raw[i];
    }
    texts.push_back(text);
  }
  return texts;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("dot_quote escapes backslash before quote, newlines, and drops controls", "[dot]") {
  CHECK(dot_quote("plain") == "\"plain\"");
  CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(dot_quote("trailing\\") == "\"trailing\\\\\"");
  CHECK(dot_quote("\\N") == "\"\\\\N\"");
  CHECK(dot_quote("two\nlines") == "\"two\\nlines\"");
  CHECK(dot_quote("tab\there\x01\x7f") == "\"tab here\"");
  CHECK(dot_quote("Zoë 🚀 東京") == "\"Zoë 🚀 東京\"");
}

TEST_CASE("write_dot output with hostile labels parses and renders the labels verbatim", "[dot]") {
  KnowledgeGraph kg;
  Vertex quote_mark =
      kg.add_vertex({NodeKind::kEntity, "ORG:a", "Say \"Cheese\" Inc", EntityType::kOrg});
  Vertex backslash =
      kg.add_vertex({NodeKind::kEntity, "PERSON:b", "ends with\\", EntityType::kPerson});
  Vertex keyword = kg.add_vertex({NodeKind::kEntity, "PRODUCT:node", "node", EntityType::kProduct});
  Vertex escape = kg.add_vertex({NodeKind::kEntity, "PLACE:n", "\\N", EntityType::kPlace});
  Vertex brackets = kg.add_vertex({NodeKind::kEntity, "ORG:c", "<b>{x}</b>", EntityType::kOrg});
  Vertex accents =
      kg.add_vertex({NodeKind::kEntity, "PERSON:zoe", "Zoë Ångström 🚀", EntityType::kPerson});
  Vertex quote =
      kg.add_vertex({NodeKind::kQuote, "d#q0",
                     "A long line\nthat goes on and on about \"graphs\" and never stops talking"});
  kg.add_edge(accents, quote, {"said", "warned", "d", {10, 20}, "trailing-cue"});
  kg.add_edge(quote, keyword, {"about", "", "d", {10, 20}, "trailing-cue"});
  kg.add_edge(backslash, quote_mark, {"role", "former CEO", "d", {0, 5}, "title-of"});
  kg.add_edge(escape, brackets, {"graph", "", "d", {}, ""});
  kg.add_edge(quote_mark, quote, {"said", "said", "d", {10, 20}, "cue"});

  std::ostringstream out;
  DotOptions options;
  options.name = "digraph";
  options.highlight = accents;
  write_dot(out, kg, options);
  const std::string dot = out.str();

  CHECK(dot.find("n1 [label=\"ends with\\\\\", shape=\"ellipse\"") != std::string::npos);
  CHECK(dot.find("n6 [label=\"“A long line that goes on and on about \\\"…”\", shape=\"note\"") !=
        std::string::npos);
  CHECK(dot.find("tooltip=\"A long line\\nthat goes on and on about \\\"graphs\\\" and never stops "
                 "talking\"") != std::string::npos);
  CHECK(dot.find("n5 -> n6 [label=\"said: warned\", tooltip=\"d [10,20) trailing-cue\"]") !=
        std::string::npos);
  CHECK(dot.find("n0 -> n6 [label=\"said\", tooltip=\"d [10,20) cue\"]") != std::string::npos);
  CHECK(dot.find("penwidth=\"3\"") != std::string::npos);

  auto canon = run_dot(dot, "canon");
  REQUIRE(canon);
  CHECK(canon->find("label=\"Say \\\"Cheese\\\" Inc\"") != std::string::npos);

  auto svg = run_dot(dot, "svg");
  REQUIRE(svg);
  auto texts = svg_texts(*svg);
  CHECK(contains(texts, "Say \"Cheese\" Inc"));
  CHECK(contains(texts, "ends with\\"));
  CHECK(contains(texts, "node"));
  CHECK(contains(texts, "\\N"));
  CHECK(contains(texts, "<b>{x}</b>"));
  CHECK(contains(texts, "Zoë Ångström 🚀"));
  CHECK(contains(texts, "role: former CEO"));
  CHECK(contains(texts, "graph"));
}

TEST_CASE("write_dot groups entities in one cluster a type and cuts long labels", "[dot]") {
  KnowledgeGraph kg;
  Vertex person = kg.add_vertex({NodeKind::kEntity, "PERSON:a", "Ada Quill", EntityType::kPerson});
  Vertex org = kg.add_vertex({NodeKind::kEntity, "ORG:b",
                              "The Extremely Long Named Consolidated Holdings Group of Companies",
                              EntityType::kOrg});
  Vertex quote = kg.add_vertex({NodeKind::kQuote, "d#q0", "We ship on Monday"});
  kg.add_edge(person, quote, {"said", "", "d", {0, 5}, "cue"});
  kg.add_edge(person, org, {"role", "CEO", "d", {0, 5}, "title-of"});

  std::ostringstream out;
  write_dot(out, kg);
  const std::string dot = out.str();

  CHECK(dot.find("overlap=\"false\"") != std::string::npos);
  size_t people = dot.find("subgraph \"cluster_PERSON\" {");
  size_t orgs = dot.find("subgraph \"cluster_ORG\" {");
  REQUIRE(people != std::string::npos);
  REQUIRE(orgs != std::string::npos);
  CHECK(dot.find("cluster_PRODUCT") == std::string::npos);  // no empty clusters
  CHECK(dot.find("n0 [label=\"Ada Quill\"", people) < orgs);
  CHECK(dot.find("n1 [label=\"The Extremely Long Named Consol…\"", orgs) != std::string::npos);
  CHECK(dot.find("tooltip=\"ORG The Extremely Long Named Consolidated Holdings Group of "
                 "Companies (0 mentions)\"") != std::string::npos);
  size_t quote_node = dot.find("n2 [label=\"“We ship on Monday”\"");
  REQUIRE(quote_node != std::string::npos);
  CHECK(quote_node > dot.rfind("  }\n"));  // quotes stay outside the clusters

  auto canon = run_dot(dot, "canon");
  CHECK(canon);
}

TEST_CASE("write_dot draws a fact stated by several documents as one counted arrow", "[dot]") {
  // A try-out's whole-Reuters diagram had 4,837 arrows between 150 vertices (one "develops"
  // a document) and GraphViz did not finish in ten minutes.
  KnowledgeGraph kg;
  Vertex org = kg.add_vertex({NodeKind::kEntity, "ORG:a", "Acme", EntityType::kOrg});
  Vertex product = kg.add_vertex({NodeKind::kEntity, "PRODUCT:b", "Widget", EntityType::kProduct});
  for (const char* doc : {"d1", "d2", "d3"}) kg.add_edge(org, product, {"develops", "", doc, {0, 4}, "cue"});
  kg.add_edge(org, product, {"sues", "", "d4", {1, 2}, "cue"});

  std::ostringstream out;
  write_dot(out, kg);
  const std::string dot = out.str();
  CHECK(dot.find("n0 -> n1 [penwidth=\"1\", label=\"develops (3)\", tooltip=\"d1 [0,4) cue and 2 more\"];") !=
        std::string::npos);
  CHECK(dot.find("n0 -> n1 [label=\"sues\", tooltip=\"d4 [1,2) cue\"];") != std::string::npos);
  size_t arrows = 0;
  for (size_t at = dot.find("->"); at != std::string::npos; at = dot.find("->", at + 1)) ++arrows;
  CHECK(arrows == 2);
  CHECK(dot.find("nslimit") == std::string::npos);  // a small diagram keeps dot's full effort
  CHECK(run_dot(dot, "canon"));

  // over 300 arrows the layout effort is bounded
  KnowledgeGraph big;
  Vertex hub = big.add_vertex({NodeKind::kEntity, "ORG:h", "Hub", EntityType::kOrg});
  for (int i = 0; i < 301; ++i) {
    Vertex v = big.add_vertex({NodeKind::kEntity, "ORG:" + std::to_string(i), "O" + std::to_string(i), EntityType::kOrg});
    big.add_edge(hub, v, {"partners_with", "", "d", {0, 1}, "cue"});
  }
  std::ostringstream big_out;
  write_dot(big_out, big);
  CHECK(big_out.str().find("mclimit=\"0.1\", nslimit=\"2\"") != std::string::npos);
}
