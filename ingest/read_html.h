// HTML articles (gumbo-parser): the main text of a news page without its boilerplate, plus the
// headline, date and author the page states in <meta> tags and JSON-LD.
#pragma once

#include <string>
#include <string_view>

#include "ingest/article.h"

namespace newsgraph {

/// Parses one news page. `charset` is the encoding a transport declared (an HTTP
/// Content-Type's); else the page's own <meta> declaration is used; else the bytes must be
/// UTF-8. Fields:
///  - title: JSON-LD NewsArticle `headline`, else og:title, else the first <h1>, else <title>;
///  - published (YYYY-MM-DD): JSON-LD `datePublished`, else article:published_time or a
///    date/pubdate <meta>, else itemprop="datePublished";
///  - metadata "author": JSON-LD `author` names joined by ", ", else <meta name="author">
///    or a non-URL article:author;
///  - url: og:url, else <link rel="canonical">;
///  - text: the headline, a blank line, then the main text (see html_main_text); body_offset 0.
/// Throws ReadError "SOURCE: byte N: invalid UTF-8", "SOURCE: unknown encoding NAME" or
/// "SOURCE: no article text in the HTML".
Article parse_html_article(std::string_view html, const std::string& doc_id, const std::string& source,
                           std::string_view charset = "");

/// The main text of a UTF-8 page: boilerplate dropped by tag (nav, header, footer, aside,
/// script, style, form, figure, ...), by ARIA role and by class/id words (menu, share,
/// related, cookie, comments, newsletter, ad, ...) unless a content word (article, body,
/// content, story, ...) is also there; then the <article> with the most paragraph text, else
/// <main>, else the innermost element holding at least 3/4 of the page's paragraph text.
/// <p>, <h1>-<h6>, <blockquote> end paragraphs ("\n\n"); <br>, <li>, <div>, <tr> end lines;
/// white space is collapsed; entities are decoded. A heading equal to `skip_heading` (the
/// headline already placed above the text) is left out.
std::string html_main_text(std::string_view html, std::string_view skip_heading = "");

/// All visible text of a UTF-8 HTML fragment (a feed item's content), with the same
/// boilerplate rules and breaks but no choice of a main element.
std::string html_fragment_text(std::string_view html);

}  // namespace newsgraph
