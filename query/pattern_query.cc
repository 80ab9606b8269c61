#include "query/pattern_query.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

namespace newsgraph {
namespace {

enum class Kind { kEntity, kQuote, kDocument, kValue };

// What the subject or object of a stored triple is (schemas/store.md, Triples).
Kind subject_kind(const TripleRecord& t) {
  return t.predicate == "about" ? Kind::kQuote : Kind::kEntity;
}
Kind object_kind(const TripleRecord& t) {
  if (t.literal) return Kind::kValue;
  if (t.predicate == "said") return Kind::kQuote;
  if (t.predicate == "mentioned_in") return Kind::kDocument;
  return Kind::kEntity;
}

struct Binding {
  std::string value;
  Kind kind = Kind::kEntity;
};

struct EntityInfo {
  std::string name;
  EntityType type = EntityType::kOrg;
};

// A pattern with its constants resolved: subject to an entity id; object to an entity id
// when some entity has that name, else kept as a literal value.
struct Step {
  const Pattern* pattern = nullptr;
  std::optional<EntityId> subject;
  std::optional<std::string> object;
  bool object_is_entity = false;
  std::optional<Binding> subject_binding, object_binding;  // the constants as values
};

// Triples read from the store once, indexed by subject and by object.
class Scan {
 public:
  explicit Scan(std::vector<TripleRecord> triples) : triples_(std::move(triples)) {
    for (const TripleRecord& t : triples_) {
      all_.push_back(&t);
      by_subject_[t.subject].push_back(&t);
      by_object_[t.object].push_back(&t);
    }
  }

  // Those with this subject and/or object (null: any).
  const std::vector<const TripleRecord*>& narrowed(const std::string* subject,
                                                   const std::string* object) const {
    static const std::vector<const TripleRecord*> kNone;
    const auto& index = subject ? by_subject_ : by_object_;
    const std::string* key = subject ? subject : object;
    if (!key) return all_;
    auto it = index.find(*key);
    return it == index.end() ? kNone : it->second;
  }

 private:
  std::vector<TripleRecord> triples_;
  std::vector<const TripleRecord*> all_;
  std::unordered_map<std::string, std::vector<const TripleRecord*>> by_subject_, by_object_;
};

struct Solution {
  std::map<std::string, Binding> bound;  // variable -> value
  std::set<std::string> docs;
};

// Most-bound pattern first: a constant or already bound subject or object counts 1.
std::vector<Step> plan(std::vector<Step> steps) {
  std::set<std::string> bound;
  auto known = [&](const Term& t, bool constant) {
    return constant || (t.variable && bound.count(t.text));
  };
  std::vector<Step> order;
  while (!steps.empty()) {
    auto score = [&](const Step& s) {
      return int(known(s.pattern->subject, s.subject.has_value())) +
             int(known(s.pattern->object, s.object_is_entity));
    };
    auto best = std::max_element(steps.begin(), steps.end(), [&](const Step& a, const Step& b) {
      return score(a) < score(b);  // max_element keeps the first of equal ones
    });
    for (const Term* t :
         {&best->pattern->subject, &best->pattern->predicate, &best->pattern->object})
      if (t->variable) bound.insert(t->text);
    order.push_back(std::move(*best));
    steps.erase(best);
  }
  return order;
}

class Runner {
 public:
  Runner(const Store& store, const PatternQuery& query, const DateRange& dates)
      : store_(store), query_(query), dates_(dates), published_(store) {}

  PatternResult run() {
    std::vector<Step> steps;
    for (const Pattern& p : query_.patterns) steps.push_back(resolve(p));
    steps_ = plan(std::move(steps));
    extend(0, Solution{});
    return finish();
  }

 private:
  Step resolve(const Pattern& p) {
    Step s{&p};
    if (!p.subject.variable) s.subject = resolve_entity(store_, p.subject.text);
    if (!p.object.variable) {
      std::vector<EntityId> ids = store_.resolve(p.object.text);
      s.object_is_entity = !ids.empty();
      s.object = s.object_is_entity ? ids.front() : p.object.text;
      s.object_binding = Binding{*s.object, s.object_is_entity ? Kind::kEntity : Kind::kValue};
    }
    if (s.subject) s.subject_binding = Binding{*s.subject, Kind::kEntity};
    return s;
  }

  // The value a subject or object has before matching: its constant, or what an earlier
  // pattern bound its variable to.
  static const Binding* known(const Term& t, const std::optional<Binding>& constant,
                              const Solution& s) {
    if (!t.variable) return constant ? &*constant : nullptr;
    auto it = s.bound.find(t.text);
    return it == s.bound.end() ? nullptr : &it->second;
  }

  // Where a pattern's triples come from: a constant or bound entity's triples, else all
  // triples of its predicate, else all triples; then narrowed by a known subject or object.
  const std::vector<const TripleRecord*>& candidates(const Step& step, const Solution& s) {
    const Binding* subject = known(step.pattern->subject, step.subject_binding, s);
    const Binding* object = known(step.pattern->object, step.object_binding, s);
    const Scan* scan = nullptr;
    if (!step.pattern->subject.variable || !step.pattern->object.variable ||
        step.pattern->predicate.variable) {
      const Binding* entity = subject && subject->kind == Kind::kEntity ? subject
                              : object && object->kind == Kind::kEntity ? object
                                                                        : nullptr;
      if (entity)
        scan = &read("entity\0" + entity->value, [&] { return store_.triples_of(entity->value); });
    }
    if (!scan) {
      const std::string predicate =
          step.pattern->predicate.variable ? "" : step.pattern->predicate.text;
      scan = &read("predicate\0" + predicate, [&] {
        std::vector<TripleRecord> triples;
        store_.for_each_triple([&](const TripleRecord& t) {
          if (predicate.empty() || t.predicate == predicate) triples.push_back(t);
        });
        return triples;
      });
    }
    return scan->narrowed(subject ? &subject->value : nullptr, object ? &object->value : nullptr);
  }

  template <typename ReadFn>
  const Scan& read(const std::string& source, ReadFn read_triples) {
    auto it = scans_.find(source);
    if (it == scans_.end())
      it = scans_.emplace(source, std::make_unique<Scan>(read_triples())).first;
    return *it->second;
  }

  // Binds or checks one term against a value; false on a mismatch.
  static bool unify(const Term& t, const std::string& value, Kind kind, Solution& s) {
    if (!t.variable) return true;  // constants are checked by matches()
    auto [it, added] = s.bound.try_emplace(t.text, Binding{value, kind});
    return added || it->second.value == value;
  }

  bool matches(const Step& step, const TripleRecord& t) {
    const Pattern& p = *step.pattern;
    if (step.subject && t.subject != *step.subject) return false;
    if (!p.predicate.variable && t.predicate != p.predicate.text) return false;
    // A constant object that names no entity is a value: a literal, a document id or a quote id.
    if (step.object && (t.object != *step.object ||
                        (object_kind(t) == Kind::kEntity) != step.object_is_entity))
      return false;
    const auto& date = published_.of(t.doc);
    return dates_.contains(date) && query_.dates.contains(date);
  }

  void extend(size_t index, const Solution& s) {
    if (index == steps_.size()) {
      if (passes_type_filters(s)) add(s);
      return;
    }
    const Step& step = steps_[index];
    for (const TripleRecord* triple : candidates(step, s)) {
      const TripleRecord& t = *triple;
      if (!matches(step, t)) continue;
      Solution next = s;
      if (unify(step.pattern->subject, t.subject, subject_kind(t), next) &&
          unify(step.pattern->predicate, t.predicate, Kind::kValue, next) &&
          unify(step.pattern->object, t.object, object_kind(t), next)) {
        next.docs.insert(t.doc);
        extend(index + 1, next);
      }
    }
  }

  bool passes_type_filters(const Solution& s) {
    for (const TypeFilter& f : query_.types) {
      const Binding& b = s.bound.at(f.variable);
      if (b.kind != Kind::kEntity) return false;
      const EntityInfo* e = entity(b.value);
      if (!e || e->type != f.type) return false;
    }
    return true;
  }

  // One row per distinct set of values; the docs of every solution giving it.
  void add(const Solution& s) {
    std::vector<std::string> ids;
    for (const std::string& v : query_.variables) ids.push_back(s.bound.at(v).value);
    auto [it, added] = index_.try_emplace(ids, found_.size());
    if (added)
      found_.push_back(s);
    else
      found_[it->second].docs.insert(s.docs.begin(), s.docs.end());
  }

  std::string display(const Binding& b) {
    switch (b.kind) {
      case Kind::kEntity: {
        const EntityInfo* e = entity(b.value);
        return e ? e->name : b.value;
      }
      case Kind::kQuote: return "“" + quote_text(b.value) + "”";
      case Kind::kDocument:
      case Kind::kValue: return b.value;
    }
    return b.value;
  }

  // An entity's name and type, read once (Store::entity sums a row per document); null if
  // not stored.
  const EntityInfo* entity(const std::string& id) {
    auto it = entities_.find(id);
    if (it == entities_.end()) {
      auto e = store_.entity(id);
      it = entities_.emplace(id, e ? std::optional(EntityInfo{e->name, e->type}) : std::nullopt)
               .first;
    }
    return it->second ? &*it->second : nullptr;
  }

  // Quote texts are read in one scan, the first time one is needed.
  const std::string& quote_text(const std::string& id) {
    if (quotes_.empty())
      store_.for_each_quote([&](const QuoteRecord& q) { quotes_.emplace(q.id, q.text); });
    auto it = quotes_.find(id);
    return it == quotes_.end() ? id : it->second;
  }

  PatternResult finish() {
    PatternResult result{query_.variables, {}};
    for (const Solution& s : found_) {
      PatternRow row;
      for (const std::string& v : query_.variables) {
        row.values.push_back(display(s.bound.at(v)));
        row.ids.push_back(s.bound.at(v).value);
      }
      row.docs.assign(s.docs.begin(), s.docs.end());
      for (const std::string& doc : row.docs)
        if (const auto& date = published_.of(doc); date && (!row.date || *date > *row.date))
          row.date = date;
      result.rows.push_back(std::move(row));
    }
    // Sorted by the shown values first, so results (and ORDER BY's ties) never depend on the
    // order the store happens to visit triples in.
    std::sort(result.rows.begin(), result.rows.end(),
              [](const PatternRow& a, const PatternRow& b) { return a.values < b.values; });
    order(result);
    if (query_.limit != 0 && result.rows.size() > query_.limit) result.rows.resize(query_.limit);
    return result;
  }

  void order(PatternResult& result) const {
    if (!query_.order_by) return;
    size_t column = std::find(query_.variables.begin(), query_.variables.end(), *query_.order_by) -
                    query_.variables.begin();
    const bool by_date = *query_.order_by == "date";
    auto key = [&](const PatternRow& r) -> std::optional<std::string> {
      return by_date ? r.date : std::optional(r.values[column]);
    };
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [&](const PatternRow& a, const PatternRow& b) {
                       auto ka = key(a), kb = key(b);
                       if (!ka || !kb) return ka.has_value() && !kb.has_value();  // undated last
                       return query_.descending ? *ka > *kb : *ka < *kb;
                     });
  }

  const Store& store_;
  const PatternQuery& query_;
  const DateRange& dates_;
  DocumentDates published_;
  std::vector<Step> steps_;
  std::map<std::string, std::unique_ptr<Scan>> scans_;  // by source: entity or predicate
  std::map<std::string, std::optional<EntityInfo>> entities_;
  std::map<std::string, std::string> quotes_;
  std::map<std::vector<std::string>, size_t> index_;
  std::vector<Solution> found_;
};

}  // namespace

PatternResult run_pattern_query(const Store& store, const PatternQuery& query,
                                const DateRange& dates) {
  return Runner(store, query, dates).run();
}

ResultSet pattern_results(const PatternResult& result) {
  using nlohmann::json;
  ResultSet rs;
  for (const std::string& v : result.variables) rs.columns.push_back({v});  // names: never wrapped
  rs.columns.push_back({"date"});
  rs.columns.push_back({"docs"});
  for (const std::string& v : result.variables) rs.columns.push_back({v + "_id", false});
  for (const PatternRow& r : result.rows) {
    std::vector<json> cells(r.values.begin(), r.values.end());
    cells.push_back(r.date ? json(*r.date) : json(nullptr));
    cells.push_back(r.docs);
    cells.insert(cells.end(), r.ids.begin(), r.ids.end());
    rs.rows.push_back(std::move(cells));
  }
  return rs;
}

}  // namespace newsgraph
