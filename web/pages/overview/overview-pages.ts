import { translator } from '../../../src/i18n/catalogue.js';
import type { Locale } from '../../../src/i18n/locale.js';
import { html, type Html } from '../html.js';

/** A tab page: Microsoft's teams-js (a classic script, it defines `microsoftTeams`), then the page's module from the browser build. */
function page(locale: Locale, title: string, body: Html, module: string): string {
  return html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/oversikt/app.css"></head><body>${body}<script src="/tab/static/teams.js"></script><script type="module" src="${module}"></script></body></html>`.value;
}

/**
 * The dashboard tab's shell: no plan data, only the words the script needs
 * before it has signed in. The content comes from /oversikt/innehall.
 */
export function overviewShellPage(locale: Locale): string {
  const tr = translator(locale);
  const texts = JSON.stringify({
    loading: tr('tab.loading'),
    outsideTeams: tr('tab.outsideTeams'),
    signInFailed: tr('tab.signInFailed'),
    failed: tr('tab.failed'),
    // The local demo sign-in's words are the case view's: one sign-in, one wording.
    signInTitle: tr('cases.signIn.title'),
    signInLead: tr('cases.signIn.lead'),
    signInAs: tr('cases.signIn.as', { name: '{name}' }),
    signInAgain: tr('tab.localSignInAgain'),
    signedInAs: tr('tab.localSignedInAs', { name: '{name}' }),
    switchPerson: tr('tab.switchPerson'),
  });
  return page(locale, tr('tab.title'), html`<div id="who" class="who small muted" hidden></div><main id="app" data-texts="${texts}"><p class="notice">${tr('tab.loading')}</p></main>`, '/oversikt/app.js');
}

/** The configurable tab's settings page. */
export function overviewConfigPage(locale: Locale): string {
  const tr = translator(locale);
  return page(
    locale,
    tr('tab.config.title'),
    html`<main data-tab-name="${tr('tab.name')}"><section class="card"><h1>${tr('tab.config.title')}</h1><p>${tr('tab.config.body')}</p>
<label class="filters">${tr('tab.config.plan')}<select id="plan"><option value="">${tr('tab.config.anyPlan')}</option></select></label></section></main>`,
    '/oversikt/konfigurera.js',
  );
}

/** A message in place of the dashboard (refused, bad date, nothing found). */
export function noticeFragment(text: string): string {
  return html`<p class="notice">${text}</p>`.value;
}
