# The conventions every command keeps: unknown or misspelt commands and option values named
# with what would have been valid (exit 2), --version, results on stdout and messages on
# stderr, no colour or escapes, and the documented exit codes. Articles written for the test.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
cat > "$WORK/c.jsonl" <<'JSON'
{"id": "n1", "title": "Tarnwell opens lab", "date": "2025-02-03", "text": "Tarnwell Systems said on Monday it would open a lab in Ghent.\n\n\"We need more engineers,\" said Oda Pellegrin, chief executive of Tarnwell Systems."}
{"id": "n2", "title": "Tarnwell hires", "date": "2025-02-05", "text": "Tarnwell Systems hired 40 engineers.\n\n\"The lab is full,\" Pellegrin said."}
JSON
"$NG" ingest --db "$DB" "$WORK/c.jsonl" >/dev/null 2>&1 || fail "ingest"

# an unknown command lists the commands; a misspelt one gets a suggestion
run "$NG" frobnicate
expect_rc 2
expect_err 'newsgraph: unknown command "frobnicate" (one of: extract, ingest, quotes'
[ ! -s "$WORK/out" ] || fail "an error wrote to stdout"
run "$NG" qoutes --db "$DB"
expect_rc 2
expect_err 'unknown command "qoutes"; did you mean "quotes"?'
run "$NG" stat
expect_rc 2
expect_err 'did you mean "stats"?'
run "$NG" export svgg
expect_rc 2
expect_err 'unknown command "export svgg"; did you mean "export svg"?'
run "$NG"
expect_rc 2
expect_err "newsgraph: no command given (one of: extract"
! grep -qF "newsgraph: newsgraph:" "$WORK/err" || fail "prefix doubled: $(cat "$WORK/err")"
run "$NG" export
expect_rc 2
expect_err "export: no command given (one of: dot, svg, png"

# an unknown option value names the valid ones, in every command that has one
for cmd in "quotes --db $DB" "entity --db $DB Pellegrin" "stats --db $DB"; do
  run "$NG" $cmd --format yaml
  expect_rc 2
  expect_err "newsgraph: --format: yaml not in {table,json,jsonl,csv,tsv}"
  [ ! -s "$WORK/out" ] || fail "$cmd: an error wrote to stdout"
done
run "$NG" extract --format yaml "$WORK/c.jsonl"
expect_rc 2
expect_err "--format: yaml not in {jsonl,json}"
run "$NG" ingest --db "$DB" --on-error maybe "$WORK/c.jsonl"
expect_rc 2
expect_err "--on-error: maybe not in {skip,stop}"
run "$NG" quotes --db "$DB" --frob
expect_rc 2
expect_err "newsgraph: The following argument was not expected: --frob"
expect_err 'Run `newsgraph quotes --help` for the options.'
run "$NG" export dot --db "$DB" --depth many
expect_rc 2
expect_err 'newsgraph: --depth: expected a whole number ≥ 0, got "many"'
expect_err 'Run `newsgraph export dot --help`'

# a count that is no whole number: one short line naming the option, no range of CLI11's
for arg in abc -1 2.5 ""; do
  run "$NG" quotes --db "$DB" --limit "$arg"
  expect_rc 2
  expect_err "newsgraph: --limit: expected a whole number ≥ 0, got \"$arg\""
  [ "$(wc -l < "$WORK/err")" -eq 2 ] || fail "--limit $arg: $(cat "$WORK/err")"
done
run "$NG" related --db "$DB" Pellegrin --depth 0
expect_rc 2
expect_err '--depth: expected a whole number from 1 to 1000, got "0"'
run "$NG" export dot --db "$DB" --max-nodes 0
expect_rc 2
expect_err '--max-nodes: expected a whole number ≥ 1, got "0"'

# a misspelt option gets the close option names, as a misspelt command does
run "$NG" quotes --db "$DB" --abuot Tarnwell
expect_rc 2
expect_err 'newsgraph: unknown option "--abuot"; did you mean "--about"?'
expect_err 'Run `newsgraph quotes --help` for the options.'
run "$NG" export dot --db "$DB" --dpth 2
expect_rc 2
expect_err 'unknown option "--dpth"; did you mean "--depth"?'
run "$NG" ingest --db "$DB" --quite "$WORK/c.jsonl"
expect_rc 2
expect_err 'did you mean "--quiet"?'

run "$NG" --version
expect_rc 0
grep -qxE 'newsgraph [0-9]+\.[0-9]+\.[0-9]+' "$WORK/out" || fail "--version printed: $(cat "$WORK/out")"
[ ! -s "$WORK/err" ] || fail "--version wrote to stderr"

# stats in every format of the query commands
run "$NG" stats --db "$DB" --format json
expect_rc 0
python3 -c 'import json,sys; r = json.load(sys.stdin); assert len(r) == 1 and r[0]["documents"] == 2 and list(r[0]) == ["documents", "entities", "quotes", "roles", "triples"], r' \
  < "$WORK/out" || fail "stats json: $(cat "$WORK/out")"
run "$NG" stats --db "$DB" --format csv
expect_out "documents,entities,quotes,roles,triples"
run "$NG" stats --db "$DB"
head -1 "$WORK/out" | grep -qE '^documents +entities +quotes +roles +triples$' || fail "stats table: $(cat "$WORK/out")"

# machine-readable stdout stays clean: messages go to stderr
run "$NG" quotes --db "$DB" --limit 1 --format json
expect_rc 0
expect_err "rows left out (--limit 1)"
python3 -c 'import json,sys; assert len(json.load(sys.stdin)) == 1' < "$WORK/out" || fail "quotes json is not clean"
printf 'Caf\xe9 Opens\n\nThe caf\xe9 opens in May, said Oda Pellegrin.\n' > "$WORK/latin.txt"
run "$NG" extract "$WORK/latin.txt" "$WORK/missing.txt"
expect_rc 1
expect_err "read as"
expect_err "missing.txt"
python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' < "$WORK/out" || fail "extract jsonl is not clean"
run "$NG" export dot --db "$DB" --around "Tarnwell Systems" --max-nodes 1
expect_rc 0
expect_err "left out (--max-nodes 1)"
head -1 "$WORK/out" | grep -q '^digraph' || fail "export dot stdout: $(head -3 "$WORK/out")"

# no colour or other escape sequences anywhere, NO_COLOR set or not
for nc in "" 1; do
  for cmd in "quotes --db $DB" "entity --db $DB Pellegrin" "stats --db $DB" "top --db $DB" \
             "ingest --db $DB $WORK/c.jsonl" "export dot --db $DB" "frobnicate"; do
    NO_COLOR=$nc "$NG" $cmd >"$WORK/out" 2>"$WORK/err"
    ! grep -q $'\x1b' "$WORK/out" "$WORK/err" || fail "$cmd (NO_COLOR=$nc) wrote an escape sequence"
  done
done

# exit codes: 3 unknown entity or document, 4 no store (read-only and read-write commands alike)
for cmd in "entity Nobody" "related Nobody" "timeline Nobody" "path Pellegrin Nobody" \
           "export dot --around Nobody" "merge Pellegrin Nobody" "remove no-such-doc"; do
  run "$NG" $cmd --db "$DB"
  expect_rc 3
  [ ! -s "$WORK/out" ] || fail "$cmd: wrote to stdout: $(cat "$WORK/out")"
done
for cmd in "stats" "quotes" "entity Pellegrin" "export dot" "remove n1" "merge A B" "split A B"; do
  run "$NG" $cmd --db "$WORK/no-store"
  expect_rc 4
  expect_err "no-store: no store here (run \`newsgraph ingest\` first)"  # one wording for all
  [ ! -e "$WORK/no-store" ] || fail "$cmd created a store"
done
exit 0
