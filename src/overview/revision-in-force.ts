import type { IsoDate } from '../calendar/iso-date.js';
import type { PlanDraft } from '../plans/plan.js';

/** A stored revision as the rule needs it: its number, its draft's decision and validity, and the day it was imported. */
export interface RevisionFacts {
  revision: number;
  decision: PlanDraft['decision'];
  validity: PlanDraft['validity'];
  importedOn: IsoDate;
}

/** Which revision describes a day, or why none does. */
export type RevisionChoice =
  | { kind: 'in_force'; revision: number }
  /** The day is after the plan's decision and start but before Tillit had it: its first version, flagged. */
  | { kind: 'predates_import'; revision: number }
  /** The plan was not yet decided (or not yet valid) on the day. */
  | { kind: 'not_decided'; decidedOn: IsoDate | null; validFrom: IsoDate | null };

const sameDecision = (a: PlanDraft['decision'], b: PlanDraft['decision']) => a.reference === b.reference && a.date === b.date;

/**
 * The day a revision took effect: its decision date when it brings a
 * decision of its own (the first revision's, or one that differs from the
 * revision before), else the day it came into Tillit (a re-import of the same
 * decision, e.g. moved deadlines, applies from then).
 */
export function effectiveFrom(revisions: readonly RevisionFacts[], index: number): IsoDate {
  const r = revisions[index]!;
  const previous = index > 0 ? revisions[index - 1] : undefined;
  const ownDecision = r.decision.date !== null && (!previous || !sameDecision(previous.decision, r.decision));
  return ownDecision ? r.decision.date! : r.importedOn;
}

/**
 * The revision in force on `day`: the newest whose decision (or import)
 * came on or before it. Before the plan's validity or decision there is
 * none — the plan was not yet decided, and no version of it is shown.
 * Revisions are in revision order.
 */
export function revisionInForce(revisions: readonly RevisionFacts[], day: IsoDate): RevisionChoice {
  const first = revisions[0];
  if (!first) return { kind: 'not_decided', decidedOn: null, validFrom: null };
  let chosen: number | undefined;
  revisions.forEach((r, i) => {
    if (effectiveFrom(revisions, i) <= day) chosen = r.revision;
  });
  if (chosen !== undefined) return { kind: 'in_force', revision: chosen };
  const notYet = (first.validity.from !== null && day < first.validity.from) || (first.decision.date !== null && day < first.decision.date);
  if (notYet) return { kind: 'not_decided', decidedOn: first.decision.date, validFrom: first.validity.from };
  return { kind: 'predates_import', revision: first.revision };
}
