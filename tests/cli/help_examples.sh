# Every example command line in every --help works: run in a folder holding a store ingested from
# examples/corpus (also $NEWSGRAPH_DB) and the files the examples name, each must exit 0 and
# give output (on stdout, or in a file it writes).
source "$(dirname "$0")/../cli_lib.sh"
mkdir -p "$WORK/bin" "$WORK/fixture"
ln -s "$(realpath "$NG")" "$WORK/bin/newsgraph"
F="$WORK/fixture"
cp -r "$SRC/examples" "$F/examples"
cp -r "$SRC/examples/corpus" "$F/corpus"
cp "$SRC/tests/data/inputs/crawl.warc.gz" "$F/"
cat > "$F/feed.rss" <<'XML'
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Sample wire</title>
<item><title>Quillon Labs opens office</title><guid>q1</guid>
<description>Quillon Labs opened an office in Oslo, its chief executive Mara Lind said.</description></item>
</channel></rss>
XML
gzip -c "$SRC/examples/corpus/wire/robotics-and-chips.jsonl" > "$F/articles.jsonl.gz"
"$NG" extract "$F/corpus" > "$F/corpus.jsonl" || fail "extract"
gzip -c "$F/corpus.jsonl" > "$F/part-1.jsonl.gz"
"$NG" extract "$F/feed.rss" | gzip -c > "$F/part-2.jsonl.gz"
"$NG" ingest --db "$F/news.db" "$F/corpus" > /dev/null || fail "ingest"

# The commands, from the Subcommands list of the top-level --help.
"$NG" --help > "$WORK/help"
commands=$(sed -n '/^Subcommands:/,/^$/{/^  [a-z]/s/^  \([a-z]*\).*/\1/p}' "$WORK/help")
[ "$(echo "$commands" | wc -w)" -ge 15 ] || fail "commands not found in --help: $commands"

# no_rows FILE LINE: FILE is empty or holds no result rows: "[]", a table's header and rule
# alone, or a CSV/TSV header alone.
no_rows() {
  [ -s "$1" ] || return 0
  [ "$(tr -d ' \n' < "$1")" = "[]" ] && return 0
  lines=$(wc -l < "$1")
  [ "$lines" -eq 2 ] && sed -n 2p "$1" | grep -qE '^[- ]+$' && return 0
  [ "$lines" -eq 1 ] && echo "$2" | grep -qE -- '--format (csv|tsv)' && return 0
  return 1
}

count=0
for cmd in "" $commands; do
  "$NG" $cmd --help > "$WORK/help" || fail "newsgraph $cmd --help"
  # an example: a line of the help, after "Example(s):" or indented, that runs newsgraph
  # (perhaps after a pipe); a trailing "# comment" is dropped
  grep -E '^(Examples?:)?[[:space:]]+([^|]*\|[[:space:]]*)?newsgraph [a-z]' "$WORK/help" |
    sed -E 's/^(Examples?:)?[[:space:]]+//; s/[[:space:]]+#.*$//' > "$WORK/examples"
  [ -s "$WORK/examples" ] || fail "newsgraph $cmd --help has no example"
  while IFS= read -r line; do
    count=$((count + 1))
    dir="$WORK/run$count"
    cp -r "$F" "$dir"
    [ "$cmd" = load ] && rm -rf "$dir/news.db"  # load fills a new store only
    touch "$WORK/before"
    (cd "$dir" && PATH="$WORK/bin:$PATH" NEWSGRAPH_DB=news.db bash -o pipefail -c "$line") \
      > "$WORK/out" 2> "$WORK/err"
    rc=$?
    # what it gave: stdout, else the first file it wrote (not the store)
    given="$WORK/out"
    [ -s "$given" ] || given=$(find "$dir" -newer "$WORK/before" -type f ! -path "*.db/*" | sort | head -1)
    if [ "$rc" -ne 0 ]; then
      echo "exit $rc: $line: $(head -3 "$WORK/err")" >> "$WORK/failed"
    elif [ -z "$given" ] || no_rows "$given" "$line"; then
      echo "no output: $line" >> "$WORK/failed"
    fi
    rm -rf "$dir"
  done < "$WORK/examples"
done
[ ! -s "$WORK/failed" ] || fail "--help examples that do not work:
$(cat "$WORK/failed")"
[ "$count" -ge 30 ] || fail "only $count examples found"
echo "$count examples work"
