import { daysBetween, type IsoDate } from '../src/calendar/iso-date.js';
import { formatDate } from '../src/calendar/zoned-time.js';
import type { Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StatusValue } from '../src/status/status.js';
import { statusLabel } from '../src/status/status-label.js';

/** "Oktober 2024 (31 oktober 2024)"; just the date when the plan wrote exactly that. */
export function deadlineLabel(text: string, due: IsoDate | null, locale: Locale, tr: Translate): string {
  if (!due) return text;
  const date = formatDate(due, locale);
  return text.trim().toLowerCase() === date.toLowerCase() || text.trim() === due ? date : tr('reminders.card.deadlineValue', { text, date });
}

/** Where a deadline stands today: "7 dagar kvar", "tidsgränsen är idag", "försenad sedan 3 veckor". */
export function dueLabel(due: IsoDate | null, today: IsoDate, tr: Translate): string {
  if (!due) return tr('reminders.card.noDeadline');
  const days = daysBetween(today, due);
  if (days === 0) return tr('reminders.card.dueToday');
  if (days === 1) return tr('reminders.card.dueTomorrow');
  if (days > 1) return tr('reminders.card.dueInDays', { days });
  const late = -days;
  return late >= 14 ? tr('reminders.card.overdueWeeks', { weeks: Math.floor(late / 7) }) : tr('reminders.card.overdueDays', { days: late });
}

/** The latest reported status in words, or "ingen rapporterad ännu". */
export function latestStatusText(status: StatusValue | null, tr: Translate): string {
  return status ? statusLabel(tr, status) : tr('reminders.card.noStatus');
}

/** Shortens a title for a notification line. */
export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
