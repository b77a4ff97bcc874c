import { translator } from '../src/i18n/catalogue.js';
import type { OutgoingMessage } from '../src/ports/messenger.js';
import type { Locale } from '../src/i18n/locale.js';
import type { CoordinatorDigestView, OwnerReminderView, ReminderRenderer } from '../src/reminders/reminder-views.js';
import { coordinatorDigestCard } from './coordinator-digest-card.js';
import { reminderCard, type ReminderCardOptions } from './reminder-card.js';
import { reminderWithDigestCard } from './reminder-with-digest-card.js';
import { dueLabel, shorten } from './reminder-formatting.js';

/** A renderer that needs nothing beyond the views (and so answers at once). */
export interface PlainReminderRenderer extends ReminderRenderer {
  ownerMessage(view: OwnerReminderView, locale: Locale): OutgoingMessage;
  ownerWithDigestMessage(view: OwnerReminderView, digests: readonly CoordinatorDigestView[], locale: Locale): OutgoingMessage;
}

/**
 * Reminder views to Teams messages with a notification summary: the plain
 * reminder card (a list with "Rapportera status" per measure). The bot wraps
 * it so a reminder about one measure carries the status form itself
 * (bot/reminder-status-renderer.ts); `measureBody` replaces the per-measure part.
 */
export function createReminderRenderer(options: ReminderCardOptions = {}): PlainReminderRenderer {
  const ownerMessage = (view: OwnerReminderView, locale: Locale): OutgoingMessage => {
    const tr = translator(locale);
    const first = view.items[0]!;
    const summary =
      view.items.length === 1
        ? tr('reminders.summary.one', { code: first.code, title: shorten(first.title, 60), when: dueLabel(first.dueDate, view.today, tr) })
        : tr('reminders.summary.many', { count: view.items.length });
    const asked = view.items.filter((i) => !i.removed).map((i) => i.measureId);
    return {
      card: reminderCard(view, locale, options) as unknown as Record<string, unknown>,
      summary,
      ...(asked.length > 0 ? { asksAbout: { personId: view.recipientId, measureIds: asked } } : {}),
    };
  };
  const digestSummary = (views: readonly CoordinatorDigestView[], locale: Locale): string => {
    const tr = translator(locale);
    return views.length === 1 ? tr('reminders.digest.summary', { plan: shorten(views[0]!.planName, 80) }) : tr('reminders.digest.summaryMany', { count: views.length });
  };
  return {
    ownerMessage,
    coordinatorMessage(views, locale): OutgoingMessage {
      return { card: coordinatorDigestCard(views, locale) as unknown as Record<string, unknown>, summary: digestSummary(views, locale) };
    },
    ownerWithDigestMessage(view, digests, locale): OutgoingMessage {
      const reminder = ownerMessage(view, locale);
      return {
        ...reminder,
        card: reminderWithDigestCard(view, digests, locale, options) as unknown as Record<string, unknown>,
        summary: translator(locale)('reminders.summary.withDigest', { reminder: reminder.summary ?? '', digest: digestSummary(digests, locale) }),
      };
    },
  };
}
