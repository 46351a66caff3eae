// The card gallery: renders every card the tests produced (artifacts/cards/) with the adaptivecards JavaScript renderer
// and a host config close to Teams' (Tests/tools/teams-host-config.json) in headless Chromium, at 400 px and 800 px
// wide, into artifacts/gallery/*.png, and reports each card whose rendered content is wider than its container, or
// that breaks a word across lines (a label wrapped letter by letter, a table column too narrow for its words, …).
//   node Tests/tools/card-gallery.mjs [cards folder] [--no-png]
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cardsDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(root, 'artifacts', 'cards');
const png = !process.argv.includes('--no-png');
const out = join(root, 'artifacts', 'gallery');
mkdirSync(out, { recursive: true });
const renderer = readFileSync(join(root, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'), 'utf8');
const hostConfig = JSON.parse(readFileSync(join(root, 'Tests', 'tools', 'teams-host-config.json'), 'utf8'));
const files = readdirSync(cardsDir).filter(f => f.endsWith('.json')).sort();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.setContent(`<html><head><meta charset="utf-8"><style>
  body { margin: 0; font-family: "Segoe UI", "DejaVu Sans", sans-serif; background: #f5f5f5; }
  #host { box-sizing: border-box; background: white; }
</style><script>${renderer}</script></head><body><div id="host"></div></body></html>`);
const overflows = [];
for (const width of [400, 800]) {
  await page.setViewportSize({ width, height: 600 });
  for (const file of files) {
    const json = readFileSync(join(cardsDir, file), 'utf8');
    const result = await page.evaluate(({ json, width, hostConfig }) => {
      const host = document.getElementById('host');
      host.style.width = width + 'px';
      host.innerHTML = '';
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
      card.parse(JSON.parse(json));
      const element = card.render();
      host.appendChild(element);
      // Wider than the host, or any block whose content is wider than itself (wrapping failed).
      const wide = [...host.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        .map(e => (e.innerText || '').trim().slice(0, 40)).filter(t => t.length > 0);
      // A word split across lines: in each text that wraps, a word of letters whose glyphs sit on more than one line.
      // (A long run that is not a word, such as an address or markup someone typed, has to break in a narrow column.)
      const broken = [];
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const lineHeight = parseFloat(getComputedStyle(parent).lineHeight) || 20;
        if (parent.getBoundingClientRect().height < lineHeight * 1.5) continue;
        for (const word of node.data.matchAll(/[^\s-]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
          if (tops.size > 1 && /^[\p{L}’'.,:;!?()«»]{2,30}$/u.test(word[0])) broken.push(word[0]);
        }
      }
      return { overflow: host.scrollWidth > width + 1, wide: wide.slice(0, 3), broken: broken.slice(0, 3), height: host.scrollHeight };
    }, { json, width, hostConfig });
    if (result.overflow || result.wide.length > 0) overflows.push(`${width}px ${file}: ${result.wide.join(' | ') || 'wider than the host'}`);
    if (result.broken.length > 0) overflows.push(`${width}px ${file}: a word broken across lines: ${result.broken.join(' | ')}`);
    if (png) await page.locator('#host').screenshot({ path: join(out, `${basename(file, '.json')}-${width}.png`) });
  }
}
await browser.close();

// The charts the tests kept (artifacts/charts/): PNGs Teams shows, at most 1024×1024 and under 1 MB.
const chartsDir = join(root, 'artifacts', 'charts');
const charts = existsSync(chartsDir) ? readdirSync(chartsDir).filter(f => f.endsWith('.png')) : [];
for (const chart of charts) {
  const bytes = readFileSync(join(chartsDir, chart));
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  if (bytes.subarray(1, 4).toString() !== 'PNG' || width > 1024 || height > 1024 || bytes.length >= 1024 * 1024)
    overflows.push(`chart ${chart}: ${width}×${height}, ${bytes.length} bytes`);
}
console.log(`card gallery: ${files.length} cards at 400 and 800 px${png ? `, PNGs in ${out}` : ''}, ${charts.length} charts; ${overflows.length} overflow`);
for (const line of overflows) console.log(`  overflow ${line}`);
process.exit(overflows.length > 0 ? 1 : 0);
