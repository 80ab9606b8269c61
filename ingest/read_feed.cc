#include "ingest/read_feed.h"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ingest/read_html.h"
#include "ingest/text_header.h"

namespace newsgraph {
namespace {

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char* kRss1Ns = "http://purl.org/rss/1.0/";
constexpr const char* kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";

const char* str(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(str(n->name), name) == 0;
}

const char* ns_of(const xmlNode* n) { return n->ns && n->ns->href ? str(n->ns->href) : ""; }

// The feed's own vocabulary: no namespace (RSS 2.0), RSS 1.0's or Atom's.
bool own_ns(const xmlNode* n) {
  const char* ns = ns_of(n);
  return !*ns || std::strcmp(ns, kAtomNs) == 0 || std::strcmp(ns, kRss1Ns) == 0;
}

// The first child element `name` in namespace `ns` (nullptr: the feed's own vocabulary).
const xmlNode* child(const xmlNode* n, const char* name, const char* ns = nullptr) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (named(c, name) && (ns ? std::strcmp(ns_of(c), ns) == 0 : own_ns(c))) return c;
  return nullptr;
}

std::string content(const xmlNode* n) {
  if (!n) return "";
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(xmlNodeGetContent(n), xmlFree);
  return s ? str(s.get()) : "";
}

std::string attribute(const xmlNode* n, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)), xmlFree);
  return s ? str(s.get()) : "";
}

// Trimmed, white space collapsed (titles, names, ids).
std::string clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The text of a text construct: Atom's type="xhtml" markup, HTML, or plain text; `type`
// when the element has no type attribute (RSS descriptions hold HTML, Atom defaults to text).
std::string text_of(const xmlNode* n, std::string type = "text") {
  if (!n) return "";
  if (std::string t = attribute(n, "type"); !t.empty()) type = t;
  if (type == "xhtml") {
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buf(xmlBufferCreate(), &xmlBufferFree);
    for (xmlNode* c = n->children; c; c = c->next) xmlNodeDump(buf.get(), n->doc, c, 0, 0);
    return html_fragment_text(str(xmlBufferContent(buf.get())));
  }
  if (type == "html" || type == "text/html") return html_fragment_text(content(n));
  return clean(content(n));  // plain text may hold a literal '<'; its line breaks are lost
}

std::string link_of(const xmlNode* item) {
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (!named(c, "link") || !own_ns(c)) continue;
    std::string href = attribute(c, "href");  // Atom
    if (href.empty()) return clean(content(c));
    std::string rel = attribute(c, "rel");
    if (rel.empty() || rel == "alternate") return href;
  }
  return "";
}

std::optional<std::string> date_of(const xmlNode* item) {
  for (auto [name, ns] : {std::pair{"pubDate", (const char*)nullptr}, {"date", kDcNs},
                          {"published", nullptr}, {"updated", nullptr}}) {
    std::string d = clean(content(child(item, name, ns)));
    if (d.empty()) continue;
    if (auto iso = parse_date_line(d)) return iso;
    if (d.size() > 10)
      if (auto iso = parse_date_line(d.substr(0, 10))) return iso;  // "2025-03-02T10:00:00Z"
  }
  return std::nullopt;
}

std::string author_of(const xmlNode* item) {
  if (const xmlNode* a = child(item, "author")) {
    const xmlNode* name = child(a, "name");  // Atom
    return clean(content(name ? name : a));
  }
  return clean(content(child(item, "creator", kDcNs)));
}

std::string body_of(const xmlNode* item) {
  std::string text = text_of(child(item, "encoded", kContentNs), "html");
  if (text.empty()) text = text_of(child(item, "content"));
  if (text.empty()) text = text_of(child(item, "description"), "html");
  if (text.empty()) text = text_of(child(item, "summary"));
  return text;
}

Article item_article(const xmlNode* item, const std::string& source, size_t n, const std::string& feed) {
  const std::string where = fmt::format("{}:item {}", source, n);
  std::string body = body_of(item);
  if (body.empty()) throw ReadError(where + ": no text");
  Article a;
  a.source = where;
  a.title = text_of(child(item, "title"));
  a.url = link_of(item);
  a.doc_id = clean(content(child(item, "guid")));
  if (a.doc_id.empty()) a.doc_id = clean(content(child(item, "id")));
  if (a.doc_id.empty()) a.doc_id = a.url;
  if (a.doc_id.empty()) a.doc_id = fmt::format("{}:{}", std::filesystem::path(source).stem().string(), n);
  a.published = date_of(item);
  a.text = a.title.empty() ? body + "\n" : a.title + "\n\n" + body + "\n";
  if (std::string author = author_of(item); !author.empty()) a.metadata["author"] = author;
  if (!feed.empty()) a.metadata["feed"] = feed;
  return a;
}

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

DocPtr parse_xml(std::string_view xml, const std::string& source) {
  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), &xmlFreeParserCtxt);
  if (!ctxt) throw ReadError(source + ": libxml2 could not start");
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), int(xml.size()), nullptr, nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
             &xmlFreeDoc);
  if (!doc || !ctxt->wellFormed) {
    const xmlError& e = ctxt->lastError;
    std::string why = e.message ? e.message : "error";
    while (!why.empty() && why.back() == '\n') why.pop_back();
    throw ReadError(fmt::format("{}: line {}: not well-formed XML ({})", source, e.line, why));
  }
  return doc;
}

}  // namespace

void read_feed(std::string_view xml, const std::string& source, const std::function<void(Article&&)>& sink,
               const std::function<void(const ReadError&)>& on_error) {
  DocPtr doc = parse_xml(xml, source);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* channel = root ? child(root, "channel") : nullptr;
  const xmlNode* items = nullptr;  // the element whose children are the items
  const char* item_name = "item";
  if (root && named(root, "rss") && channel) {
    items = channel;
  } else if (root && named(root, "RDF")) {
    items = root;  // RSS 1.0: items are the channel's siblings
  } else if (root && named(root, "feed") && std::strcmp(ns_of(root), kAtomNs) == 0) {
    items = root, item_name = "entry", channel = root;
  } else {
    throw ReadError(fmt::format("{}: not an RSS or Atom feed (root <{}>)", source, root ? str(root->name) : ""));
  }
  std::string feed = channel ? text_of(child(channel, "title")) : "";
  size_t n = 0;
  for (const xmlNode* c = items->children; c; c = c->next) {
    if (!named(c, item_name) || !own_ns(c)) continue;
    std::optional<Article> a;
    try {
      a = item_article(c, source, ++n, feed);
    } catch (const ReadError& e) {
      on_error(e);
      continue;
    }
    sink(std::move(*a));
  }
}

}  // namespace newsgraph
