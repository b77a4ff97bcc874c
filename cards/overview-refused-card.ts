import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';

/**
 * The polite refusal for someone who reads no plan. It names no plan and no
 * number, so it is safe to show in a channel.
 */
export function overviewRefusedCard(locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  return adaptiveCard([heading(tr('overview.refused.title'), { size: 'Medium' }), textBlock(tr('overview.refused.body'))], [], {
    fallbackText: tr('overview.refused.title'),
  });
}
