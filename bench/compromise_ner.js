// People, organisations and places of each article with the npm package compromise, for
// bench/compromise.sh. Reads JSON lines (field `text`) from argv[2]; prints one JSON object a
// line; prints "compromise: BYTES bytes DOCS docs SECONDS s" on stderr (timed from the first
// article, so npm and module loading are not counted).
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
  let bytes = 0, docs = 0;
  const start = process.hrtime.bigint();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text || '';
    const doc = nlp(text);
    process.stdout.write(JSON.stringify({
      people: doc.people().out('array'),
      organizations: doc.organizations().out('array'),
      places: doc.places().out('array'),
    }) + '\n');
    bytes += Buffer.byteLength(line);
    docs += 1;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stderr.write(`compromise: ${bytes} bytes ${docs} docs ${seconds.toFixed(3)} s\n`);
}

main();
