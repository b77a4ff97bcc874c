import { formatDate } from '../src/calendar/zoned-time.js';
import type { IsoDate } from '../src/calendar/iso-date.js';
import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MeasureRef } from '../src/reminders/reminder-views.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { shorten } from './reminder-formatting.js';

/** What a snooze did: until when, and which measures; replaces the reminder card in place. */
export interface SnoozeConfirmationView {
  until: IsoDate;
  measures: MeasureRef[];
}

/** "Jag påminner dig igen 30 november 2026" with the measures it covers. */
export function snoozeConfirmationCard(view: SnoozeConfirmationView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('reminders.snoozed.title', { date: formatDate(view.until, locale) });
  if (view.measures.length === 0) return adaptiveCard([heading(tr('reminders.snoozed.none'), { size: 'Medium' })], [], { fallbackText: tr('reminders.snoozed.none') });
  return adaptiveCard(
    [
      heading(title, { size: 'Medium' }),
      textBlock(tr('reminders.snoozed.body')),
      textBlock(view.measures.map((m) => `- **${m.code}** ${shorten(m.title, 120)}`).join('\n')),
    ],
    [],
    { fallbackText: title },
  );
}
