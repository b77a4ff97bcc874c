import { randomBytes } from 'node:crypto';
import { namedAnswerSavedCard } from '../../cards/named-message-card.js';
import { namedReportCard, namedReportReceivedCard } from '../../cards/named-report-card.js';
import { reportOptionsCard } from '../../cards/report-options-card.js';
import { verbs } from '../../cards/verbs.js';
import { localDate } from '../../src/calendar/zoned-time.js';
import { formLinkQr } from '../../src/reports/form-link-qr.js';
import { answerAsNamedReporter } from '../../src/reports/named-reporter.js';
import { ReportError } from '../../src/reports/report-errors.js';
import { parseReportDraft } from '../../src/reports/report-input.js';
import { submitNamedReport } from '../../src/reports/submit-report.js';
import { formatMonth, recentMonths } from '../../src/i18n/date-format.js';
import { replyWithCard } from '../reply.js';
import { isSharedConversation } from '../selectors.js';
import { rememberContact } from './contact.js';
import type { CardActionHandler, CommandHandler, TurnEnv } from './route-types.js';

function formUrl(env: TurnEnv): string {
  return `${env.app.config.server.publicUrl}/anmalan`;
}

/**
 * "anmäl" / "rapportera påverkan": the card with the ways to report. This
 * command is anonymous (chat/commands.ts): the message route neither stores
 * nor logs who asked, and nothing here does either.
 */
export const showReportOptions: CommandHandler = async (env) => {
  const url = formUrl(env);
  const card = reportOptionsCard({ formUrl: url, qrDataUri: await formLinkQr(url), inSharedConversation: isSharedConversation(env.turn.activity) }, env.locale);
  await replyWithCard(env.turn, card);
};

function namedCard(env: TurnEnv, extra: { values?: Record<string, string>; errors?: readonly string[] } = {}) {
  const today = localDate(env.app.clock.now(), env.app.config.timeZone);
  return namedReportCard(
    {
      units: env.app.config.reports.units,
      months: recentMonths(today, 24).map((m) => ({ value: m, label: formatMonth(m, env.locale) })),
      submissionKey: randomBytes(12).toString('base64url'),
      formUrl: formUrl(env),
      ...extra,
    },
    env.locale,
  );
}

/** "Gör en namngiven anmälan": the card with the report's fields, in the personal chat only. */
export const startNamedReport: CardActionHandler = async (env) => {
  if (isSharedConversation(env.turn.activity)) throw new ReportError('personal_chat_only', 'Named reports only in a personal chat');
  return namedCard(env);
};

function stringValues(data: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'verb' && e[0] !== 'submissionKey'));
}

/**
 * The named report is sent: validated like the form, stored with the person
 * on purpose, and answered with its reference. A refusal gives the card back
 * with what was typed and what to fix.
 */
export const submitNamedReportAction: CardActionHandler = async (env, data) => {
  if (isSharedConversation(env.turn.activity)) throw new ReportError('personal_chat_only', 'Named reports only in a personal chat');
  const { person } = await rememberContact(env);
  if (!person) throw new ReportError('not_reporter', 'Unknown sender');
  const today = localDate(env.app.clock.now(), env.app.config.timeZone);
  try {
    const draft = parseReportDraft(data, env.app.config.reports.units, today);
    const submissionKey = typeof data.submissionKey === 'string' ? data.submissionKey : randomBytes(12).toString('base64url');
    const { reference } = await submitNamedReport(env.app.reports().deps, { draft, reporterPersonId: person.id, submissionKey });
    return namedReportReceivedCard({ reference }, env.locale);
  } catch (error) {
    if (error instanceof ReportError && error.code === 'report_invalid') return namedCard(env, { values: stringValues(data), errors: error.fields });
    throw error;
  }
};

/** A named reporter answers a handler's message from the card in their chat. */
export const answerNamedReport: CardActionHandler = async (env, data) => {
  const { person } = await rememberContact(env);
  if (!person) throw new ReportError('not_reporter', 'Unknown sender');
  const submissionKey = typeof data.submissionKey === 'string' ? data.submissionKey : randomBytes(12).toString('base64url');
  const { reference } = await answerAsNamedReporter(env.app.reports().deps, { reportId: data.reportId, personId: person.id, text: data.text, submissionKey });
  return namedAnswerSavedCard({ reference }, env.locale);
};

export const reportCommands = { 'report-influence': showReportOptions };
export const reportActions = {
  [verbs.reportNamedStart]: startNamedReport,
  [verbs.reportNamedSubmit]: submitNamedReportAction,
  [verbs.reportNamedAnswer]: answerNamedReport,
};
