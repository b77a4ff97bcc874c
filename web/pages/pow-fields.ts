import { translator } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { PowPurpose } from '../../src/reports/proof-of-work.js';
import { html, type Html } from './html.js';

/**
 * The proof-of-work part of a form: two hidden fields the page's script
 * fills when the reporter presses send (it fetches a challenge from
 * /anmalan/utmaning?for=…, hashes, then posts), a status line, and a
 * notice for browsers without JavaScript.
 */
export function powFields(locale: Locale, purpose: PowPurpose): Html {
  const tr = translator(locale);
  return html`<input type="hidden" name="pow" value="">
<input type="hidden" name="powNonce" value="">
<p class="hint pow-status" role="status" data-pow-status="${purpose}" data-working="${tr('form.pow.working')}" data-failed="${tr('form.pow.failed')}"></p>
<noscript><p class="field-error">${tr('form.pow.noScript')}</p></noscript>`;
}
