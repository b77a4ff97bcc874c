import { messageKeys, messageTemplate, translator } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import { html, Html } from './html.js';
import { pageLayout } from './page-layout.js';

/** The words the case view's script shows, handed over as JSON in the page (not executed). */
function strings(locale: Locale): string {
  const table = Object.fromEntries(messageKeys.filter((k) => /^(cases|report|error)\./.test(k) || k === 'app.name').map((k) => [k, messageTemplate(locale, k)]));
  // "<" escaped so nothing in the JSON can end the script element.
  return JSON.stringify(table).replace(/</g, '\\u003c');
}

/**
 * The handlers' case view (the "Ärenden" tab): a shell whose script signs
 * in (Teams SSO, or the local demo sign-in) and renders the cases from
 * /api/cases. Scripts come from Tillit only: teams-js from its own
 * node_modules, the view from dist/tab/browser.
 */
export function caseViewPage(view: { locale: Locale; notifyTimes: readonly string[]; release: 'batch' | 'immediate' }): string {
  const tr = translator(view.locale);
  const body = html`<header class="top"><span class="brand">${tr('app.name')}</span><span id="who" class="muted small"></span></header>
<h1>${tr('cases.title')}</h1>
<p class="muted small">${tr(view.release === 'immediate' ? 'cases.releaseNote.immediate' : 'cases.releaseNote', { times: view.notifyTimes.join(', ') })}</p>
<noscript><div class="errors">${tr('cases.noScript')}</div></noscript>
<main id="app" aria-live="polite"><p class="muted">${tr('cases.loading')}</p></main>
<script type="application/json" id="tillit-strings">${new Html(strings(view.locale))}</script>`;
  return pageLayout({
    locale: view.locale,
    title: tr('cases.title'),
    body,
    wide: true,
    scripts: [{ src: '/tab/static/teams.js' }, { src: '/tab/static/case-view.js', module: true }],
  });
}
