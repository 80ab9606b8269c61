#include <catch2/catch.hpp>

#include "ingest/document.h"
#include "ingest/lexicon.h"
#include "ingest/tokens.h"

using namespace newsgraph;

namespace {

bool same(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].span.begin != b[i].span.begin || a[i].span.end != b[i].span.end ||
        a[i].kind != b[i].kind || a[i].capitalised != b[i].capitalised ||
        a[i].sentence_start != b[i].sentence_start || a[i].line_start != b[i].line_start)
      return false;
  return true;
}

// Every list of tokenize_document equals what tokenize() gives for its range and starts.
void check_lists(std::string_view text, uint32_t body, const std::vector<Span>& sentences) {
  std::vector<uint32_t> starts;
  for (Span s : sentences) starts.push_back(s.begin);
  const auto end = uint32_t(text.size());
  DocumentTokens t = tokenize_document(text, body, sentences);
  CHECK(same(t.all, tokenize(text, 0, end, starts)));
  CHECK(same(t.body, tokenize(text, body, end, starts)));
  CHECK(same(t.body_plain, tokenize(text, body, end)));
  CHECK(t.body_lower[0] == lower(text.substr(t.body[0].span.begin, t.body[0].span.size())));
}

}  // namespace

TEST_CASE("document tokens equal the tokens of each range, scanned once", "[tokens]") {
  // a header line ending in an abbreviation and an opening mark, then the body
  std::string text = "By Tove Lind, Mr. \u201c\n, . Orvik Ltd said. it rose\nVÅR Bolag";
  uint32_t body = uint32_t(text.find('\n') + 1);
  check_lists(text, body, {});
  check_lists(text, body, {Span{body + 4, body + 22}, Span{body + 23, body + 30}});
  check_lists(text, 0, {});
}

TEST_CASE("document tokens of a body that starts inside a word are scanned again", "[tokens]") {
  std::string text = "Kestrel Dynamics hired her";
  check_lists(text, 3, {});  // "trel Dynamics hired her"
  DocumentTokens t = tokenize_document(text, 3, {});
  REQUIRE(t.body.size() == 4);
  CHECK(t.body[0].span.begin == 3);
  CHECK_FALSE(t.body[0].capitalised);
}

TEST_CASE("lower forms are lower() of each token, empty past the end", "[tokens]") {
  std::string_view text = "ÅSA Brenholt-Ström ran IT";
  DocumentTokens t = tokenize_document(text, 0, {});
  REQUIRE(t.all.size() == 4);
  CHECK(t.all_lower[0] == "åsa");
  CHECK(t.all_lower[1] == "brenholt-ström");
  CHECK(t.all_lower[3] == "it");
  CHECK(t.all_lower[4].empty());
}

TEST_CASE("a document scans its tokens once and drops them when segmented again", "[tokens]") {
  Document doc;
  doc.text = "Ines Varga left; she said so.";
  const DocumentTokens* first = &doc.tokens();
  CHECK(&doc.tokens() == first);
  REQUIRE(first->all.size() == 8);
  CHECK_FALSE(first->all[4].sentence_start);  // "she" after ";" starts no sentence by itself
  doc.drop_tokens();
  doc.sentences = {Span{0, 16}, Span{17, 29}};  // a segmenter that breaks at ";"
  CHECK(doc.tokens().all[4].sentence_start);
}

TEST_CASE("a phrase trie finds the longest entry word by word", "[tokens]") {
  std::string chief = "chief executive", officer = "chief executive officer", head = "head";
  PhraseTrie<std::string> trie;
  for (const std::string* p : {&chief, &officer, &head}) trie.insert(*p, p);
  auto walk = [&](std::vector<std::string_view> words) {
    const std::string* found = nullptr;
    uint32_t node = trie.kRoot;
    for (std::string_view w : words) {
      if ((node = trie.next(node, w)) == trie.kNone) break;
      if (trie.value(node)) found = trie.value(node);
    }
    return found;
  };
  CHECK(walk({"chief", "executive", "officer", "said"}) == &officer);
  CHECK(walk({"chief", "executive", "said"}) == &chief);
  CHECK(walk({"chief", "said"}) == nullptr);
  CHECK(walk({"head"}) == &head);
  CHECK(walk({"executive"}) == nullptr);
  CHECK(trie.next(trie.kRoot, "chief executive") == trie.kNone);  // words, not phrases
}
