// Neo4j export of a KnowledgeGraph: CSV files in the header format of `neo4j-admin database
// import` (Neo4j 5 Operations Manual, "Import": CSV header format) and a Cypher script that
// loads the same files with LOAD CSV into a running database.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace newsgraph {

/// nodes.csv header. id is the vertex's stable key; :LABEL is "Entity;Person" (also
/// Organization, Product, Place), "Quote", "Value" or "Article"; type and mentions are for
/// entities only (empty, i.e. absent, otherwise).
inline constexpr std::string_view kNeo4jNodeHeader = "id:ID,name,:LABEL,kind,type,mentions:long";
/// relationships.csv header. :TYPE is the predicate upper-cased (SAID, ABOUT, ROLE, ACQUIRES,
/// MENTIONED_IN, IN ...); detail the role title or cue verb; begin and end the evidence's
/// UTF-8 byte offsets in doc.
inline constexpr std::string_view kNeo4jRelationshipHeader =
    ":START_ID,:END_ID,:TYPE,detail,doc,begin:int,end:int,rule";

/// `text` as one RFC 4180 CSV field: quoted, with `"` doubled, if it holds a comma, a quote, a
/// newline or a carriage return; else as is.
std::string csv_field(std::string_view text);

/// The header line, then one row per vertex (vertex order) / per edge (edge order).
void write_neo4j_nodes(std::ostream& out, const KnowledgeGraph& graph);
void write_neo4j_relationships(std::ostream& out, const KnowledgeGraph& graph);

/// A Cypher script: a uniqueness constraint on id for each node kind label, then one
/// `LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'` statement per label set and one from
/// 'file:///relationships.csv' per (type, start kind, end kind) present in `graph`.
void write_neo4j_cypher(std::ostream& out, const KnowledgeGraph& graph);

/// Writes nodes.csv, relationships.csv and load.cypher into `dir`, creating it if missing and
/// replacing those files. Throws std::runtime_error naming the file if one cannot be written.
void write_neo4j(const std::filesystem::path& dir, const KnowledgeGraph& graph);

}  // namespace newsgraph
