#include "graph/knowledge_graph.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "graph/hops.h"

namespace newsgraph {
namespace {

bool keeps(const GraphOptions& options, const std::string& doc) {
  return !options.keep_document || options.keep_document(doc);
}

}  // namespace

void add_quote(KnowledgeGraph& kg, const QuoteRecord& q, const EntityVertex& entity,
               bool documents) {
  Vertex quote = kg.add_vertex({NodeKind::kQuote, q.id, q.text});
  if (q.speaker)
    if (auto speaker = entity(*q.speaker))
      kg.add_edge(*speaker, quote, {"said", q.cue, q.doc, q.span, q.sieve});
  for (const EntityId& id : q.about)
    if (auto about = entity(id)) kg.add_edge(quote, *about, {"about", "", q.doc, q.span, q.sieve});
  if (documents)
    if (auto doc = kg.find(q.doc)) kg.add_edge(quote, *doc, {"in", "", q.doc, q.span, q.sieve});
}

void add_role(KnowledgeGraph& kg, const RoleRecord& r, const EntityVertex& entity) {
  if (!r.org) return;  // a bare title ("President X") links to no vertex
  auto person = entity(r.person), org = entity(*r.org);
  if (!person || !org) return;
  std::string title = r.former ? "former " + r.title : r.title;
  kg.add_edge(*person, *org, {"role", std::move(title), r.doc, r.span, r.rule});
}

void add_triple(KnowledgeGraph& kg, const TripleRecord& t, const EntityVertex& entity) {
  if (is_structural(t.predicate)) return;
  auto subject = entity(t.subject);
  if (!subject) return;
  std::optional<Vertex> object =
      t.literal ? kg.add_vertex({NodeKind::kValue, "value:" + t.object, t.object})
                : entity(t.object);
  if (object) kg.add_edge(*subject, *object, {t.predicate, "", t.doc, t.span, t.rule});
}

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
  EntityVertex stored = [&](const EntityId& id) { return kg.find(id); };
  store.for_each_quote([&](const QuoteRecord& q) {
    if (keeps(options, q.doc)) add_quote(kg, q, stored, options.documents);
  });
  store.for_each_role([&](const RoleRecord& r) {
    if (keeps(options, r.doc)) add_role(kg, r, stored);
  });
  store.for_each_triple([&](const TripleRecord& t) {
    if (keeps(options, t.doc)) add_triple(kg, t, stored);
  });
  return kg;
}

KnowledgeGraph KnowledgeGraph::shape_from_store(
    const Store& store, const GraphOptions& options,
    const std::function<void(const EntityRecord&)>& on_entity) {
  KnowledgeGraph kg;
  store.for_each_entity([&](const EntityRecord& e) {
    kg.add_vertex({NodeKind::kEntity, e.id, e.name, e.type, e.mentions});
    if (on_entity) on_entity(e);
  });
  EntityVertex stored = [&](const EntityId& id) { return kg.find(id); };
  auto quote = [&](const std::string& id) { return kg.add_vertex({NodeKind::kQuote, id, id}); };
  store.for_each_triple([&](const TripleRecord& t) {
    if (!keeps(options, t.doc)) return;
    EdgeProps edge{t.predicate, "", t.doc, t.span, t.rule};
    if (t.predicate == "said") {
      if (auto speaker = stored(t.subject)) kg.add_edge(*speaker, quote(t.object), edge);
    } else if (t.predicate == "about") {
      if (auto about = stored(t.object)) kg.add_edge(quote(t.subject), *about, edge);
    } else if (t.predicate == "role") {
      auto person = stored(t.subject), org = t.literal ? std::nullopt : stored(t.object);
      if (person && org) kg.add_edge(*person, *org, edge);
    } else {
      add_triple(kg, t, stored);
    }
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

void KnowledgeGraph::describe(Vertex v, std::string label, uint64_t mentions) {
  graph_[v].label = std::move(label);
  graph_[v].mentions = mentions;
}

// Facts read both ways (a quote about X is one hop from X); without `through_values`, edges
// touching a value vertex are left out.
Hops KnowledgeGraph::hops(Vertex start, bool through_values) const {
  std::vector<std::pair<size_t, size_t>> edges;
  edges.reserve(edge_count());
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    Vertex u = boost::source(e, graph_), v = boost::target(e, graph_);
    if (through_values ||
        (graph_[u].kind != NodeKind::kValue && graph_[v].kind != NodeKind::kValue))
      edges.emplace_back(u, v);
  }
  try {
    return hops_from(vertex_count(), edges, start);
  } catch (const std::out_of_range& e) {
    throw std::out_of_range(std::string("KnowledgeGraph::hops: ") + e.what());
  }
}

KnowledgeGraph KnowledgeGraph::induced(const std::vector<Vertex>& vs) const {
  KnowledgeGraph result;
  std::vector<std::optional<Vertex>> kept(vertex_count());
  for (Vertex v : vs) kept[v] = result.add_vertex(graph_[v]);
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    auto from = kept[boost::source(e, graph_)], to = kept[boost::target(e, graph_)];
    if (from && to) result.add_edge(*from, *to, graph_[e]);
  }
  return result;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view key) const {
  auto it = index_.find(std::string(key));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Neighbourhood KnowledgeGraph::around(Vertex centre, unsigned depth, size_t max_vertices) const {
  const std::vector<unsigned> distance = hops(centre, true).distance;
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

  const size_t within = reached.size();
  reached.resize(keep);  // the centre first: it becomes vertex 0
  return {induced(reached), 0, within, within - keep};
}

Neighbourhood KnowledgeGraph::best_connected(size_t max_vertices) const {
  std::vector<Vertex> all(vertex_count());
  std::iota(all.begin(), all.end(), Vertex(0));
  auto rank = [&](Vertex v) {
    size_t degree = boost::in_degree(v, graph_) + boost::out_degree(v, graph_);
    return std::tuple<long long, long long, const std::string&>(
        -static_cast<long long>(degree), -static_cast<long long>(graph_[v].mentions),
        graph_[v].key);
  };
  size_t keep = std::min(all.size(), std::max<size_t>(1, max_vertices));
  std::partial_sort(all.begin(), all.begin() + keep, all.end(),
                    [&](Vertex a, Vertex b) { return rank(a) < rank(b); });
  all.resize(keep);
  std::sort(all.begin(), all.end());  // in the whole graph's order, as an uncut export
  return {induced(all), 0, vertex_count(), vertex_count() - keep};
}

std::vector<PathStep> KnowledgeGraph::shortest_path(Vertex from, Vertex to) const {
  if (to >= vertex_count())
    throw std::out_of_range("KnowledgeGraph::shortest_path: no vertex " + std::to_string(to));
  const Hops search = hops(from, false);
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
