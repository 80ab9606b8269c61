# `load` names what is wrong with a line in plain words, FILE:LINE first, never nlohmann's
# exception tags; the good lines are loaded, exit 1.
source "$(dirname "$0")/../cli_lib.sh"
"$NG" extract --format jsonl "$SRC/examples/corpus/pixelbank-outage.txt" > "$WORK/good.jsonl" || fail "extract"
{
  cat "$WORK/good.jsonl"
  sed 's/"doc":/"nodoc":/' "$WORK/good.jsonl"
  sed 's/"doc":"[^"]*"/"doc":7/' "$WORK/good.jsonl"
  echo '{"doc": "half'
  echo '[1, 2]'
} > "$WORK/bad.jsonl"
run "$NG" load -q --db "$WORK/db" "$WORK/bad.jsonl"
expect_rc 1
expect_err "$WORK/bad.jsonl:2: not an extraction: missing field \"doc\"; skipped"
expect_err "$WORK/bad.jsonl:3: not an extraction: a field has the wrong type (type must be string, but is number); skipped"
expect_err "$WORK/bad.jsonl:4: not an extraction: not JSON (byte 13); skipped"
expect_err "$WORK/bad.jsonl:5: not an extraction: not a JSON object; skipped"
grep -q "json.exception" "$WORK/err" && fail "nlohmann's tags on stderr: $(cat "$WORK/err")"
expect_out "loaded 1 document"

# Compressed extraction files load as ingest reads them (a try-out got 56 "not JSON" lines for
# a .gz); one cut short loads the lines before the cut and names the byte, exit 1.
gzip -c "$WORK/good.jsonl" > "$WORK/good.jsonl.gz"
run "$NG" load -q --db "$WORK/gz" "$WORK/good.jsonl.gz"
expect_rc 0
expect_out "loaded 1 document"
{ cat "$WORK/good.jsonl"; cat "$WORK/good.jsonl" | sed 's/"doc":"[^"]*"/"doc":"second"/'; } | gzip -c > "$WORK/two.jsonl.gz"
head -c $(( $(stat -c %s "$WORK/two.jsonl.gz") - 20 )) "$WORK/two.jsonl.gz" > "$WORK/cut.jsonl.gz"
run "$NG" load -q --db "$WORK/cut" "$WORK/cut.jsonl.gz"
expect_rc 1
expect_err "$WORK/cut.jsonl.gz: byte"
