import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** What the "anmäl" card shows. */
export interface ReportOptionsView {
  formUrl: string;
  /** The form's address as a QR code (PNG data URI), for a private phone. */
  qrDataUri: string;
  /** In a channel or group chat a named report is not offered (others would see the card). */
  inSharedConversation: boolean;
}

/**
 * The answer to "anmäl": the two ways to report. Anonymous through the form
 * (a link that opens in the browser, and a QR code for a private phone),
 * or named and confidential right here. The card carries nothing about who
 * asked, and the receipt code never travels in chat.
 */
export function reportOptionsCard(view: ReportOptionsView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const anonymous: CardElement[] = [
    textBlock(tr('reportCard.anonymous.title'), { weight: 'Bolder', size: 'Medium', spacing: 'Medium' }),
    textBlock(tr('reportCard.anonymous.body')),
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'Image', url: view.qrDataUri, altText: tr('reportCard.qrAlt'), width: '140px' }] },
        { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(tr('reportCard.qr'), { isSubtle: true })] },
      ],
    },
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: tr('reportCard.anonymous.open'), url: view.formUrl, style: 'positive' }] },
  ];
  const named: CardElement[] = [
    textBlock(tr('reportCard.named.title'), { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true }),
    textBlock(tr('reportCard.named.body')),
    view.inSharedConversation
      ? textBlock(tr('reportCard.named.sharedOnly'), { isSubtle: true })
      : { type: 'ActionSet', actions: [executeAction(tr('reportCard.named.start'), verbs.reportNamedStart)] },
  ];
  return adaptiveCard(
    [
      heading(tr('reportCard.title')),
      textBlock(tr('reportCard.intro')),
      textBlock(tr('reportCard.emergency'), { weight: 'Bolder', color: 'Attention' }),
      ...anonymous,
      ...named,
      textBlock(tr('reportCard.chatNote'), { isSubtle: true, size: 'Small', spacing: 'Large' }),
    ],
    [],
    { fallbackText: `${tr('reportCard.title')}: ${view.formUrl}` },
  );
}
