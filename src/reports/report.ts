import type { IsoDate } from '../calendar/iso-date.js';
import type { CaseExclusion } from './case-exclusions.js';
import type { CaseOutcome, PoliceDecision, ReportCategory, ReportSubject } from './categories.js';

/** Anonymous (through the form) or named (through the bot, identity kept on purpose). */
export type ReportKind = 'anonymous' | 'named';

/** Where a case stands. A purged case no longer exists. */
export type CaseStatus = 'new' | 'acknowledged' | 'closed';

/** What a reporter tells, validated; the same for the form and the named card. */
export interface ReportDraft {
  categories: ReportCategory[];
  subject: ReportSubject;
  /** One of the configured units, or null ("vill inte ange"). */
  unit: string | null;
  /** 'YYYY-MM', 'earlier' or null. */
  happenedMonth: string | null;
  /** true, false or null (do not know). */
  ongoing: boolean | null;
  text: string;
  wantsContact: boolean;
}

/** A message in a case's dialogue, decrypted. */
export interface CaseMessage {
  seq: number;
  author: 'reporter' | 'handler';
  kind: 'message' | 'acknowledgement' | 'feedback';
  /** For handlers only: which handler wrote it. Never shown to the reporter. */
  handlerId: string | null;
  text: string;
  sentOn: IsoDate;
}

/** The legal deadlines of a case (visselblåsarlagen: 7 days, 3 months). */
export interface CaseDeadlines {
  acknowledgeBy: IsoDate;
  feedbackBy: IsoDate;
  /** Set once closed: the day the case will be purged. */
  purgeOn: IsoDate | null;
}

/** A case as the handlers' list shows it: no content. */
export interface CaseSummary {
  id: string;
  reference: string;
  kind: ReportKind;
  status: CaseStatus;
  categories: ReportCategory[];
  subject: ReportSubject;
  unit: string | null;
  receivedOn: IsoDate;
  acknowledgedOn: IsoDate | null;
  feedbackOn: IsoDate | null;
  closedOn: IsoDate | null;
  deadlines: CaseDeadlines;
  assignedHandlerId: string | null;
  securityChiefInformedOn: IsoDate | null;
  policeDecision: PoliceDecision | null;
  outcome: CaseOutcome | null;
  /** Reporter messages handlers have not been notified about yet or not opened. */
  unreadFromReporter: number;
  /** How many handlers are excluded from the case (jäv); shown in every handler's list. */
  excludedHandlers?: number;
}

/** One case, opened by a handler: content decrypted. */
export interface CaseDetail extends CaseSummary {
  happenedMonth: string | null;
  ongoing: boolean | null;
  wantsContact: boolean;
  text: string;
  messages: CaseMessage[];
  notes: CaseNotes;
  /** Named reports only: who reported, shown to handlers alone. */
  reporter: { name: string | null; email: string | null } | null;
  excludedHandlerIds: string[];
  /** Who is excluded, by whom and when: every handler on the case sees it. */
  exclusions: CaseExclusion[];
}

/** Handlers' internal notes, encrypted with the report. */
export interface CaseNotes {
  policeNote?: string;
  closingNote?: string;
}

/** What the reporter sees in their inbox (with the receipt code). */
export interface InboxView {
  reportId: string;
  status: CaseStatus;
  receivedOn: IsoDate;
  categories: ReportCategory[];
  unit: string | null;
  happenedMonth: string | null;
  text: string;
  messages: Array<Omit<CaseMessage, 'handlerId'>>;
}
