import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { NamedCard } from './screenshot-cards.js';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Headless Chromium as the e2e tests run it; nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that may talk to this machine only. */
export async function localPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  return page;
}

/** Teams' light theme, roughly: its fonts, sizes and colours, on a chat-wide card. */
const hostConfig = {
  fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 20, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, attention: { default: '#C4314B' }, good: { default: '#237B4B' }, warning: { default: '#835C00' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA' },
    attention: { backgroundColor: '#FCF4F6' },
    warning: { backgroundColor: '#FBF6D9' },
    accent: { backgroundColor: '#E8EBFA' },
  },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left' },
};

/** Teams' markdown subset (**bold**, _italic_, "- " lists, line breaks), as page script: tsx would rewrite a function passed to evaluate. */
const markdownScript = String.raw`
AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
  var escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  function inline(line) {
    return line.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/(^|\s)_(.+?)_(?=\s|$|[.,])/g, '$1<em>$2</em>').replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>');
  }
  function isItem(l) { return /^\s*[-*] /.test(l); }
  var lines = escaped.split('\n'), out = '';
  for (var i = 0; i < lines.length; i++) {
    if (isItem(lines[i])) {
      out += '<ul style="margin:0;padding-left:20px;box-sizing:border-box;width:100%">';
      while (i < lines.length && isItem(lines[i])) out += '<li>' + inline(lines[i++].replace(/^\s*[-*] /, '')) + '</li>';
      out += '</ul>';
      i--;
    } else out += '<p style="margin:0">' + (inline(lines[i]) || '&nbsp;') + '</p>';
  }
  result.outputHtml = out;
  result.didProcess = true;
};`;

/** Renders each card as Teams would (the `adaptivecards` library, 500 px wide) and saves one PNG per card. */
export async function renderCards(browser: Browser, cards: readonly NamedCard[], outDir: string): Promise<string[]> {
  const page = await localPage(browser, { width: 560, height: 900 });
  const script = fs.readFileSync(path.join(repoRoot, 'node_modules/adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  await page.setContent(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
    body{margin:0;padding:20px;background:#F0F0F0;font-family:'Segoe UI','Noto Sans',sans-serif}
    #card{width:500px;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
    .ac-pushButton{border:1px solid #D1D1D1;background:#fff;border-radius:4px;padding:5px 12px;font:inherit;font-size:14px;font-weight:600}
    .ac-input{font:inherit;font-size:14px;padding:4px}
  </style></head><body><div id="card"></div></body></html>`);
  await page.addScriptTag({ content: script });
  await page.addScriptTag({ content: markdownScript });
  const files: string[] = [];
  for (const { name, card } of cards) {
    const problems = await page.evaluate(
      ({ card, hostConfig }) => {
        const AC = (globalThis as any).AdaptiveCards;
        const adaptive = new AC.AdaptiveCard();
        adaptive.hostConfig = new AC.HostConfig(hostConfig);
        const errors: unknown[] = [];
        adaptive.parse(card, new AC.SerializationContext());
        const target = document.getElementById('card')!;
        target.replaceChildren(adaptive.render() as HTMLElement);
        for (const e of adaptive.validateProperties().failures ?? []) errors.push(JSON.stringify(e.errors ?? e));
        return errors;
      },
      { card, hostConfig },
    );
    const file = path.join(outDir, `${name}.png`);
    await page.locator('#card').screenshot({ path: file });
    if (problems.length) console.log(`${name}: ${problems.join('; ')}`);
    files.push(file);
  }
  await page.context().close();
  return files;
}
