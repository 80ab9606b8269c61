# merge and split: corrections of cross-document entity resolution that survive re-ingest and
# remove; an organisation and its name with a legal suffix join on their own. Invented articles.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
cat > "$WORK/c.jsonl" <<'JSON'
{"id": "a1", "title": "Quillon Inc. opens Oslo office", "date": "2025-03-03", "text": "Quillon Inc. said on Monday it would open an office in Oslo.\n\n\"We are growing fast,\" said Mara Haldane, chief executive of Quillon Inc."}
{"id": "a2", "title": "Quillon shares rise", "date": "2025-03-04", "text": "Shares of Quillon rose 4 percent on Tuesday after the company raised its forecast.\n\n\"Demand is strong,\" Haldane told reporters."}
JSON
"$NG" ingest --db "$DB" "$WORK/c.jsonl" >/dev/null || fail "ingest"

# automatic: "Quillon Inc" is the company called "Quillon"
run "$NG" entity --db "$DB" "Quillon Inc."
expect_rc 0
expect_out "ORG:quillon"
expect_out "Quillon Inc"
expect_out "mentions      3"

# entities of different types merge only with --force
run "$NG" merge --db "$DB" "Mara Haldane" Haldane
expect_rc 2
expect_err "ORG:haldane and PERSON:mara haldane have different types (ORG, PERSON)"
expect_err "add --force"
expect_no_out "merged"
run "$NG" entity --db "$DB" Haldane
expect_out "ORG:haldane"
run "$NG" merge --db "$DB" --force "Mara Haldane" Haldane
expect_rc 0
expect_out "merged ORG:haldane into PERSON:mara haldane"
expect_err "merged anyway (--force), as PERSON"
run "$NG" entity --db "$DB" Haldane
expect_out "PERSON"
run "$NG" quotes --db "$DB" --by Haldane --format csv
expect_rc 0
expect_out "We are growing fast"
expect_out "Demand is strong"

run "$NG" split --db "$DB" Quillon "Quillon Inc."
expect_rc 0
expect_out "kept ORG:quillon inc apart from ORG:quillon"
run "$NG" entity --db "$DB" "Quillon Inc."
expect_out "ORG:quillon inc"

# both corrections survive removing and re-ingesting the articles
run "$NG" remove --db "$DB" a1 a2
expect_rc 0
"$NG" ingest --db "$DB" "$WORK/c.jsonl" >/dev/null || fail "re-ingest"
run "$NG" quotes --db "$DB" --by Haldane --format csv
expect_out "Demand is strong"
expect_out "We are growing fast"
run "$NG" entity --db "$DB" "Quillon Inc."
expect_out "ORG:quillon inc"

# a split undoes a merge
run "$NG" split --db "$DB" "Mara Haldane" Haldane
expect_rc 0
run "$NG" quotes --db "$DB" --by "Mara Haldane" --format csv
expect_no_out "Demand is strong"

run "$NG" merge --db "$DB" Quillon "Nobody Known"
expect_rc 3
expect_err 'no entity named "Nobody Known"'
run "$NG" split --db "$DB" Oslo oslo
expect_rc 2
run "$NG" merge --db "$DB" Quillon
expect_rc 2
run "$NG" merge --help
expect_rc 0
expect_out "Examples:"
