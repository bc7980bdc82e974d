// Opens an sgdsim report.html in headless Chromium, saves a screenshot of the whole page (or of its top HEIGHT pixels)
// and prints, as JSON, what a reader sees: every table cell's text, the size each SVG plot is drawn at, the links, and
// every request the page made besides itself.
//
//   node check-report.mjs REPORT.html SCREENSHOT.png [HEIGHT]
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM): playwright-core drives it and downloads no browser.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, screenshot, height] = process.argv.slice(2);
if (!report || !screenshot || (height !== undefined && !(Number(height) > 0))) {
  console.error('usage: node check-report.mjs REPORT.html SCREENSHOT.png [HEIGHT]');
  process.exit(2);
}

// A fresh profile each time, and every background service off: the page alone decides what is fetched.
const profile = mkdtempSync(join(tmpdir(), 'sgdsim-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1000, height: 800 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  const requests = [];
  page.on('request', r => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });

  const url = pathToFileURL(resolve(report)).href;
  await page.goto(url, { waitUntil: 'load' });
  const seen = await page.evaluate(() => ({
    title: document.title,
    tables: Object.fromEntries([...document.querySelectorAll('table')].map(t => [t.id, [...t.querySelectorAll('tbody tr')].map(row =>
      Object.fromEntries([...row.querySelectorAll('td')].map(td => [td.dataset.column, td.innerText.trim()])))])),
    svgs: [...document.querySelectorAll('svg')].map(s => {
      const box = s.getBoundingClientRect();
      // A drawn plot has text whose glyphs have a size: positions the browser could not read put them all at one spot.
      const texts = [...s.querySelectorAll('text')].map(t => t.getBBox());
      return { id: s.id, width: box.width, height: box.height, texts: texts.length, emptyTexts: texts.filter(b => b.width === 0).length };
    }),
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
  }));
  await page.screenshot(height === undefined
    ? { path: screenshot, fullPage: true }
    : { path: screenshot, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: Number(height) } });
  console.log(JSON.stringify({ ...seen, requests: requests.filter(r => r !== url), errors }, null, 2));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
