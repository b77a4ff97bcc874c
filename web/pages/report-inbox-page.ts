import { translator, type MessageKey } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { InboxView } from '../../src/reports/report.js';
import { maxReportText } from '../../src/reports/report-input.js';
import { formatDay, formatMonth } from '../../src/i18n/date-format.js';
import { html, type Html } from './html.js';
import { pageLayout } from './page-layout.js';
import { powFields } from './pow-fields.js';

function header(locale: Locale): Html {
  const tr = translator(locale);
  return html`<header class="top"><span class="brand">${tr('app.name')}</span><a href="/anmalan?lang=${locale}">${tr('form.title')}</a></header>`;
}

/** The inbox's door: one field for the receipt code, posted (never in the address). */
export function inboxCodePage(view: { locale: Locale; problem?: MessageKey }): string {
  const tr = translator(view.locale);
  const body = html`${header(view.locale)}
<h1>${tr('inbox.title')}</h1>
<p class="lead">${tr('inbox.lead')}</p>
${view.problem ? html`<div class="errors" role="alert" id="errors"><p>${tr(view.problem)}</p></div>` : ''}
<form class="card" method="post" action="/anmalan/inkorg" autocomplete="off" novalidate data-pow="inbox">
<input type="hidden" name="lang" value="${view.locale}">
<label class="field" for="code">${tr('inbox.codeLabel')}</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="off" autocapitalize="off" spellcheck="false" maxlength="40">
${powFields(view.locale, 'inbox')}
<div class="actions"><button type="submit">${tr('inbox.open')}</button></div>
</form>
<p class="small muted">${tr('inbox.timeout')}</p>
<footer class="page-footer">${tr('form.privacyFooter')}</footer>`;
  return pageLayout({ locale: view.locale, title: tr('inbox.title'), body, scripts: [{ src: '/anmalan/formular.js' }] });
}

/**
 * An opened inbox: the report, the dialogue (handlers are never named) and
 * a box to answer. The session rides in a hidden field of this page only.
 */
export function inboxPage(view: { locale: Locale; inbox: InboxView; session: string; formToken: string; notice?: MessageKey; problem?: MessageKey; draft?: string }): string {
  const tr = translator(view.locale);
  const i = view.inbox;
  const closed = i.status === 'closed';
  const body = html`${header(view.locale)}
<h1>${tr('inbox.title')}</h1>
${view.notice ? html`<div class="notice" role="status">${tr(view.notice)}</div>` : ''}
${view.problem ? html`<div class="errors" role="alert" id="errors"><p>${tr(view.problem)}</p></div>` : ''}
<section class="card">
<h2>${tr('inbox.yourReport')}</h2>
<dl class="facts">
<dt>${tr('cases.fact.status')}</dt><dd>${tr(`report.status.${i.status}`)}</dd>
<dt>${tr('cases.fact.received')}</dt><dd>${formatDay(i.receivedOn, view.locale)}</dd>
<dt>${tr('cases.col.categories')}</dt><dd>${i.categories.map((c) => tr(`report.category.${c}`)).join(', ')}</dd>
${i.unit ? html`<dt>${tr('cases.fact.unit')}</dt><dd>${i.unit}</dd>` : ''}
${i.happenedMonth ? html`<dt>${tr('cases.fact.month')}</dt><dd>${i.happenedMonth === 'earlier' ? tr('report.month.earlier') : formatMonth(i.happenedMonth, view.locale)}</dd>` : ''}
</dl>
<details><summary>${tr('cases.text')}</summary><p class="prewrap">${i.text}</p></details>
</section>
<section class="card"><h2>${tr('inbox.thread')}</h2>
${i.messages.length === 0 ? html`<p class="muted">${tr('inbox.empty')}</p>` : ''}
<ol class="thread">${i.messages.map(
    (m) => html`<li class="${m.author === 'reporter' ? 'mine' : 'theirs'}"><div class="meta">${m.author === 'reporter' ? tr('inbox.fromYou') : tr('inbox.fromHandler')} · ${formatDay(m.sentOn, view.locale)}${m.kind !== 'message' ? html` · <strong>${tr(`report.message.${m.kind}`)}</strong>` : ''}</div><div class="prewrap">${m.text}</div></li>`,
  )}</ol>
${
  closed
    ? html`<p><strong>${tr('inbox.closed')}</strong></p><p><a href="/anmalan?lang=${view.locale}">${tr('inbox.newReport')}</a></p>`
    : html`<form method="post" action="/anmalan/inkorg/svar" autocomplete="off">
<input type="hidden" name="session" value="${view.session}">
<input type="hidden" name="token" value="${view.formToken}">
<input type="hidden" name="lang" value="${view.locale}">
<label class="field" for="answer">${tr('inbox.answer')}</label>
<textarea id="answer" name="text" maxlength="${maxReportText}" data-counter="answer-counter">${view.draft ?? ''}</textarea><p class="counter" id="answer-counter" aria-live="polite"></p>
<div class="actions"><button type="submit">${tr('inbox.send')}</button></div>
</form>`
}
</section>
<div class="actions"><a class="button secondary" href="/anmalan/inkorg?lang=${view.locale}">${tr('inbox.leave')}</a></div>
<p class="small muted">${tr('inbox.timeout')}</p>`;
  return pageLayout({ locale: view.locale, title: tr('inbox.title'), body, scripts: [{ src: '/anmalan/formular.js' }] });
}
