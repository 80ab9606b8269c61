#include "graph/resolution.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "ingest/fold.h"
#include "ingest/lexicon.h"

namespace newsgraph {
namespace lexicon_data {
std::string_view legal_forms();  // compiled in from ingest/lexicons/ (cmake/EmbedFiles.cmake)
}  // namespace lexicon_data
namespace {

using Edge = std::pair<EntityId, EntityId>;  // (into, joined)

// The legal forms of ingest/lexicons/legal_forms.txt as fold keys ("inc", "corp", "sa").
const std::set<std::string>& folded_legal_forms() {
  static const std::set<std::string> forms = [] {
    std::set<std::string> out;
    for_each_lexicon_line(lexicon_data::legal_forms(), [&](std::string_view line, size_t) {
      if (auto key = fold_key(line); !key.empty()) out.insert(key);
    });
    return out;
  }();
  return forms;
}

std::string_view type_of(std::string_view id) { return id.substr(0, id.find(':') + 1); }
std::string_view key_of(std::string_view id) { return id.substr(id.find(':') + 1); }

bool is_legal_form(std::string_view word) {
  return folded_legal_forms().count(std::string(word)) > 0;
}

// "ORG:alphabet holdings inc" joins the first stored of "ORG:alphabet holdings", "ORG:alphabet".
void org_suffix_edges(const std::set<EntityId>& ids, std::vector<Edge>& out) {
  for (const auto& id : ids) {
    if (type_of(id) != "ORG:") continue;
    std::string_view key = key_of(id);
    for (size_t space = key.rfind(' '); space != std::string_view::npos;
         space = key.rfind(' ')) {
      if (!is_legal_form(key.substr(space + 1))) break;
      key = key.substr(0, space);
      if (EntityId shorter = "ORG:" + std::string(key); ids.count(shorter)) {
        out.emplace_back(shorter, id);
        break;
      }
    }
  }
}

// The id of every gazetteer name and alias (ingest/lexicons/gazetteer.tsv) -> the id of the
// entry's canonical name, same type: "PLACE:us" -> "PLACE:united states", "ORG:sec" ->
// "ORG:securities and exchange commission". People are left to the surname rule; an alias
// that two entries of one type share names neither.
const std::unordered_map<EntityId, EntityId>& gazetteer_ids() {
  static const auto ids = [] {
    std::unordered_map<EntityId, EntityId> out;
    std::set<EntityId> ambiguous;
    for (const auto& [surface, known] : lexicon().gazetteer) {
      if (known.type == EntityType::kPerson) continue;
      EntityId form = entity_id(known.type, surface), name = entity_id(known.type, known.name);
      auto [it, added] = out.emplace(form, name);
      if (!added && it->second != name) ambiguous.insert(form);
    }
    for (const auto& id : ambiguous) out.erase(id);
    return out;
  }();
  return ids;
}

const EntityId* gazetteer_name(const EntityId& id) {
  auto it = gazetteer_ids().find(id);
  return it == gazetteer_ids().end() ? nullptr : &it->second;
}

// Stored ids that a gazetteer entry names join its canonical id when that is stored, else the
// first of them: "PLACE:us" and "PLACE:usa" join "PLACE:united states".
void gazetteer_edges(const std::set<EntityId>& ids, std::vector<Edge>& out) {
  std::map<EntityId, std::vector<EntityId>> by_name;  // each list sorted, as `ids` is
  for (const auto& id : ids)
    if (const EntityId* name = gazetteer_name(id)) by_name[*name].push_back(id);
  for (const auto& [name, forms] : by_name) {
    const EntityId& into = ids.count(name) ? name : forms.front();
    for (const auto& id : forms)
      if (id != into) out.emplace_back(into, id);
  }
}

// "PERSON:altman" joins the one stored person of several words ending in "altman".
void surname_edges(const std::set<EntityId>& ids, std::vector<Edge>& out) {
  std::unordered_map<std::string, std::vector<EntityId>> by_surname;
  for (const auto& id : ids) {
    std::string_view key = key_of(id);
    size_t space = key.rfind(' ');
    if (type_of(id) == "PERSON:" && space != std::string_view::npos)
      by_surname[std::string(key.substr(space + 1))].push_back(id);
  }
  for (const auto& id : ids) {
    if (type_of(id) != "PERSON:" || key_of(id).find(' ') != std::string_view::npos) continue;
    auto it = by_surname.find(std::string(key_of(id)));
    if (it != by_surname.end() && it->second.size() == 1) out.emplace_back(it->second[0], id);
  }
}

}  // namespace

std::string join_key(const EntityId& id) {
  std::string_view type = type_of(id), key = key_of(id);
  if (type == "PERSON:") return "PERSON:" + std::string(key.substr(key.rfind(' ') + 1));  // npos + 1 == 0
  if (type == "ORG:") {
    // Every name org_suffix_edges strips this one to has the same bare name.
    for (size_t space = key.rfind(' ');
         space != std::string_view::npos && is_legal_form(key.substr(space + 1));
         space = key.rfind(' '))
      key = key.substr(0, space);
  }
  EntityId bare = std::string(type) + std::string(key);
  if (const EntityId* name = gazetteer_name(bare)) return *name;  // every form of the entry
  return type == "ORG:" ? bare : std::string();
}

Resolution::Resolution(std::vector<EntityId> ids, const std::vector<Correction>& corrections) {
  std::set<EntityId> stored(ids.begin(), ids.end());
  std::vector<Edge> merges, automatic;
  std::set<Edge> splits;
  for (const auto& c : corrections) {
    if (c.kind == Correction::Kind::kMerge) merges.emplace_back(c.a, c.b);
    else splits.insert({c.a, c.b}), splits.insert({c.b, c.a});
  }
  org_suffix_edges(stored, automatic);
  surname_edges(stored, automatic);
  gazetteer_edges(stored, automatic);
  std::sort(merges.begin(), merges.end());
  std::sort(automatic.begin(), automatic.end());

  // Union-find; the joined id's group goes under the other's, corrections first.
  std::unordered_map<EntityId, EntityId> parent;
  auto root = [&](EntityId id) {
    for (auto it = parent.find(id); it != parent.end(); it = parent.find(id)) id = it->second;
    return id;
  };
  for (const auto& edges : {merges, automatic})
    for (const auto& [into, joined] : edges) {
      if (splits.count({into, joined})) continue;
      EntityId a = root(into), b = root(joined);
      if (a != b) parent[b] = a;
    }
  for (const auto& [id, up] : parent) {
    EntityId top = root(id);
    canonical_[id] = top;
    groups_[top].push_back(id);
  }
  for (auto& [top, others] : groups_) std::sort(others.begin(), others.end());
  std::set<EntityId> tops;
  for (const auto& id : stored) tops.insert(canonical(id));
  ids_.assign(tops.begin(), tops.end());
}

const EntityId& Resolution::canonical(const EntityId& id) const {
  auto it = canonical_.find(id);
  return it == canonical_.end() ? id : it->second;
}

std::vector<EntityId> Resolution::members(const EntityId& id) const {
  const EntityId& top = canonical(id);
  std::vector<EntityId> out{top};
  if (auto it = groups_.find(top); it != groups_.end())
    out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

std::vector<EntityId> Resolution::canonical_ids() const { return ids_; }

void Resolution::apply(QuoteRecord& q) const {
  if (q.speaker) q.speaker = canonical(*q.speaker);
  std::vector<EntityId> about;
  for (const auto& id : q.about)
    if (const auto& c = canonical(id); std::find(about.begin(), about.end(), c) == about.end())
      about.push_back(c);
  q.about = std::move(about);
}

void Resolution::apply(RoleRecord& r) const {
  r.person = canonical(r.person);
  if (r.org) r.org = canonical(*r.org);
}

void Resolution::apply(TripleRecord& t) const {
  t.subject = canonical(t.subject);
  if (!t.literal) t.object = canonical(t.object);
}

}  // namespace newsgraph
