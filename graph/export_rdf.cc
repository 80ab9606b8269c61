#include "graph/export_rdf.h"

#include <fmt/format.h>

#include <cctype>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

namespace newsgraph {
namespace {

using Kind = RdfTerm::Kind;

RdfTerm iri(std::string value) { return {Kind::kIri, std::move(value), ""}; }
RdfTerm literal(std::string value, std::string datatype = "") {
  return {Kind::kLiteral, std::move(value), std::move(datatype)};
}
RdfTerm schema(std::string_view term) { return iri(std::string(kSchema) + std::string(term)); }
RdfTerm vocab(std::string_view term) { return iri(std::string(kVocabulary) + percent_encode(term)); }
RdfTerm resource(std::string_view kind, std::string_view key) {
  return iri(fmt::format("{}{}/{}", kResources, kind, percent_encode(key)));
}
RdfTerm article(std::string_view doc) { return resource("article", doc); }

std::string_view class_of(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "Person";
    case EntityType::kOrg: return "Organization";
    case EntityType::kProduct: return "Product";
    case EntityType::kPlace: return "Place";
  }
  return "Thing";
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// A URL as an IRI, or nullopt if it has no scheme (a bare path is no identifier). Bytes that
// IRIREF forbids (controls, space, <>"{}|^`\) and non-ASCII bytes are percent-encoded.
std::optional<RdfTerm> url_iri(std::string_view url) {
  size_t colon = url.find(':');
  if (colon == 0 || colon == std::string_view::npos) return std::nullopt;
  for (char c : url.substr(0, colon))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
      return std::nullopt;
  std::string out;
  for (char c : url) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos)
      out += fmt::format("%{:02X}", byte);
    else
      out += c;
  }
  return iri(std::move(out));
}

class TripleBuilder {
 public:
  TripleBuilder(const KnowledgeGraph& kg, const RdfSources& sources) : kg_(kg), sources_(sources) {}

  std::vector<RdfTriple> build() && {
    const Graph& g = kg_.graph();
    std::set<std::string> cited;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      switch (g[v].kind) {
        case NodeKind::kEntity: add_entity(v); break;
        case NodeKind::kQuote: add_quote(v); cited.insert(quote_document(g[v].key)); break;
        case NodeKind::kDocument: add_article(g[v].key, v); break;
        case NodeKind::kValue: break;  // a literal, stated by its subject
      }
    }
    for (const std::string& doc : cited) {
      std::optional<Vertex> vertex = kg_.find(doc);
      if (!vertex || g[*vertex].kind != NodeKind::kDocument) add_article(doc, {});
    }
    return std::move(triples_);
  }

 private:
  void add(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) {
    if (seen_.insert({s.value, p.value, o.value, o.datatype, int(o.kind)}).second)
      triples_.push_back({s, p, o});
  }

  // The vertex as an RDF term: an IRI, or a literal for a value.
  RdfTerm term(Vertex v) const {
    const VertexProps& p = kg_[v];
    switch (p.kind) {
      case NodeKind::kEntity: return resource("entity", p.key);
      case NodeKind::kQuote: return resource("quote", p.key);
      case NodeKind::kDocument: return article(p.key);
      case NodeKind::kValue: return literal(p.label);
    }
    return literal(p.label);
  }

  void add_entity(Vertex v) {
    const Graph& g = kg_.graph();
    const RdfTerm self = term(v);
    add(self, iri(std::string(kRdfType)), schema(class_of(g[v].type.value_or(EntityType::kOrg))));
    add(self, schema("name"), literal(g[v].label));
    if (auto it = sources_.aliases.find(g[v].key); it != sources_.aliases.end())
      for (const std::string& alias : it->second) add(self, schema("alternateName"), literal(alias));
    std::vector<RdfTriple> roles;  // after the entity's own statements, so Turtle groups them
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const EdgeProps& fact = g[e];
      if (fact.predicate == "role") add_role(self, term(boost::target(e, g)), fact.detail, roles);
      else if (!is_structural(fact.predicate) && fact.predicate != "in")
        add(self, vocab(fact.predicate), term(boost::target(e, g)));
    }
    for (const RdfTriple& t : roles) add(t.subject, t.predicate, t.object);
  }

  // detail is the title, "former " prefixed for a past role (KnowledgeGraph's EdgeProps).
  void add_role(const RdfTerm& person, const RdfTerm& org, std::string_view detail,
                std::vector<RdfTriple>& out) {
    constexpr std::string_view kFormer = "former ";
    bool former = detail.starts_with(kFormer);
    if (former) detail.remove_prefix(kFormer.size());
    RdfTerm role{Kind::kBlank, fmt::format("role{}", roles_++), ""};
    add(person, schema("worksFor"), role);
    out.push_back({role, iri(std::string(kRdfType)), schema("OrganizationRole")});
    out.push_back({role, schema("worksFor"), org});
    if (!detail.empty()) out.push_back({role, schema("roleName"), literal(std::string(detail))});
    if (former)
      out.push_back({role, vocab("former"), literal("true", std::string(kXsd) + "boolean")});
  }

  void add_quote(Vertex v) {
    const Graph& g = kg_.graph();
    const RdfTerm self = term(v);
    add(self, iri(std::string(kRdfType)), schema("Quotation"));
    add(self, schema("text"), literal(g[v].label));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
      if (g[e].predicate != "said") continue;
      RdfTerm speaker = term(boost::source(e, g));
      add(self, schema("spokenByCharacter"), speaker);
      add(self, schema("creator"), speaker);
      if (!g[e].detail.empty()) add(self, vocab("cueVerb"), literal(g[e].detail));
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (g[e].predicate == "about") add(self, schema("about"), term(boost::target(e, g)));
    add(self, schema("isPartOf"), article(quote_document(g[v].key)));
  }

  // `vertex` is the document's vertex, if the graph has one (it then adds schema:mentions).
  void add_article(const std::string& doc, std::optional<Vertex> vertex) {
    const Graph& g = kg_.graph();
    const RdfTerm self = article(doc);
    add(self, iri(std::string(kRdfType)), schema("NewsArticle"));
    add(self, schema("identifier"), literal(doc));
    auto record = sources_.documents.find(doc);
    if (record != sources_.documents.end()) {
      const DocumentRecord& d = record->second;
      if (!d.title.empty()) add(self, schema("headline"), literal(d.title));
      if (d.published)
        add(self, schema("datePublished"),
            literal(*d.published, is_iso_date(*d.published) ? std::string(kXsd) + "date" : ""));
      if (auto url = url_iri(d.url)) add(self, schema("url"), *url);
    } else if (vertex && g[*vertex].label != doc) {
      add(self, schema("headline"), literal(g[*vertex].label));
    }
    if (!vertex) return;
    for (auto e : boost::make_iterator_range(boost::in_edges(*vertex, g)))
      if (g[e].predicate == "mentioned_in") add(self, schema("mentions"), term(boost::source(e, g)));
  }

  const KnowledgeGraph& kg_;
  const RdfSources& sources_;
  std::vector<RdfTriple> triples_;
  std::set<std::tuple<std::string, std::string, std::string, std::string, int>> seen_;
  size_t roles_ = 0;
};

std::string ntriples_term(const RdfTerm& t) {
  switch (t.kind) {
    case Kind::kIri: return "<" + t.value + ">";
    case Kind::kBlank: return "_:" + t.value;
    case Kind::kLiteral:
      return t.datatype.empty() ? ntriples_string(t.value)
                                : ntriples_string(t.value) + "^^<" + t.datatype + ">";
  }
  return "";
}

// A Turtle PN_LOCAL we can write without escapes: a letter or '_', then letters, digits, '_'.
bool plain_local(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
    {"schema", kSchema}, {"ng", kVocabulary}, {"xsd", kXsd}};

std::string turtle_iri(const std::string& value) {
  for (const auto& [prefix, ns] : kPrefixes)
    if (value.starts_with(ns) && plain_local(std::string_view(value).substr(ns.size())))
      return fmt::format("{}:{}", prefix, value.substr(ns.size()));
  return "<" + value + ">";
}

std::string turtle_term(const RdfTerm& t) {
  if (t.kind == Kind::kIri) return turtle_iri(t.value);
  if (t.kind == Kind::kLiteral && !t.datatype.empty())
    return ntriples_string(t.value) + "^^" + turtle_iri(t.datatype);
  return ntriples_term(t);
}

}  // namespace

RdfSources rdf_sources(const Store& store, const KnowledgeGraph& graph) {
  RdfSources sources;
  const Graph& g = graph.graph();
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const VertexProps& p = g[v];
    std::string doc = p.kind == NodeKind::kQuote ? quote_document(p.key) : p.key;
    if (p.kind == NodeKind::kEntity) {
      if (auto e = store.entity(p.key)) sources.aliases.emplace(p.key, e->aliases);
    } else if (p.kind != NodeKind::kValue && !sources.documents.contains(doc)) {
      if (auto d = store.document(doc)) sources.documents.emplace(doc, *d);
    }
  }
  return sources;
}

std::string quote_document(std::string_view quote_key) {
  return std::string(quote_key.substr(0, quote_key.rfind("#q")));
}

std::vector<RdfTriple> rdf_triples(const KnowledgeGraph& graph, const RdfSources& sources) {
  return TripleBuilder(graph, sources).build();
}

std::string percent_encode(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || std::string_view("-._~:").find(c) != std::string_view::npos)
      out += c;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

std::string ntriples_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += fmt::format("\\u{:04X}", int(c));
        else out += c;
    }
  }
  return out + "\"";
}

void write_ntriples(std::ostream& out, const std::vector<RdfTriple>& triples) {
  for (const RdfTriple& t : triples)
    out << ntriples_term(t.subject) << ' ' << ntriples_term(t.predicate) << ' '
        << ntriples_term(t.object) << " .\n";
}

void write_turtle(std::ostream& out, const std::vector<RdfTriple>& triples) {
  for (const auto& [prefix, ns] : kPrefixes) out << "@prefix " << prefix << ": <" << ns << "> .\n";
  const RdfTerm* subject = nullptr;
  for (const RdfTriple& t : triples) {
    if (subject && *subject == t.subject) {
      out << " ;\n    ";
    } else {
      out << (subject ? " .\n\n" : "\n") << turtle_term(t.subject) << ' ';
      subject = &t.subject;
    }
    out << (t.predicate.value == kRdfType ? "a" : turtle_term(t.predicate)) << ' '
        << turtle_term(t.object);
  }
  if (subject) out << " .\n";
}

}  // namespace newsgraph
