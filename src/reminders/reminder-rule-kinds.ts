/**
 * Every kind of outbox row. Owner rules go to the people who own a measure;
 * coordinator rules to the plan's coordinators, gathered into one card.
 */
export const ownerRules = ['start', 'before', 'deadline', 'overdue', 'round', 'round_nudge', 'snooze', 'revision'] as const;
export const coordinatorRules = ['escalation', 'unreachable', 'unknown_deadline', 'no_owner', 'round_summary', 'plan_ended'] as const;

export type OwnerRule = (typeof ownerRules)[number];
export type CoordinatorRule = (typeof coordinatorRules)[number];
export type ReminderRule = OwnerRule | CoordinatorRule;
export type Audience = 'owner' | 'coordinator';

/** The audience a rule is written for. */
export function audienceOf(rule: ReminderRule): Audience {
  return (coordinatorRules as readonly string[]).includes(rule) ? 'coordinator' : 'owner';
}

/** Rules tied to a measure's deadline: obsolete when the deadline moves, quiet after a recent status. */
export const deadlineRules: readonly ReminderRule[] = ['start', 'before', 'deadline', 'overdue'];

/** Rules of a status round (asked of owners before a committee follow-up). */
export const roundRules: readonly ReminderRule[] = ['round', 'round_nudge'];
