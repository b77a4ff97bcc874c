import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { OwnerReminderView } from '../src/reminders/reminder-views.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { defaultMeasureBody, type MeasureBodyBuilder } from './reminder-measure-body.js';
import { shorten } from './reminder-formatting.js';
import { verbs } from './verbs.js';

/** Options of the owner reminder card; `measureBody` is where the status card plugs in. */
export interface ReminderCardOptions {
  measureBody?: MeasureBodyBuilder;
}

/**
 * An owner's reminder: every measure due for them now in one card, each with
 * its own "Rapportera status", and one "Påminn mig om en vecka" that snoozes
 * them all.
 */
export function reminderCard(view: OwnerReminderView, locale: Locale, options: ReminderCardOptions = {}): AdaptiveCard {
  const tr = translator(locale);
  const buildBody = options.measureBody ?? defaultMeasureBody;
  const first = view.items[0]!;
  const title = view.items.length === 1 ? tr('reminders.card.titleOne', { code: first.code, title: shorten(first.title, 80) }) : tr('reminders.card.titleMany', { count: view.items.length });
  const firstName = view.recipientName?.trim().split(/\s+/)[0];
  const body: CardElement[] = [
    heading(title, { size: 'Medium' }),
    textBlock(firstName ? tr('reminders.card.greeting', { name: firstName }) : tr('reminders.card.greetingNoName'), { isSubtle: true, spacing: 'Small' }),
  ];
  for (const item of view.items) {
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: buildBody(item, { today: view.today, locale }) });
  }
  const snoozable = view.items.filter((i) => !i.removed).map((i) => i.measureId);
  const snoozeTitle = view.snoozeDays === 7 ? tr('reminders.action.snoozeWeek') : tr('reminders.action.snoozeDays', { days: view.snoozeDays });
  const actions = snoozable.length > 0 ? [executeAction(snoozeTitle, verbs.snoozeReminder, { measureIds: snoozable })] : [];
  return adaptiveCard(body, actions, { fallbackText: title });
}
