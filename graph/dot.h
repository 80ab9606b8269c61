// GraphViz DOT export of a KnowledgeGraph, written by hand rather than with
// boost::write_graphviz, which (Boost 1.74) leaves keywords such as `node` unquoted, lets a
// trailing backslash escape the closing quote and lets "\N" render as the node name.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace newsgraph {

struct DotOptions {
  std::string name = "newsgraph";   // the digraph's name
  size_t quote_label_width = 40;    // columns of a quote's label; the full text is its tooltip
  size_t label_width = 32;          // columns of any other label; the full text is its tooltip
  std::optional<Vertex> highlight;  // drawn with a thick border, e.g. a neighbourhood's centre
};

/// Writes `graph` as one DOT digraph: vertex v is node "n<v>"; entity types are told apart by
/// shape and fill (PERSON ellipse, ORG box, PRODUCT component, PLACE house) and grouped in one
/// cluster a type (`cluster_PERSON`...), quotes are notes, values plain text, documents folders;
/// each edge is labelled with its predicate (and detail) and has its provenance as tooltip;
/// edges with the same ends and label (one fact, stated by N documents) are one arrow labelled
/// "LABEL (N)", drawn thicker, its tooltip the first provenance and "and N-1 more". Over 300
/// arrows, dot's layout effort is bounded (`mclimit=0.1`, `nslimit=2`): minutes become seconds,
/// at the cost of a few more crossings.
/// Labels are cut to a display width with the full text as tooltip, and `overlap=false` keeps
/// force-directed layouts (neato, sfdp) readable at a few hundred nodes. Every value is a
/// quoted string (see dot_quote), so any UTF-8 label is safe. Deterministic: same graph, same
/// bytes.
void write_dot(std::ostream& out, const KnowledgeGraph& graph, const DotOptions& options = {});

/// `text` as a DOT double-quoted escString, quotes included: `\` becomes `\\` (so "\N" and a
/// trailing backslash stay literal), `"` becomes `\"`, a newline `\n`, a tab a space; other
/// ASCII control characters are dropped; all other UTF-8 is kept as is.
std::string dot_quote(std::string_view text);

}  // namespace newsgraph
