// French typography as Quebec writes it (OQLF), checked on every French card the tests produced: each card whose "lang"
// is French, every string a reader sees or hears (texts, facts, labels, placeholders, button titles, error messages,
// choices, speak, fallback text). People's own words (names, notes, titles they typed) are theirs, not ours: the
// tests write them to artifacts/cards/people.txt (one a line) and the check leaves those spans alone.
//   node Tests/tools/check-french.mjs FOLDER
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NBSP = '\u00A0', NNBSP = '\u202F';
const months = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const rules = [
  ['a plain space before a colon (U+00A0)', / :/g],
  ['no space before a colon (U+00A0)', /\p{L}:(?=\s|$)/gu],
  ['a plain space before ; ! ? (U+202F)', / [;!?]/g],
  ['no space before ; ! ? (U+202F)', /[\p{L}\d)»][;!?](?=\s|$)/gu],
  ['a plain space inside « » (U+00A0)', /« | »/g],
  ['no space inside « » (U+00A0)', /«[^\s\u00A0\u202F]|[^\s\u00A0\u202F]»/g],
  ['a straight apostrophe (’)', /\p{L}'\p{L}?/gu],
  // "15 h", "5 adolescents", "80 %"; not "de 1 à 5", "1 sur 2", nor a year ("2026 à 9 h").
  ['a plain space between a number and what it counts (U+00A0)', /(?<!\d)\d{1,3} (?!(?:à|au|sur|et|ou|en|pour|par)(?:\s|$)|d[’'])(?=[\p{Ll}%$])/gu],
  [`"1 month" instead of "1er month"`, new RegExp(`(?<![\\d])1[\\s\\u00A0](${months})`, 'g')],
  ['a point médian', /\p{L}·\p{L}/gu],
  ['"expert" instead of "ressource spécialisée"', /\bexperte?s?\b/giu],
  // Agreement: in French 0 and 1 take the singular ("0 bilan", "1 cible"); a number never leaves the noun to "(s)".
  ['a plural after 0 or 1 (0 and 1 take the singular)', /(?<![\d,.\u00A0\u202F])[01][\u00A0\u202F ](?!(?:mois|fois|cours|accès|temps|pas|plus|moins|dans|dès|après|depuis|sous|vers|chez|lors)\b)\p{Ll}+s\b/gu],
  ['a "(s)" instead of a number that agrees', /\p{L}\(s\)/gu],
  // "« Date limite » est requis": the label's gender is not known, so the sentence cannot agree.
  ['a field named in a sentence that cannot agree with it', /»[\u00A0 ]est requise?s?\b/gu],
];

const dir = process.argv[2];
const peopleFile = join(dir, 'people.txt');
// Longest first, so that a name inside a longer note is not cut out before the note.
// Only the words that could break a rule are set aside, so that a short value ("20", "Accueil") hides nothing of ours.
const risky = /['«»:;!?·]|\d |xpert/i;
const people = existsSync(peopleFile)
  ? [...new Set(readFileSync(peopleFile, 'utf8').split('\n').map(s => s.trim()).filter(s => s.length >= 2 && risky.test(s)))].sort((a, b) => b.length - a.length)
  : [];

const seen = new Map();
let strings = 0, cards = 0;
for (const file of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const card = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const c of cardsIn(card)) {
    if (!String(c.lang ?? '').startsWith('fr')) continue;
    cards++;
    for (const text of readable(c)) {
      strings++;
      let ours = text.replace(/\\(.)/g, '$1').replaceAll('\u2060', '');
      for (const p of people) ours = ours.split(p).join('\u0000');
      for (const [rule, re] of rules) {
        for (const m of ours.matchAll(re)) {
          const at = ours.slice(Math.max(0, m.index - 25), m.index + 25).replaceAll('\u0000', '…').replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');
          const key = `${rule}: «${at}»`;
          if (!seen.has(key)) seen.set(key, file);
        }
      }
    }
  }
}
console.log(`French typography: ${strings} strings in ${cards} French cards; ${seen.size} faults`);
for (const [key, file] of seen) console.log(`  ${file}: ${key}`);
if (cards === 0) { console.log('no French cards found'); process.exit(1); }
process.exit(seen.size ? 1 : 0);

// A card, or an activity's or invoke response's cards.
function* cardsIn(node) {
  if (node?.type === 'AdaptiveCard') { yield node; return; }
  if (Array.isArray(node)) { for (const n of node) yield* cardsIn(n); return; }
  if (node && typeof node === 'object') for (const v of Object.values(node)) yield* cardsIn(v);
}

// What a reader sees or hears: not ids, verbs, data, urls, or what an input holds (the person's own value).
function* readable(node, parentType) {
  if (Array.isArray(node)) { for (const n of node) yield* readable(n, parentType); return; }
  if (!node || typeof node !== 'object') return;
  const type = node.type ?? parentType;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      if (['text', 'title', 'label', 'placeholder', 'errorMessage', 'fallbackText', 'speak', 'altText', 'tooltip'].includes(key)
          || (key === 'value' && type === 'Fact')) yield value;
    } else if (key !== 'data' && key !== 'refresh') {
      yield* readable(value, key === 'facts' ? 'Fact' : key === 'choices' ? 'Choice' : type);
    }
  }
}
