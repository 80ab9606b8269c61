# An `export svg` interrupted while GraphViz runs (kill -INT or -TERM to newsgraph alone, as a
# supervisor or `timeout` sends it) stops dot, removes the temporary DOT input and the partial
# image, and ends by the signal: status 130 for SIGINT, 143 for SIGTERM. A stand-in `dot` on
# PATH writes part of the image, then waits to be stopped.
source "$(dirname "$0")/../cli_lib.sh"
set -m  # job control: a background job keeps SIGINT (a script's would ignore it)
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"
mkdir -p "$WORK/bin" "$WORK/tmp" "$WORK/img"
cat > "$WORK/bin/dot" <<EOF2
#!/bin/bash
# dot -Tsvg -o IMAGE INPUT
echo \$\$ > "$WORK/dot.pid"
printf '<svg partial' > "\$3"
exec sleep 60
EOF2
chmod +x "$WORK/bin/dot"

signals="INT TERM"
# a signal ignored when the test started (a runner under nohup) stays ignored by newsgraph too
[ -z "$(trap -p INT)" ] || signals=TERM
for sig in $signals; do
  rm -f "$WORK/dot.pid"
  PATH="$WORK/bin:$PATH" TMPDIR="$WORK/tmp" "$NG" export svg --db "$DB" --around Halcyon \
    -o "$WORK/img/g.svg" 2>"$WORK/err" &
  ng_pid=$!
  for _ in $(seq 100); do [ -s "$WORK/dot.pid" ] && break; sleep 0.1; done
  [ -s "$WORK/dot.pid" ] || fail "$sig: dot did not start: $(cat "$WORK/err")"
  dot_pid=$(cat "$WORK/dot.pid")
  kill -$sig $ng_pid
  wait $ng_pid
  rc=$?
  expected=$((128 + $(kill -l $sig)))
  [ "$rc" -eq "$expected" ] || fail "$sig: exit $rc, not $expected"
  ! kill -0 "$dot_pid" 2>/dev/null || { kill "$dot_pid"; fail "$sig: dot still running"; }
  [ -z "$(ls -A "$WORK/tmp")" ] || fail "$sig: temporary files left: $(ls -A "$WORK/tmp")"
  [ -z "$(ls -A "$WORK/img")" ] || fail "$sig: image files left: $(ls -A "$WORK/img")"
done
exit 0
