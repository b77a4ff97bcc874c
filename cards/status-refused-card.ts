import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MeasureSummary } from '../src/status/measure-summary.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { measureTitle } from './measure-sections.js';
import { clip } from './literal-text.js';
import { plainAction } from './status-form.js';
import { verbs } from './verbs.js';

/**
 * The polite refusal for someone who may not report a measure's status:
 * who may, that nothing was saved, and whom to ask. Readers of the plan
 * keep a way to its history; nothing else about the measure is shown.
 */
export function statusRefusedCard(measure: MeasureSummary, locale: Locale, options: { canRead: boolean }): AdaptiveCard {
  const tr = translator(locale);
  const units = measure.ownerUnits.length > 0 ? measure.ownerUnits.join(', ') : measure.responsibleText;
  const title = tr('status.refused.title', { code: measure.code });
  return adaptiveCard(
    [
      heading(title, { size: 'Medium', color: 'Attention' }),
      measureTitle(measure, 'Medium'),
      textBlock(tr('status.refused.body', { units: clip(units, 300) })),
      textBlock(tr('status.refused.hint'), { isSubtle: true }),
      ...(options.canRead ? [textBlock(tr('status.refused.reader'), { isSubtle: true })] : []),
    ],
    options.canRead ? [plainAction(tr('status.action.history'), verbs.statusHistory, { measureId: measure.id })] : [],
    { fallbackText: title },
  );
}
