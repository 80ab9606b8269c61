#include "ingest/quote_lexicon.h"

#include <stdexcept>

#include <fmt/format.h>

namespace newsgraph {
namespace lexicon_data {
std::string_view cue_verbs();
std::string_view quote_words();
}  // namespace lexicon_data

namespace {

// Calls f(first field, second field, line number) for each "A<TAB>B" line that is neither
// blank nor a # comment; throws for a line without a tab.
template <class F>
void for_each_pair(std::string_view text, std::string_view name, F f) {
  for_each_lexicon_line(text, [&](std::string_view line, size_t number) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size())
      throw std::runtime_error(fmt::format("{}:{}: expected two tab-separated fields", name, number));
    f(line.substr(0, tab), line.substr(tab + 1), number);
  });
}

}  // namespace

uint32_t QuoteLexicon::of(std::string_view word) const { return of(word, lower(word)); }

uint32_t QuoteLexicon::of(std::string_view word, std::string_view lowered) const {
  auto it = classes.find(word);
  if (it == classes.end() && lowered != word) it = classes.find(lowered);
  return it == classes.end() ? 0 : it->second;
}

void parse_cue_verbs(std::string_view text, std::string_view name, QuoteLexicon& out) {
  for_each_pair(text, name, [&](std::string_view form, std::string_view use, size_t line) {
    uint32_t bits = kCueDirect;
    if (use == "noun") bits = kCueReported | kCueObject | kCueNoun;  // introduces no quotation
    else if (use == "reported") bits |= kCueReported;
    else if (use == "object") bits |= kCueReported | kCueObject;
    else if (use == "say") bits |= kCueReported | kCueBare;
    else if (use != "direct")
      throw std::runtime_error(fmt::format("{}:{}: unknown use '{}'", name, line, use));
    out.classes[lower(form)] |= bits;
  });
}

void parse_quote_words(std::string_view text, std::string_view name, QuoteLexicon& out) {
  static const StringMap<uint32_t> kClassNames = {
      {"org_noun", kOrgNoun},           {"spokes_noun", kSpokesNoun},
      {"source_determiner", kSourceDeterminer}, {"person_pronoun", kPersonPronoun},
      {"org_pronoun", kOrgPronoun},     {"skip_before_cue", kSkipBeforeCue},
      {"intro_word", kIntroWord},       {"elision", kElision},
      {"clause_start", kClauseStart},   {"definite", kDefinite},
      {"negation", kNegation},          {"relative", kRelative},
      {"preposition_ing", kPrepositionIng}, {"public_body", kPublicBody},
      {"speech_noun", kSpeechNoun}};
  for_each_pair(text, name, [&](std::string_view cls, std::string_view word, size_t line) {
    auto it = kClassNames.find(cls);
    if (it == kClassNames.end())
      throw std::runtime_error(fmt::format("{}:{}: unknown class '{}'", name, line, cls));
    out.classes[lower(word)] |= it->second;
  });
}

const QuoteLexicon& quote_lexicon() {
  static const QuoteLexicon lex = [] {
    QuoteLexicon l;
    parse_cue_verbs(lexicon_data::cue_verbs(), "cue_verbs.txt", l);
    parse_quote_words(lexicon_data::quote_words(), "quote_words.tsv", l);
    return l;
  }();
  return lex;
}

}  // namespace newsgraph
