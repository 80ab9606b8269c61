# A dangling symbolic link, named or met in a folder, is reported once as "LINK: dangling
# symbolic link to TARGET" and skipped (exit 1), or stops the run with --on-error stop (exit 5);
# extract and ingest alike. Articles written for the test.
source "$(dirname "$0")/../cli_lib.sh"
mkdir -p "$WORK/d"
printf 'Quillon Labs opens office\n\nQuillon Labs opened an office in Oslo.\n' > "$WORK/d/ok.txt"
ln -s "$WORK/nowhere.txt" "$WORK/d/gone.txt"
ln -s missing "$WORK/d/rel"      # of no input kind by name, reported all the same
ln -s "$WORK/loop" "$WORK/loop"
for cmd in extract "ingest --db=$WORK/db"; do
  run "$NG" $cmd "$WORK/d"
  expect_rc 1
  expect_err "newsgraph: $WORK/d/gone.txt: dangling symbolic link to $WORK/nowhere.txt"
  expect_err "newsgraph: $WORK/d/rel: dangling symbolic link to missing"
  # named and met in the folder too: reported once, counted once
  run "$NG" $cmd "$WORK/d/gone.txt" "$WORK/d"
  expect_rc 1
  [ "$(grep -c 'gone.txt: dangling' "$WORK/err")" = 1 ] || fail "$cmd: reported twice: $(cat "$WORK/err")"
  [ "$(grep -c 'newsgraph:' "$WORK/err")" = 2 ] || fail "$cmd: other messages: $(cat "$WORK/err")"
  run "$NG" $cmd "$WORK/loop" "$WORK/d/ok.txt"
  expect_rc 1
  expect_err "newsgraph: $WORK/loop: Too many levels of symbolic links"
  # only the link: nothing readable, exit 5
  run "$NG" $cmd "$WORK/d/gone.txt"
  expect_rc 5
  expect_err "gone.txt: dangling symbolic link to"
  run "$NG" $cmd --on-error stop "$WORK/d/gone.txt" "$WORK/d/ok.txt"
  expect_rc 5
  expect_err "gone.txt: dangling symbolic link to"
done
run "$NG" extract "$WORK/d"
[ "$(wc -l < "$WORK/out")" = 1 ] || fail "ok.txt is still read"
run "$NG" ingest --db "$WORK/db2" "$WORK/d"
expect_out "ingested 1 document (1 added, 0 replaced, 0 unchanged, 2 skipped)"
