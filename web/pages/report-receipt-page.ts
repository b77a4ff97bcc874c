import { translator, type MessageKey } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import { formatReceiptCode } from '../../src/reports/crypto/receipt-code.js';
import { html } from './html.js';
import { pageLayout } from './page-layout.js';

/**
 * The one and only time a receipt code is shown: in the answer to the post
 * that made the report (never cached, never sent anywhere else).
 */
export function reportReceiptPage(view: { locale: Locale; receiptCode: string; release?: 'batch' | 'immediate' }): string {
  const tr = translator(view.locale);
  const code = formatReceiptCode(view.receiptCode);
  const body = html`<header class="top"><span class="brand">${tr('app.name')}</span></header>
<h1>${tr('receipt.title')}</h1>
<section class="card">
<h2>${tr('receipt.codeLabel')}</h2>
<div class="code-box"><div class="code" id="receipt-code">${code}</div>
<div class="actions center"><button type="button" class="secondary hidden" id="copy-code" data-code="${code}" data-copied="${tr('receipt.copied')}">${tr('receipt.copy')}</button></div></div>
<p><strong>${tr('receipt.saveCode')}</strong></p>
<p>${tr('receipt.howToSave')}</p>
</section>
<section class="card"><p>${tr(view.release === 'immediate' ? 'receipt.nextLocal' : 'receipt.next')}</p>
<div class="actions"><a class="button secondary" href="/anmalan/inkorg?lang=${view.locale}">${tr('receipt.toInbox')}</a></div></section>
<footer class="page-footer">${tr('form.privacyFooter')}</footer>`;
  return pageLayout({ locale: view.locale, title: tr('receipt.title'), body, scripts: [{ src: '/anmalan/formular.js' }] });
}

/** A short page for a refusal that has nothing to re-show (already sent, too large). */
export function reportNoticePage(view: { locale: Locale; title: MessageKey; message: MessageKey; back?: string }): string {
  const tr = translator(view.locale);
  const body = html`<header class="top"><span class="brand">${tr('app.name')}</span></header>
<h1>${tr(view.title)}</h1>
<div class="errors" role="alert"><p>${tr(view.message)}</p></div>
<div class="actions"><a class="button secondary" href="${view.back ?? `/anmalan?lang=${view.locale}`}">${tr('form.back')}</a></div>`;
  return pageLayout({ locale: view.locale, title: tr(view.title), body });
}
