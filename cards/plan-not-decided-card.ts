import { formatDate } from '../src/calendar/zoned-time.js';
import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';

/** The facts of "not yet decided": the day asked about, and when the plan was decided and valid from, when known. */
export interface NotDecidedView {
  date: string;
  decidedOn?: string;
  validFrom?: string;
  /** Asked with "rapport": the hint suggests "rapport per …". */
  about?: 'overview' | 'report';
}

/**
 * A calm answer to "status per 2025-03-01" for a plan that did not exist
 * yet: not an error, just what was asked for is before the plan.
 */
export function planNotDecidedCard(view: NotDecidedView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('overview.notDecided.title', { date: formatDate(view.date, locale) });
  const facts = [
    view.decidedOn ? tr('overview.notDecided.decided', { date: formatDate(view.decidedOn, locale) }) : '',
    view.validFrom ? tr('overview.notDecided.validFrom', { date: formatDate(view.validFrom, locale) }) : '',
  ].filter(Boolean);
  return adaptiveCard(
    [heading(title, { size: 'Medium' }), ...(facts.length > 0 ? [textBlock(facts.join(' '))] : []), textBlock(tr(view.about === 'report' ? 'overview.notDecided.hintReport' : 'overview.notDecided.hint'), { isSubtle: true })],
    [],
    { fallbackText: title },
  );
}
