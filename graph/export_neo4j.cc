#include "graph/export_neo4j.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <set>
#include <stdexcept>
#include <tuple>

namespace newsgraph {
namespace {

// The node's labels, ';'-separated as the :LABEL column takes them.
std::string labels_of(const VertexProps& v) {
  switch (v.kind) {
    case NodeKind::kQuote: return "Quote";
    case NodeKind::kValue: return "Value";
    case NodeKind::kDocument: return "Article";
    case NodeKind::kEntity: break;
  }
  switch (v.type.value_or(EntityType::kOrg)) {
    case EntityType::kPerson: return "Entity;Person";
    case EntityType::kOrg: return "Entity;Organization";
    case EntityType::kProduct: return "Entity;Product";
    case EntityType::kPlace: return "Entity;Place";
  }
  return "Entity";
}

// The first label, the one ids are unique within.
std::string kind_label(const VertexProps& v) {
  std::string labels = labels_of(v);
  return labels.substr(0, labels.find(';'));
}

std::string type_of(std::string_view predicate) {
  std::string type(predicate);
  for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return type;
}

// A Cypher string literal in single quotes, and a name in backticks, escaped.
std::string cypher_string(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}
std::string cypher_name(std::string_view s) {
  std::string out = "`";
  for (char c : s) out += c == '`' ? std::string("``") : std::string(1, c);
  return out + "`";
}
std::string cypher_labels(std::string_view labels) {
  std::string out;
  for (size_t at = 0; at <= labels.size();) {
    size_t end = std::min(labels.find(';', at), labels.size());
    out += ":" + cypher_name(labels.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

void write_file(const std::filesystem::path& path,
                const std::function<void(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  write(out);
  out.close();
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void write_neo4j_nodes(std::ostream& out, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  out << kNeo4jNodeHeader << '\n';
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const VertexProps& p = g[v];
    out << csv_field(p.key) << ',' << csv_field(p.label) << ',' << labels_of(p) << ','
        << to_string(p.kind) << ',';
    if (p.type) out << to_string(*p.type) << ',' << p.mentions;
    else out << ',';
    out << '\n';
  }
}

void write_neo4j_relationships(std::ostream& out, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  out << kNeo4jRelationshipHeader << '\n';
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    out << csv_field(g[boost::source(e, g)].key) << ',' << csv_field(g[boost::target(e, g)].key)
        << ',' << csv_field(type_of(p.predicate)) << ',' << csv_field(p.detail) << ','
        << csv_field(p.doc) << ',';
    if (p.span.size() > 0) out << p.span.begin << ',' << p.span.end;
    else out << ',';
    out << ',' << csv_field(p.rule) << '\n';
  }
}

void write_neo4j_cypher(std::ostream& out, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  std::set<std::string> kinds, label_sets;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    kinds.insert(kind_label(g[v]));
    label_sets.insert(labels_of(g[v]));
  }
  std::set<std::tuple<std::string, std::string, std::string>> links;  // type, start, end
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    links.emplace(type_of(g[e].predicate), kind_label(g[boost::source(e, g)]),
                  kind_label(g[boost::target(e, g)]));

  out << "// newsgraph export: load nodes.csv and relationships.csv, copied into the database's\n"
         "// import directory, with: cypher-shell -f load.cypher\n"
         "// Or import them into an empty database with:\n"
         "//   neo4j-admin database import full --nodes=nodes.csv "
         "--relationships=relationships.csv --multiline-fields=true\n"
         "// Quotes are RFC 4180 (\"\" inside quoted fields): set "
         "dbms.import.csv.legacy_quote_escaping=false.\n";
  for (const std::string& kind : kinds)
    out << fmt::format("CREATE CONSTRAINT {} IF NOT EXISTS FOR (n:{}) REQUIRE n.id IS UNIQUE;\n",
                       cypher_name("newsgraph_" + kind + "_id"), cypher_name(kind));
  for (const std::string& labels : label_sets)
    out << "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
        << "WITH row WHERE row.`:LABEL` = " << cypher_string(labels) << '\n'
        << "CREATE (" << cypher_labels(labels)
        << " {id: row.`id:ID`, name: row.name, kind: row.kind, type: row.type, "
           "mentions: toInteger(row.`mentions:long`)});\n";
  for (const auto& [type, start, end] : links)
    out << "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
        << "WITH row WHERE row.`:TYPE` = " << cypher_string(type) << '\n'
        << "MATCH (a:" << cypher_name(start) << " {id: row.`:START_ID`}), (b:" << cypher_name(end)
        << " {id: row.`:END_ID`})\n"
        << "CREATE (a)-[:" << cypher_name(type)
        << " {detail: row.detail, doc: row.doc, begin: toInteger(row.`begin:int`), "
           "end: toInteger(row.`end:int`), rule: row.rule}]->(b);\n";
}

void write_neo4j(const std::filesystem::path& dir, const KnowledgeGraph& graph) {
  std::filesystem::create_directories(dir);
  write_file(dir / "nodes.csv", [&](std::ostream& out) { write_neo4j_nodes(out, graph); });
  write_file(dir / "relationships.csv",
             [&](std::ostream& out) { write_neo4j_relationships(out, graph); });
  write_file(dir / "load.cypher", [&](std::ostream& out) { write_neo4j_cypher(out, graph); });
}

}  // namespace newsgraph
