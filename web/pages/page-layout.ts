import { translator } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import { html, type Html } from './html.js';

/** Where the report pages' stylesheet is served. */
export const stylesheetPath = '/anmalan/stil.css';

/**
 * A whole page: language, viewport for phones, the stylesheet and scripts
 * from Tillit itself only, no external anything, no inline script.
 */
export function pageLayout(view: {
  locale: Locale;
  title: string;
  body: Html;
  scripts?: ReadonlyArray<{ src: string; module?: boolean }>;
  wide?: boolean;
  head?: Html;
}): string {
  const tr = translator(view.locale);
  return `<!doctype html>\n${html`<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${view.title} – ${tr('app.name')}</title>
<link rel="stylesheet" href="${stylesheetPath}">
${view.head}
${(view.scripts ?? []).map((s) => (s.module ? html`<script type="module" src="${s.src}"></script>` : html`<script src="${s.src}" defer></script>`))}
</head>
<body>
<div class="page${view.wide ? ' wide' : ''}">
${view.body}
</div>
</body>
</html>`}`;
}
