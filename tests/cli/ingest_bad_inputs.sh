# The inputs section's bad files, each beside good ones: every message names the file and the
# place in it, the exit code is the documented one, and only whole good documents are stored.
# Files written for the test.
source "$(dirname "$0")/../cli_lib.sh"
D="$WORK/in"
mkdir -p "$D" "$WORK/t"
good='Quillon Labs opens office\n\nQuillon Labs opened an office in Oslo, said Mara Lind.\n'
printf "$good" > "$D/good.txt"                                          # 1 document
printf '%s\n' '{"id":"a","text":"Acme Corp said it grew."}' '{"id":"b", broken' > "$D/broken.jsonl"  # 1
printf 'Head\n\nAcme\000Corp grew.\n' > "$D/nul.txt"
printf 'Head\n\nAcme \xff Corp \xe2\x80\x94 grew.\n' > "$D/badutf.txt"
printf '{"id":"u","text":"Acme \xff Corp \xe2\x80\x94 grew."}\n{"id":"v","text":"Fine."}\n' > "$D/badutf.jsonl"  # 1
: > "$D/empty.txt"; : > "$D/empty.jsonl"; : > "$D/empty.warc"
# a .gz cut short: 400 lines (about 7.5 kB compressed), of which those before the cut are kept whole
for i in $(seq 1 400); do
  echo "{\"id\":\"c$i\",\"text\":\"Zeta Labs $RANDOM$RANDOM hired $i engineers in Oslo $RANDOM$RANDOM.\"}"
done | gzip -c | head -c 3000 > "$D/cut.jsonl.gz"
# a tar with one bad member
printf "$good" > "$WORK/t/ok.txt"
printf 'Head\n\nbad \xff byte \xe2\x80\x94 here\n' > "$WORK/t/bad.txt"
tar cf "$D/mixed.tar" -C "$WORK/t" ok.txt bad.txt                       # 1
# archives cut short: a .tgz inside its second member's compressed data, a .tar inside its
# second member's bytes; the first member is read, the cut reported once
mkdir -p "$WORK/big"
for m in r1 r2 r3; do
  { printf 'Report %s\n\n' "$m"; head -c 3000 /dev/urandom | base64; } > "$WORK/big/$m.txt"  # ~4 kB
done
tar czf - -C "$WORK/big" r1.txt r2.txt r3.txt | head -c 6000 > "$D/cut.tgz"
tar cf - -C "$WORK/big" r1.txt r2.txt | head -c 7000 > "$D/cut.tar"
# a WARC with a non-HTML record before an HTML one, and one with none
python3 - "$D" <<'PY'
import sys
def rec(uri, payload):
    block = payload.encode()
    return (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2025-04-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"
page = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article><h1>Quillon grows</h1>"
        "<p>Quillon Labs hired 40 engineers in Oslo.</p></article></body></html>")
data = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}"
open(sys.argv[1] + "/crawl.warc", "wb").write(rec("https://ex.invalid/a.json", data) + rec("https://ex.invalid/q", page))
open(sys.argv[1] + "/data.warc", "wb").write(rec("https://ex.invalid/b.json", data))
PY
printf '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><div class="cookie-banner">We use cookies</div><footer>Copyright</footer></body></html>' > "$D/boiler.html"

run "$NG" ingest --db "$WORK/db" "$D"
expect_rc 1
expect_err "newsgraph: $D/badutf.jsonl:1: byte 23: invalid UTF-8"
expect_err "newsgraph: $D/badutf.txt: byte 11: invalid UTF-8"
expect_err "newsgraph: $D/boiler.html: no article text in the HTML"
expect_err "newsgraph: $D/broken.jsonl:2: not JSON (byte 11)"
expect_err "newsgraph: $D/cut.jsonl.gz: byte 3000: corrupt gzip data (truncated)"
expect_err "newsgraph: $D/cut.tar: r2.txt: damaged archive (Truncated tar archive)"
expect_err "newsgraph: $D/cut.tgz: byte 6000: corrupt gzip data (truncated)"
expect_err "newsgraph: $D/data.warc: no HTML page among its 1 records"
expect_err "newsgraph: $D/empty.jsonl: no text"
expect_err "newsgraph: $D/empty.txt: no text"
expect_err "newsgraph: $D/empty.warc: no WARC record"
expect_err "newsgraph: $D/mixed.tar:bad.txt: byte 10: invalid UTF-8"
expect_err "newsgraph: $D/nul.txt: not text (NUL byte at byte 10)"
expect_err "warning: $D/cut.tgz:r1.txt: the same document as $D/cut.tar:r1.txt (id \"r1\"); passed over"
[ "$(wc -l < "$WORK/err")" -eq 14 ] || fail "other messages: $(cat "$WORK/err")"
# stored: good.txt, broken.jsonl:1, badutf.jsonl:2, mixed.tar:ok.txt, crawl.warc:record 2,
# cut.tar:r1.txt (cut.tgz:r1.txt, the same document, is passed over) and the lines of cut.jsonl.gz before the cut, each whole
kept=$("$NG" extract "$D" 2>/dev/null | grep -c '"doc":"c[0-9]*"')
[ "$kept" -gt 0 ] && [ "$kept" -lt 400 ] || fail "cut.jsonl.gz gave $kept of 400 lines"
expect_out "ingested $((6 + kept)) documents ($((6 + kept)) added, 0 replaced, 0 unchanged, 12 skipped)"
"$NG" stats --db "$WORK/db" --format csv > "$WORK/stats"
grep -q "^$((6 + kept))," "$WORK/stats" || fail "the store holds other than the good documents: $(cat "$WORK/stats")"
run "$NG" remove --db "$WORK/db" "https://ex.invalid/q"
expect_rc 0  # the WARC's HTML page was stored (remove exits 3 for a document not stored)

# --on-error stop: exit 5 at the first bad item, the documents before it stored
run "$NG" ingest --db "$WORK/db2" --on-error stop "$D/good.txt" "$D/mixed.tar" "$D/nul.txt"
expect_rc 5
expect_err "mixed.tar:bad.txt: byte 10: invalid UTF-8"
[ "$(grep -c "invalid UTF-8\|not text" "$WORK/err")" -eq 1 ] || fail "did not stop at the first: $(cat "$WORK/err")"
expect_err "stopped at the first error (--on-error stop): nothing after it was read"
expect_out "ingested 2 documents (2 added"

# Nothing to read: no store is created (a later `stats` must not find an empty one)
run "$NG" ingest --db "$WORK/never" "$WORK/no-such-folder"
expect_rc 5
expect_err "no-such-folder: no such file or directory"
[ ! -e "$WORK/never" ] || fail "a store was created for a run with nothing to read"
# One path missing among readable ones: it counts as skipped (exit 1)
run "$NG" ingest --db "$WORK/some" "$WORK/no-such-file.txt" "$SRC/examples/corpus"
expect_rc 1
expect_out "1 skipped)"
