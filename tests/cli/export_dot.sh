# export dot renders with GraphViz, whole or around an entity.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null || fail "ingest"

run "$NG" export dot --db "$DB" --around Halcyon --depth 2 -o "$WORK/h.dot"
expect_rc 0
dot -Tcanon "$WORK/h.dot" > /dev/null || fail "dot rejects the neighbourhood export"
grep -qF "Priya Natarajan" "$WORK/h.dot" || fail "speaker missing from the diagram"

run "$NG" export dot --db "$DB"
expect_rc 0
dot -Tsvg "$WORK/out" > "$WORK/all.svg" || fail "dot rejects the whole-graph export"

run "$NG" export dot --db "$DB" --around "Nobody Here"
expect_rc 3

# Rendered images through GraphViz: a valid SVG with the speaker, a PNG by its signature.
run "$NG" export svg --db "$DB" --around Halcyon --depth 2 -o "$WORK/h.svg"
expect_rc 0
head -c 200 "$WORK/h.svg" | grep -q "<svg\|<?xml" || fail "export svg wrote no SVG"
grep -qF "Priya Natarajan" "$WORK/h.svg" || fail "speaker missing from the SVG"
run "$NG" export png --db "$DB" -o "$WORK/all.png"
expect_rc 0
[ "$(head -c 4 "$WORK/all.png" | tail -c 3)" = "PNG" ] || fail "export png wrote no PNG"

# Without GraphViz on PATH: a clear message and exit 5, no crash.
PATH=/nonexistent run "$NG" export svg --db "$DB" -o "$WORK/none.svg"
expect_rc 5
grep -q "GraphViz .dot. not found" "$WORK/err" || fail "missing dot not explained: $(cat "$WORK/err")"

# dot that fails: its stderr in one message, exit 5, no partial image, an older file untouched.
mkdir -p "$WORK/fakebin"
cat > "$WORK/fakebin/dot" <<'SH'
#!/bin/sh
# writes half an image to -o, complains, fails
while [ $# -gt 0 ]; do [ "$1" = -o ] && printf '<svg half' > "$2"; shift; done
printf 'Error: trouble in layout\n\nline two\nline three\nline four\n' >&2
exit 3
SH
chmod +x "$WORK/fakebin/dot"
PATH="$WORK/fakebin:$PATH" run "$NG" export svg --db "$DB" -o "$WORK/fail.svg"
expect_rc 5
expect_err "newsgraph: dot failed (exit 3): Error: trouble in layout; line two; line three (and 1 more lines)"
[ "$(wc -l < "$WORK/err")" -eq 1 ] || fail "dot's failure is not one line: $(cat "$WORK/err")"
[ ! -e "$WORK/fail.svg" ] || fail "a failed dot left $WORK/fail.svg"
[ -z "$(ls -A "$WORK" | grep newsgraph-)" ] || fail "temporary files left: $(ls -A "$WORK")"
echo old > "$WORK/old.png"
PATH="$WORK/fakebin:$PATH" run "$NG" export png --db "$DB" -o "$WORK/old.png"
expect_rc 5
[ "$(cat "$WORK/old.png")" = old ] || fail "a failed dot changed the older output file"
PATH="$WORK/fakebin:$PATH" run "$NG" export svg --db "$DB"
expect_rc 5
[ ! -s "$WORK/out" ] || fail "a failed dot wrote to stdout: $(head -c 100 "$WORK/out")"

# an output folder that does not exist: named, exit 5
run "$NG" export svg --db "$DB" -o "$WORK/no/such/dir/x.svg"
expect_rc 5
expect_err "$WORK/no/such/dir/x.svg: cannot write (No such file or directory)"

# to stdout through the real dot: the whole SVG
run "$NG" export svg --db "$DB" --around Halcyon
expect_rc 0
grep -qF "</svg>" "$WORK/out" || fail "export svg to stdout wrote no whole SVG"

# Found by a try-out: the image was renamed over whatever -o named. A symbolic link stays a
# link (its target gets the image); a FIFO (as /dev/null or /dev/stdout would be) is written
# into and stays a FIFO; /dev/full is "cannot write", exit 5, and stays a device.
echo old > "$WORK/target.svg"
ln -s target.svg "$WORK/link.svg"
run "$NG" export svg --db "$DB" --around Halcyon -o "$WORK/link.svg"
expect_rc 0
[ -L "$WORK/link.svg" ] || fail "export svg replaced the symbolic link"
grep -qF "</svg>" "$WORK/target.svg" || fail "the link's target did not get the image"
mkfifo "$WORK/pipe.svg"
cat "$WORK/pipe.svg" > "$WORK/from_pipe" &
reader=$!
run "$NG" export svg --db "$DB" --around Halcyon -o "$WORK/pipe.svg"
expect_rc 0
wait "$reader"
[ -p "$WORK/pipe.svg" ] || fail "export svg replaced the FIFO"
grep -qF "</svg>" "$WORK/from_pipe" || fail "the FIFO's reader got no image"
if [ -c /dev/full ]; then
  run "$NG" export svg --db "$DB" --around Halcyon -o /dev/full
  expect_rc 5
  expect_err "/dev/full: cannot write"
  [ -c /dev/full ] || fail "export svg replaced /dev/full"
fi
