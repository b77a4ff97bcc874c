import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StatusCardView } from '../src/status/status-card-view.js';
import type { StatusEntry } from '../src/status/status-entry.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { literalText } from './literal-text.js';
import { measureTitle, statusEntryBlock } from './measure-sections.js';
import { deadlineText, whenText } from './status-format.js';
import { statusLabel } from '../src/status/status-label.js';
import { plainAction, secondaryActions, statusRefresh } from './status-form.js';
import { verbs } from './verbs.js';

/**
 * recorded: just saved. duplicate: a retried or replayed submit of what was
 * already saved. kept: the owner chose to keep the current status.
 * current: the status as it stands (refresh, read-only viewers).
 */
export type ReceiptVariant = 'recorded' | 'duplicate' | 'kept' | 'current';

/**
 * The read-only card that replaces the form after a submit ("Tack! Status
 * för 2.3 registrerad …"), with "Ändra" for a correction (a new history
 * row). Also shows a measure's current status without a form.
 */
export function statusReceiptCard(
  view: StatusCardView,
  locale: Locale,
  options: { entry: StatusEntry | null; variant: ReceiptVariant; notice?: string },
): AdaptiveCard {
  const tr = translator(locale);
  const { entry, variant } = options;
  const code = view.measure.code;
  const title = variant === 'recorded' || variant === 'duplicate' ? tr('status.receipt.title', { code }) : tr('status.current.title', { code });
  const body: CardElement[] = [heading(title, { size: 'Medium', color: variant === 'recorded' || variant === 'duplicate' ? 'Good' : 'Default' })];
  if (options.notice) body.push(textBlock(options.notice, { color: 'Accent' }));
  if (variant === 'duplicate') body.push(textBlock(tr('status.receipt.duplicate'), { isSubtle: true }));
  if (variant === 'kept') body.push(textBlock(tr('status.current.kept'), { isSubtle: true }));
  if (variant === 'current' && !view.viewer.canRecord) body.push(textBlock(tr('status.current.readOnly'), { isSubtle: true }));
  body.push(measureTitle(view.measure, 'Medium'));
  body.push(literalText(`${tr('status.fact.deadline')}: ${deadlineText(tr, view.measure, locale)}`, { isSubtle: true }, { spacing: 'None' }));
  body.push(...(entry ? statusEntryBlock(entry, tr, view.timeZone, locale) : [literalText(tr('status.none'), { isSubtle: true })]));
  const latest = view.latest;
  if (entry && latest && latest.seq > entry.seq) {
    body.push(
      textBlock(
        tr('status.receipt.newer', { name: latest.recordedByName, status: statusLabel(tr, latest.status), when: whenText(latest.recordedAt, view.timeZone, locale) }),
        { color: 'Warning', spacing: 'Medium' },
      ),
    );
  }
  const actions: CardAction[] = [
    ...(view.viewer.canRecord ? [plainAction(tr('status.action.edit'), verbs.statusEdit, { measureId: view.measure.id })] : []),
    ...(view.viewer.canRead ? secondaryActions(tr, view.measure.id) : []),
  ];
  return adaptiveCard(body, actions, {
    refresh: statusRefresh({ measureId: view.measure.id, basedOnSeq: entry?.seq ?? 0, view: 'receipt', variant }, view.viewer.teamsUserId),
    fallbackText: title,
  });
}
