# A file where the store should be: every command says "not a directory" (exit 4), in one
# wording, whether it would create a store (ingest) or only read one (stats, quotes).
source "$(dirname "$0")/../cli_lib.sh"
echo "not a store" > "$WORK/file"
for cmd in "ingest $SRC/examples/corpus/pixelbank-outage.txt" "stats" "quotes" "remove x"; do
  run "$NG" $cmd --db "$WORK/file"
  expect_rc 4
  expect_err "newsgraph: $WORK/file: not a directory (a store is a directory that \`newsgraph ingest --db DIR\` creates)"
done

# A folder of other files (a mistyped --db) is not made a store: exit 4, nothing written in it.
mkdir -p "$WORK/notes"
echo "my notes" > "$WORK/notes/todo.txt"
run "$NG" ingest --db "$WORK/notes" "$SRC/examples/corpus/pixelbank-outage.txt"
expect_rc 4
expect_err "newsgraph: $WORK/notes: not a store, and not empty (it holds \"todo.txt\"): give --db a new or empty folder"
[ "$(ls -A "$WORK/notes")" = todo.txt ] || fail "files were written beside todo.txt: $(ls -A "$WORK/notes")"
# an empty folder is fine
mkdir -p "$WORK/empty"
run "$NG" ingest --db "$WORK/empty" "$SRC/examples/corpus/pixelbank-outage.txt"
expect_rc 0

# A store the user cannot write: said so, not "locked by another process" (as root, a
# read-only bind is not at hand, so this runs when setpriv can drop to nobody).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod -R a+rX "$WORK"
  run setpriv --reuid=65534 --regid=65534 --clear-groups "$NG" ingest --db "$WORK/empty" "$SRC/examples/corpus/pixelbank-outage.txt"
  expect_rc 4
  expect_err "$WORK/empty: cannot write the store (Permission denied)"
fi
