import { hasMessage, translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';

/** A friendly card for a failure: the message for the error's code, never a stack trace. */
export function errorCard(view: { code?: string; reference?: string }, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const key = view.code ? `error.${view.code}` : undefined;
  const message = key && hasMessage(key) ? tr(key) : tr('error.generic');
  return adaptiveCard(
    [
      heading(tr('error.title'), { size: 'Medium', color: 'Attention' }),
      textBlock(message),
      ...(view.reference ? [textBlock(tr('error.reference', { reference: view.reference }), { isSubtle: true, size: 'Small' })] : []),
    ],
    [],
    { fallbackText: message },
  );
}
