import type { IsoDate } from '../calendar/iso-date.js';
import type { Audience, ReminderRule } from './reminder-rule-kinds.js';

/** Where an outbox row is in its life. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'skipped' | 'unreachable' | 'failed';

/** One outbox row as the domain sees it. */
export interface OutboxItem {
  id: string;
  subjectId: string;
  measureId: string | null;
  planId: string;
  rule: ReminderRule;
  occurrence: string;
  recipientId: string;
  audience: Audience;
  sendDate: IsoDate;
  expiresOn: IsoDate | null;
  payload: Record<string, unknown> | null;
  state: OutboxState;
  nextAttemptAt: string;
  attempts: number;
  failures: number;
  claimedBy: string | null;
  leaseUntil: string | null;
  outcome: string | null;
}

/** A row to plan: everything but the bookkeeping the outbox adds itself. */
export interface PlannedRow {
  subjectId: string;
  measureId: string | null;
  planId: string;
  rule: ReminderRule;
  occurrence: string;
  recipientId: string;
  sendDate: IsoDate;
  expiresOn: IsoDate | null;
  payload: Record<string, unknown> | null;
  /** First instant it may be sent (working-hours start in the recipient's zone). */
  notBefore: Date;
}
