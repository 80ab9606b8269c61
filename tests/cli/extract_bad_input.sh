# Bad input is named by file and line or byte, skipped (exit 1), or stops the run (exit 5).
source "$(dirname "$0")/../cli_lib.sh"
mkdir -p "$WORK/in"
printf '%s\n' '{"id":"a","title":"A","text":"Acme Corp said it grew."}' '{"id":"b", broken' \
  '{"id":"c","title":"C","text":"Zeta Labs opened an office."}' > "$WORK/in/feed.jsonl"
# damaged UTF-8 (the dash is valid UTF-8, so the stray FF is not Latin-1)
printf 'Headline\n\nBad byte \xff here \xe2\x80\x94 in UTF-8.\n' > "$WORK/in/bad.txt"

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

# legacy encodings are converted and noted; empty, blank and binary files are skipped
mkdir -p "$WORK/enc"
printf 'Caf\xe9 Opens\n\nThe company\x92s chief said the \x93new caf\xe9\x94 opens in May \x96 if the city agrees.\n' \
  > "$WORK/enc/cafe.txt"
: > "$WORK/enc/empty.txt"
printf '\n  \n' > "$WORK/enc/blank.txt"
printf 'PK\003\004\000\000binary' > "$WORK/enc/zip.txt"
run "$NG" extract "$WORK/enc"
expect_rc 1
expect_err "cafe.txt: read as windows-1252 (confidence"
expect_err "empty.txt: no text"
expect_err "blank.txt: no text"
expect_err "zip.txt: not text (NUL byte at byte 4)"
expect_out '"title":"Café Opens"'
[ "$(wc -l < "$WORK/out")" -eq 1 ] || fail "only cafe.txt gives a document"
