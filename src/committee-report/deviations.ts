import type { Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { MeasureState } from '../overview/overview-types.js';
import { shortDate } from '../overview/words.js';

/**
 * What the committee should notice about a measure (avvikelser): past its
 * deadline, reported delayed or at risk, cancelled, silent, and a new
 * forecast. Empty for a measure going as planned.
 */
export function deviationsOf(m: MeasureState, tr: Translate, locale: Locale): string[] {
  const out: string[] = [];
  if (m.overdueSince && m.dueOn) out.push(tr('committeeReport.deviation.overdue', { date: shortDate(m.dueOn, locale) }));
  if (m.status === 'delayed') out.push(tr('committeeReport.deviation.delayed'));
  if (m.status === 'at_risk') out.push(tr('committeeReport.deviation.atRisk'));
  if (m.status === 'cancelled') out.push(tr('committeeReport.deviation.cancelled'));
  if (m.stale && m.silentDays !== null) out.push(tr(m.latest ? 'committeeReport.deviation.silent' : 'committeeReport.deviation.neverReported', { days: m.silentDays }));
  if (out.length > 0 && m.latest?.forecastDate && m.status !== 'done' && m.status !== 'cancelled') {
    out.push(tr('committeeReport.deviation.forecast', { date: shortDate(m.latest.forecastDate, locale) }));
  }
  return out;
}

/** Deviations as one sentence-like line ("klar senast … har passerat; rapporterad som försenad"). */
export function deviationText(m: MeasureState, tr: Translate, locale: Locale): string {
  const list = deviationsOf(m, tr, locale);
  if (list.length === 0) return '';
  const text = list.join('; ');
  return text.charAt(0).toLocaleUpperCase(locale === 'sv' ? 'sv-SE' : 'en-GB') + text.slice(1);
}
