# extract and ingest follow one rule for repeats (README "Duplicates"): a file met twice is read
# once; a document id met again with the same content is passed over, with other content it is
# reported (SOURCE: ...) and skipped, exit 1, the first kept; two folders' files of one name are
# two documents, the later read as FOLDER/NAME. Articles written for the test.
source "$(dirname "$0")/../cli_lib.sh"
mkdir -p "$WORK/c/tech" "$WORK/c/business" "$WORK/j"
printf 'Quillon Labs opens office\n\nQuillon Labs opened an office in Oslo.\n' > "$WORK/c/tech/001.txt"
printf 'Pellan Bank cuts jobs\n\nPellan Bank said it would cut 200 jobs.\n' > "$WORK/c/business/001.txt"
A='{"id":"x","title":"Tarnwell opens lab","text":"Tarnwell Systems opened a lab in Ghent."}'
B='{"id":"x","title":"Tarnwell hires","text":"Tarnwell Systems hired 40 engineers."}'
C='{"id":"y","title":"Ostrava Cloud grows","text":"Ostrava Cloud added a region in Brno."}'
printf '%s\n%s\n' "$A" "$C" > "$WORK/j/a.jsonl"
printf '%s\n%s\n' "$C" "$B" > "$WORK/j/b.jsonl"   # y again (same), x again (other content)
mkdir -p "$WORK/ar"
tar cf "$WORK/ar/a.tar" -C "$WORK/c/business" 001.txt
# docs: how many documents the last run gave (extract: lines; ingest: its summary)
docs() {
  if [ "$1" = extract ]; then wc -l < "$WORK/out"
  else sed -n 's/^ingested \([0-9]*\) document.*/\1/p' "$WORK/out"; fi
}
for cmd in extract ingest; do
  db() { [ "$cmd" = ingest ] && echo "--db=$(mktemp -u -p "$WORK")"; }  # a new store each run
  # one file named twice, a folder and a file inside it, a second symbolic link: read once
  ln -sf "$WORK/c/tech/001.txt" "$WORK/c/link.txt"
  run "$NG" $cmd $(db) "$WORK/c/tech/001.txt" "$WORK/c/tech/001.txt" "$WORK/c/tech" "$WORK/c/link.txt"
  expect_rc 0
  [ "$(docs $cmd)" = 1 ] || fail "$cmd: one file met four times gave $(docs $cmd) documents"
  expect_err "newsgraph: $WORK/c/tech/001.txt: read already; passed over"
  expect_err "newsgraph: $WORK/c/link.txt: read already (as $WORK/c/tech/001.txt); passed over"
  rm "$WORK/c/link.txt"
  run "$NG" $cmd $(db) "$WORK/c" "$WORK/c/business"
  expect_rc 0
  [ "$(docs $cmd)" = 2 ] || fail "$cmd: overlapping folders gave $(docs $cmd) documents"

  # two folders' 001.txt: two documents, the later read as business/001
  run "$NG" $cmd $(db) "$WORK/c/tech" "$WORK/c/business"
  expect_rc 0
  [ "$(docs $cmd)" = 2 ] || fail "$cmd: two folders' 001.txt gave $(docs $cmd) documents"
  expect_err "business/001.txt: document id \"001\" is taken by $WORK/c/tech/001.txt; read as \"business/001\""

  # an archive member's id is its name too: a.txt in a tar beside a folder's a.txt
  run "$NG" $cmd $(db) "$WORK/c/tech" "$WORK/ar/a.tar"
  expect_rc 0
  [ "$(docs $cmd)" = 2 ] || fail "$cmd: a tar member of a taken name gave $(docs $cmd) documents"
  expect_err "a.tar:001.txt: document id \"001\" is taken by $WORK/c/tech/001.txt; read as \"ar/001\""

  # x met again with other content: reported by FILE:LINE, skipped, exit 1, the first kept;
  # y met again with the same content: passed over, not an error
  run "$NG" $cmd $(db) "$WORK/j/a.jsonl" "$WORK/j/b.jsonl"
  expect_rc 1
  expect_err "newsgraph: $WORK/j/b.jsonl:2: document id \"x\" already read from $WORK/j/a.jsonl:1, with other content; skipped"
  expect_err "newsgraph: warning: $WORK/j/b.jsonl:1: the same document as $WORK/j/a.jsonl:2 (id \"y\"); passed over"
  [ "$(docs $cmd)" = 2 ] || fail "$cmd: x and y gave $(docs $cmd) documents"
  [ "$(grep -c 'newsgraph:' "$WORK/err")" = 2 ] || fail "$cmd: other messages: $(cat "$WORK/err")"
  run "$NG" $cmd $(db) --on-error stop "$WORK/j/a.jsonl" "$WORK/j/b.jsonl"
  expect_rc 5
  expect_err "b.jsonl:2: document id \"x\""
done
# what extract printed and ingest stored is the first x
run "$NG" extract "$WORK/j/a.jsonl" "$WORK/j/b.jsonl"
expect_out '"title":"Tarnwell opens lab"'
expect_no_out '"title":"Tarnwell hires"'
run "$NG" ingest --db "$WORK/x.db" "$WORK/j/a.jsonl" "$WORK/j/b.jsonl"
expect_out "ingested 2 documents (2 added, 0 replaced, 0 unchanged, 1 skipped)"
run "$NG" ingest --db "$WORK/x.db" "$WORK/j/a.jsonl"
expect_rc 0
expect_out "(0 added, 0 replaced, 2 unchanged, 0 skipped)"
