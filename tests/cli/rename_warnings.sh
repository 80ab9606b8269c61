# Two folders of files with the same names (the BBC corpus's business/ and tech/): each clash
# is a rename, warned of for the first 5 only, then one line counts the rest; --verbose warns
# of every one. The same across runs ("stored as") and in extract.
source "$(dirname "$0")/../cli_lib.sh"
for folder in business tech; do
  mkdir -p "$WORK/$folder"
  for i in $(seq -w 1 12); do
    printf 'Story %s of %s\n\nTarnwell Systems opened lab number %s, its %s desk said.\n' \
      "$i" "$folder" "$i" "$folder" > "$WORK/$folder/0$i.txt"
  done
done
renames() { grep -c "$1" "$WORK/err"; }

run "$NG" ingest --db "$WORK/db" --quiet "$WORK/business" "$WORK/tech"
expect_rc 0
expect_out "ingested 24 documents (24 added"
[ "$(renames '; read as "tech/0')" -eq 5 ] || fail "renames shown: $(cat "$WORK/err")"
expect_err 'newsgraph: warning: 7 more documents whose id was taken read under a folder-prefixed id (--verbose lists each)'
[ "$(wc -l < "$WORK/err")" -eq 6 ] || fail "ingest stderr: $(cat "$WORK/err")"

run "$NG" ingest --db "$WORK/db2" --quiet --verbose "$WORK/business" "$WORK/tech"
expect_rc 0
[ "$(renames '; read as "tech/0')" -eq 12 ] || fail "--verbose renames: $(cat "$WORK/err")"
! grep -q "more documents" "$WORK/err" || fail "--verbose summed up: $(cat "$WORK/err")"

run "$NG" extract "$WORK/business" "$WORK/tech"
expect_rc 0
[ "$(wc -l < "$WORK/out")" -eq 24 ] || fail "extract printed $(wc -l < "$WORK/out") documents"
[ "$(renames '; read as "tech/0')" -eq 5 ] || fail "extract renames: $(cat "$WORK/err")"
expect_err "7 more documents whose id was taken"

# across runs: tech/ after business/ was stored
"$NG" ingest --db "$WORK/db3" --quiet "$WORK/business" >/dev/null 2>&1 || fail "ingest business"
run "$NG" ingest --db "$WORK/db3" --quiet "$WORK/tech"
expect_rc 0
[ "$(renames '(stored); stored as "tech/0')" -eq 5 ] || fail "stored-as renames: $(cat "$WORK/err")"
expect_err 'newsgraph: warning: 7 more documents whose id a stored document holds stored under a folder-prefixed id (--verbose lists each)'
[ "$(wc -l < "$WORK/err")" -eq 6 ] || fail "second run stderr: $(cat "$WORK/err")"
exit 0
