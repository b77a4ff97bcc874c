import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './iso-date.js';

/**
 * "Which day is it" in a zone. Every decision about days (due, overdue,
 * working day) uses the municipality's or the recipient's zone, never UTC.
 */
// Building an Intl.DateTimeFormat costs far more than using one; reports format thousands of instants.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function localDate(instant: Date, timeZone: string): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Minutes after local midnight of `instant` in `timeZone`. */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return get('hour') * 60 + get('minute');
}

/** The UTC instant of a local wall-clock time ("08:30" on a date) in a zone, DST-aware. */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** Formats an instant for people, in their zone and language (e.g. "23 nov. 2026 09:15"). */
export function formatLocalDateTime(instant: Date, timeZone: string, locale: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

const longDates = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** Formats a calendar date for people ("31 oktober 2024"). */
export function formatDate(date: IsoDate, locale: 'sv' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return longDates[locale].format(new Date(Date.UTC(y, m - 1, d)));
}
