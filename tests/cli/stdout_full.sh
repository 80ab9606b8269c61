# A failed write to stdout is exit 5 with one message, as `-o FILE` is, for every command that
# prints; a reader that goes away (`| head`) is no error: SIGPIPE ends the run quietly, or, with
# SIGPIPE ignored, the EPIPE is passed over and the exit status is the command's.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null 2>&1 || fail "ingest"
msg="newsgraph: cannot write to standard output: No space left on device"
for cmd in "stats" "quotes" "export dot" "export nt" "entity Halcyon" "top --limit 100" "query"; do
  set -- $cmd
  [ "$cmd" = query ] && set -- query "?x mentioned_in ?d"
  run "$NG" "$@" --db "$DB"
  [ "$rc" -eq 0 ] && [ -s "$WORK/out" ] || fail "$cmd prints nothing to check with: $(cat "$WORK/err")"
  "$NG" "$@" --db "$DB" >/dev/full 2>"$WORK/err"
  rc=$?
  expect_rc 5
  [ "$(cat "$WORK/err")" = "$msg" ] || fail "$cmd > /dev/full: expected '$msg', got: $(cat "$WORK/err")"
done
"$NG" extract "$SRC/examples/corpus" >/dev/full 2>"$WORK/err"
rc=$?
expect_rc 5
expect_err "$msg"
"$NG" ingest --db "$WORK/db2" "$SRC/examples/corpus" >/dev/full 2>"$WORK/err"
rc=$?
expect_rc 5
expect_err "$msg"

# EPIPE: more output than a pipe holds, read by `head -c 1`
for i in $(seq 1 400); do
  printf '{"id":"p%d","title":"T","text":"\\"We will grow,\\" said Ana Berg, chief executive of Quillon Labs, on day %d."}\n' "$i" "$i"
done > "$WORK/many.jsonl"
"$NG" extract "$WORK/many.jsonl" 2>"$WORK/err" | head -c 1 >/dev/null
rc=${PIPESTATUS[0]}
[ "$rc" -eq 0 ] || [ "$rc" -eq 141 ] || fail "extract | head: expected exit 0 or SIGPIPE (141), got $rc"
[ ! -s "$WORK/err" ] || fail "extract | head wrote on stderr: $(cat "$WORK/err")"
( trap '' PIPE; exec "$NG" extract "$WORK/many.jsonl" ) 2>"$WORK/err" | head -c 1 >/dev/null
rc=${PIPESTATUS[0]}
expect_rc 0
[ ! -s "$WORK/err" ] || fail "extract | head with SIGPIPE ignored wrote on stderr: $(cat "$WORK/err")"

# --help and --version are output too
for args in "--version" "--help" "quotes --help"; do
  $NG $args > /dev/full 2>"$WORK/err"
  rc=$?
  expect_rc 5
  grep -qF "$msg" "$WORK/err" || fail "$args > /dev/full: $(cat "$WORK/err")"
done
