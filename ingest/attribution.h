// Attribution of direct quotations: ordered sieves, most precise first (after Muzny et al.
// 2017, "A Two-stage Sieve Approach for Quote Attribution"). Each sieve decides or passes;
// the first that decides names itself in the result.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/quote_spans.h"
#include "ingest/speakers.h"

namespace newsgraph {

/// Who said one quotation and how that was decided.
struct Attribution {
  std::optional<Speaker> speaker;  // std::nullopt when no sieve decided
  std::string cue;                 // the cue verb as written, may be empty
  std::string sieve;               // the sieve that decided, empty when none did
  double confidence = 0.0;         // sieve confidence times speaker confidence, in [0, 1]
};

/// One Attribution per quotation of `quotes` (find_quote_spans order), from these sieves:
///   quote-cue-speaker  "…," said X / "…," X said / "…," X, TITLE of Y, said / "…," he told Reuters
///   speaker-cue-quote  X said: "…" / X said, "…" / X wrote on LinkedIn: "…"     (0.85)
///   according-to       According to X, "…" / "…," according to X                 (0.85)
///   colon              X, in a statement: "…"                                      (0.6)
///   previous-quote     a quotation after another in its paragraph, or opening the
///                      paragraph after one, keeps that one's speaker              (0.7)
/// `speakers` must have been built over the same quotes.
std::vector<Attribution> attribute(const std::vector<QuoteSpan>& quotes,
                                   const SpeakerResolver& speakers);

}  // namespace newsgraph
