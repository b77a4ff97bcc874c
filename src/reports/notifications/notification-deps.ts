import type { Locale } from '../../i18n/locale.js';
import type { Messenger, SendResult } from '../../ports/messenger.js';
import type { ReportDeps } from '../report-deps.js';
import type { ReportRenderer } from './report-renderer.js';

/** What notifying handlers needs on top of the report deps. */
export interface NotificationDeps extends ReportDeps {
  messenger: Messenger;
  render: ReportRenderer;
  /** The organisation's language, for people whose own is unknown. */
  locale: Locale;
  /** Whether a person's Teams locale is trusted (false under the Agents Playground, which always says en-US). */
  followTeamsLocale: boolean;
  /** Where handlers open cases (the case view). */
  caseViewUrl: string;
}

/** What one round of sending did, in counts only (for the log). */
export interface SendTally {
  sent: number;
  failed: number;
  unreachable: number;
}

/** Adds one send's result to a tally. */
export function tally(into: SendTally, result: SendResult): void {
  if (result.ok) into.sent += 1;
  else if (result.kind === 'unreachable') into.unreachable += 1;
  else into.failed += 1;
}

export function emptyTally(): SendTally {
  return { sent: 0, failed: 0, unreachable: 0 };
}
