// Parses every Adaptive Card in a folder with the adaptivecards renderer's own parser (the one Teams' web client
// uses) and fails on any parse or validation error, and on any card over 80 KB as sent (compact JSON, UTF-8: Teams
// refuses messages past about 100 KB, and the activity around the card needs room too). Usage: node Tests/tools/check-cards.mjs FOLDER
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.json'));
// The one exception: a synthetic card the typography test makes of every French text at once, which no one is sent.
const synthetic = /-texts-french\.json$/;
const maxBytes = 80 * 1024;
let bad = 0;
let largest = { file: '', bytes: 0 };
for (const file of files) {
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (!synthetic.test(file)) {
    if (bytes > largest.bytes) largest = { file, bytes };
    if (bytes > maxBytes) {
      bad++;
      console.log(`TOO LARGE ${file}: ${bytes} bytes as sent, over ${maxBytes}`);
    }
  }
  // The parser checks "lang" with a /g regex, whose lastIndex survives between calls and fails every other card.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const results = card.validateProperties();
  const problems = [
    ...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)),
    ...results.validationEvents,
  ];
  if (problems.length) {
    bad++;
    console.log(`INVALID ${file}`);
    for (const p of problems) console.log(`    ${p.message ?? JSON.stringify(p)}`);
  }
}
console.log(`adaptivecards parser: ${files.length - bad} valid, ${bad} invalid; largest card as sent ${largest.bytes} bytes (${largest.file}), limit ${maxBytes}`);
if (files.length === 0) { console.log('no cards found'); process.exit(1); }
process.exit(bad ? 1 : 0);
