// Q&A interviews: an interview printed as turns, each paragraph opening with its speaker's
// label and a colon ("Q:", "A:", "JANE DOE:", "JD:", "**Jane Doe:**"). An answer is a direct
// quotation of the interviewee, a question one of the interviewer.
#pragma once

#include <vector>

#include "ingest/document.h"

namespace newsgraph {

/// The turns of a Q&A interview in `doc` as direct quotations (sieve "interview"), in text
/// order; empty unless at least two paragraphs open with labels and the labels differ. A
/// label resolves to the PERSON entity whose name it spells (case-insensitively, in full, by
/// surname or by initials); "A"/"Answer" to the person the article names most often, "Q"/
/// "Question" to the byline's author, else to no one (description "the interviewer"). The
/// span is the turn's text after the label, UTF-8 byte offsets into doc.text. Needs mentions
/// and coreference (doc.entities).
std::vector<Quote> find_interview_turns(const Document& doc);

}  // namespace newsgraph
