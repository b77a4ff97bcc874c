import { translator, type MessageKey } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { reportCategories, reportSubjects } from '../src/reports/categories.js';
import { maxReportText } from '../src/reports/report-input.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** What the named report card needs; `values` and `errors` after a refusal. */
export interface NamedReportView {
  units: readonly string[];
  /** Months to choose from ('YYYY-MM', newest first) with their labels. */
  months: ReadonlyArray<{ value: string; label: string }>;
  /** Random, per card: makes a double click one report. */
  submissionKey: string;
  formUrl: string;
  values?: Record<string, string>;
  errors?: readonly string[];
}

function choices(options: ReadonlyArray<[string, string]>) {
  return options.map(([value, title]) => ({ title, value }));
}

/**
 * The named, confidential report as a card in the personal chat. It says
 * plainly that the reporter is not anonymous here and points to the form
 * for those who want to be.
 */
export function namedReportCard(view: NamedReportView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const v = view.values ?? {};
  const error = (field: string): CardElement[] =>
    view.errors?.includes(field) ? [textBlock(tr(`form.error.${field}` as MessageKey), { color: 'Attention', size: 'Small', spacing: 'None' })] : [];
  const body: CardElement[] = [
    heading(tr('namedCard.title')),
    {
      type: 'Container',
      style: 'warning',
      items: [textBlock(tr('namedCard.identity'), { weight: 'Bolder' }), textBlock(tr('namedCard.anonymousInstead'), { size: 'Small' })],
      selectAction: { type: 'Action.OpenUrl', url: view.formUrl },
    },
    textBlock(tr('reportCard.emergency'), { weight: 'Bolder', color: 'Attention' }),
    ...(view.errors?.length ? [textBlock(tr('form.errorSummary'), { color: 'Attention', weight: 'Bolder' })] : []),
    {
      type: 'Input.ChoiceSet',
      id: 'categories',
      label: tr('namedCard.categories'),
      isMultiSelect: true,
      style: 'expanded',
      isRequired: true,
      errorMessage: tr('form.error.categories'),
      value: v.categories ?? '',
      choices: choices(reportCategories.map((c) => [c, tr(`report.category.${c}`)])),
    },
    ...error('categories'),
    {
      type: 'Input.ChoiceSet',
      id: 'subject',
      label: tr('form.field.subject'),
      style: 'expanded',
      isRequired: true,
      errorMessage: tr('form.error.subject'),
      value: v.subject ?? '',
      choices: choices(reportSubjects.map((s) => [s, tr(`report.subject.${s}`)])),
    },
    ...error('subject'),
    {
      type: 'Input.ChoiceSet',
      id: 'unit',
      label: tr('form.field.unit'),
      value: v.unit ?? 'none',
      choices: choices([['none', tr('report.unit.none')], ...view.units.map((u) => [u, u] as [string, string])]),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'month',
      label: tr('form.field.month'),
      value: v.month ?? 'none',
      choices: choices([['none', tr('report.month.none')], ...view.months.map((m) => [m.value, m.label] as [string, string]), ['earlier', tr('report.month.earlier')]]),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'ongoing',
      label: tr('form.field.ongoing'),
      style: 'expanded',
      value: v.ongoing ?? 'unknown',
      choices: choices(['yes', 'no', 'unknown'].map((o) => [o, tr(`report.ongoing.${o}` as MessageKey)])),
    },
    {
      type: 'Input.Text',
      id: 'text',
      label: tr('form.field.text'),
      isMultiline: true,
      maxLength: maxReportText,
      isRequired: true,
      errorMessage: tr('form.error.text'),
      placeholder: tr('form.field.textHint'),
      value: v.text ?? '',
    },
    ...error('text'),
    ...error('text_too_long'),
  ];
  return adaptiveCard(body, [executeAction(tr('namedCard.submit'), verbs.reportNamedSubmit, { submissionKey: view.submissionKey, contact: 'yes' }, { style: 'positive' })], {
    fallbackText: tr('namedCard.title'),
  });
}

/** After a named report: thanks, its reference, and what happens next. */
export function namedReportReceivedCard(view: { reference: string }, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('namedCard.received.title', { reference: view.reference });
  return adaptiveCard([heading(title, { size: 'Medium' }), textBlock(tr('namedCard.received.body'))], [], { fallbackText: title });
}
