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
///   quote-cue-speaker  "…," said X / "…," X said / "…," X, TITLE of Y, said / "…," he told Reuters (0.9)
///   speaker-cue-quote  X said: "…" / X said, "…" / X wrote on LinkedIn: "…"     (0.85)
///   according-to       According to X, "…" / "…," according to X                 (0.85)
///   colon              X, in a statement: "…"                                      (0.6)
///   embedded           X said the site was "…" (a cue verb earlier in the sentence) (0.6)
///   heading            JANE DOE, ANALYST, ACME "…" (a heading in capitals before it) (0.7)
///   sentence-subject   X likened it to "…" (a person opens the quotation's sentence) (0.5)
///   reported-speaker   reported speech just before it in the paragraph gives its
///                      speaker: X said fans were eager. "…"                       (0.6)
///   previous-quote     a quotation after another in its paragraph, or opening the
///                      paragraph after one, keeps that one's speaker              (0.7)
/// `speakers` must have been built over the same quotes; `reported` is the document's
/// reported speech (find_reported_speech), in text order.
std::vector<Attribution> attribute(const std::vector<QuoteSpan>& quotes,
                                   const SpeakerResolver& speakers,
                                   const std::vector<Quote>& reported);

}  // namespace newsgraph
