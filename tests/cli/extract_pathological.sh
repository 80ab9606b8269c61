# Pathological inputs that once took quadratic time (a 1 MB paragraph without punctuation,
# 10,000 quotation marks in a row, quotations nested ten deep, one endless sentence full of
# names, cue verbs or money) complete and give the right counts. The time bound is the ctest
# TIMEOUT of this test (tests/CMakeLists.txt), not an assertion here.
source "$(dirname "$0")/../cli_lib.sh"

# words N WORD...: N space-separated words cycling through the list, on one line
words() {
  local n="$1"
  shift
  awk -v n="$n" -v list="$*" 'BEGIN { k = split(list, w, " ");
    for (i = 0; i < n; i++) printf "%s%s", w[i % k + 1], (i + 1 < n ? " " : "\n") }'
}

mkdir -p "$WORK/in"
{ printf 'Title\n\n'; words 110000 Brava Cordon Delmar Estrel Forno Galen Hobart Ivel Jorund; } \
  > "$WORK/in/capitals.txt"
{ printf 'Title\n\n'; words 160000 the company said he told that market; } > "$WORK/in/cues.txt"
{ printf 'Title\n\nShe said '; head -c 10000 /dev/zero | tr '\0' '"'; printf ' and left.\n'; } \
  > "$WORK/in/marks.txt"
open=$(words 10 "“ word ‘" | tr -d '\n')
close=$(words 10 "’ word ”" | tr -d '\n')
for i in $(seq 2000); do printf 'Ana Lind said: %s core %s\n\n' "$open" "$close"; done \
  > "$WORK/in/nested.txt"
{ printf 'Title\n\nAcme Corp raised '; words 120000 '$5' million and valued; } > "$WORK/in/money.txt"
{ printf 'Title\n\nAcme Corp said '; words 120000 its chief executive Jane Doe and Mr Bo Lund \
  launched Acme Widget from; } > "$WORK/in/names.txt"

for f in capitals cues marks nested money names; do
  [ "$(wc -c < "$WORK/in/$f.txt")" -ge 10000 ] || fail "$f.txt was not generated"
  run "$NG" extract "$WORK/in/$f.txt" --format jsonl
  expect_rc 0
  [ "$(wc -l < "$WORK/out")" -eq 1 ] || fail "$f.txt: expected one document"
done

# each paragraph of nested.txt holds one quotation ten marks deep
run "$NG" extract "$WORK/in/nested.txt" --format jsonl
expect_rc 0
n=$(grep -o '"sieve":"speaker-cue-quote"' "$WORK/out" | wc -l)
[ "$n" -eq 2000 ] || fail "nested.txt: expected 2000 attributed quotations, got $n"
