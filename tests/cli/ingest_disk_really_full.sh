# A really full disk (a 3 MiB tmpfs) during an ingest: exit 4 with one clear message naming
# the article it stopped at; the documents before it stay readable. RocksDB's own LOG writer
# aborted here (rc 134, `Assertion 'sync_without_flush_called_' failed`) while logging the
# first failed write, which ulimit -f (cli.ingest_disk_full) does not reach. Mounting needs a
# mount namespace: root, or unprivileged user namespaces (`unshare -rm`); else the test is
# skipped (exit 77). By hand, as root:
#   mkdir -p /tmp/full && mount -t tmpfs -o size=3M tmpfs /tmp/full
#   newsgraph ingest --db /tmp/full/db BIG.jsonl; echo $?    # 4
#   umount /tmp/full
source "$(dirname "$0")/../cli_lib.sh"
for i in $(seq 1 4000); do
  printf '{"id":"doc-%d","title":"T","text":"\\"We will grow,\\" said Ana Berg, chief executive of Quillon Labs. Ostrava Capital invested in Quillon Labs, which makes item %d. Pellan Bank lent it money, analyst Ida Moe said."}\n' \
    "$i" "$i"
done > "$WORK/corpus.jsonl"
mkdir -p "$WORK/full"
cat > "$WORK/inner.sh" <<'EOS'
mount -t tmpfs -o size=3M tmpfs "$1" 2>/dev/null || exit 77
"$2" ingest --quiet --db "$1/db" "$3" > "$4/out" 2> "$4/err"
echo $? > "$4/rc"
"$2" stats --db "$1/db" --format tsv > "$4/stats" 2> "$4/stats_err"
echo $? > "$4/stats_rc"
EOS
unshare -rm bash "$WORK/inner.sh" "$WORK/full" "$NG" "$WORK/corpus.jsonl" "$WORK" 2>/dev/null
setup=$?
if [ "$setup" -ne 0 ] || [ ! -f "$WORK/rc" ]; then
  echo "SKIP: cannot mount a tmpfs here (no root, no user namespaces)"
  exit 77
fi
rc=$(cat "$WORK/rc")
expect_rc 4
expect_err "No space left on device"
expect_err "the documents before it are stored"
expect_err "corpus.jsonl:"
[ "$(grep -c . "$WORK/err")" -eq 1 ] || fail "expected one error line, got: $(head -c 2000 "$WORK/err")"
[ "$(cat "$WORK/stats_rc")" -eq 0 ] || fail "the store does not open after: $(cat "$WORK/stats_err")"
# some documents were stored, not all: the disk filled part-way
docs=$(sed -n 2p "$WORK/stats" | cut -f1)
[ "$docs" -gt 0 ] && [ "$docs" -lt 4000 ] || fail "expected some documents stored, got $docs"
