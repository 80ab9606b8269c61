#include "ingest/interview.h"

#include <algorithm>
#include <optional>
#include <string>

#include "ingest/lexicon.h"

namespace newsgraph {
namespace {

// A label is at most this many bytes ("MARCUS OYELARAN") and words.
constexpr size_t kMaxLabelBytes = 40;
constexpr size_t kMaxLabelWords = 4;

struct Turn {
  std::string label;  // as written, without bold marks
  Span label_span;    // the label with its colon
  Span text;          // the words after the label
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view strip_bold(std::string_view s) {
  for (std::string_view mark : {"**", "__"}) {
    if (s.starts_with(mark)) s.remove_prefix(mark.size());
    if (s.ends_with(mark)) s.remove_suffix(mark.size());
  }
  return s;
}

// "Q", "A", "Question", "Answer", or a name or initials in capitals ("JO KEANE", "J.K."), or
// any name in bold ("**Jo Keane:**"); never a time ("14:05") or a sentence.
bool is_label(std::string_view label, bool bold) {
  if (label.empty() || label.size() > kMaxLabelBytes) return false;
  auto words = split_words(label);
  if (words.empty() || words.size() > kMaxLabelWords) return false;
  for (char c : label)
    if ((c >= '0' && c <= '9') || c == ',' || c == '"') return false;
  if (bold) return true;
  std::string l = lower(label);
  if (l == "q" || l == "a" || l == "question" || l == "answer") return true;
  return std::none_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::any_of(label.begin(), label.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<Turn> turn_of(const Document& doc, Span p) {
  std::string_view s = doc.slice(p);
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > kMaxLabelBytes + 4) return std::nullopt;
  std::string_view raw = s.substr(0, colon);
  bool bold = raw.starts_with("**") || raw.starts_with("__");
  std::string_view label = strip_bold(raw);
  if (!is_label(label, bold)) return std::nullopt;
  size_t b = colon + 1;
  if (s.substr(b).starts_with("**") || s.substr(b).starts_with("__")) b += 2;
  while (b < s.size() && is_space(s[b])) ++b;
  size_t e = s.size();
  while (e > b && (is_space(s[e - 1]) || s[e - 1] == '\r')) --e;
  if (e <= b) return std::nullopt;
  return Turn{std::string(label), {p.begin, uint32_t(p.begin + colon + 1)},
              {uint32_t(p.begin + b), uint32_t(p.begin + e)}};
}

// Lower-case words of a name, without full stops ("J.K." -> "jk").
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> out;
  for (std::string_view w : split_words(name)) {
    std::string l = lower(w);
    std::erase(l, '.');
    if (!l.empty()) out.push_back(std::move(l));
  }
  return out;
}

// Whether `label` spells `name`: in full, as its surname, or as its initials.
bool spells(const std::vector<std::string>& label, std::string_view name) {
  std::vector<std::string> words = name_words(name);
  if (words.empty() || label.empty()) return false;
  if (label == words || (label.size() == 1 && label[0] == words.back())) return true;
  std::string initials;
  for (const std::string& w : words) initials += w[0];
  std::string joined;
  for (const std::string& w : label) joined += w;
  return words.size() >= 2 && joined == initials;
}

const Entity* person_spelt(const Document& doc, const std::string& label) {
  std::vector<std::string> words = name_words(label);
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    if (spells(words, e.name)) return &e;
    for (const std::string& a : e.aliases)
      if (spells(words, a)) return &e;
  }
  return nullptr;
}

// The person the article names most often, other than a byline's author: the interviewee.
const Entity* most_named_person(const Document& doc) {
  const Entity* best = nullptr;
  for (const Entity& e : doc.entities)
    if (e.type == EntityType::kPerson && e.rule != "byline" &&
        (!best || e.mentions.size() > best->mentions.size()))
      best = &e;
  return best;
}

const Entity* byline_author(const Document& doc) {
  for (const Entity& e : doc.entities)
    if (e.type == EntityType::kPerson && e.rule == "byline") return &e;
  return nullptr;
}

}  // namespace

std::vector<Quote> find_interview_turns(const Document& doc) {
  std::vector<Turn> turns;
  for (Span p : doc.paragraphs)
    if (p.begin >= doc.body_begin)
      if (auto t = turn_of(doc, p)) turns.push_back(std::move(*t));
  bool two_labels = std::any_of(turns.begin(), turns.end(),
                                [&](const Turn& t) { return lower(t.label) != lower(turns[0].label); });
  if (turns.size() < 2 || !two_labels) return {};
  std::vector<Quote> out;
  for (const Turn& t : turns) {
    std::string l = lower(t.label);
    bool question = l == "q" || l == "question", answer = l == "a" || l == "answer";
    const Entity* who = question ? byline_author(doc)
                        : answer ? most_named_person(doc)
                                 : person_spelt(doc, t.label);
    Quote q;
    q.kind = "answer";  // a turn's own words, with no quotation marks (FORMAT: direct = marked)
    q.span = t.text;
    q.text = std::string(doc.slice(t.text));
    q.cue = t.label;
    q.sieve = "interview";
    q.confidence = who ? (question || answer ? 0.7 : 0.85) : 0.3;
    if (who) q.speaker = who->name;
    else if (question) q.speaker_description = "the interviewer";
    q.speaker_span = t.label_span;
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace newsgraph
