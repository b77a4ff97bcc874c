import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { reminderIntro, snoozeAction } from '../cards/reminder-card.js';
import { createReminderRenderer } from '../cards/reminder-messages.js';
import type { ReminderRenderer } from '../src/reminders/reminder-views.js';
import type { AppServices } from '../app/app-services.js';
import { statusCardFor } from './status/status-card-for.js';

/**
 * Renders reminders so the card in the reminder is the status form: a
 * reminder about one measure carries the form itself (with the reminder's
 * sentence above it and "Påminn mig om en vecka" below); a reminder about
 * several lists them, each with a "Rapportera status" that opens the form in
 * place. When the form cannot be built (the person no longer owns the
 * measure, it was removed) the plain reminder is sent and the dispatcher's
 * own checks decide.
 */
export function statusReminderRenderer(app: Pick<AppServices, 'db' | 'clock' | 'config' | 'logger'>): ReminderRenderer {
  const plain = createReminderRenderer();
  return {
    async ownerMessage(view, locale) {
      const base = plain.ownerMessage(view, locale);
      const item = view.items[0];
      if (view.items.length !== 1 || !item || item.removed) return base;
      try {
        const prepared = await statusCardFor(app, { measureId: item.measureId, personId: view.recipientId, locale, intro: reminderIntro(view, locale) });
        if (!prepared.canRecord) return base;
        const card: AdaptiveCard = { ...prepared.card, actions: [...(prepared.card.actions ?? []), ...snoozeAction(view, locale)] };
        return { ...base, card: card as unknown as Record<string, unknown> };
      } catch {
        app.logger.warn({ code: 'reminder_status_card_failed' }, 'sent the plain reminder instead of the status form');
        return base;
      }
    },
    coordinatorMessage: (views, locale) => plain.coordinatorMessage(views, locale),
    // One message with both parts: the list (not the form, whose refresh would replace the digest).
    ownerWithDigestMessage: (view, digests, locale) => plain.ownerWithDigestMessage(view, digests, locale),
  };
}
