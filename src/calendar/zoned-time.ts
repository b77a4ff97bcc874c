import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './iso-date.js';

// Building an Intl.DateTimeFormat costs far more than using one; reminders ask thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "Which day is it" in a zone. Every decision about days (due, overdue,
 * working day) uses the municipality's or the recipient's zone, never UTC.
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const parts = formatter(`date|${timeZone}`, 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Minutes after local midnight of `instant` in `timeZone`. */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = formatter(`minutes|${timeZone}`, 'en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return get('hour') * 60 + get('minute');
}

/** The UTC instant of a local wall-clock time ("08:30" or "08:30:15" on a date) in a zone, DST-aware. */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, timeZone).getTime());
}

/** Formats an instant for people, in their zone and language (e.g. "23 nov. 2026 09:15"). */
export function formatLocalDateTime(instant: Date, timeZone: string, locale: 'sv' | 'en'): string {
  return formatter(`datetime|${timeZone}|${locale}`, locale === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

/** Formats a calendar date for people ("31 oktober 2024"). */
export function formatDate(date: IsoDate, locale: 'sv' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatter(`longdate|${locale}`, locale === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
