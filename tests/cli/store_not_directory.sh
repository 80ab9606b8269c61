# A file where the store should be: every command says "not a directory" (exit 4), in one
# wording, whether it would create a store (ingest) or only read one (stats, quotes).
source "$(dirname "$0")/../cli_lib.sh"
echo "not a store" > "$WORK/file"
for cmd in "ingest $SRC/examples/corpus/pixelbank-outage.txt" "stats" "quotes" "remove x"; do
  run "$NG" $cmd --db "$WORK/file"
  expect_rc 4
  expect_err "newsgraph: $WORK/file: not a directory (a store is a directory that \`newsgraph ingest --db DIR\` creates)"
done
