#include "query/path.h"

#include "graph/local_graph.h"
#include "query/resolve.h"

namespace newsgraph {
namespace {

std::string display(const VertexProps& v) {
  return v.kind == NodeKind::kQuote ? "“" + v.label + "”" : v.label;
}

}  // namespace

std::vector<PathRow> find_path(const Store& store, std::string_view a, std::string_view b,
                               const DateRange& dates, size_t max_facts, PartialRead* partial) {
  EntityId from = resolve_entity(store, a), to = resolve_entity(store, b);
  LocalGraph local(store, dated_options(store, dates), max_facts);
  Vertex u = local.add_entity(from), v = local.add_entity(to);
  const std::vector<PathStep> steps = local.shortest_path(u, v);
  if (partial) *partial = local.partial();
  const KnowledgeGraph& kg = local.graph();
  DocumentDates published(store);
  std::vector<PathRow> rows;
  for (const PathStep& s : steps)
    rows.push_back({rows.size() + 1, display(kg[s.from]), display(kg[s.to]), s.edge.predicate,
                    s.forward, s.edge.detail, s.edge.doc, published.of(s.edge.doc), s.edge.span,
                    s.edge.rule});
  return rows;
}

ResultSet path_results(const std::vector<PathRow>& rows) {
  ResultSet rs;
  for (const char* name : {"step", "from", "edge", "to"}) rs.columns.push_back({name});
  rs.columns.push_back({"detail", true, 1});  // free text: a narrow table cuts it, not the ids
  for (const char* name : {"doc", "published", "rule"}) rs.columns.push_back({name});
  for (const char* name : {"predicate", "forward", "begin", "end"})
    rs.columns.push_back({name, false});
  for (const PathRow& r : rows) {
    std::string edge = r.forward ? "-" + r.predicate + "->" : "<-" + r.predicate + "-";
    nlohmann::json published = r.published ? nlohmann::json(*r.published) : nlohmann::json();
    rs.rows.push_back({r.step, r.from, edge, r.to, r.detail, r.doc, published, r.rule, r.predicate,
                       r.forward, r.span.begin, r.span.end});
  }
  return rs;
}

}  // namespace newsgraph
