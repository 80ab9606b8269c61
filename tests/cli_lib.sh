# Helpers for the CLI tests in tests/cli/: each test script is run by ctest as
#   bash tests/cli/NAME.sh PATH/TO/newsgraph SOURCE_DIR
set -uo pipefail
NG="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# run CMD...: runs it, keeping stdout in $WORK/out, stderr in $WORK/err and the status in $rc.
run() {
  "$@" >"$WORK/out" 2>"$WORK/err"
  rc=$?
}

expect_rc() { [ "$rc" -eq "$1" ] || fail "expected exit $1, got $rc; stderr: $(cat "$WORK/err")"; }
expect_out() { grep -qF -- "$1" "$WORK/out" || fail "stdout lacks '$1': $(head -c 2000 "$WORK/out")"; }
expect_err() { grep -qF -- "$1" "$WORK/err" || fail "stderr lacks '$1': $(cat "$WORK/err")"; }
expect_no_out() { ! grep -qF -- "$1" "$WORK/out" || fail "stdout has '$1'"; }
