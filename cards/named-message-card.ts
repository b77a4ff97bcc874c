import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { NamedMessageView } from '../src/reports/notifications/report-renderer.js';
import { maxReportText } from '../src/reports/report-input.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { verbs } from './verbs.js';

/**
 * A handler's message to a named reporter, in their chat, with a box to
 * answer (unless the case is closed). `submissionKey` makes a double click
 * one answer.
 */
export function namedMessageCard(view: NamedMessageView & { submissionKey: string }, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('namedMessage.title', { reference: view.reference });
  const body = [
    heading(title, { size: 'Medium' }),
    textBlock(tr('namedMessage.from', { kind: tr(`report.message.${view.kind}`) }), { isSubtle: true, size: 'Small' }),
    textBlock(view.text),
    ...(view.closed
      ? [textBlock(tr('namedMessage.closed'), { isSubtle: true })]
      : [{ type: 'Input.Text', id: 'text', label: tr('namedMessage.answer'), isMultiline: true, maxLength: maxReportText }]),
  ];
  const actions = view.closed ? [] : [executeAction(tr('namedMessage.send'), verbs.reportNamedAnswer, { reportId: view.reportId, submissionKey: view.submissionKey })];
  return adaptiveCard(body, actions, { fallbackText: title });
}

/** The answer was saved. */
export function namedAnswerSavedCard(view: { reference: string }, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const text = tr('namedMessage.sent', { reference: view.reference });
  return adaptiveCard([textBlock(text)], [], { fallbackText: text });
}
