// Reported (indirect) speech: "X said (that) CLAUSE", "CLAUSE, X said", "According to X,
// CLAUSE". The speaker phrase is resolved like a direct quotation's (speakers.h).
#pragma once

#include <vector>

#include "ingest/document.h"
#include "ingest/speakers.h"

namespace newsgraph {

/// At most one indirect quote per sentence that holds no direct quotation, kind "indirect",
/// `text` the reported clause as it stands (without the sentence's final punctuation), `cue`
/// the cue verb, `sieve` one of "reported-cue", "reported-trailing", "reported-according-to".
/// A clause without "that" must open like a clause (a pronoun, determiner, name or number);
/// verbs that take an object ("told staff") report only through "that". `about` is left empty.
std::vector<Quote> find_reported_speech(const Document& doc, const SpeakerResolver& speakers);

}  // namespace newsgraph
