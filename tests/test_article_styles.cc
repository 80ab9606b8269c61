// Articles in styles unlike the dev set (Q&A interview, live blog, BBC-style, wire copy with
// tickers, press release, trade-press blog) and the sample corpus's reader-found errors, each
// written for the test, through the whole pipeline.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "ingest/pipeline.h"

using namespace newsgraph;

namespace {
Extraction extract_text(std::string text) {
  Article a;
  a.doc_id = "style";
  a.published = "2026-03-03";
  a.text = std::move(text);
  return extract(a);
}

bool has_entity(const Extraction& x, std::string_view name, EntityType type) {
  return std::any_of(x.entities.begin(), x.entities.end(),
                     [&](const Entity& e) { return e.name == name && e.type == type; });
}

bool names(const Extraction& x, std::string_view part) {
  return std::any_of(x.entities.begin(), x.entities.end(),
                     [&](const Entity& e) { return e.name.find(part) != std::string::npos; });
}

bool has_role(const Extraction& x, std::string_view person, std::string_view title,
              std::optional<std::string> org) {
  return std::any_of(x.roles.begin(), x.roles.end(), [&](const Role& r) {
    return r.person == person && r.title == title && r.org == org;
  });
}

bool has_relation(const Extraction& x, std::string_view s, std::string_view p, std::string_view o) {
  return std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
    return r.subject == s && r.predicate == p && r.object == o;
  });
}

// The quotation whose text starts with `start`, or nullptr.
const Quote* quote(const Extraction& x, std::string_view start) {
  auto it = std::find_if(x.quotes.begin(), x.quotes.end(),
                         [&](const Quote& q) { return q.text.starts_with(start); });
  return it == x.quotes.end() ? nullptr : &*it;
}
}  // namespace

// Turns carry no quotation marks, so they are kind "answer", not "direct" (the gold format's
// direct quotation is the text between marks; our held-out Q&A scored direct precision 0.11).
TEST_CASE("Q:/A: interview turns are quotations of interviewer and interviewee", "[styles]") {
  Extraction x = extract_text(R"TXT(Ten minutes with Rhea Solberg

Rhea Solberg founded Quillmere, a Bergen company that makes batteries for electric ferries. She spoke to us about supply chains and her plans for Asia.

Q: Why did you start with ferries rather than cars?

A: Ferries run the same route every day, so the battery can be sized exactly. Cars never gave us that certainty.

Q: Is Quillmere raising money this year?

A: We are talking to investors, but we would rather grow slowly than lose control of the company.
)TXT");
  REQUIRE(x.quotes.size() == 4);
  for (const Quote& q : x.quotes) {
    CHECK(q.kind == "answer");
    CHECK(q.sieve == "interview");
  }
  CHECK(x.quotes[0].text == "Why did you start with ferries rather than cars?");
  CHECK_FALSE(x.quotes[0].speaker);
  CHECK(x.quotes[0].speaker_description == "the interviewer");
  CHECK(x.quotes[1].text.starts_with("Ferries run the same route"));
  CHECK(x.quotes[1].speaker == "Rhea Solberg");
  CHECK(x.quotes[3].speaker == "Rhea Solberg");
  CHECK(x.quotes[2].about == std::vector<std::string>{"Quillmere"});
  CHECK(has_entity(x, "Rhea Solberg", EntityType::kPerson));
  CHECK_FALSE(names(x, "Ferries"));   // a turn's first word is sentence-initial
  CHECK_FALSE(names(x, "Is "));
}

TEST_CASE("interview turns labelled by names and initials", "[styles]") {
  Extraction x = extract_text(R"TXT(The founder who wants to rebuild the phone

Marcus Oyelaran runs Tindle Devices, a start-up in Lagos. Our reporter Jo Keane asked him about repairable handsets.

JO KEANE: What is wrong with phones today?

MARCUS OYELARAN: They are glued shut. When the battery dies, the phone goes in a drawer.

JK: Will the big makers follow you?

MO: They will once regulators make them. Tindle just wants to get there first.
)TXT");
  REQUIRE(x.quotes.size() == 4);
  CHECK(x.quotes[0].speaker == "Jo Keane");
  CHECK(x.quotes[1].speaker == "Marcus Oyelaran");
  CHECK(x.quotes[2].speaker == "Jo Keane");          // "JK:"
  CHECK(x.quotes[3].speaker == "Marcus Oyelaran");   // "MO:"
  CHECK(x.quotes[1].text.starts_with("They are glued shut."));
  CHECK_FALSE(names(x, "KEANE"));  // labels are no mentions
  CHECK_FALSE(names(x, "OYELARAN"));
}

TEST_CASE("a live blog's timestamps are neither entities nor quotation text", "[styles]") {
  Extraction x = extract_text(R"TXT(Live: Pellworth Summit keynote as it happened

14:05
Hanne Voss, chief executive of Pellworth, has taken the stage. "This is the year we ship the glasses," she said.

14:20 By Sam Ortiz
Analysts at Brockley Research said the price would decide everything.

2.05pm
"We will not sell your data," Voss said, to loud applause.
)TXT");
  for (const Entity& e : x.entities) {
    CHECK(e.name.find("14") == std::string::npos);
    CHECK(e.name.find("By") == std::string::npos);
  }
  CHECK(has_entity(x, "Sam Ortiz", EntityType::kPerson));
  const Quote* glasses = quote(x, "This is the year");
  REQUIRE(glasses);
  CHECK(glasses->speaker == "Hanne Voss");
  const Quote* data = quote(x, "We will not sell");
  REQUIRE(data);
  CHECK(data->speaker == "Hanne Voss");
  for (const Quote& q : x.quotes) {
    CHECK(q.text.find("14:") == std::string::npos);
    CHECK(q.text.find("pm") == std::string::npos);
  }
}

TEST_CASE("BBC style: boss, beat correspondents, indirect probes, the company behind", "[styles]") {
  Extraction x = extract_text(R"TXT(Tablet maker faces safety probe

Regulators are looking into Korvath Electronics after reports that some of its tablets overheated while charging.

The Office for Product Safety said it had received more than 200 complaints. Korvath is also under scrutiny from the Competition and Markets Authority over its repair prices.

"We take every report seriously and are working with the authorities," said Mr Dunmore, who became Korvath boss last year.

Analyst Priya Lalwani, technology correspondent for the Harbour Times, said the firm could face a large fine.

Korvath boss Alan Dunmore said the company had snapped up Brisket Software, the company behind the Quillpad note-taking app, in March.
)TXT");
  CHECK(has_role(x, "Alan Dunmore", "boss", "Korvath Electronics"));
  CHECK(has_role(x, "Priya Lalwani", "technology correspondent", "Harbour Times"));
  CHECK(has_relation(x, "Competition and Markets Authority", "investigates", "Korvath Electronics"));
  CHECK(has_relation(x, "Korvath Electronics", "acquires", "Brisket Software"));
  CHECK(has_relation(x, "Brisket Software", "develops", "Quillpad"));
  CHECK(has_entity(x, "Quillpad", EntityType::kProduct));
  const Quote* q = quote(x, "We take every report");
  REQUIRE(q);
  CHECK(q->speaker == "Alan Dunmore");  // "said Mr Dunmore"
}

TEST_CASE("wire copy with tickers: stakes, suits, chairmen, analysts", "[styles]") {
  Extraction x = extract_text(R"TXT(SEATTLE, April 2 (Reuters) - Orlan Cloud Inc ( ORLN.O ) said on Tuesday it had taken a stake in chip designer Vessa Systems and teamed up with Mirren Networks ( MIRR.N ) to build data centres.

The U.S. Justice Department is probing Orlan's pricing, people familiar with the matter said.

Vessa has filed suit against Tamsin Semiconductor, accusing it of copying a processor design, Orlan chairman Dale Pruett told reporters.

"We like what Vessa is building," said Ines Carrow, an analyst at Harrowgate Securities. Shares of Orlan rose 3 percent.
)TXT");
  CHECK(has_relation(x, "Orlan Cloud Inc", "invests_in", "Vessa Systems"));
  CHECK(has_relation(x, "Vessa Systems", "sues", "Tamsin Semiconductor"));
  CHECK(has_role(x, "Dale Pruett", "chairman", "Orlan Cloud Inc"));
  CHECK(has_role(x, "Ines Carrow", "analyst", "Harrowgate Securities"));
  for (const Quote& q : x.quotes) CHECK(q.text.find("SEATTLE") == std::string::npos);
}

TEST_CASE("press release: the company behind a product, appointments, partners", "[styles]") {
  Extraction x = extract_text(R"TXT(FOR IMMEDIATE RELEASE

Calder Robotics Appoints Mina Sorel as Chief Operating Officer

BOSTON, May 6, 2025 -- Calder Robotics, the company behind the Fennec warehouse robot, today announced the appointment of Mina Sorel as chief operating officer. Sorel joins from Tarnwell Logistics, where she was head of automation.

"Mina has built operations at scale," said Jorge Ebben, co-founder and CEO of Calder Robotics. "She is the right person for our next stage."

Calder Robotics has partnered with Ostby Freight to deploy Fennec in 40 warehouses.

About Calder Robotics
Calder Robotics designs autonomous robots for warehouses.
)TXT");
  CHECK(has_relation(x, "Calder Robotics", "develops", "Fennec"));
  CHECK(has_relation(x, "Calder Robotics", "hires", "Mina Sorel"));
  CHECK(has_relation(x, "Calder Robotics", "partners_with", "Ostby Freight"));
  CHECK(has_role(x, "Jorge Ebben", "CEO", "Calder Robotics"));
  CHECK_FALSE(has_role(x, "Mina Sorel", "chief operating officer", "Fennec"));
  const Quote* q = quote(x, "Mina has built");
  REQUIRE(q);
  CHECK(q->speaker == "Jorge Ebben");
}

TEST_CASE("trade-press blog: the startup behind, hosting, 'Its head of research, NAME'", "[styles]") {
  Extraction x = extract_text(R"TXT(Why Mossgrove's new model matters

Posted by Lena Hart

Mossgrove, the startup behind the Kestrel language model, has been busy. Last week it teamed up with Arbor Cloud, which now hosts Kestrel for enterprise customers.

Mossgrove co-founder Tobias Reyne told me the deal took six months. "Arbor had the GPUs and we had the model," he wrote in a follow-up email.

Rival Strand AI has criticised the pairing. Its head of research, Mei Okoro, said closed hosting deals hurt developers.
)TXT");
  CHECK(has_relation(x, "Mossgrove", "develops", "Kestrel"));
  CHECK(has_relation(x, "Arbor Cloud", "hosts", "Kestrel"));
  CHECK(has_role(x, "Mei Okoro", "head of research", "Strand AI"));
  CHECK(has_role(x, "Tobias Reyne", "co-founder", "Mossgrove"));
}

TEST_CASE("reader-found errors: the speaker of 'that it says', 'said its TITLE, NAME'", "[styles]") {
  Extraction x = extract_text(
      "Pellow Labs ships Corvid 3\n\n"
      "Pellow Labs on Monday released Corvid 3, a vision model that it says can read X-rays in "
      "seconds.\n\n"
      "Patient group Voices! said hospitals should wait. \"Nobody has tested it on children,\" "
      "said its head of campaigns, Ruth Amadi.\n");
  const Quote* says = quote(x, "can read X-rays");
  REQUIRE(says);
  CHECK(says->speaker == "Pellow Labs");
  const Quote* children = quote(x, "Nobody has tested");
  REQUIRE(children);
  CHECK(children->speaker == "Ruth Amadi");
  CHECK(has_entity(x, "Voices!", EntityType::kOrg));
  CHECK(has_entity(x, "Corvid", EntityType::kProduct));
}

TEST_CASE("reader-found errors: a short number makes a model; 'the model' is hosted", "[styles]") {
  Extraction x = extract_text(
      "Sable Systems sued Pellow Labs, saying it trained the Corvid 3 model on stolen scans.\n\n"
      "The model will be hosted on Nimbra's Tessel cloud service from June.\n\n"
      "\"Corvid 3 was trained on licensed data,\" the company said.\n");
  CHECK(has_entity(x, "Corvid", EntityType::kProduct));
  CHECK_FALSE(has_entity(x, "Corvid", EntityType::kOrg));
  CHECK(has_relation(x, "Nimbra", "hosts", "Corvid"));
}

TEST_CASE("reader-found errors: a dateline is not part of a reported clause", "[styles]") {
  Extraction x = extract_text(
      "Varne halts chip sales\n\n"
      "OSTRAVA (Tidewire) - Varne Microsystems has stopped selling its fastest chips to resellers, "
      "two people familiar with the matter said.\n\n"
      "BRNO, March 3, 2026 -- Varne Microsystems said it had raised $40 million from Kelso "
      "Partners.\n");
  const Quote* stopped = quote(x, "Varne Microsystems has stopped");
  REQUIRE(stopped);
  CHECK(stopped->about == std::vector<std::string>{"Varne Microsystems"});
  const Quote* raised = quote(x, "it had raised");
  REQUIRE(raised);
  CHECK(raised->speaker == "Varne Microsystems");
}

TEST_CASE("a heading in capitals names the speaker of the quotations after it", "[styles]") {
  Extraction x = extract_text(
      "VIEW: Reactions to Varne's results\n\n"
      "Varne Microsystems reported lower sales on Tuesday. Here is what analysts said.\n\n"
      "NORA BLY, ANALYST, KELSO PARTNERS \"The margins held up better than we feared.\" "
      "\"Next quarter matters more.\" TOMAS URE, PORTFOLIO MANAGER, FENWAY FUNDS \"We are "
      "still buyers of the stock.\"\n");
  const Quote* margins = quote(x, "The margins held");
  REQUIRE(margins);
  CHECK(margins->sieve == "heading");
  CHECK(margins->speaker == "NORA BLY");
  const Quote* next = quote(x, "Next quarter");
  REQUIRE(next);
  CHECK(next->speaker == "NORA BLY");
  const Quote* buyers = quote(x, "We are still buyers");
  REQUIRE(buyers);
  CHECK(buyers->speaker == "TOMAS URE");
}

TEST_CASE("'the ministry said' is a public body, never the company in focus", "[styles]") {
  Extraction x = extract_text(
      "Kelso Motors to build battery plant\n\n"
      "Kelso Motors will build a battery plant near Brno, Kelso Motors said on Monday.\n\n"
      "The ministry said the plant would create about 900 jobs in the region.\n\n"
      "The Office of Fair Trading fined Kelso Motors last year. The regulator said the fine "
      "had been paid in full.\n");
  const Quote* jobs = quote(x, "the plant would create");
  REQUIRE(jobs);
  CHECK_FALSE(jobs->speaker);
  CHECK(jobs->speaker_description == "The ministry");
  const Quote* fine = quote(x, "the fine had been paid");
  REQUIRE(fine);
  CHECK(fine->speaker == "Office of Fair Trading");
}

// Found by fuzz.extract: NFC turns U+2000 EN QUAD into U+2002 EN SPACE, so a direct
// quotation's text taken from the normalised text differed from the bytes its span names.
TEST_CASE("A direct quotation is the article's own bytes whatever NFC changed", "[pipeline]") {
  const std::string text =
      "Acme Ships A Tablet\n\n\"We want\xE2\x80\x80to compete, and Jose\xCC\x81 agrees,\" said Ana Lind, "
      "chief executive of Acme.\n";
  Extraction x = extract_text(text);
  REQUIRE(x.quotes.size() == 1);
  const Quote& q = x.quotes[0];
  CHECK(q.text == "We want\xE2\x80\x80to compete, and Jose\xCC\x81 agrees,");
  CHECK(text.compare(q.span.begin, q.span.size(), q.text) == 0);
  CHECK(q.speaker == "Ana Lind");
}

// Found by a try-out on Reuters copy: the stop inside a ticker ("ORLO.O") opened a sentence,
// so reported clauses began "O ) plans ..." and ended "... Inc ( T".
TEST_CASE("a wire ticker's stop opens no sentence in a reported clause", "[styles]") {
  Extraction x = extract_text(
      "Orlo Plans Launch\n\nBOSTON (Wire) - Orlo Systems Inc. ( ORLO.O ) plans to begin a major "
      "product launch in its second quarter, the company's chief executive said on Thursday.\n\n"
      "Sales of phones from Pell and Dunmore Inc ( D.N ) rose sharply in May, Jo Park said. Kelda "
      "Semiconductor ( 2330.TW ) fell.\n");
  REQUIRE(x.quotes.size() == 2);
  CHECK(x.quotes[0].kind == "indirect");
  CHECK(x.quotes[0].text ==
        "Orlo Systems Inc. ( ORLO.O ) plans to begin a major product launch in its second quarter");
  CHECK(x.quotes[1].text == "Sales of phones from Pell and Dunmore Inc ( D.N ) rose sharply in May");
  CHECK(x.quotes[1].speaker == "Jo Park");
  CHECK_FALSE(names(x, "TW"));  // nor is a ticker's exchange code an organisation
}

// A try-out found 36 Reuters clauses opening "(Reuters) - ": copy that lost its dateline's city.
TEST_CASE("an agency dateline without its city is no part of a reported clause", "[styles]") {
  Extraction x = extract_text(
      "Orlo Plans Launch\n\n(Wire) - Orlo Systems plans to begin a major product launch in its "
      "second quarter, the company said on Thursday.\n");
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].text == "Orlo Systems plans to begin a major product launch in its second quarter");
  CHECK(x.quotes[0].speaker == "Orlo Systems");
}
