#include "ingest/read_html.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <stdexcept>

#include <fmt/format.h>
#include <gumbo.h>

#include "ingest/charset.h"
#include "ingest/normalize.h"
#include "ingest/read.h"
#include "ingest/text_header.h"

namespace newsgraph {
namespace {

using nlohmann::json;

// Owns gumbo's parse tree.
class Page {
 public:
  explicit Page(std::string_view html)
      : out_(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
  ~Page() { gumbo_destroy_output(&kGumboDefaultOptions, out_); }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;
  const GumboNode* html() const { return out_->root; }

 private:
  GumboOutput* out_;
};

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

const char* attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

template <typename F>
void for_each_child(const GumboNode* n, F&& f) {
  if (!is_element(n)) return;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) f(static_cast<const GumboNode*>(kids.data[i]));
}

// The first element with `tag` under `n` (pre-order), or nullptr.
const GumboNode* find_first(const GumboNode* n, GumboTag tag) {
  if (tag_of(n) == tag) return n;
  const GumboNode* found = nullptr;
  for_each_child(n, [&](const GumboNode* c) {
    if (!found) found = find_first(c, tag);
  });
  return found;
}

// ---- Boilerplate -------------------------------------------------------------------------

bool is_boilerplate_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// ARIA landmark roles that are never the article (WAI-ARIA 1.2).
bool is_boilerplate_role(const char* role) {
  return role && in(lower(role), {"navigation", "banner", "contentinfo", "complementary", "menu",
                                  "menubar", "dialog", "alertdialog", "search", "toolbar"});
}

// Words of class and id values: split at non-alphanumerics and camelCase humps, lower-cased.
std::vector<std::string> class_words(const GumboNode* n) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words.push_back(lower(w));
    w.clear();
  };
  for (const char* name : {"class", "id"}) {
    const char* v = attr(n, name);
    for (const char* p = v ? v : ""; *p; ++p) {
      unsigned char c = *p;
      if (!std::isalnum(c)) {
        flush();
        continue;
      }
      if (std::isupper(c) && !w.empty() && std::islower(static_cast<unsigned char>(w.back()))) flush();
      w += char(c);
    }
    flush();
  }
  return words;
}

// Class/id words after readability's "unlikely candidates": strong ones drop an element
// whatever else it says; weak ones unless a content word is also there ("article-header").
bool is_boilerplate_by_class(const GumboNode* n) {
  bool weak = false, content = false;
  for (const std::string& w : class_words(n)) {
    if (in(w, {"share", "sharing", "social", "related", "recommended", "cookie", "cookies", "consent",
               "gdpr", "newsletter", "subscribe", "subscription", "signup", "promo", "advert",
               "advertisement", "ad", "ads", "sponsor", "sponsored", "breadcrumb", "breadcrumbs",
               "comment", "comments", "disqus", "pullquote", "outbrain", "taboola", "paywall",
               "popup", "modal", "hidden", "sr", "trending", "popular", "tags"}))
      return true;
    weak |= in(w, {"nav", "navbar", "navigation", "menu", "header", "masthead", "footer", "sidebar",
                   "aside", "banner", "byline", "toolbar", "widget", "pagination", "pager", "bio"});
    content |= in(w, {"article", "body", "content", "main", "story", "text", "post", "entry"});
  }
  return weak && !content;
}

bool is_boilerplate(const GumboNode* n) {
  if (!is_element(n)) return false;
  if (is_boilerplate_tag(tag_of(n)) || attr(n, "hidden")) return true;
  if (const char* h = attr(n, "aria-hidden"); h && lower(h) == "true") return true;
  return is_boilerplate_role(attr(n, "role")) || is_boilerplate_by_class(n);
}

// ---- Text ----------------------------------------------------------------------------------

// Collapses white space and places line (1) and paragraph (2) breaks between text runs.
class TextBuilder {
 public:
  void text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = s[i];
      bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
      if (std::isspace(c) || nbsp) {
        space_ = true;
        i += nbsp;
        continue;
      }
      if (!out_.empty() && pending_ > 0) {
        out_ += pending_ == 2 ? "\n\n" : "\n";
      } else if (!out_.empty() && space_) {
        out_ += ' ';
      }
      pending_ = 0;
      space_ = false;
      out_ += char(c);
    }
  }
  void brk(int level) {
    pending_ = std::max(pending_, level);
    space_ = false;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_ = 0;
  bool space_ = false;
};

int break_level(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
      return 2;
    case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_DIV: case GUMBO_TAG_TR: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
      return 1;
    default:
      return 0;
  }
}

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

std::string visible_text(const GumboNode* n, std::string_view skip_heading = "");

void render(const GumboNode* n, TextBuilder& b, std::string_view skip_heading) {
  switch (n->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
      return b.text(n->v.text.text);
    case GUMBO_NODE_ELEMENT:
      break;
    default:
      return;  // comments, templates
  }
  if (is_boilerplate(n)) return;
  GumboTag t = tag_of(n);
  if (is_heading(t) && !skip_heading.empty() && visible_text(n) == skip_heading) return;
  int level = break_level(t);
  b.brk(level);
  for_each_child(n, [&](const GumboNode* c) { render(c, b, skip_heading); });
  b.brk(level);
}

// The text `render` gives for `n`.
std::string visible_text(const GumboNode* n, std::string_view skip_heading) {
  TextBuilder b;
  render(n, b, skip_heading);
  return b.take();
}

// Text nodes' bytes, boilerplate included (for <title> and headings found outside the text).
std::string all_text(const GumboNode* n) {
  TextBuilder b;
  std::function<void(const GumboNode*)> walk = [&](const GumboNode* m) {
    if (m->type == GUMBO_NODE_TEXT || m->type == GUMBO_NODE_CDATA) b.text(m->v.text.text);
    for_each_child(m, walk);
  };
  walk(n);
  return b.take();
}

// ---- Main element --------------------------------------------------------------------------

// Bytes of <p> text under `n`, boilerplate left out.
size_t paragraph_chars(const GumboNode* n, bool in_p = false) {
  if (n->type == GUMBO_NODE_TEXT) return in_p ? std::string_view(n->v.text.text).size() : 0;
  if (!is_element(n) || is_boilerplate(n)) return 0;
  in_p |= tag_of(n) == GUMBO_TAG_P;
  size_t sum = 0;
  for_each_child(n, [&](const GumboNode* c) { sum += paragraph_chars(c, in_p); });
  return sum;
}

// Elements with `tag` (or `role`) outside boilerplate, in document order.
void collect(const GumboNode* n, GumboTag tag, const char* role, std::vector<const GumboNode*>& out) {
  if (!is_element(n) || is_boilerplate(n)) return;
  const char* r = attr(n, "role");
  if (tag_of(n) == tag || (role && r && lower(r) == role)) out.push_back(n);
  for_each_child(n, [&](const GumboNode* c) { collect(c, tag, role, out); });
}

// The <article> with the most paragraph text; else <main>; else, from <body> down, the
// innermost element one of whose children does not hold 3/4 of its paragraph text.
const GumboNode* main_element(const GumboNode* body) {
  std::vector<const GumboNode*> found;
  collect(body, GUMBO_TAG_ARTICLE, nullptr, found);
  const GumboNode* best = nullptr;
  size_t best_chars = 0;
  for (const GumboNode* a : found) {
    if (size_t c = paragraph_chars(a); c > best_chars) best = a, best_chars = c;
  }
  if (best) return best;
  found.clear();
  collect(body, GUMBO_TAG_MAIN, "main", found);
  if (!found.empty()) return found.front();
  for (const GumboNode* n = body;;) {
    size_t total = paragraph_chars(n), most = 0;
    const GumboNode* next = nullptr;
    for_each_child(n, [&](const GumboNode* c) {
      if (size_t k = paragraph_chars(c); k > most) most = k, next = c;
    });
    if (!next || tag_of(next) == GUMBO_TAG_P || most * 4 < total * 3) return n;
    n = next;
  }
}

const GumboNode* body_of(const GumboNode* html) {
  const GumboNode* body = find_first(html, GUMBO_TAG_BODY);
  return body ? body : html;
}

// ---- Metadata ------------------------------------------------------------------------------

// <meta> contents by lower-cased property, name or itemprop; the first one of each wins.
std::map<std::string, std::string> meta_tags(const GumboNode* n) {
  std::map<std::string, std::string> out;
  std::function<void(const GumboNode*)> walk = [&](const GumboNode* m) {
    if (tag_of(m) == GUMBO_TAG_META) {
      const char* content = attr(m, "content");
      for (const char* key : {"property", "name", "itemprop"})
        if (const char* k = attr(m, key); k && content) out.emplace(lower(k), content);
    }
    for_each_child(m, walk);
  };
  walk(n);
  return out;
}

bool is_article_type(const json& t) {
  if (t.is_array()) return std::any_of(t.begin(), t.end(), is_article_type);
  if (!t.is_string()) return false;
  const auto& s = t.get_ref<const std::string&>();
  return s.ends_with("Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report";
}

// The first schema.org Article-typed object in a JSON-LD value (arrays and @graph searched).
const json* find_article(const json& j) {
  if (j.is_object()) {
    if (auto t = j.find("@type"); t != j.end() && is_article_type(*t)) return &j;
  }
  if (!j.is_object() && !j.is_array()) return nullptr;
  for (const json& v : j)
    if (const json* a = find_article(v)) return a;
  return nullptr;
}

std::optional<json> json_ld_article(const GumboNode* html) {
  std::optional<json> found;
  std::function<void(const GumboNode*)> walk = [&](const GumboNode* m) {
    if (found) return;
    const char* type = attr(m, "type");
    if (tag_of(m) == GUMBO_TAG_SCRIPT && type && lower(type) == "application/ld+json") {
      json j = json::parse(all_text(m), nullptr, /*allow_exceptions=*/false);
      if (const json* a = find_article(j)) found = *a;  // broken JSON-LD is ignored
      return;
    }
    for_each_child(m, walk);
  };
  walk(html);
  return found;
}

std::string string_at(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// JSON-LD `author`: a name, a Person object, or a list of either.
std::string author_names(const json& a) {
  if (a.is_string()) return a.get<std::string>();
  if (a.is_object()) return string_at(a, "name");
  std::string names;
  if (a.is_array())
    for (const json& x : a)
      if (std::string n = author_names(x); !n.empty()) names += (names.empty() ? "" : ", ") + n;
  return names;
}

// YYYY-MM-DD of an ISO 8601 timestamp or a date line, or nullopt.
std::optional<std::string> date_of(std::string_view s) {
  if (auto d = parse_date_line(s)) return d;
  if (s.size() > 10) return parse_date_line(s.substr(0, 10));  // "2025-03-02T10:00:00+01:00"
  return std::nullopt;
}

const char* canonical_link(const GumboNode* n) {
  if (tag_of(n) == GUMBO_TAG_LINK) {
    const char* rel = attr(n, "rel");
    if (rel && lower(rel) == "canonical") return attr(n, "href");
  }
  const char* found = nullptr;
  for_each_child(n, [&](const GumboNode* c) {
    if (!found) found = canonical_link(c);
  });
  return found;
}

std::string first_of(const std::map<std::string, std::string>& m, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (auto it = m.find(k); it != m.end() && !it->second.empty()) return it->second;
  return "";
}

// White space collapsed and trimmed.
std::string collapsed(std::string_view s) {
  TextBuilder b;
  b.text(s);
  return b.take();
}

std::string page_title(const GumboNode* html, const GumboNode* main, const json& ld,
                       const std::map<std::string, std::string>& meta) {
  std::string t = string_at(ld, "headline");
  if (t.empty()) t = first_of(meta, {"og:title", "twitter:title"});
  if (t.empty()) {
    const GumboNode* h1 = find_first(main, GUMBO_TAG_H1);
    if (!h1) h1 = find_first(html, GUMBO_TAG_H1);
    if (h1) t = all_text(h1);
  }
  if (t.empty()) {
    if (const GumboNode* title = find_first(html, GUMBO_TAG_TITLE)) t = all_text(title);
  }
  return collapsed(t);
}

std::optional<std::string> page_date(const json& ld, const std::map<std::string, std::string>& meta) {
  std::string d = string_at(ld, "datePublished");
  if (d.empty())
    d = first_of(meta, {"article:published_time", "date", "pubdate", "publishdate", "dc.date",
                        "dcterms.date", "dc.date.issued", "datepublished"});
  return date_of(d);
}

std::string page_author(const json& ld, const std::map<std::string, std::string>& meta) {
  if (auto a = ld.find("author"); a != ld.end())
    if (std::string names = author_names(*a); !names.empty()) return collapsed(names);
  std::string a = first_of(meta, {"author", "dc.creator"});
  if (a.empty()) a = first_of(meta, {"article:author"});
  return a.starts_with("http") ? "" : collapsed(a);  // article:author is often a profile URL
}

std::string page_url(const GumboNode* html, const std::map<std::string, std::string>& meta) {
  std::string u = first_of(meta, {"og:url"});
  if (u.empty())
    if (const char* c = canonical_link(html)) u = c;
  return u;
}

}  // namespace

Article parse_html_article(std::string_view bytes, const std::string& doc_id, const std::string& source,
                           std::string_view charset) {
  std::string declared(charset.empty() ? declared_html_charset(bytes) : lower(charset));
  std::string html;
  try {
    html = to_utf8(bytes, declared);
  } catch (const std::invalid_argument&) {
    throw ReadError(fmt::format("{}: unknown encoding {}", source, declared));
  }
  if (size_t bad = find_invalid_utf8(html); bad != std::string::npos)
    throw ReadError(fmt::format("{}: byte {}: invalid UTF-8", source, bad));

  Page page(html);
  const GumboNode* main = main_element(body_of(page.html()));
  json ld = json_ld_article(page.html()).value_or(json::object());
  auto meta = meta_tags(page.html());

  Article a;
  a.doc_id = doc_id;
  a.source = source;
  a.title = page_title(page.html(), main, ld, meta);
  a.published = page_date(ld, meta);
  a.url = page_url(page.html(), meta);
  if (std::string author = page_author(ld, meta); !author.empty()) a.metadata["author"] = author;
  std::string body = visible_text(main, a.title);
  if (body.empty()) throw ReadError(source + ": no article text in the HTML");
  a.text = a.title.empty() ? body + "\n" : a.title + "\n\n" + body + "\n";
  return a;
}

std::string html_main_text(std::string_view html, std::string_view skip_heading) {
  Page page(html);
  return visible_text(main_element(body_of(page.html())), skip_heading);
}

std::string html_fragment_text(std::string_view html) {
  Page page(html);
  return visible_text(body_of(page.html()));
}

}  // namespace newsgraph
