#include "graph/local_graph.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace newsgraph {
namespace {

// "PERSON:sam altman" -> kPerson (ids are "<TYPE>:<folded name>", graph/store.h).
std::optional<EntityType> type_of(const EntityId& id) {
  size_t colon = id.find(':');
  return colon == std::string::npos ? std::nullopt : parse_entity_type(id.substr(0, colon));
}

}  // namespace

std::string describe_partial(const PartialRead& p, size_t max_facts) {
  if (p.entities == 0) return "";
  return fmt::format("facts of {} {} read in part ({} of {}; --max-facts {})", p.entities,
                     p.entities == 1 ? "entity" : "entities", p.facts_read, p.facts_total,
                     max_facts);
}

LocalGraph::LocalGraph(const Store& store, GraphOptions options, size_t max_facts)
    : store_(store), options_(std::move(options)), max_facts_(max_facts) {
  options_.documents = false;
}

PartialRead LocalGraph::partial(const std::vector<Vertex>& vs) const {
  PartialRead p;
  auto add = [&](const Partly& part) {
    ++p.entities;
    p.facts_read += part.read;
    p.facts_total += part.total;
  };
  if (vs.empty())
    for (const auto& [v, part] : partly_) add(part);
  for (Vertex v : vs)
    if (auto it = partly_.find(v); it != partly_.end()) add(it->second);
  return p;
}

std::vector<Vertex> LocalGraph::vertices_of(const KnowledgeGraph& slice) const {
  std::vector<Vertex> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(slice.graph())))
    out.push_back(*kg_.find(slice[v].key));
  return out;
}

bool LocalGraph::keeps(const std::string& doc) const {
  return !options_.keep_document || options_.keep_document(doc);
}

void LocalGraph::mark(Vertex v, std::vector<bool>& flags) const {
  if (flags.size() <= v) flags.resize(kg_.vertex_count());
  flags[v] = true;
}

Vertex LocalGraph::add_entity(const EntityId& id) {
  return kg_.add_vertex({NodeKind::kEntity, id, id, type_of(id)});
}

bool LocalGraph::closed(Vertex v) const {
  if (kg_[v].kind == NodeKind::kQuote) return true;
  return v < expanded_.size() && expanded_[v];
}

std::optional<RoleRecord> LocalGraph::role_behind(const TripleRecord& t) {
  for (RoleRecord& r : store_.roles_in(t.subject, t.doc))
    if (r.org == t.object && r.doc == t.doc && r.span == t.span) return std::move(r);
  return std::nullopt;
}

void LocalGraph::add_triple(Vertex v, const TripleRecord& t) {
  const bool as_subject = kg_.find(t.subject) == v;
  const std::string& other = as_subject ? t.object : t.subject;
  if (auto o = kg_.find(other);
      !t.literal && o && *o != v && *o < relations_read_.size() && relations_read_[*o])
    return;  // added when the other end's relations were read
  EntityVertex entity = [&](const EntityId& id) -> std::optional<Vertex> {
    return add_entity(id);
  };
  if (t.predicate != "role") {
    newsgraph::add_triple(kg_, t, entity);
  } else if (!t.literal) {
    if (auto role = role_behind(t)) add_role(kg_, *role, entity);
  }
}

uint64_t LocalGraph::add_quotes(const EntityId& id, Store::QuoteLink link, uint64_t& total) {
  std::vector<std::pair<std::string, uint32_t>> newest;
  store_.for_each_quote_of(id, link, [&](const Store::QuoteEntry& e) {
    if (options_.keep_document && !keeps(std::string(e.doc))) return true;
    ++total;  // the rest are counted from their index keys, never read
    if (max_facts_ == 0 || newest.size() < max_facts_) newest.emplace_back(e.doc, e.index);
    return true;
  });
  // Added in document order, as every quote would be: vertex order breaks ties in searches.
  std::sort(newest.begin(), newest.end());
  EntityVertex entity = [&](const EntityId& other) -> std::optional<Vertex> {
    return add_entity(other);
  };
  for (const QuoteRecord& q : store_.quotes_at(newest))
    if (!kg_.find(q.id)) add_quote(kg_, q, entity);
  return newest.size();
}

void LocalGraph::expand(Vertex v) {
  if (closed(v) || kg_[v].kind != NodeKind::kEntity) return;
  const EntityId id = kg_[v].key;
  uint64_t total = 0;
  uint64_t read = add_quotes(id, Store::QuoteLink::kBy, total) +
                  add_quotes(id, Store::QuoteLink::kAbout, total);
  Store::TriplePage relations = store_.relations_of(id, max_facts_, options_.keep_document);
  for (const TripleRecord& t : relations.triples) add_triple(v, t);
  read += relations.triples.size();
  total += relations.total;
  if (read < total) partly_[v] = {read, total};
  mark(v, expanded_);
  mark(v, relations_read_);
}

void LocalGraph::expand_all(const std::vector<Vertex>& vs) {
  for (Vertex v : vs) expand(v);
}

void LocalGraph::describe(Vertex v) {
  if ((v < described_.size() && described_[v]) || kg_[v].kind != NodeKind::kEntity) return;
  const EntityId& id = kg_[v].key;
  if (auto name = store_.display_name(id)) kg_.describe(v, *name, store_.mentions(id).value_or(0));
  mark(v, described_);
}

bool LocalGraph::grow(Vertex centre, unsigned depth, bool through_values, size_t enough) {
  for (unsigned r = 0; r < depth; ++r) {
    const Hops h = kg_.hops(centre, through_values);
    std::vector<Vertex> frontier;
    size_t nearer = 0;  // within r edges, the frontier included
    for (Vertex v = 0; v < h.distance.size(); ++v) {
      if (h.distance[v] <= r) ++nearer;
      if (h.distance[v] == r) frontier.push_back(v);
    }
    if (frontier.empty()) return true;  // the whole component is read
    if (r > 0 && nearer >= enough) return false;
    if (r == 0 || enough == std::numeric_limits<size_t>::max()) {
      expand_all(frontier);
      continue;
    }
    // Past the centre, the best connected first, until twice `enough` vertices are known (each
    // new one is within r + 1): enough to rank the next level without reading all of it.
    std::stable_sort(frontier.begin(), frontier.end(), [&](Vertex a, Vertex b) {
      return boost::degree(a, kg_.graph()) > boost::degree(b, kg_.graph());
    });
    for (Vertex v : frontier) {
      if (kg_.vertex_count() >= 2 * enough) return false;
      expand(v);
    }
  }
  return true;
}

Neighbourhood LocalGraph::around(Vertex centre, unsigned depth, size_t max_vertices) {
  const bool all_reached = grow(centre, depth, true, max_vertices);
  Neighbourhood n = kg_.around(centre, depth, max_vertices);
  n.all_reached = all_reached;
  std::vector<Vertex> kept = vertices_of(n.graph);
  // Kept vertices at exactly `depth` are not expanded: read the relations and roles that may
  // join two of them (their quotes are closed already).
  std::vector<bool> in_kept(kg_.vertex_count());
  for (Vertex v : kept) in_kept[v] = true;
  for (Vertex v : kept) {
    if (closed(v) || kg_[v].kind != NodeKind::kEntity) continue;
    Store::TriplePage relations =
        store_.relations_of(kg_[v].key, max_facts_, options_.keep_document);
    for (const TripleRecord& t : relations.triples) {
      auto other = kg_.find(t.subject == kg_[v].key ? t.object : t.subject);
      if (other && *other < in_kept.size() && in_kept[*other]) add_triple(v, t);
    }
    if (relations.triples.size() < relations.total)
      partly_[v] = {relations.triples.size(), relations.total};
    mark(v, relations_read_);  // no edge of it is added twice
  }
  for (Vertex v : kept) describe(v);
  n.graph = kg_.induced(kept);
  return n;
}

std::vector<PathStep> LocalGraph::shortest_path(Vertex from, Vertex to) {
  long radius[2] = {-1, -1};  // every vertex this near to ends[i] is closed
  while (from != to) {
    const Hops h[2] = {kg_.hops(from, false), kg_.hops(to, false)};
    const unsigned found = h[0].distance[to];
    if (found != Hops::kUnreached && found <= radius[0] + radius[1] + 2) break;
    std::vector<Vertex> next[2];
    bool any[2] = {false, false};
    for (int side : {0, 1})
      for (Vertex v = 0; v < h[side].distance.size(); ++v)
        if (h[side].distance[v] == static_cast<unsigned long>(radius[side] + 1)) {
          any[side] = true;
          if (!closed(v)) next[side].push_back(v);
        }
    if (!any[0] || !any[1]) break;  // one end's component is read whole
    const int side = next[0].size() <= next[1].size() ? 0 : 1;
    expand_all(next[side]);
    ++radius[side];
  }
  std::vector<PathStep> steps = kg_.shortest_path(from, to);
  for (const PathStep& s : steps) describe(s.from), describe(s.to);
  return steps;
}

std::optional<Neighbourhood> neighbourhood_of(const Store& store, const EntityId& id,
                                              unsigned depth, size_t max_vertices,
                                              const GraphOptions& options, size_t max_facts,
                                              PartialRead* partial) {
  if (!options.documents) {
    LocalGraph local(store, options, max_facts);
    Neighbourhood n = local.around(local.add_entity(id), depth, max_vertices);
    if (partial) *partial = local.partial(local.vertices_of(n.graph));
    return n;
  }
  KnowledgeGraph whole = KnowledgeGraph::from_store(store, options);
  std::optional<Vertex> centre = whole.find(id);
  if (!centre) return std::nullopt;
  return whole.around(*centre, depth, max_vertices);
}

}  // namespace newsgraph
