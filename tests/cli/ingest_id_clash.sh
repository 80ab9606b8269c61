# Two runs, two files of one name in different folders: the second run's article does not
# replace the first's (a different source); it is stored under its folder-prefixed id with a
# warning, as within one run. The same file changed is still replaced (the update path).
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
mkdir -p "$WORK/jan" "$WORK/feb"
printf 'Quillon Labs opens office\n\nQuillon Labs opened an office in Oslo, said Ana Berg.\n' > "$WORK/jan/article.txt"
printf 'Pellan Bank cuts jobs\n\nPellan Bank said it would cut 200 jobs.\n' > "$WORK/feb/article.txt"

run "$NG" ingest --db "$DB" "$WORK/jan/article.txt"
expect_rc 0
expect_out "(1 added, 0 replaced, 0 unchanged, 0 skipped)"
run "$NG" ingest --db "$DB" "$WORK/feb/article.txt"
expect_rc 0
expect_out "ingested 1 document (1 added, 0 replaced, 0 unchanged, 0 skipped)"
expect_out "store $DB: 2 documents"
expect_err "feb/article.txt: document id \"article\" is taken by $WORK/jan/article.txt (stored); stored as \"feb/article\""
run "$NG" query --db "$DB" --format tsv '?e mentioned_in ?d'
expect_out "article"
grep -q "Quillon Labs.*	article$" "$WORK/out" || fail "the January article is gone: $(cat "$WORK/out")"
grep -q "Pellan Bank.*	feb/article$" "$WORK/out" || fail "the February article is missing: $(cat "$WORK/out")"

# re-running either run changes nothing and warns no more
run "$NG" ingest --db "$DB" "$WORK/jan/article.txt" "$WORK/feb/article.txt"
expect_rc 0
expect_out "(0 added, 0 replaced, 2 unchanged, 0 skipped)"
run "$NG" ingest --db "$DB" "$WORK/feb/article.txt"
expect_out "(0 added, 0 replaced, 1 unchanged, 0 skipped)"

# the same file, changed, replaces its own document only
printf 'Pellan Bank cuts jobs\n\nPellan Bank said it would cut 300 jobs in Oslo.\n' > "$WORK/feb/article.txt"
run "$NG" ingest --db "$DB" "$WORK/feb/article.txt"
expect_rc 0
expect_out "ingested 1 document (0 added, 1 replaced, 0 unchanged, 0 skipped)"
expect_out "store $DB: 2 documents"

# the same content from another place is the stored document, unchanged, not a copy
mkdir -p "$WORK/copy"
cp "$WORK/jan/article.txt" "$WORK/copy/"
run "$NG" ingest --db "$DB" "$WORK/copy/article.txt"
expect_out "(0 added, 0 replaced, 1 unchanged, 0 skipped)"

# a third folder's article whose prefixed id is taken as well is skipped, never stored over
mkdir -p "$WORK/x/feb"
printf 'Ostrava Capital invests\n\nOstrava Capital invested in Quillon Labs.\n' > "$WORK/x/feb/article.txt"
run "$NG" ingest --db "$DB" "$WORK/x/feb/article.txt"
expect_rc 1
expect_out "(0 added, 0 replaced, 0 unchanged, 1 skipped)"
expect_out "store $DB: 2 documents"
expect_err "and so is \"feb/article\"; skipped"
