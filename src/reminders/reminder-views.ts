import type { IsoDate } from '../calendar/iso-date.js';
import type { Locale } from '../i18n/locale.js';
import type { OutgoingMessage } from '../ports/messenger.js';
import type { StatusValue } from '../status/status.js';

/** Why a measure is in a reminder besides its deadline (which the card always shows). */
export type OwnerReason =
  | { kind: 'start' }
  | { kind: 'deadline' }
  | { kind: 'round' | 'round_nudge'; followUpText: string; followUpDate: IsoDate }
  | { kind: 'snooze' }
  | { kind: 'revision'; change: 'added' | 'removed' | 'deadline_moved' | 'owner_added' | 'owner_removed'; before?: string; after?: string };

/** One measure in an owner's reminder. */
export interface OwnerReminderItem {
  measureId: string;
  code: string;
  title: string;
  planName: string;
  /** The deadline exactly as the plan writes it ("Oktober 2024"). */
  deadlineText: string;
  /** Its last working day, when the deadline is dated. */
  dueDate: IsoDate | null;
  reasons: OwnerReason[];
  latestStatus: StatusValue | null;
  /** Removed from the plan, or no longer this person's (a revision notice): nothing to report. */
  removed: boolean;
}

/** An owner's reminder: every measure due for them in this window, in one message. */
export interface OwnerReminderView {
  /** The owner's person id. */
  recipientId: string;
  recipientName: string | null;
  today: IsoDate;
  snoozeDays: number;
  items: OwnerReminderItem[];
}

/** A short reference to a measure. */
export interface MeasureRef {
  code: string;
  title: string;
}

/** The coordinator's card for one plan: overdue measures, unreachable owners, flags and round answers. */
export interface CoordinatorDigestView {
  planName: string;
  today: IsoDate;
  overdue: Array<
    MeasureRef & {
      deadlineText: string;
      dueDate: IsoDate;
      weeksOverdue: number;
      owners: Array<{ name: string; reachable: boolean }>;
      latestStatus: StatusValue | null;
      forecastDate: IsoDate | null;
    }
  >;
  unreachable: Array<{ name: string; reason: string; measures: MeasureRef[] }>;
  unknownDeadlines: Array<MeasureRef & { deadlineText: string }>;
  withoutOwner: Array<MeasureRef & { responsibleText: string }>;
  rounds: Array<{ followUpText: string; followUpDate: IsoDate; asked: number; answered: number; missing: MeasureRef[] }>;
  /** Set once, in the last message about a plan: its validity ended on this day and reminders stopped. */
  ended: { validTo: IsoDate } | null;
}

/**
 * Turns reminder views into messages (an Adaptive Card and a notification
 * summary). Implemented by cards/, plugged in by bot/ and cli/; src/ never
 * sees card JSON.
 */
export interface ReminderRenderer {
  /** May load more (the status form for a single measure), hence possibly async. */
  ownerMessage(view: OwnerReminderView, locale: Locale): OutgoingMessage | Promise<OutgoingMessage>;
  /** One message for all of a coordinator's plans due in the same send: at most one digest per person per send. */
  coordinatorMessage(views: readonly CoordinatorDigestView[], locale: Locale): OutgoingMessage;
  /** A person who is both owner and coordinator: their reminder and their digest as one message, so one send is one message. */
  ownerWithDigestMessage(view: OwnerReminderView, digests: readonly CoordinatorDigestView[], locale: Locale): OutgoingMessage | Promise<OutgoingMessage>;
}
