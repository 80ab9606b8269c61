#include "ingest/credits.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph {
namespace {

// Cues that open a credit wherever it stands; the second list only inside brackets, where
// prose ("a report compiled by the bureau", "reviews written by users") does not go.
constexpr std::array<std::string_view, 5> kLineCues = {
    "reporting by", "additional reporting by", "editing by", "writing by", "compiled by"};
constexpr std::array<std::string_view, 2> kBracketCues = {"edited by", "written by"};

bool starts_with_nocase(std::string_view text, size_t at, std::string_view word) {
  if (text.size() - at < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(text[at + k])) != word[k]) return false;
  return true;
}

size_t skip(std::string_view text, size_t at, std::string_view chars) {
  while (at < text.size() && chars.find(text[at]) != std::string_view::npos) ++at;
  return at;
}

// A credit cue, optionally after "With", starts at `at` and is a whole phrase ("by " follows).
bool opens_credit(std::string_view text, size_t at, bool bracketed) {
  if (starts_with_nocase(text, at, "with ")) at = skip(text, at + 5, " ");
  auto matches = [&](std::string_view cue) {
    return starts_with_nocase(text, at, cue) && at + cue.size() < text.size() &&
           std::isspace(static_cast<unsigned char>(text[at + cue.size()]));
  };
  for (std::string_view cue : kLineCues)
    if (matches(cue)) return true;
  if (bracketed)
    for (std::string_view cue : kBracketCues)
      if (matches(cue)) return true;
  return false;
}

size_t line_end(std::string_view text, size_t at) {
  size_t nl = text.find('\n', at);
  return nl == std::string_view::npos ? text.size() : nl;
}

// The byte after the ")" that closes the "(" at `open` (nested pairs counted), or the end of
// the line when it is never closed.
size_t bracket_end(std::string_view text, size_t open) {
  int depth = 0;
  for (size_t k = open; k < text.size() && text[k] != '\n'; ++k) {
    if (text[k] == '(') ++depth;
    if (text[k] == ')' && --depth == 0) return k + 1;
  }
  return line_end(text, open);
}

// "--Additional reporting by" after a space: a dash-led credit glued to the last paragraph.
bool dash_led(std::string_view text, size_t i) {
  return starts_with_nocase(text, i, "--") && (i == 0 || text[i - 1] == ' ');
}

}  // namespace

std::vector<Span> find_credit_lines(std::string_view text, size_t from) {
  std::vector<Span> out;
  for (size_t i = from; i < text.size(); ++i) {
    const bool line_start = i == from || text[i - 1] == '\n';
    size_t end = 0;
    if (text[i] == '(' && opens_credit(text, skip(text, i, "( "), true))
      end = bracket_end(text, i);
    else if ((line_start || dash_led(text, i)) && opens_credit(text, skip(text, i, " \t-"), false))
      end = line_end(text, i);
    if (end == 0) continue;
    out.push_back(Span{uint32_t(i), uint32_t(end)});
    i = end - 1;
  }
  return out;
}

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Lower-case name particles that may sit inside a name ("Ana de la Cruz").
bool is_particle(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kParticles = {"de", "la", "van", "von", "der",
                                                                 "den", "da", "di", "le"};
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

// First words of the cues and labels a credit line capitalises ("; Editing by", "E-mail:").
bool is_cue_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kCues = {
      "reporting", "additional", "editing", "writing", "compiled",
      "edited",    "written",    "with",    "graphics", "reuters"};
  std::string lower(w);
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kCues.begin(), kCues.end(), lower) != kCues.end();
}

struct Word {
  Span span;
  std::string_view text;
  char after = ' ';  // the punctuation right after it, if any
};

// The words of `credit`: split at white space and brackets; ",;:/" end a word and are kept as
// its `after`, and so is a full stop that does not close an initial ("E.").
std::vector<Word> words(std::string_view text, Span credit) {
  std::vector<Word> out;
  for (size_t i = credit.begin; i < credit.end;) {
    while (i < credit.end && std::string_view(" \t()").find(text[i]) != std::string_view::npos) ++i;
    size_t e = i;
    while (e < credit.end && std::string_view(" \t(),;:/").find(text[e]) == std::string_view::npos) ++e;
    if (e == i) {
      if (i < credit.end && !out.empty()) out.back().after = text[i];
      ++i;
      continue;
    }
    size_t end = e;
    if (text[end - 1] == '.' && end - i > 2) --end;  // "Robinson." but not "E."
    out.push_back(Word{Span{uint32_t(i), uint32_t(end)}, text.substr(i, end - i)});
    if (end < e) out.back().after = '.';
    if (e < credit.end && text[e] != ' ' && text[e] != '(' && text[e] != ')') out.back().after = text[e];
    i = e;
  }
  return out;
}

}  // namespace

std::vector<Span> credited_names(std::string_view text, Span credit) {
  std::vector<Word> w = words(text, credit);
  std::vector<Span> out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (!is_upper(w[i].text[0]) || is_cue_word(w[i].text)) continue;
    const bool opens = i == 0 || w[i - 1].after == ',' || w[i - 1].after == ';' || w[i - 1].after == '/' ||
                       w[i - 1].text == "by" || w[i - 1].text == "and" || w[i - 1].text == "&";
    size_t e = i + 1;
    while (e < w.size() && w[e - 1].after == ' ' &&
           (is_upper(w[e].text[0]) || (is_particle(w[e].text) && e + 1 < w.size())))
      ++e;
    const bool label = w[e - 1].after == ':';
    if (opens && !label && e - i >= 2 && is_upper(w[e - 1].text[0]))
      out.push_back(Span{w[i].span.begin, w[e - 1].span.end});
    i = e - 1;
  }
  return out;
}

std::vector<CreditLine> blank_credit_lines(Document& doc) {
  std::vector<CreditLine> out;
  for (Span s : find_credit_lines(doc.text, doc.body_begin)) {
    out.push_back(CreditLine{s, doc.text.substr(s.begin, s.size())});
    doc.text.replace(s.begin, s.size(), s.size(), ' ');
  }
  return out;
}

namespace {

// Adds the mention `at` of `name` to the entity of that name, or to a new PERSON entity.
void add_person(std::vector<Entity>& entities, const std::string& name, Span at) {
  auto same = std::find_if(entities.begin(), entities.end(),
                           [&](const Entity& e) { return e.name == name; });
  if (same == entities.end()) {
    entities.push_back(Entity{name, EntityType::kPerson, {}, {at}, "credit"});
    return;
  }
  auto pos = std::lower_bound(same->mentions.begin(), same->mentions.end(), at,
                              [](Span a, Span b) { return a.begin < b.begin; });
  same->mentions.insert(pos, at);
}

}  // namespace

void add_credited_people(Document& doc, const std::vector<CreditLine>& lines) {
  for (const CreditLine& line : lines) {
    // Names are found in the line's own text, then placed at its offset in the document.
    for (Span n : credited_names(line.text, Span{0, line.span.size()})) {
      Span at{line.span.begin + n.begin, line.span.begin + n.end};
      doc.text.replace(at.begin, at.size(), line.text, n.begin, n.size());
      add_person(doc.entities, line.text.substr(n.begin, n.size()), at);
    }
  }
  doc.drop_tokens();
}

}  // namespace newsgraph
