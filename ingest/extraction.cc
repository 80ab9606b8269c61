#include "ingest/extraction.h"

#include <array>

#include <fmt/format.h>

#include "ingest/normalize.h"

namespace newsgraph {
namespace {

constexpr std::array<std::string_view, 4> kTypeNames = {"PERSON", "ORG", "PRODUCT", "PLACE"};

using json = nlohmann::json;

json span_json(Span s) { return json::array({s.begin, s.end}); }
Span span_from(const json& j) { return Span{j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()}; }

template <class T>
json opt(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }

template <class T>
std::optional<T> opt_from(const json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  return j.at(key).get<T>();
}

json entity_json(const Entity& e) {
  json mentions = json::array();
  for (Span s : e.mentions) mentions.push_back(span_json(s));
  return {{"name", e.name}, {"type", to_string(e.type)}, {"aliases", e.aliases},
          {"mentions", mentions}, {"rule", e.rule}};
}

json quote_json(const Quote& q) {
  return {{"text", q.text}, {"kind", q.kind}, {"speaker", opt(q.speaker)},
          {"speaker_description", opt(q.speaker_description)}, {"about", q.about},
          {"span", span_json(q.span)},
          {"speaker_span", q.speaker_span ? span_json(*q.speaker_span) : json(nullptr)},
          {"cue", q.cue}, {"sieve", q.sieve}, {"confidence", q.confidence}};
}

json role_json(const Role& r) {
  return {{"person", r.person}, {"title", r.title}, {"org", opt(r.org)}, {"former", r.former},
          {"span", span_json(r.span)}, {"rule", r.rule}};
}

json relation_json(const Relation& r) {
  json j = {{"subject", r.subject}, {"predicate", r.predicate}, {"object", r.object},
            {"span", span_json(r.span)}, {"rule", r.rule}};
  if (r.date) j["date"] = *r.date;
  if (r.money) {
    j["money"] = {{"text", r.money->text}, {"amount", opt(r.money->amount)},
                  {"currency", opt(r.money->currency)}, {"per", opt(r.money->per)}};
  }
  return j;
}


// Writes to_json(x).dump() byte for byte without building the tree (which cost a quarter of
// `extract`): keys in std::map order, nlohmann's escapes, numbers through nlohmann.
class JsonLine {
 public:
  std::string out;

  JsonLine& raw(std::string_view s) { out += s; return *this; }
  JsonLine& key(std::string_view k) { return raw("\"").raw(k).raw("\":"); }  // ASCII keys
  JsonLine& num(uint32_t n) { fmt::format_to(std::back_inserter(out), "{}", n); return *this; }
  JsonLine& real(double d) { return raw(json(d).dump()); }
  JsonLine& boolean(bool b) { return raw(b ? "true" : "false"); }
  JsonLine& span(Span s) { return raw("[").num(s.begin).raw(",").num(s.end).raw("]"); }
  JsonLine& opt_str(const std::optional<std::string>& s) { return s ? str(*s) : raw("null"); }
  JsonLine& str(std::string_view s) {
    if (find_invalid_utf8(s) != std::string_view::npos)  // nlohmann's replacement rules
      return raw(json(s).dump(-1, ' ', false, json::error_handler_t::replace));
    out += '"';
    size_t run = 0;  // characters that need no escape go in runs, not one by one
    for (size_t i = 0; i < s.size(); ++i) {
      if (static_cast<unsigned char>(s[i]) >= 0x20 && s[i] != '"' && s[i] != '\\') continue;
      out.append(s.substr(run, i - run));
      escape(s[i]);
      run = i + 1;
    }
    out.append(s.substr(run));
    out += '"';
    return *this;
  }
  template <class T, class F>
  JsonLine& array(const std::vector<T>& items, F write) {
    raw("[");
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) raw(",");
      write(items[i]);
    }
    return raw("]");
  }
  JsonLine& strings(const std::vector<std::string>& items) {
    return array(items, [&](const std::string& s) { str(s); });
  }

 private:
  void escape(char c) {
    switch (c) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\b': out += "\\b"; return;
      case '\f': out += "\\f"; return;
      case '\n': out += "\\n"; return;
      case '\r': out += "\\r"; return;
      case '\t': out += "\\t"; return;
      default:
        if (static_cast<unsigned char>(c) < 0x20) fmt::format_to(std::back_inserter(out), "\\u{:04x}", int(c));
        else out += c;
    }
  }
};

void write_entity(JsonLine& w, const Entity& e) {
  w.raw("{").key("aliases").strings(e.aliases);
  w.raw(",").key("mentions").array(e.mentions, [&](Span s) { w.span(s); });
  w.raw(",").key("name").str(e.name).raw(",").key("rule").str(e.rule);
  w.raw(",").key("type").str(to_string(e.type)).raw("}");
}

void write_quote(JsonLine& w, const Quote& q) {
  w.raw("{").key("about").strings(q.about).raw(",").key("confidence").real(q.confidence);
  w.raw(",").key("cue").str(q.cue).raw(",").key("kind").str(q.kind);
  w.raw(",").key("sieve").str(q.sieve).raw(",").key("span").span(q.span);
  w.raw(",").key("speaker").opt_str(q.speaker);
  w.raw(",").key("speaker_description").opt_str(q.speaker_description);
  w.raw(",").key("speaker_span");
  if (q.speaker_span) w.span(*q.speaker_span);
  else w.raw("null");
  w.raw(",").key("text").str(q.text).raw("}");
}

void write_role(JsonLine& w, const Role& r) {
  w.raw("{").key("former").boolean(r.former).raw(",").key("org").opt_str(r.org);
  w.raw(",").key("person").str(r.person).raw(",").key("rule").str(r.rule);
  w.raw(",").key("span").span(r.span).raw(",").key("title").str(r.title).raw("}");
}

void write_relation(JsonLine& w, const Relation& r) {
  w.raw("{");
  if (r.date) w.key("date").str(*r.date).raw(",");
  if (r.money) {
    w.key("money").raw("{").key("amount");
    if (r.money->amount) w.real(*r.money->amount);
    else w.raw("null");
    w.raw(",").key("currency").opt_str(r.money->currency).raw(",").key("per").opt_str(r.money->per);
    w.raw(",").key("text").str(r.money->text).raw("},");
  }
  w.key("object").str(r.object).raw(",").key("predicate").str(r.predicate);
  w.raw(",").key("rule").str(r.rule).raw(",").key("span").span(r.span);
  w.raw(",").key("subject").str(r.subject).raw("}");
}

}  // namespace

std::string to_json_line(const Extraction& x) {
  JsonLine w;
  w.raw("{").key("content_hash").str(x.content_hash).raw(",").key("doc").str(x.doc);
  w.raw(",").key("entities").array(x.entities, [&](const Entity& e) { write_entity(w, e); });
  w.raw(",").key("published").opt_str(x.published);
  w.raw(",").key("quotes").array(x.quotes, [&](const Quote& q) { write_quote(w, q); });
  w.raw(",").key("relations").array(x.relations, [&](const Relation& r) { write_relation(w, r); });
  w.raw(",").key("roles").array(x.roles, [&](const Role& r) { write_role(w, r); });
  w.raw(",").key("source").str(x.source).raw(",").key("title").str(x.title);
  w.raw(",").key("url").str(x.url).raw("}");
  return std::move(w.out);
}

std::string_view to_string(EntityType type) { return kTypeNames[static_cast<size_t>(type)]; }

std::optional<EntityType> parse_entity_type(std::string_view s) {
  for (size_t i = 0; i < kTypeNames.size(); ++i)
    if (kTypeNames[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}

json to_json(const Extraction& x) {
  json j = {{"doc", x.doc}, {"title", x.title}, {"published", opt(x.published)},
            {"url", x.url}, {"source", x.source}, {"content_hash", x.content_hash}};
  j["entities"] = json::array();
  for (const auto& e : x.entities) j["entities"].push_back(entity_json(e));
  j["quotes"] = json::array();
  for (const auto& q : x.quotes) j["quotes"].push_back(quote_json(q));
  j["roles"] = json::array();
  for (const auto& r : x.roles) j["roles"].push_back(role_json(r));
  j["relations"] = json::array();
  for (const auto& r : x.relations) j["relations"].push_back(relation_json(r));
  return j;
}

Extraction extraction_from_json(const json& j) {
  Extraction x;
  x.doc = j.at("doc").get<std::string>();
  x.title = j.value("title", "");
  x.published = opt_from<std::string>(j, "published");
  x.url = j.value("url", "");
  x.source = j.value("source", "");
  x.content_hash = j.value("content_hash", "");
  for (const auto& e : j.at("entities")) {
    Entity out{e.at("name").get<std::string>()};
    auto type = parse_entity_type(e.at("type").get<std::string>());
    if (!type) throw json::type_error::create(302, "unknown entity type", &e);
    out.type = *type;
    out.aliases = e.value("aliases", std::vector<std::string>{});
    for (const auto& s : e.value("mentions", json::array())) out.mentions.push_back(span_from(s));
    out.rule = e.value("rule", "");
    x.entities.push_back(std::move(out));
  }
  for (const auto& q : j.at("quotes")) {
    Quote out;
    out.text = q.at("text").get<std::string>();
    out.kind = q.value("kind", "direct");
    out.speaker = opt_from<std::string>(q, "speaker");
    out.speaker_description = opt_from<std::string>(q, "speaker_description");
    out.about = q.value("about", std::vector<std::string>{});
    if (q.contains("span")) out.span = span_from(q.at("span"));
    if (q.contains("speaker_span") && !q.at("speaker_span").is_null())
      out.speaker_span = span_from(q.at("speaker_span"));
    out.cue = q.value("cue", "");
    out.sieve = q.value("sieve", "");
    out.confidence = q.value("confidence", 0.0);
    x.quotes.push_back(std::move(out));
  }
  for (const auto& r : j.at("roles")) {
    Role out{r.at("person").get<std::string>(), r.at("title").get<std::string>(),
             opt_from<std::string>(r, "org"), r.value("former", false)};
    if (r.contains("span")) out.span = span_from(r.at("span"));
    out.rule = r.value("rule", "");
    x.roles.push_back(std::move(out));
  }
  for (const auto& r : j.at("relations")) {
    Relation out{r.at("subject").get<std::string>(), r.at("predicate").get<std::string>(),
                 r.at("object").get<std::string>()};
    if (r.contains("money")) {
      const auto& m = r.at("money");
      out.money = Money{m.at("text").get<std::string>(), opt_from<double>(m, "amount"),
                        opt_from<std::string>(m, "currency"), opt_from<std::string>(m, "per")};
    }
    if (r.contains("span")) out.span = span_from(r.at("span"));
    out.rule = r.value("rule", "");
    out.date = opt_from<std::string>(r, "date");
    x.relations.push_back(std::move(out));
  }
  return x;
}

}  // namespace newsgraph
