import type { IsoDate } from '../calendar/iso-date.js';
import { formatDate } from '../calendar/zoned-time.js';
import type { Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { dueDate, isDated, type Period } from '../plans/period.js';
import type { GoalAreaLabel } from '../plans/plan.js';
import type { TrafficLight } from '../status/status.js';
import type { MeasureState, StatusKey } from './overview-types.js';

/**
 * How the overview's facts are put into words, shared by the chat cards, the
 * committee report and the tab so they never say the same thing differently.
 */

/** The traffic light as an emoji; always shown next to words, never alone. */
export function lightEmoji(light: TrafficLight): string {
  return { red: '🔴', yellow: '🟡', green: '🟢', blue: '🔵', grey: '⚪' }[light];
}

/** "Målområde 2: Upptäcka och förebygga", or "Övriga åtgärder" for measures without an area. */
export function areaName(tr: Translate, label: GoalAreaLabel, number: string | null, title: string): string {
  if (number === null) return tr('overview.area.other');
  return title ? tr('overview.area.name', { label: tr(`overview.area.label.${label}`), number, title }) : areaShort(tr, label, number);
}

/** "Målområde 2". */
export function areaShort(tr: Translate, label: GoalAreaLabel, number: string | null): string {
  return number === null ? tr('overview.area.other') : tr('overview.area.short', { label: tr(`overview.area.label.${label}`), number });
}

/** "Målområden" (as the plan calls them). */
export function areasHeading(tr: Translate, label: GoalAreaLabel): string {
  return tr(`overview.areas.${label}`);
}

// Formatters are built once: building one costs far more than formatting with it.
const formats = (options: Intl.DateTimeFormatOptions) => ({
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', ...options }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }),
});
const shortDates = formats({ day: 'numeric', month: 'short', year: 'numeric' });
const weekdayDates = formats({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function utc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "31 okt. 2024": short, for lists. */
export function shortDate(date: IsoDate, locale: Locale): string {
  return shortDates[locale].format(utc(date));
}

/** "måndag 31 mars 2025": for headings. */
export function dayWithWeekday(date: IsoDate, locale: Locale): string {
  return weekdayDates[locale].format(utc(date));
}

/**
 * A start or deadline as written and as a date: "Maj 2024 (från 1 maj 2024)",
 * "Oktober 2024 (senast 31 oktober 2024)", "Löpande (löpande, ingen tidsgräns)".
 */
export function periodText(tr: Translate, period: Period, role: 'start' | 'deadline', locale: Locale): string {
  const text = period.text.trim();
  if (text === '') return tr('overview.period.missing');
  if (isDated(period)) {
    const date = role === 'start' ? period.from : (dueDate(period) ?? period.to);
    // A day needs no "as written" beside it; a month or a quarter does.
    if (period.kind === 'day') return formatDate(date, locale);
    return tr(role === 'start' ? 'overview.period.start' : 'overview.period.deadline', { text, date: formatDate(date, locale) });
  }
  return tr(`overview.period.${period.kind}`, { text });
}

/** Cuts text to `max` characters on a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Why a measure is in "Ingen status på över N dagar": "senast rapporterad 3 feb. 2025" or "aldrig rapporterad, startade 1 juni 2024". */
export function silenceText(m: Pick<MeasureState, 'latest' | 'silentSince'>, tr: Translate, locale: Locale): string {
  if (m.latest) return tr('overview.stale.last', { date: shortDate(m.latest.recordedOn, locale) });
  return m.silentSince ? tr('overview.stale.neverSince', { date: shortDate(m.silentSince, locale) }) : tr('overview.stale.never');
}
