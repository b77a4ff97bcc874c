import { randomBytes } from 'node:crypto';
import { namedMessageCard } from '../cards/named-message-card.js';
import { newActivityCard, newActivityTitle, reminderCard } from '../cards/report-notification-card.js';
import { t } from '../src/i18n/catalogue.js';
import type { ReportRenderer } from '../src/reports/notifications/report-renderer.js';

/** The report notifications as Adaptive Cards, with a summary for the chat list. */
export const cardReportRenderer: ReportRenderer = {
  newActivity: (view, locale) => {
    const card = newActivityCard(view, locale);
    return { card: card as unknown as Record<string, unknown>, summary: newActivityTitle(view, locale) };
  },
  reminder: (view, locale) => ({
    card: reminderCard(view, locale) as unknown as Record<string, unknown>,
    summary: t(locale, `reminder.${view.kind}.title`, { reference: view.reference, date: view.date }),
  }),
  namedMessage: (view, locale) => ({
    card: namedMessageCard({ ...view, submissionKey: randomBytes(12).toString('base64url') }, locale) as unknown as Record<string, unknown>,
    summary: t(locale, 'namedMessage.title', { reference: view.reference }),
  }),
};
