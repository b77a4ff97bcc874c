import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StatusHistory } from '../src/status/status-history.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { literalText } from './literal-text.js';
import { measureTitle, statusEntryBlock } from './measure-sections.js';
import { deadlineText } from './status-format.js';
import { statusLabel } from '../src/status/status-label.js';
import { plainAction } from './status-form.js';
import { compactLimits, roomyLimits, type TextLimits } from './text-limits.js';
import { verbs } from './verbs.js';

/** Ten entries must fit: comments are shortened more than on the status card. */
const historyLimits: TextLimits = { ...roomyLimits, comment: 400, indicatorValue: compactLimits.indicatorValue };

/**
 * A measure's status history, newest first: status, comment, forecast,
 * indicator values, who and when (in the organisation's zone). Long
 * comments are shortened so the card stays within Teams' size limit.
 */
export function statusHistoryCard(history: StatusHistory, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const { view, entries, total } = history;
  const title = tr('status.history.title', { code: view.measure.code });
  const body: CardElement[] = [
    heading(title, { size: 'Medium' }),
    measureTitle(view.measure, 'Medium'),
    literalText(`${tr('status.fact.deadline')}: ${deadlineText(tr, view.measure, locale)}`, { isSubtle: true }, { spacing: 'None' }),
  ];
  if (entries.length === 0) body.push(textBlock(tr('status.history.empty'), { isSubtle: true }));
  for (const entry of entries) {
    const change =
      entry.previousStatus === null
        ? tr('status.history.first')
        : entry.previousStatus !== entry.status
          ? tr('status.history.changedFrom', { previous: statusLabel(tr, entry.previousStatus) })
          : undefined;
    const [headline, ...rest] = statusEntryBlock(entry, tr, view.timeZone, locale, { limits: historyLimits });
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [headline!, ...(change ? [literalText(`(${change})`, { isSubtle: true, size: 'Small' }, { spacing: 'None' })] : []), ...rest],
    });
  }
  if (total > entries.length) body.push(textBlock(tr('status.history.showing', { shown: entries.length, total }), { isSubtle: true, size: 'Small' }));
  return adaptiveCard(
    body,
    [
      ...(view.viewer.canRecord ? [plainAction(tr('status.action.report'), verbs.statusOpen, { measureId: view.measure.id })] : []),
      plainAction(tr('status.action.myMeasures'), verbs.myMeasures, { page: 0 }),
    ],
    { fallbackText: title },
  );
}
