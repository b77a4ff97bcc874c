import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { NewActivityView, ReminderView } from '../src/reports/notifications/report-renderer.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';

function categoriesText(categories: readonly string[], tr: ReturnType<typeof translator>): string {
  return categories.map((c) => tr(`report.category.${c}` as 'report.category.other').toLowerCase()).join(', ');
}

/** The one-line summary of a batch, for the card title and the chat list. */
export function newActivityTitle(view: NewActivityView, locale: Locale): string {
  const tr = translator(locale);
  if (view.newReports.length === 1) return tr('notify.newReport', { categories: categoriesText(view.newReports[0]!.categories, tr) });
  if (view.newReports.length > 1) return tr('notify.newReports', { count: view.newReports.length });
  return view.audience === 'channel' ? tr('notify.channelAnswers', { count: view.answeredCases.length }) : tr('notify.answers', { references: view.answeredCases.map((a) => a.reference).join(', ') });
}

/**
 * A batch notification for handlers: new cases by reference and category,
 * cases with new answers — never any content. A channel gets counts only.
 */
export function newActivityCard(view: NewActivityView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = newActivityTitle(view, locale);
  const lines: CardElement[] = [];
  if (view.newReports.length > 0 && view.audience === 'handler') {
    lines.push(textBlock(view.newReports.map((r) => `- ${tr('notify.reportLine', { reference: r.reference, categories: categoriesText(r.categories, tr) })}`).join('\n')));
  }
  if (view.answeredCases.length > 0 && view.newReports.length > 0) {
    lines.push(
      textBlock(
        view.audience === 'channel'
          ? tr('notify.channelAnswers', { count: view.answeredCases.length })
          : tr('notify.answers', { references: view.answeredCases.map((a) => a.reference).join(', ') }),
      ),
    );
  }
  return adaptiveCard(
    [textBlock(tr('notify.title'), { isSubtle: true, size: 'Small' }), heading(title, { size: 'Medium' }), ...lines, textBlock(tr('notify.noContent'), { isSubtle: true, size: 'Small' })],
    [{ type: 'Action.OpenUrl', title: tr('notify.open'), url: view.caseViewUrl }],
    { fallbackText: title },
  );
}

/** A deadline reminder, an escalation of a missed deadline, or a purge warning. */
export function reminderCard(view: ReminderView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const date = view.date;
  const title = tr(`reminder.${view.kind}.title`, { reference: view.reference, date });
  const overdue = view.kind.endsWith('_overdue');
  return adaptiveCard(
    [
      textBlock(tr('notify.title'), { isSubtle: true, size: 'Small' }),
      heading(title, { size: 'Medium', ...(overdue ? { color: 'Attention' } : {}) }),
      textBlock(tr(`reminder.${view.kind}.body`)),
    ],
    [{ type: 'Action.OpenUrl', title: tr('notify.open'), url: view.caseViewUrl }],
    { fallbackText: title },
  );
}
