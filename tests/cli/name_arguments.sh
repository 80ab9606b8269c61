# Names that cannot name an entity are usage errors (exit 2), not unknown entities with
# meaningless suggestions; `path X X` (one entity twice) says so instead of "no chain".
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"
for cmd in entity related timeline; do
  run "$NG" $cmd --db "$DB" ""
  expect_rc 2
  expect_err 'newsgraph: a name is needed (got "")'
  expect_no_out "did you mean"
done
run "$NG" entity --db "$DB" "--"
run "$NG" entity --db "$DB" " . "
expect_rc 2
expect_err "a name is needed"
run "$NG" path --db "$DB" Halcyon "Halcyon AI"
expect_rc 2
expect_err 'newsgraph: "Halcyon" and "Halcyon AI" name the same entity: no path to find'
run "$NG" path --db "$DB" Halcyon "Priya Natarajan"
expect_rc 0
expect_out "Priya Natarajan"
run "$NG" path --db "$DB" Halcyon Nosuchname
expect_rc 3
