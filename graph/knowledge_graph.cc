#include "graph/knowledge_graph.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "graph/hops.h"

namespace newsgraph {
namespace {

bool keeps(const GraphOptions& options, const std::string& doc) {
  return !options.keep_document || options.keep_document(doc);
}

void add_quote(KnowledgeGraph& kg, const QuoteRecord& q, bool documents) {
  Vertex quote = kg.add_vertex({NodeKind::kQuote, q.id, q.text});
  if (q.speaker)
    if (auto speaker = kg.find(*q.speaker))
      kg.add_edge(*speaker, quote, {"said", q.cue, q.doc, q.span, q.sieve});
  for (const EntityId& id : q.about)
    if (auto entity = kg.find(id))
      kg.add_edge(quote, *entity, {"about", "", q.doc, q.span, q.sieve});
  if (documents)
    if (auto doc = kg.find(q.doc)) kg.add_edge(quote, *doc, {"in", "", q.doc, q.span, q.sieve});
}

void add_role(KnowledgeGraph& kg, const RoleRecord& r) {
  if (!r.org) return;  // a bare title ("President X") links to no vertex
  auto person = kg.find(r.person), org = kg.find(*r.org);
  if (!person || !org) return;
  std::string title = r.former ? "former " + r.title : r.title;
  kg.add_edge(*person, *org, {"role", std::move(title), r.doc, r.span, r.rule});
}

void add_triple(KnowledgeGraph& kg, const TripleRecord& t) {
  if (is_structural(t.predicate)) return;
  auto subject = kg.find(t.subject);
  if (!subject) return;
  std::optional<Vertex> object =
      t.literal ? kg.add_vertex({NodeKind::kValue, "value:" + t.object, t.object})
                : kg.find(t.object);
  if (object) kg.add_edge(*subject, *object, {t.predicate, "", t.doc, t.span, t.rule});
}

// Facts read both ways (a quote about X is one hop from X); without `through_values`, edges
// touching a value vertex are left out. Throws std::out_of_range if `start` is not a vertex.
Hops search_from(const Graph& g, Vertex start, const char* caller, bool through_values) {
  std::vector<std::pair<size_t, size_t>> edges;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    Vertex u = boost::source(e, g), v = boost::target(e, g);
    if (through_values || (g[u].kind != NodeKind::kValue && g[v].kind != NodeKind::kValue))
      edges.emplace_back(u, v);
  }
  try {
    return hops_from(boost::num_vertices(g), edges, start);
  } catch (const std::out_of_range& e) {
    throw std::out_of_range(std::string("KnowledgeGraph::") + caller + ": " + e.what());
  }
}

}  // namespace

bool is_structural(std::string_view predicate) {
  return predicate == "said" || predicate == "about" || predicate == "role" ||
         predicate == "mentioned_in";
}

std::string_view to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::kEntity: return "entity";
    case NodeKind::kQuote: return "quote";
    case NodeKind::kValue: return "value";
    case NodeKind::kDocument: return "document";
  }
  return "entity";
}

KnowledgeGraph KnowledgeGraph::from_store(const Store& store, const GraphOptions& options) {
  KnowledgeGraph kg;
  if (options.documents)
    store.for_each_document([&](const DocumentRecord& d) {
      kg.add_vertex({NodeKind::kDocument, d.doc, d.title.empty() ? d.doc : d.title});
    });
  store.for_each_entity([&](const EntityRecord& e) {
    Vertex v = kg.add_vertex({NodeKind::kEntity, e.id, e.name, e.type, e.mentions});
    if (options.documents)
      for (const std::string& doc : e.docs)
        if (auto d = kg.find(doc)) kg.add_edge(v, *d, {"mentioned_in", "", doc, {}, ""});
  });
  store.for_each_quote([&](const QuoteRecord& q) {
    if (keeps(options, q.doc)) add_quote(kg, q, options.documents);
  });
  store.for_each_role([&](const RoleRecord& r) {
    if (keeps(options, r.doc)) add_role(kg, r);
  });
  store.for_each_triple([&](const TripleRecord& t) {
    if (keeps(options, t.doc)) add_triple(kg, t);
  });
  return kg;
}

Vertex KnowledgeGraph::add_vertex(VertexProps props) {
  if (auto found = find(props.key)) return *found;
  std::string key = props.key;
  Vertex v = boost::add_vertex(std::move(props), graph_);
  index_.emplace(std::move(key), v);
  return v;
}

void KnowledgeGraph::add_edge(Vertex from, Vertex to, EdgeProps props) {
  boost::add_edge(from, to, std::move(props), graph_);
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view key) const {
  auto it = index_.find(std::string(key));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Neighbourhood KnowledgeGraph::around(Vertex centre, unsigned depth, size_t max_vertices) const {
  const std::vector<unsigned> distance = search_from(graph_, centre, "around", true).distance;
  std::vector<Vertex> reached;
  for (Vertex v = 0; v < distance.size(); ++v)
    if (distance[v] <= depth) reached.push_back(v);
  auto rank = [&](Vertex v) {
    size_t degree = boost::in_degree(v, graph_) + boost::out_degree(v, graph_);
    return std::tuple<unsigned, long long, long long, const std::string&>(
        distance[v], -static_cast<long long>(degree), -static_cast<long long>(graph_[v].mentions),
        graph_[v].key);
  };
  std::sort(reached.begin(), reached.end(), [&](Vertex a, Vertex b) { return rank(a) < rank(b); });
  size_t keep = std::min(reached.size(), std::max<size_t>(1, max_vertices));

  Neighbourhood result{KnowledgeGraph{}, 0, reached.size(), reached.size() - keep};
  std::vector<std::optional<Vertex>> kept(distance.size());
  for (size_t i = 0; i < keep; ++i) kept[reached[i]] = result.graph.add_vertex(graph_[reached[i]]);
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    auto from = kept[boost::source(e, graph_)], to = kept[boost::target(e, graph_)];
    if (from && to) result.graph.add_edge(*from, *to, graph_[e]);
  }
  return result;
}

std::vector<PathStep> KnowledgeGraph::shortest_path(Vertex from, Vertex to) const {
  if (to >= vertex_count())
    throw std::out_of_range("KnowledgeGraph::shortest_path: no vertex " + std::to_string(to));
  const Hops search = search_from(graph_, from, "shortest_path", false);
  std::vector<PathStep> steps;
  if (search.distance[to] == Hops::kUnreached) return steps;
  for (Vertex v = to; v != from; v = search.predecessor[v]) {
    Vertex u = search.predecessor[v];
    auto [forward, found] = boost::edge(u, v, graph_);
    if (found)
      steps.push_back({u, v, graph_[forward], true});
    else
      steps.push_back({u, v, graph_[boost::edge(v, u, graph_).first], false});
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

}  // namespace newsgraph
