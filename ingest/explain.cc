#include "ingest/explain.h"

#include <unicode/utf8.h>

#include <fmt/format.h>

namespace newsgraph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// "(TITLE, ORG)", "(TITLE)", ", former" inside; empty when the speaker has no role.
std::string role_of(const Extraction& x, const std::string& person) {
  for (const Role& r : x.roles) {
    if (r.person != person) continue;
    std::string s = r.title;
    if (r.org) s += ", " + *r.org;
    if (r.former) s += ", former";
    return " (" + s + ")";
  }
  return "";
}

std::string speaker_line(const Extraction& x, const Quote& q) {
  if (q.speaker) return *q.speaker + role_of(x, *q.speaker);
  if (q.speaker_description) return "unnamed: " + *q.speaker_description;
  return "none";
}

std::string evidence_line(const Quote& q) {
  std::string s = fmt::format("quote {}-{}", q.span.begin, q.span.end);
  if (q.speaker_span) s += fmt::format(", speaker {}-{}", q.speaker_span->begin, q.speaker_span->end);
  return s;
}

}  // namespace

std::string cut_to_width(std::string_view text, size_t width) {
  std::string out;
  size_t points = 0;
  int32_t i = 0, n = int32_t(text.size());
  while (i < n) {
    if (is_space(text[size_t(i)])) {
      while (i < n && is_space(text[size_t(i)])) ++i;
      if (!out.empty() && i < n) out += ' ', ++points;
      continue;
    }
    if (width > 0 && points == width) {
      // the last code point gives way to the ellipsis
      int32_t last = int32_t(out.size());
      U8_BACK_1(reinterpret_cast<const uint8_t*>(out.data()), 0, last);
      out.resize(size_t(last));
      return out + "\u2026";
    }
    int32_t start = i;
    U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), i, n);
    out.append(text.substr(size_t(start), size_t(i - start)));
    ++points;
  }
  return out;
}

std::string explain_quotes(const Extraction& x, size_t width) {
  std::string out = fmt::format("{}: {} quotation{}\n", x.doc, x.quotes.size(),
                                x.quotes.size() == 1 ? "" : "s");
  for (size_t k = 0; k < x.quotes.size(); ++k) {
    const Quote& q = x.quotes[k];
    out += fmt::format("[{}] {:<8} \u201c{}\u201d\n", k + 1, q.kind, cut_to_width(q.text, width));
    out += fmt::format("    speaker: {}\n", speaker_line(x, q));
    out += fmt::format("    sieve:   {}{}, confidence {:.2f}\n", q.sieve,
                       q.cue.empty() ? "" : fmt::format(", cue \"{}\"", q.cue), q.confidence);
    out += fmt::format("    bytes:   {}\n", evidence_line(q));
  }
  return out;
}

}  // namespace newsgraph
