// Parses every Adaptive Card in a folder with the adaptivecards renderer's own parser (the one Teams' web client
// uses) and fails on any parse or validation error. Usage: node Tests/tools/check-cards.mjs FOLDER
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

const dir = process.argv[2];
const files = readdirSync(dir).filter(f => f.endsWith('.json'));
let bad = 0;
for (const file of files) {
  // The parser checks "lang" with a /g regex, whose lastIndex survives between calls and fails every other card.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')), context);
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
console.log(`adaptivecards parser: ${files.length - bad} valid, ${bad} invalid`);
if (files.length === 0) { console.log('no cards found'); process.exit(1); }
process.exit(bad ? 1 : 0);
