// Credit lines: the wire sign-offs that name the journalists who made a story.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace newsgraph {

/// The credit lines of `text` from byte `from` on: "(Reporting by Jane Roe; Editing by John
/// Doe)", "(With additional reporting by ...)", "--Writing by ...", or a line that opens with
/// such a cue ("Reporting by", "Additional reporting by", "Editing by", "Writing by", "Compiled
/// by"; in brackets also "Edited by", "Written by"; any letter case). A bracketed credit runs
/// to its matching ")" (or the end of its line), an unbracketed one to the end of its line.
/// Spans are byte offsets into `text`, in text order, not overlapping.
std::vector<Span> find_credit_lines(std::string_view text, size_t from);

/// The journalists a credit line names, as spans into `text`: each capitalised run of words
/// ("Gerald E. McCormick", "Ana de la Cruz") after "by", ",", ";", "and" or "&", but not after
/// "in" (their desk's city), nor a cue ("Editing") or a label before ":" ("E-mail:").
std::vector<Span> credited_names(std::string_view text, Span credit);

/// A credit line of a document with its own text, kept while the line is blanked.
struct CreditLine {
  Span span;
  std::string text;
};

/// Overwrites every credit line of doc.text after doc.body_begin with spaces, so that no stage
/// takes a sign-off for prose (no place "in Leeds", no speaker, no role); offsets and line
/// breaks stay as they are. Returns the lines with their text. Call before segment().
std::vector<CreditLine> blank_credit_lines(Document& doc);

/// Writes the credited names back into doc.text and adds each to doc.entities: a mention of the
/// entity of that name, or a new PERSON entity with rule "credit" (FORMAT.md counts every named
/// person; the rule lets a store tell the journalists apart). Call after the last stage, with
/// blank_credit_lines()'s result, so that no speaker, role or relation is drawn from them.
void add_credited_people(Document& doc, const std::vector<CreditLine>& lines);

}  // namespace newsgraph
