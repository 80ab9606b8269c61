#include "graph/document_rows.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/resolution.h"
#include "graph/store.h"
#include "graph/store_values.h"
#include "ingest/fold.h"

namespace newsgraph {

EntityId entity_id(EntityType type, std::string_view name) {
  std::string key = fold_key(name);
  return key.empty() ? EntityId() : std::string(to_string(type)) + ":" + key;
}

namespace {

using keys::Family;

// Predicates whose object is a Money literal (../shared/eval/FORMAT.md).
bool is_money_predicate(std::string_view p) {
  return p == "price" || p == "cost" || p == "raises" || p == "valued_at";
}

// The document's entities merged by id, and its names mapped to ids.
class DocumentEntities {
 public:
  struct Merged {
    values::Contribution contribution;
    Span first_mention;
    std::string rule;
  };

  explicit DocumentEntities(const Extraction& x) {
    for (const Entity& e : x.entities) add(e, x.published);
  }

  const std::map<EntityId, Merged>& by_id() const { return by_id_; }

  std::optional<EntityId> id_of(std::string_view name) const {
    if (auto it = by_form_.find(std::string(name)); it != by_form_.end()) return it->second;
    if (auto it = by_fold_.find(fold_key(name)); it != by_fold_.end()) return it->second;
    return std::nullopt;
  }

 private:
  void add(const Entity& e, const std::optional<std::string>& published) {
    EntityId id = entity_id(e.type, e.name);
    if (id.empty()) return;
    auto [it, fresh] = by_id_.try_emplace(id);
    Merged& m = it->second;
    if (fresh) {
      m.contribution = {.name = e.name, .type = e.type, .published = published};
      m.first_mention = e.mentions.empty() ? Span{} : e.mentions.front();
      m.rule = e.rule;
    }
    m.contribution.mentions += e.mentions.size();
    add_form(m, id, e.name);
    for (const auto& alias : e.aliases) add_form(m, id, alias);
  }

  void add_form(Merged& m, const EntityId& id, const std::string& form) {
    auto& forms = m.contribution.forms;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
    by_form_.try_emplace(form, id);
    by_fold_.try_emplace(fold_key(form), id);
  }

  std::map<EntityId, Merged> by_id_;
  std::unordered_map<std::string, EntityId> by_form_, by_fold_;
};

// Accumulates the rows of one document.
class RowWriter {
 public:
  RowWriter(const Extraction& x, const TermOf& term)
      : x_(x), term_(term), entities_(x), doc_(term(x.doc)) {
    // Enough for most documents (entity: 5 rows; quote: 1 + 3 a triple; role 4; relation 3).
    rows_.reserve(8 * (x.entities.size() + x.quotes.size() + x.roles.size()) +
                  3 * x.relations.size() + 2);
  }

  std::vector<Row> rows() && {
    DocumentRecord doc{.doc = x_.doc, .title = x_.title, .published = x_.published,
                       .url = x_.url, .source = x_.source, .content_hash = x_.content_hash};
    doc.entities = write_entities();
    doc.quotes = write_quotes();
    doc.roles = write_roles();
    doc.relations = write_relations();
    add(Family::kDocs, keys::join({x_.doc}), values::encode(doc));
    return std::move(rows_);
  }

 private:
  void add(Family f, std::string key, std::string value) {
    rows_.push_back({f, std::move(key), std::move(value)});
  }

  void triple(std::string_view s, std::string_view p, std::string_view o, bool literal,
              Span span, std::string_view rule, double confidence = 1.0) {
    keys::TripleKey key{term_(s), term_(p), term_(o), doc_, triples_++};
    std::string value = values::encode(values::TripleValue{
        .literal = literal, .span = span, .rule = term_(rule), .confidence = confidence});
    // The provenance once, in spo: pos and osp rows are keys only.
    add(Family::kSpo, keys::triple_key(Family::kSpo, key), std::move(value));
    for (Family f : {Family::kPos, Family::kOsp}) add(f, keys::triple_key(f, key), "");
  }

  // The quote_links row of the document's quote `q` (index i) for entity `id`.
  void link(const EntityId& id, keys::QuoteLink how, const QuoteRecord& q, uint32_t i) {
    add(Family::kQuoteLinks, keys::quote_link_key(term_(id), how, x_.published, x_.doc, q.span.begin, i),
        keys::ids({doc_}) + quote_kind_byte(q.kind));
  }

  uint32_t write_entities() {
    for (const auto& [id, m] : entities_.by_id()) {
      std::string entity_doc = keys::ids({term_(id), doc_});
      add(Family::kEntities, entity_doc, values::encode(m.contribution));
      add(Family::kNames, keys::name_key(term_(id), x_.published, x_.doc), m.contribution.name);
      std::map<std::string, uint64_t> folds;  // alias key -> surface forms folding to it
      for (const auto& form : m.contribution.forms) ++folds[fold_key(form)];
      for (const auto& [fold, count] : folds)
        if (!fold.empty())
          add(Family::kAliases, keys::prefix({fold}) + entity_doc, values::encode_count(count));
      triple(id, "mentioned_in", x_.doc, false, m.first_mention, m.rule);
    }
    return entities_.by_id().size();
  }

  uint32_t write_quotes() {
    for (uint32_t i = 0; i < x_.quotes.size(); ++i) {
      const Quote& q = x_.quotes[i];
      QuoteRecord r{.id = keys::quote_id(x_.doc, i), .doc = x_.doc, .published = x_.published,
                    .text = q.text, .kind = q.kind,
                    .speaker = q.speaker ? entities_.id_of(*q.speaker) : std::nullopt,
                    .speaker_description = q.speaker_description, .span = q.span, .cue = q.cue,
                    .sieve = q.sieve, .confidence = q.confidence};
      if (q.speaker && !r.speaker && !r.speaker_description) r.speaker_description = q.speaker;
      for (const auto& name : q.about)
        if (auto id = entities_.id_of(name); id && !std::count(r.about.begin(), r.about.end(), *id))
          r.about.push_back(*id);
      if (r.speaker) {
        triple(*r.speaker, "said", r.id, false, q.span, q.sieve, q.confidence);
        link(*r.speaker, keys::QuoteLink::kBy, r, i);
      }
      for (const auto& id : r.about) {
        triple(r.id, "about", id, false, q.span, q.sieve, q.confidence);
        link(id, keys::QuoteLink::kAbout, r, i);
      }
      add(Family::kQuotes, keys::with_index(keys::ids({doc_}), i), values::encode(r));
    }
    return x_.quotes.size();
  }

  uint32_t write_roles() {
    uint32_t written = 0;
    for (uint32_t i = 0; i < x_.roles.size(); ++i) {
      const Role& role = x_.roles[i];
      auto person = entities_.id_of(role.person);
      auto org = role.org ? entities_.id_of(*role.org) : std::nullopt;
      if (!person || (role.org && !org)) continue;
      RoleRecord r{.person = *person, .title = role.title, .org = org, .former = role.former,
                   .doc = x_.doc, .published = x_.published, .span = role.span, .rule = role.rule};
      // A role without an organisation points at its title, as a literal.
      triple(*person, "role", org ? *org : role.title, !org, role.span, role.rule);
      add(Family::kRoles, keys::with_index(keys::ids({term_(*person), doc_}), i),
          values::encode(r));
      add(Family::kRoleDates, keys::role_date_key(term_(*person), r.former, x_.published, doc_, i),
          "");
      ++written;
    }
    return written;
  }

  uint32_t write_relations() {
    uint32_t written = 0;
    for (const Relation& rel : x_.relations) {
      bool literal = rel.money.has_value() || is_money_predicate(rel.predicate);
      auto subject = entities_.id_of(rel.subject);
      auto object = literal ? std::optional(rel.object) : entities_.id_of(rel.object);
      if (!subject || !object) continue;
      triple(*subject, rel.predicate, *object, literal, rel.span, rel.rule);
      ++written;
    }
    return written;
  }

  const Extraction& x_;
  const TermOf& term_;
  DocumentEntities entities_;
  keys::TermId doc_;
  std::vector<Row> rows_;
  uint32_t triples_ = 0;
};

}  // namespace

std::vector<Row> document_rows(const Extraction& x, const TermOf& term) {
  return RowWriter(x, term).rows();
}

Row by_doc_row(std::vector<Row>& rows, keys::TermId doc) {
  // In key order, each family's memtable insert starts where the previous one ended, and an
  // SST file must be written in key order anyway.
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.family, a.key) < std::tie(b.family, b.key);
  });
  values::DocumentKeys written;
  for (const Row& row : rows)
    if (row.family != Family::kPos && row.family != Family::kOsp)
      written.emplace_back(row.family, row.key);
  return {Family::kByDoc, keys::ids({doc}), values::encode(written)};
}

void count_row(StoreStats& counts, Family f, int delta) {
  switch (f) {
    case Family::kDocs: counts.documents += delta; break;
    case Family::kQuotes: counts.quotes += delta; break;
    case Family::kRoles: counts.roles += delta; break;
    case Family::kSpo: counts.triples += delta; break;
    default: break;
  }
}

std::array<Row, 2> term_rows(std::string_view text, keys::TermId id) {
  return {Row{Family::kTerms, std::string(text), keys::ids({id})},
          Row{Family::kTermText, keys::ids({id}), std::string(text)}};
}

std::string resolution_key(const EntityId& id, keys::TermId term) {
  std::string join = join_key(id);
  return join.empty() ? join : keys::prefix({join}) + keys::ids({term});
}

}  // namespace newsgraph
