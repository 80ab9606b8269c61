// Money literals: "$85 million", "€40m", "£2.1 billion", "$2.19 per million output tokens",
// "40 million euros". Hand-written scanning over tokens (no regular expressions).
#pragma once

#include <vector>

#include "ingest/extraction.h"
#include "ingest/tagged_tokens.h"

namespace newsgraph {

/// One money literal: tokens [first, last) and its value. Money::text is the literal as
/// written; Money::amount is in units of the currency (85e6 for "$85 million").
struct MoneyMention {
  size_t first = 0, last = 0;
  Money money;
};

/// Every money literal among the tokens, in order. Never throws.
std::vector<MoneyMention> find_money(const TaggedTokens& tt, std::string_view text);

}  // namespace newsgraph
