# extract --explain: one block per quotation, in reading order, with speaker, role, sieve,
# confidence and evidence offsets (an article written for this test).
source "$(dirname "$0")/../cli_lib.sh"
cat > "$WORK/a.txt" <<'TXT'
Pellan Works delays its tablet

Ada Quill, chief executive of Pellan Works, said the tablet would ship in June.

"We would rather be late than wrong," Quill said. "The screen needs more work."

One analyst said the delay would cost the company its holiday sales.
TXT
run "$NG" extract --explain --width 24 "$WORK/a.txt"
expect_rc 0
expect_out "a: 4 quotations"
expect_out "[1] indirect"
expect_out "[2] direct   “We would rather be late…”"
expect_out "    speaker: Ada Quill (chief executive, Pellan Works)"
expect_out "    sieve:   quote-cue-speaker, cue \"said\", confidence 0.90"
expect_out "[3] direct   “The screen needs more w…”"
expect_out "    sieve:   previous-quote"
expect_out "    speaker: unnamed: One analyst"
# the offsets point at the quoted text
q=$(grep -F "[2]" -A3 "$WORK/out" | sed -n 's/.*quote \([0-9]*\)-\([0-9]*\).*/\1 \2/p')
set -- $q
[ "$(tail -c +$(($1 + 1)) "$WORK/a.txt" | head -c $(($2 - $1)))" = "We would rather be late than wrong," ] ||
  fail "quote offsets $q do not point at the quote"
run "$NG" extract --help
expect_out "--explain"
