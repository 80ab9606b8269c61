# Bad input is named by file and line or byte, skipped (exit 1), or stops the run (exit 5).
source "$(dirname "$0")/../cli_lib.sh"
mkdir -p "$WORK/in"
printf '%s\n' '{"id":"a","title":"A","text":"Acme Corp said it grew."}' '{"id":"b", broken' \
  '{"id":"c","title":"C","text":"Zeta Labs opened an office."}' > "$WORK/in/feed.jsonl"
printf 'Headline\n\nBad byte \xff here.\n' > "$WORK/in/bad.txt"

run "$NG" extract "$WORK/in/feed.jsonl"
expect_rc 1
expect_err "feed.jsonl:2"
[ "$(wc -l < "$WORK/out")" -eq 2 ] || fail "the good lines 1 and 3 must still be extracted"

run "$NG" extract "$WORK/in/bad.txt"
expect_rc 5
expect_err "bad.txt: byte 19"

run "$NG" extract --on-error stop "$WORK/in"
expect_rc 5
expect_err "bad.txt"

run "$NG" extract "$WORK/no-such-file.txt"
expect_rc 5
expect_err "no-such-file.txt"
