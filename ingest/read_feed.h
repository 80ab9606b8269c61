// News feeds (libxml2): RSS 2.0, RSS 1.0 (RDF) and Atom, one Article per item.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "ingest/article.h"
#include "ingest/read.h"

namespace newsgraph {

/// Reads the feed in `xml` (UTF-8 or as its XML declaration says) and hands `sink` one
/// Article per <item> (RSS) or <entry> (Atom), in order, numbered from 1:
///  - doc_id: <guid> / Atom <id>, else the link, else "<source stem>:N";
///  - title: <title> (Atom type="html" read as HTML); url: <link>, Atom's rel="alternate" href;
///  - published (YYYY-MM-DD): <pubDate> (RFC 822), <dc:date>, Atom <published>, else <updated>;
///  - text: the title, a blank line, then the text of <content:encoded> or Atom <content>,
///    else <description> / <summary>, read as HTML (html_fragment_text); body_offset 0;
///  - source "SOURCE:item N"; metadata "author" (<author>, <dc:creator>, Atom author/name)
///    and "feed" (the channel's title).
/// An item without text is reported to `on_error` as ReadError "SOURCE:item N: no text" and
/// skipped. Throws ReadError "SOURCE: line L: not well-formed XML (...)" or
/// "SOURCE: not an RSS or Atom feed (root <NAME>)". No network or DTD access.
void read_feed(std::string_view xml, const std::string& source, const std::function<void(Article&&)>& sink,
               const std::function<void(const ReadError&)>& on_error);

}  // namespace newsgraph
