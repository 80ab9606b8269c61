// Web archives (WARC 1.0 / 1.1, ISO 28500): the HTML pages a crawl stored, one Article each.
#pragma once

#include <functional>
#include <istream>
#include <string>

#include "ingest/article.h"
#include "ingest/read.h"

namespace newsgraph {

/// Reads WARC records from `in` (already decompressed; see read_stream.h), numbered from 1.
/// A `response` record whose HTTP payload is a 2xx text/html or application/xhtml+xml page
/// (chunked transfer and gzip/deflate content encodings undone), and a `resource` record of
/// type text/html, become an Article by parse_html_article (read_html.h), with the HTTP
/// charset, and:
///  - doc_id: WARC-Target-URI (stable across crawls, so a new capture replaces the old one),
///    else WARC-Record-ID; url: WARC-Target-URI; source "SOURCE:record N";
///  - published: the page's own date, else the date of WARC-Date (the capture time).
/// Other records (warcinfo, request, metadata, revisit, non-HTML) are skipped silently; a file
/// whose records hold no HTML page at all is noted to `on_notice` ("SOURCE: no HTML page
/// among its N records"). A page that fails is reported to `on_error` and skipped. Throws
/// ReadError "SOURCE:record N: REASON" when the record framing is broken (no "WARC/" line, no
/// Content-Length, truncated block), since nothing after it can be found reliably, and
/// "SOURCE: no WARC record" for an empty or blank input.
void read_warc(std::istream& in, const std::string& source, const std::function<void(Article&&)>& sink,
               const std::function<void(const ReadError&)>& on_error, const OnNotice& on_notice = {});

}  // namespace newsgraph
