import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { plainAction } from './status-form.js';
import { verbs } from './verbs.js';

/**
 * The polite refusal for someone who may not report a measure's status:
 * that nothing was saved and whom to ask. It names nothing about the
 * measure (no code, title or owners): whoever is refused learns nothing
 * they could not already see. Readers of the plan keep a way to its history.
 */
export function statusRefusedCard(measure: { id: string }, locale: Locale, options: { canRead: boolean }): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('status.refused.title');
  return adaptiveCard(
    [
      heading(title, { size: 'Medium', color: 'Attention' }),
      textBlock(tr('status.refused.body')),
      textBlock(tr('status.refused.hint'), { isSubtle: true }),
      ...(options.canRead ? [textBlock(tr('status.refused.reader'), { isSubtle: true })] : []),
    ],
    options.canRead ? [plainAction(tr('status.action.history'), verbs.statusHistory, { measureId: measure.id })] : [],
    { fallbackText: title },
  );
}
