# A query with no rows: stdout holds what the format writes of none (table: nothing; csv/tsv:
# the header; json: []; jsonl: nothing), stderr one line saying nothing matched and why (the
# entity is known but has no such facts; or none of its N quotes passes the options), exit 0.
# An unknown name stays exit 3.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"

# expect_none "STDERR LINE" CSV-HEADER COMMAND...: no rows, in every format
expect_none() {
  local message="$1" header="$2"
  shift 2
  run "$NG" "$@" --db "$DB"
  expect_rc 0
  [ ! -s "$WORK/out" ] || fail "$*: the table of no rows wrote: $(cat "$WORK/out")"
  [ "$(cat "$WORK/err")" = "newsgraph: $message" ] || fail "$*: stderr: $(cat "$WORK/err")"
  run "$NG" "$@" --db "$DB" --format csv
  expect_rc 0
  [ "$(tr -d '\r' < "$WORK/out")" = "$header" ] || fail "$*: csv of no rows: $(cat "$WORK/out")"
  run "$NG" "$@" --db "$DB" --format tsv
  [ "$(tr '\t' , < "$WORK/out")" = "$header" ] || fail "$*: tsv of no rows: $(cat "$WORK/out")"
  run "$NG" "$@" --db "$DB" --format json
  [ "$(cat "$WORK/out")" = "[]" ] || fail "$*: json of no rows: $(cat "$WORK/out")"
  run "$NG" "$@" --db "$DB" --format jsonl
  [ ! -s "$WORK/out" ] || fail "$*: jsonl of no rows: $(cat "$WORK/out")"
}
QUOTES=published,doc,speaker,title,org,kind,text,about,speaker_description,begin,end,cue,sieve,confidence,id
expect_none 'no quotes: "Austin" (PLACE) is in the store, but no quote is about it' \
  "$QUOTES" quotes --about Austin
expect_none 'no quotes: "Austin" (PLACE) is in the store, but no quote is by it' \
  "$QUOTES" quotes --by austin
# counts as the store has them (what extraction finds may change; the wording may not)
count() { "$NG" quotes --db "$DB" "$@" --format jsonl | wc -l; }
about_lumen=$(count --about Lumen)
[ "$about_lumen" -gt 1 ] || fail "the corpus has $about_lumen quotes about Lumen"
expect_none "no quotes: none of the $about_lumen quotes about \"Lumen\" (PRODUCT) matches --since 2026" \
  "$QUOTES" quotes --about Lumen --since 2026
by_natarajan=$(count --by Natarajan)
expect_none "no quotes: none of the $by_natarajan quotes by \"Priya Natarajan\" (PERSON) matches --about \"Austin\" --kind indirect" \
  "$QUOTES" quotes --by Natarajan --about Austin --kind indirect
all=$(count)
expect_none "no quotes: none of the $all quotes matches --kind direct --until 2000" \
  "$QUOTES" quotes --kind direct --until 2000
expect_none 'nothing related: "Halcyon AI" (ORG) has no hosts links' \
  name,type,hops,via,links,facts,mentions related Halcyon --predicate hosts
expect_none 'nothing related: "Austin" (PLACE) has no links (--depth 2 --since 2030)' \
  name,type,hops,via,links,facts,mentions related Austin --depth 2 --since 2030
expect_none 'nothing to show: "Austin" (PLACE) has no quotes, roles or relations' \
  published,doc,subject,predicate,object,speaker,literal,begin,end,rule,confidence timeline Austin
expect_none 'no entities: no entity of type PRODUCT is mentioned (--until 2020)' \
  rank,name,type,mentions,documents,quotes_by,quotes_about,component,component_size,id \
  top --type product --until 2020
expect_none 'no match: no facts of the store fit the pattern' x,y,date,docs,x_id,y_id query '?x sues ?y . ?y sues ?x'
expect_none 'no path: no chain of facts links "Austin" (PLACE) and "Norway" (PLACE)' \
  step,from,edge,to,detail,doc,published,rule,predicate,forward,begin,end path Austin Norway

# a store without any PLACE: top --type PLACE says so
cat > "$WORK/one.jsonl" <<'JSON'
{"id": "p1", "title": "Tarnwell hires", "date": "2025-02-05", "text": "Tarnwell Systems hired 40 engineers, said Oda Pellegrin, chief executive of Tarnwell Systems."}
JSON
"$NG" ingest --db "$WORK/small" "$WORK/one.jsonl" >/dev/null 2>&1 || fail "ingest small"
run "$NG" top --db "$WORK/small" --type PLACE
expect_rc 0
[ ! -s "$WORK/out" ] || fail "top of no PLACE wrote: $(cat "$WORK/out")"
[ "$(cat "$WORK/err")" = "newsgraph: no entities: no entity of type PLACE is mentioned" ] ||
  fail "top --type PLACE: $(cat "$WORK/err")"

# no such entity: exit 3, as before
run "$NG" quotes --db "$DB" --about Nobody
expect_rc 3
expect_err 'no entity named "Nobody"'
exit 0
