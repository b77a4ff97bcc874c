import { translator, type MessageKey } from '../../src/i18n/catalogue.js';
import { reminderPromise } from '../../src/reminders/reminder-promise.js';
import type { Locale } from '../../src/i18n/locale.js';
import { html, type Html } from './html.js';
import { pageLayout } from './page-layout.js';

/** The three public pages the Teams app package links to. */
export type InfoPage = 'about' | 'privacy' | 'terms';

/** Where each page is served (the manifest's websiteUrl, privacyUrl and termsOfUseUrl). */
export const infoPagePaths: Readonly<Record<InfoPage, string>> = { about: '/', privacy: '/integritet', terms: '/villkor' };

type Section = { title?: MessageKey; text: MessageKey };

const sections: Readonly<Record<InfoPage, { title: MessageKey; lead?: MessageKey; sections: readonly Section[] }>> = {
  about: {
    title: 'info.about.title',
    lead: 'info.about.lead',
    sections: [
      { title: 'info.about.remindersTitle', text: 'info.about.reminders' },
      { title: 'info.about.statusTitle', text: 'info.about.status' },
      { title: 'info.about.reportTitle', text: 'info.about.report' },
      { title: 'info.about.overviewTitle', text: 'info.about.overview' },
      { text: 'info.about.start' },
    ],
  },
  privacy: {
    title: 'info.privacy.title',
    lead: 'info.privacy.lead',
    sections: [
      { title: 'info.privacy.directoryTitle', text: 'info.privacy.directory' },
      { title: 'info.privacy.statusTitle', text: 'info.privacy.status' },
      { title: 'info.privacy.anonymousTitle', text: 'info.privacy.anonymous' },
      { title: 'info.privacy.namedTitle', text: 'info.privacy.named' },
      { title: 'info.privacy.logsTitle', text: 'info.privacy.logs' },
      { text: 'info.privacy.rights' },
    ],
  },
  terms: {
    title: 'info.terms.title',
    sections: [
      { text: 'info.terms.purpose' },
      { text: 'info.terms.truth' },
      { text: 'info.terms.emergency' },
      { text: 'info.terms.protection' },
      { text: 'info.terms.misuse' },
    ],
  },
};

/** About, privacy or terms, in the reader's language, with links between them and to the report form. */
export function infoPage(view: { page: InfoPage; locale: Locale; retentionDays: number }): string {
  const tr = translator(view.locale);
  const page = sections[view.page];
  const other: Locale = view.locale === 'sv' ? 'en' : 'sv';
  const link = (target: InfoPage, label: MessageKey): Html =>
    target === view.page
      ? html`<strong aria-current="page">${tr(label)}</strong>`
      : html`<a href="${infoPagePaths[target]}?lang=${view.locale}">${tr(label)}</a>`;
  const body = html`<header class="top"><span class="brand">${tr('app.name')}</span></header>
<nav class="info-nav">${link('about', 'info.nav.about')} · ${link('privacy', 'info.nav.privacy')} · ${link('terms', 'info.nav.terms')} · <a href="/anmalan?lang=${view.locale}">${tr('info.nav.report')}</a> · <a href="${infoPagePaths[view.page]}?lang=${other}" lang="${other}">${tr('info.nav.otherLanguage')}</a></nav>
<h1>${tr(page.title)}</h1>
${page.lead ? html`<p class="lead">${tr(page.lead)}</p>` : undefined}
${page.sections.map((s) => html`<section class="card">${s.title ? html`<h2>${tr(s.title)}</h2>` : undefined}<p>${tr(s.text, { days: view.retentionDays, ...reminderPromise(view.locale) })}</p></section>`)}`;
  return pageLayout({ locale: view.locale, title: tr(page.title), body });
}
