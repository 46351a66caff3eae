// Accessibility of every card the tests produced (artifacts/cards/): each one rendered by the adaptivecards JavaScript
// renderer with Microsoft's own Teams host configs, light and dark (Tests/tools/host-configs/, see SOURCE.md there), on
// the theme's background, at 400 px, in headless Chromium, then checked by axe-core against WCAG 2 A and AA: contrast
// (4.5:1, 3:1 for large text), images without alt text, buttons and links without a name, inputs without a label…
// Identical cards are checked once. Prints one line, then each violation, and fails when there is one.
//   node Tests/tools/check-accessibility.mjs [cards folder] [--no-charts]
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cardsDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(root, 'artifacts', 'cards');
const renderer = readFileSync(join(root, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'), 'utf8');
const axe = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const themes = ['light', 'dark'].map(name => ({
  name, config: JSON.parse(readFileSync(join(root, 'Tests', 'tools', 'host-configs', `microsoft-teams-${name}.json`), 'utf8')),
}));

// An activity file carries its cards as attachments; a card file is the card itself.
function cardsOf(json) {
  const value = JSON.parse(json);
  if (value.type === 'AdaptiveCard') return [value];
  return (value.attachments ?? []).map(a => a.content).filter(c => c?.type === 'AdaptiveCard');
}

const seen = new Map();   // card JSON → first file it came from
for (const file of readdirSync(cardsDir).filter(f => f.endsWith('.json')).sort())
  for (const card of cardsOf(readFileSync(join(cardsDir, file), 'utf8'))) {
    const key = JSON.stringify(card);
    if (!seen.has(key)) seen.set(key, file);
  }
const cards = [...seen.entries()];

// What the renderer itself does, not the card, and why it is left out (each rule by name):
// (and, in the page, a filtered choice set's label: see labelledByWrapper)
const rendererArtifacts = {
  // The renderer draws each card in a container with role="region" and no name of its own: Teams gives the message one.
  'region': 'the page is a test harness, not a Teams message',
  'landmark-one-main': 'the page is a test harness, not a Teams message',
  'page-has-heading-one': 'the page is a test harness, not a Teams message',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 440, height: 800 } });
await page.setContent(`<html lang="fr"><head><meta charset="utf-8"><title>cards</title><style>
  body { margin: 0; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
  .card { box-sizing: border-box; width: 400px; margin: 8px 0; }
</style><script>${renderer}</script><script>${axe}</script>
<script>/* A host config's colour (#AARRGGBB, or #RRGGBB) as CSS. */ const cssColor = c => c.length === 9 ? '#' + c.slice(3) : c;</script></head><body><main id="host"></main></body></html>`);

const violations = [];
const batch = 40;
for (const theme of themes) {
  for (let start = 0; start < cards.length; start += batch) {
    const slice = cards.slice(start, start + batch);
    const found = await page.evaluate(async ({ slice, config, excluded }) => {
      const host = document.getElementById('host');
      host.innerHTML = '';
      document.body.style.background = cssColor(config.containerStyles.default.backgroundColor);
      slice.forEach(([json], i) => {
        const card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = new AdaptiveCards.HostConfig(config);
        card.parse(JSON.parse(json));
        const div = document.createElement('div');
        div.className = 'card';
        div.dataset.index = String(i);
        div.appendChild(card.render());
        host.appendChild(div);
      });
      const result = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      // The renderer labels a filtered choice set's wrapper (for= and aria-labelledby on the div around the text box),
      // not the text box itself: with the card's label rendered there, that is the renderer's doing, not the card's.
      const labelledByWrapper = at => at?.matches('input.ac-choiceSetInput-filtered')
        && document.getElementById(at.parentElement?.getAttribute('aria-labelledby') ?? '')?.innerText.trim().length > 0;
      return result.violations.filter(v => !excluded.includes(v.id)).flatMap(v => v.nodes
        .filter(n => !(v.id === 'label' && labelledByWrapper(document.querySelector(n.target[0]))))
        .map(n => {
        const at = document.querySelector(n.target[0]);
        const index = at?.closest('.card')?.dataset.index;
        return { rule: v.id, index: index === undefined ? -1 : Number(index), text: (at?.innerText ?? n.html).trim().slice(0, 60), why: n.failureSummary?.split('\n').slice(1, 2).join(' ').trim() };
      }));
    }, { slice, config: theme.config, excluded: Object.keys(rendererArtifacts) });
    for (const v of found) violations.push({ theme: theme.name, file: v.index >= 0 ? slice[v.index][1] : '?', ...v });
  }
}

// The charts the tests kept (artifacts/charts/*.png), each shown as Teams shows an image in a card, 400 px wide, on
// both themes: screenshots in artifacts/charts/themed/ to look at, and axe's rules on the card around them.
const chartsDir = join(root, 'artifacts', 'charts');
const themedDir = join(chartsDir, 'themed');
const charts = !process.argv.includes('--no-charts') && existsSync(chartsDir) ? readdirSync(chartsDir).filter(f => f.endsWith('.png')).sort() : [];
mkdirSync(themedDir, { recursive: true });
for (const theme of themes) {
  for (const chart of charts) {
    const url = `data:image/png;base64,${readFileSync(join(chartsDir, chart)).toString('base64')}`;
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: chart, wrap: true }, { type: 'Image', url, altText: chart, size: 'Stretch' }] };
    const found = await page.evaluate(async ({ card, config }) => {
      const host = document.getElementById('host');
      host.innerHTML = '';
      document.body.style.background = cssColor(config.containerStyles.default.backgroundColor);
      const rendered = new AdaptiveCards.AdaptiveCard();
      rendered.hostConfig = new AdaptiveCards.HostConfig(config);
      rendered.parse(card);
      const div = document.createElement('div');
      div.className = 'card';
      div.id = 'chart';
      div.appendChild(rendered.render());
      host.appendChild(div);
      await Promise.all([...host.querySelectorAll('img')].map(i => i.complete ? null : new Promise(r => { i.onload = r; i.onerror = r; })));
      const result = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
      return result.violations.map(v => v.id);
    }, { card, config: theme.config });
    for (const rule of found) violations.push({ theme: theme.name, rule, file: `chart ${chart}`, text: '' });
    await page.locator('#chart').screenshot({ path: join(themedDir, `${chart.replace(/\.png$/, '')}-${theme.name}-400.png`) });
  }
}
await browser.close();

console.log(`accessibility: ${cards.length} distinct cards × ${themes.length} themes (Microsoft's Teams light and dark host configs), axe-core WCAG 2.1 A/AA, and ${charts.length} charts shown on both (artifacts/charts/themed/); ${violations.length} violations`);
const byRule = new Map();
for (const v of violations) byRule.set(`${v.theme} ${v.rule}`, (byRule.get(`${v.theme} ${v.rule}`) ?? 0) + 1);
for (const [rule, n] of byRule) console.log(`  ${n} × ${rule}`);
const shown = new Set();
for (const v of violations) {
  const line = `  ${v.theme} ${v.rule} ${v.file}: "${v.text}" ${v.why ?? ''}`;
  if (shown.size < 60 && !shown.has(line)) { shown.add(line); console.log(line); }
}
process.exit(violations.length > 0 ? 1 : 0);
