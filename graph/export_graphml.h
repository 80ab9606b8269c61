// GraphML export of a KnowledgeGraph (GraphML 1.0 schema, graphml.graphdrawing.org), for
// Gephi, yEd, Cytoscape and networkx. Written by hand: boost::write_graphml passes control
// characters through, which no XML 1.0 parser accepts.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace newsgraph {

/// One directed <graph>; node ids are the vertices' stable keys (EntityId, quote id,
/// "value:<text>", doc id), so exports of overlapping slices agree. Keys declared:
///   nodes  kind ("entity"|"quote"|"value"|"document"), label, type ("PERSON"... entities
///          only), mentions (long, entities only)
///   edges  predicate, detail (role title, cue verb), doc, begin and end (int, UTF-8 byte
///          offsets of the evidence; absent when empty), rule
/// Deterministic: same graph, same bytes.
void write_graphml(std::ostream& out, const KnowledgeGraph& graph);

/// `text` escaped for XML 1.0 attribute values and character data: & < > " ' as entities,
/// tab, newline and carriage return as character references (so attribute normalisation keeps
/// them); other C0 controls, which XML 1.0 forbids, are dropped; all other UTF-8 as is.
std::string xml_escape(std::string_view text);

}  // namespace newsgraph
