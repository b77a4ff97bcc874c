import type { Locale } from '../../i18n/locale.js';
import type { OutgoingMessage } from '../../ports/messenger.js';
import type { ReportCategory } from '../categories.js';
import type { CaseReminderKind } from '../deadlines.js';

/** A batch of news for handlers: new cases (reference and categories only) and cases with new answers. */
export interface NewActivityView {
  newReports: Array<{ reference: string; categories: ReportCategory[] }>;
  answeredCases: Array<{ reference: string }>;
  caseViewUrl: string;
  /** A channel sees counts only, not references. */
  audience: 'handler' | 'channel';
}

/** A deadline reminder, an escalation or a purge warning for one case. */
export interface ReminderView {
  kind: CaseReminderKind;
  reference: string;
  /** The deadline or purge day it is about. */
  date: string;
  caseViewUrl: string;
}

/** A handler's message to a named reporter, delivered in their chat. */
export interface NamedMessageView {
  reportId: string;
  reference: string;
  kind: 'acknowledgement' | 'message' | 'feedback';
  text: string;
  closed: boolean;
}

/**
 * Turns report notifications into messages; bot/ passes card builders, so
 * the use cases here stay free of Teams and card JSON.
 */
export interface ReportRenderer {
  newActivity(view: NewActivityView, locale: Locale): OutgoingMessage;
  reminder(view: ReminderView, locale: Locale): OutgoingMessage;
  namedMessage(view: NamedMessageView, locale: Locale): OutgoingMessage;
}
