import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { OwnerReminderView } from '../src/reminders/reminder-views.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { defaultMeasureBody, reasonLines, type MeasureBodyBuilder } from './reminder-measure-body.js';
import { dueLabel, shorten } from './reminder-formatting.js';
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
  return adaptiveCard(body, snoozeAction(view, locale), { fallbackText: title });
}

/**
 * The reminder's own sentence for one measure, to stand above the status
 * form when the reminder is the form: the greeting, why it comes now and
 * where the deadline stands ("Hej Bertil! Klar senast om 7 dagar.").
 */
export function reminderIntro(view: OwnerReminderView, locale: Locale): string {
  const tr = translator(locale);
  const item = view.items[0]!;
  const firstName = view.recipientName?.trim().split(/\s+/)[0];
  const greeting = firstName ? tr('reminders.card.greeting', { name: firstName }) : tr('reminders.card.greetingNoName');
  return [greeting, ...reasonLines(item, locale), dueLabel(item.dueDate, view.today, tr)].join(' ');
}

/** The snooze button of a reminder, for cards that carry it (the plain reminder and the status form). */
export function snoozeAction(view: OwnerReminderView, locale: Locale): CardAction[] {
  const tr = translator(locale);
  const snoozable = view.items.filter((i) => !i.removed).map((i) => i.measureId);
  const title = view.snoozeDays === 7 ? tr('reminders.action.snoozeWeek') : tr('reminders.action.snoozeDays', { days: view.snoozeDays });
  return snoozable.length > 0 ? [executeAction(title, verbs.snoozeReminder, { measureIds: snoozable })] : [];
}
