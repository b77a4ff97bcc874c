import { translator, type MessageKey } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import { reportCategories, reportSubjects } from '../../src/reports/categories.js';
import { maxReportText } from '../../src/reports/report-input.js';
import { formatMonth } from '../../src/i18n/date-format.js';
import { html, type Html } from './html.js';
import { pageLayout } from './page-layout.js';
import { powFields } from './pow-fields.js';

/** What the reporter filled in so far (re-shown after a refusal; never stored). */
export interface FormValues {
  categories?: readonly string[];
  subject?: string;
  unit?: string;
  month?: string;
  ongoing?: string;
  text?: string;
  contact?: string;
}

/** Everything the form page shows. */
export interface ReportFormView {
  locale: Locale;
  units: readonly string[];
  /** Months to choose from, newest first ('YYYY-MM'). */
  months: readonly string[];
  formToken: string;
  notifyTimes: readonly string[];
  /** 'immediate' in local trials: the page says handlers see reports within a minute, and how production differs. */
  release?: 'batch' | 'immediate';
  values?: FormValues;
  /** Fields that were wrong ('categories', 'text_too_long', …). */
  errors?: readonly string[];
  /** A refusal that is about the whole form (an `error.<code>` key). */
  problem?: MessageKey;
}

function fieldError(view: ReportFormView, field: string): Html | undefined {
  const tr = translator(view.locale);
  const which = field === 'text' && view.errors?.includes('text_too_long') ? 'text_too_long' : field;
  return view.errors?.includes(which) ? html`<p class="field-error" id="${field}-error">${tr(`form.error.${which}` as MessageKey)}</p>` : undefined;
}

function radios(name: string, options: ReadonlyArray<{ value: string; label: string }>, current: string | undefined, inline = false): Html {
  return html`<div class="choices${inline ? ' inline' : ''}">${options.map(
    (o) => html`<label><input type="radio" name="${name}" value="${o.value}"${o.value === current ? html` checked` : ''}> <span class="what">${o.label}</span></label>`,
  )}</div>`;
}

function protection(view: ReportFormView): Html {
  const tr = translator(view.locale);
  return html`<section class="card protection" aria-labelledby="protection-title">
<h2 id="protection-title">${tr('form.protection.title')}</h2>
<h3>${tr('form.protection.yes')}</h3>
<ul>
<li>${tr('form.protection.stored')}</li>
<li>${tr('form.protection.encrypted')}</li>
<li>${tr(view.release === 'immediate' ? 'form.protection.batchedLocal' : 'form.protection.batched', { times: view.notifyTimes.join(', ') })}</li>
<li>${tr('form.protection.code')}</li>
</ul>
<h3>${tr('form.protection.no')}</h3>
<ul class="not">
<li>${tr('form.protection.text')}</li>
<li>${tr('form.protection.device')}</li>
<li>${tr('form.protection.teams')}</li>
</ul>
<p class="small muted">${tr('form.protection.named')}</p>
</section>`;
}

/**
 * The anonymous report form: plain HTML that works without JavaScript,
 * posts only to Tillit, asks nothing about who the reporter is, and says
 * honestly what is and is not protected.
 */
export function reportFormPage(view: ReportFormView): string {
  const tr = translator(view.locale);
  const v = view.values ?? {};
  const checked = new Set(v.categories ?? []);
  const other = view.locale === 'sv' ? 'en' : 'sv';
  const hasErrors = (view.errors?.length ?? 0) > 0 || view.problem;
  const body = html`<header class="top"><span class="brand">${tr('app.name')}</span><a href="/anmalan?lang=${other}" lang="${other}">${tr('form.switchLanguage')}</a></header>
<h1>${tr('form.title')}</h1>
<p class="lead">${tr('form.lead')}</p>
<p class="emergency">${tr('form.emergency')}</p>
<details class="card"><summary>${tr('form.definitionTitle')}</summary><p>${tr('form.definition')}</p></details>
${protection(view)}
${hasErrors ? html`<div class="errors" role="alert" tabindex="-1" id="errors"><strong>${view.problem ? tr(view.problem) : tr('form.errorSummary')}</strong>${view.errors?.length ? html`<ul>${view.errors.map((f) => html`<li><a href="#${f === 'text_too_long' ? 'text' : f}">${tr(`form.error.${f}` as MessageKey)}</a></li>`)}</ul>` : ''}</div>` : ''}
<form class="card" method="post" action="/anmalan" accept-charset="utf-8" autocomplete="off" novalidate data-pow="report">
<input type="hidden" name="token" value="${view.formToken}">
<input type="hidden" name="lang" value="${view.locale}">
<fieldset id="categories"><legend>${tr('form.field.categories')}</legend><p class="hint">${tr('form.field.categoriesHint')}</p>${fieldError(view, 'categories')}
<div class="choices">${reportCategories.map(
    (c) => html`<label><input type="checkbox" name="categories" value="${c}"${checked.has(c) ? html` checked` : ''}><span><span class="what">${tr(`report.category.${c}`)}</span><span class="why">${tr(`report.categoryHint.${c}`)}</span></span></label>`,
  )}</div></fieldset>
<fieldset id="subject"><legend>${tr('form.field.subject')}</legend>${fieldError(view, 'subject')}${radios(
    'subject',
    reportSubjects.map((s) => ({ value: s, label: tr(`report.subject.${s}`) })),
    v.subject,
  )}</fieldset>
<fieldset id="unit"><label class="field" for="unit-select">${tr('form.field.unit')}</label><p class="hint">${tr('form.field.unitHint')}</p>${fieldError(view, 'unit')}
<select id="unit-select" name="unit"><option value="">${tr('report.unit.none')}</option>${view.units.map((u) => html`<option value="${u}"${u === v.unit ? html` selected` : ''}>${u}</option>`)}</select></fieldset>
<fieldset id="month"><label class="field" for="month-select">${tr('form.field.month')}</label>${fieldError(view, 'month')}
<select id="month-select" name="month"><option value="">${tr('report.month.none')}</option>${view.months.map((m) => html`<option value="${m}"${m === v.month ? html` selected` : ''}>${formatMonth(m, view.locale)}</option>`)}<option value="earlier"${v.month === 'earlier' ? html` selected` : ''}>${tr('report.month.earlier')}</option></select></fieldset>
<fieldset id="ongoing"><legend>${tr('form.field.ongoing')}</legend>${fieldError(view, 'ongoing')}${radios(
    'ongoing',
    ['yes', 'no', 'unknown'].map((o) => ({ value: o, label: tr(`report.ongoing.${o}` as MessageKey) })),
    v.ongoing ?? 'unknown',
    true,
  )}</fieldset>
<fieldset id="text"><label class="field" for="text-area">${tr('form.field.text')}</label><p class="hint" id="text-hint">${tr('form.field.textHint')}</p>${fieldError(view, 'text')}
<textarea id="text-area" name="text" maxlength="${maxReportText}" aria-describedby="text-hint" data-counter="text-counter" spellcheck="true">${v.text ?? ''}</textarea><p class="counter" id="text-counter" aria-live="polite"></p></fieldset>
<fieldset id="contact"><legend>${tr('form.field.contact')}</legend>${fieldError(view, 'contact')}${radios(
    'contact',
    ['yes', 'no'].map((o) => ({ value: o, label: tr(`report.contact.${o}` as MessageKey) })),
    v.contact ?? 'yes',
  )}</fieldset>
${powFields(view.locale, 'report')}
<div class="actions"><button type="submit">${tr('form.submit')}</button></div>
</form>
<p><a href="/anmalan/inkorg?lang=${view.locale}">${tr('form.inboxLink')}</a></p>
<footer class="page-footer">${tr('form.privacyFooter')}</footer>`;
  return pageLayout({ locale: view.locale, title: tr('form.title'), body, scripts: [{ src: '/anmalan/formular.js' }] });
}
