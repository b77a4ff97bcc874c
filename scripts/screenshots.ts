/**
 * Screenshots of the cards and pages a new user meets, to LOOK at after a
 * change: `npm run screenshots`, or after `npm run build`
 * `npx tsx scripts/screenshots.ts [cards|pages] [outDir]` (default: both,
 * into test-results/screenshots/; the pages' scripts come from dist/). Tillit runs in-process on
 * temporary SQLite files with the test scenarios (the Norrtälje plan, a
 * reminder run); Chromium is /usr/bin/chromium (CHROMIUM_PATH), headless,
 * and nothing leaves this machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chatCards, reminderCards } from './screenshot-cards.js';
import { planPages, reportPages } from './screenshot-pages.js';
import { launchBrowser, renderCards } from './screenshot-render.js';

const what = process.argv[2] ?? 'all';
const outDir = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '..', 'test-results', 'screenshots'));
fs.mkdirSync(outDir, { recursive: true });
process.env.LOG_LEVEL ??= 'silent';

const browser = await launchBrowser();
const files: string[] = [];
try {
  if (what === 'all' || what === 'cards') {
    const cards = [...(await chatCards()), ...(await reminderCards())];
    for (const { name, card } of cards) fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(card, null, 2));
    files.push(...(await renderCards(browser, cards, outDir)));
  }
  if (what === 'all' || what === 'pages') {
    files.push(...(await planPages(browser, outDir)));
    files.push(...(await reportPages(browser, outDir)));
  }
} finally {
  await browser.close();
}
for (const file of files) console.log(path.relative(process.cwd(), file));
