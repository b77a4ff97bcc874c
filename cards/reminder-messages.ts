import { translator } from '../src/i18n/catalogue.js';
import type { OutgoingMessage } from '../src/ports/messenger.js';
import type { ReminderRenderer } from '../src/reminders/reminder-views.js';
import { coordinatorDigestCard } from './coordinator-digest-card.js';
import { reminderCard, type ReminderCardOptions } from './reminder-card.js';
import { dueLabel, shorten } from './reminder-formatting.js';

/**
 * The renderer the dispatcher uses: reminder views to Teams messages with a
 * notification summary. To show the real status card inside reminders, pass
 * its per-measure body here: `createReminderRenderer({ measureBody })`
 * (wired in bot/reminder-worker.ts and cli/commands/reminders-run.ts).
 */
export function createReminderRenderer(options: ReminderCardOptions = {}): ReminderRenderer {
  return {
    ownerMessage(view, locale): OutgoingMessage {
      const tr = translator(locale);
      const first = view.items[0]!;
      const summary =
        view.items.length === 1
          ? tr('reminders.summary.one', { code: first.code, title: shorten(first.title, 60), when: dueLabel(first.dueDate, view.today, tr) })
          : tr('reminders.summary.many', { count: view.items.length });
      return { card: reminderCard(view, locale, options) as unknown as Record<string, unknown>, summary };
    },
    coordinatorMessage(view, locale): OutgoingMessage {
      const tr = translator(locale);
      return { card: coordinatorDigestCard(view, locale) as unknown as Record<string, unknown>, summary: tr('reminders.digest.summary', { plan: shorten(view.planName, 80) }) };
    },
  };
}
