# A command run without the words it needs says, in newsgraph's words, what to give and the
# command's synopsis (CLI11 alone would say "to is required"), on stderr, exit 2.
source "$(dirname "$0")/../cli_lib.sh"
expect_missing() {  # expect_missing "MESSAGE" COMMAND-WORDS...
  local message="$1"
  shift
  run "$NG" "$@"
  expect_rc 2
  expect_err "$message"
  expect_err "Run \`newsgraph $1"
  ! grep -q "is required" "$WORK/err" || fail "$*: CLI11's wording: $(cat "$WORK/err")"
  [ ! -s "$WORK/out" ] || fail "$*: wrote to stdout"
}
expect_missing "newsgraph path: give two entity names: newsgraph path FROM TO" path
expect_missing "newsgraph path: give two entity names: newsgraph path FROM TO" path Halcyon
for cmd in entity related timeline; do
  expect_missing "newsgraph $cmd: give an entity name: newsgraph $cmd NAME" $cmd
done
expect_missing "newsgraph merge: give two entity names: newsgraph merge A B" merge Halcyon
expect_missing "newsgraph split: give two entity names: newsgraph split A B" split
expect_missing "newsgraph remove: give the ids of the documents to remove: newsgraph remove DOC..." remove
expect_missing "newsgraph load: give the files \`extract\` wrote (- for stdin): newsgraph load FILE..." load
expect_missing "newsgraph query: give a triple pattern, quoted: newsgraph query 'PATTERN'" query
for cmd in extract ingest; do
  expect_missing "newsgraph $cmd: give files or folders to read (- for stdin): newsgraph $cmd PATH..." $cmd
done
expect_missing "newsgraph export neo4j: give the directory to write: newsgraph export neo4j -o DIR" export neo4j
exit 0
