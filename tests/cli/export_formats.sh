# export nt, ttl, jsonld, graphml, neo4j: each parses in the standard tool for its format
# (rapper, json, networkx, csv), all formats export the same graph, output is deterministic.
source "$(dirname "$0")/../cli_lib.sh"
DB="$WORK/db"
"$NG" ingest --db "$DB" "$SRC/examples/corpus" >/dev/null || fail "ingest"
# An article of our own whose headline, URL and quotation carry what breaks naive writers.
cat > "$WORK/hostile.jsonl" <<'JSON'
{"id": "hostile \"1\"", "title": "Say \"hi\" \\ <b>{x}</b>\nZoë's 🚀 story", "date": "2025-06-01", "url": "https://example.com/a b<c>{d}", "text": "Ingrid Solberg, chief executive of Tundravox Labs, spoke in Tromsø on Tuesday.\n\n\"Our C:\\\\models\\\\ folder holds <tags> and {braces} and \\\"quotes\\\", and it is the heart of Tundravox Labs,\" Solberg said."}
JSON
"$NG" ingest --db "$DB" "$WORK/hostile.jsonl" >/dev/null || fail "ingest hostile.jsonl"

# RDF: rapper accepts both syntaxes and reads the same triples from each.
run "$NG" export nt --db "$DB" -o "$WORK/all.nt"
expect_rc 0
rapper -q -i ntriples -c "$WORK/all.nt" || fail "rapper rejects the N-Triples"
run "$NG" export ttl --db "$DB" -o "$WORK/all.ttl"
expect_rc 0
rapper -q -i turtle -c "$WORK/all.ttl" || fail "rapper rejects the Turtle"
# (rapper writes non-ASCII as \u escapes, so both go through it before comparing)
rapper -q -i turtle -o ntriples "$WORK/all.ttl" | sort > "$WORK/ttl.sorted"
rapper -q -i ntriples -o ntriples "$WORK/all.nt" | sort > "$WORK/nt.sorted"
cmp -s "$WORK/ttl.sorted" "$WORK/nt.sorted" || fail "Turtle and N-Triples differ"
grep -qF '<https://schema.org/name> "Ingrid Solberg" .' "$WORK/all.nt" || fail "person missing"
grep -qF '\"hi\" \\ <b>{x}</b>\nZoë' "$WORK/all.nt" || fail "headline not escaped as expected"
grep -qF '<https://example.com/a%20b%3Cc%3E%7Bd%7D>' "$WORK/all.nt" || fail "url not encoded"
grep -qF '<https://newsgraph.invalid/article/hostile%20%221%22>' "$WORK/all.nt" ||
  fail "article IRI not percent-encoded"
grep -qF '<https://schema.org/Quotation>' "$WORK/all.nt" || fail "no quotations"

# JSON-LD: valid JSON, one statement per triple.
run "$NG" export jsonld --db "$DB"
expect_rc 0
/usr/bin/python3 - "$WORK/out" "$(wc -l < "$WORK/all.nt")" <<'PY' || fail "JSON-LD does not match"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["@context"]["@vocab"] == "https://schema.org/"
n = sum(len(v) if isinstance(v, list) else 1
        for node in doc["@graph"] for k, v in node.items() if k != "@id")
assert n == int(sys.argv[2]), (n, sys.argv[2])
PY

# GraphML and Neo4j CSV: the same vertices and edges, read by networkx and Python's csv.
run "$NG" export graphml --db "$DB" -o "$WORK/all.graphml"
expect_rc 0
run "$NG" export neo4j --db "$DB" -o "$WORK/neo4j"
expect_rc 0
[ "$(head -1 "$WORK/neo4j/nodes.csv")" = "id:ID,name,:LABEL,kind,type,mentions:long" ] ||
  fail "nodes.csv header"
[ "$(head -1 "$WORK/neo4j/relationships.csv")" = \
  ":START_ID,:END_ID,:TYPE,detail,doc,begin:int,end:int,rule" ] || fail "relationships.csv header"
grep -qF "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row" "$WORK/neo4j/load.cypher" ||
  fail "load.cypher"
/usr/bin/python3 - "$WORK/all.graphml" "$WORK/neo4j" <<'PY' || fail "GraphML and Neo4j CSV disagree"
import csv, networkx, sys
g = networkx.read_graphml(sys.argv[1])
rows = lambda name: list(csv.DictReader(open(sys.argv[2] + "/" + name, newline="")))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
assert g.number_of_nodes() == len(nodes) > 0, (g.number_of_nodes(), len(nodes))
assert g.number_of_edges() == len(rels) > 0, (g.number_of_edges(), len(rels))
assert {n["id:ID"] for n in nodes} == set(g.nodes)
PY

# A neighbourhood, twice: the same bytes; every format takes the same options.
for format in nt ttl jsonld graphml; do
  run "$NG" export "$format" --db "$DB" --around "Ingrid Solberg" --depth 2 --max-nodes 30 -o "$WORK/a.$format"
  expect_rc 0
  run "$NG" export "$format" --db "$DB" --around "Ingrid Solberg" --depth 2 --max-nodes 30 -o "$WORK/b.$format"
  cmp -s "$WORK/a.$format" "$WORK/b.$format" || fail "$format export is not deterministic"
  grep -qF "Tundravox Labs" "$WORK/a.$format" || fail "$format: employer missing around Ingrid Solberg"
done
rapper -q -i turtle -c "$WORK/a.ttl" || fail "rapper rejects the neighbourhood Turtle"

run "$NG" export neo4j --db "$DB"
expect_rc 2
run "$NG" export ttl --db "$DB" --around "Nobody Here"
expect_rc 3
run "$NG" export nt --db "$WORK/missing.db"
expect_rc 4

# neo4j into a path that cannot be a directory: one message naming it, exit 5
run "$NG" export neo4j --db "$DB" -o /dev/full/neo4j
expect_rc 5
expect_err "/dev/full/neo4j: cannot write (Not a directory)"
