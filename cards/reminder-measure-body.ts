import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { OwnerReason, OwnerReminderItem } from '../src/reminders/reminder-views.js';
import { executeAction, factSet, textBlock, type CardElement } from './adaptive-card.js';
import { deadlineLabel, dueLabel, latestStatusText, shorten } from './reminder-formatting.js';
import { verbs } from './verbs.js';
import { skipUnknown } from '../src/exhaustive.js';

/**
 * What a reminder shows for one measure. The status feature's card body can
 * replace the default (see `createReminderRenderer` in reminder-messages.ts):
 * it gets the measure and returns the elements to show for it.
 */
export type MeasureBodyBuilder = (item: OwnerReminderItem, context: { today: string; locale: Locale }) => CardElement[];

function reasonText(reason: OwnerReason, locale: Locale): string | undefined {
  const tr = translator(locale);
  switch (reason.kind) {
    case 'start':
      return tr('reminders.reason.start');
    case 'round':
      return tr('reminders.reason.round', { followUp: reason.followUpText });
    case 'round_nudge':
      return tr('reminders.reason.roundNudge', { followUp: reason.followUpText });
    case 'snooze':
      return tr('reminders.reason.snooze');
    case 'revision':
      switch (reason.change) {
        case 'added':
          return tr('reminders.reason.added');
        case 'removed':
          return tr('reminders.reason.removed');
        case 'deadline_moved':
          return tr('reminders.reason.deadlineMoved', { before: reason.before ?? '–', after: reason.after ?? '–' });
        case 'owner_added':
          return tr('reminders.reason.ownerAdded', { units: reason.after ?? '–' });
        case 'owner_removed':
          return tr('reminders.reason.ownerRemoved', { units: reason.before ?? '–' });
        default:
          return skipUnknown(reason.change);
      }
    case 'deadline':
      return undefined; // the deadline line says it
    default:
      return skipUnknown(reason);
  }
}

/** The reasons a measure is in this reminder, as sentences (the deadline line is separate). */
export function reasonLines(item: OwnerReminderItem, locale: Locale): string[] {
  return item.reasons.map((r) => reasonText(r, locale)).filter((t): t is string => t !== undefined);
}

/**
 * The default body until the status card lands: code and title, plan,
 * deadline as written and as a date, where it stands, the latest status, why
 * it is in this reminder, and a "Rapportera status" button (verb status.open).
 */
export const defaultMeasureBody: MeasureBodyBuilder = (item, { today, locale }) => {
  const tr = translator(locale);
  const overdue = item.dueDate !== null && item.dueDate < today;
  const body: CardElement[] = [
    textBlock(`**${item.code}** ${shorten(item.title, 300)}`, { size: 'Medium', weight: 'Bolder' }),
    ...reasonLines(item, locale).map((line) => textBlock(line, item.removed ? { color: 'Attention' } : {})),
  ];
  if (!item.removed) {
    body.push(
      factSet([
        [tr('reminders.card.plan'), shorten(item.planName, 120)],
        [tr('reminders.card.deadline'), deadlineLabel(item.deadlineText, item.dueDate, locale, tr)],
        [tr('reminders.card.latestStatus'), latestStatusText(item.latestStatus, tr)],
      ]),
      textBlock(dueLabel(item.dueDate, today, tr), { weight: 'Bolder', color: overdue ? 'Attention' : item.dueDate === today ? 'Warning' : 'Default', spacing: 'Small' }),
      { type: 'ActionSet', actions: [executeAction(tr('reminders.action.reportStatus'), verbs.statusOpen, { measureId: item.measureId }, { style: 'positive' })] },
    );
  }
  return body;
};
