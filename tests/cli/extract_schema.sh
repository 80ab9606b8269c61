# `extract` on the sample corpus yields one valid object per article (schema + spans).
source "$(dirname "$0")/../cli_lib.sh"
run "$NG" extract "$SRC/examples/corpus" --format jsonl
expect_rc 0
[ "$(wc -l < "$WORK/out")" -eq 5 ] || fail "expected 5 documents, got $(wc -l < "$WORK/out")"
/usr/bin/python3 "$SRC/tests/validate_extraction.py" "$SRC/schemas/extraction.schema.json" < "$WORK/out" \
  || fail "schema validation"
# deterministic: a second run prints the same bytes
"$NG" extract "$SRC/examples/corpus" --format jsonl > "$WORK/again"
cmp -s "$WORK/out" "$WORK/again" || fail "extract is not deterministic"
