import type { IsoDate } from '../calendar/iso-date.js';
import type { MeasureDraft } from './measure.js';
import type { Period } from './period.js';

/** What a plan calls its goal areas, as written in the plan. */
export const goalAreaLabels = ['målområde', 'aktivitetsområde', 'fokusområde'] as const;
export type GoalAreaLabel = (typeof goalAreaLabels)[number];

/** A committee follow-up the plan names ("uppföljning mars 2025", "slutrapport augusti 2025"). */
export interface FollowUp {
  kind: 'followUp' | 'finalReport' | 'statusReport';
  period: Period;
  /** The sentence or phrase it came from, for the coordinator. */
  note: string | null;
}

/** A risk area with the plan's motivation (Oskarshamn's "potentiella riskområden"). */
export interface RiskArea {
  name: string;
  motivation: string;
}

/**
 * A plan as imported and normalised, before it is stored: periods parsed,
 * responsible text split into owner units. Every importer (YAML/JSON,
 * spreadsheet, plan-document text) produces one of these.
 */
export interface PlanDraft {
  /** Optional short handle for the CLI ("norrtalje-2024-2025"); derived when absent. */
  key: string | null;
  organisation: string;
  name: string;
  committee: string | null;
  decision: { reference: string | null; date: IsoDate | null };
  validity: { from: IsoDate | null; to: IsoDate | null };
  goalAreaLabel: GoalAreaLabel;
  /** Who coordinates follow-up, as written ("Enhet för säkerhet, …"). */
  coordinatorText: string | null;
  followUps: FollowUp[];
  riskAreas: RiskArea[];
  /** Per-plan reminder rule overrides, validated by the reminders feature. */
  reminderRules: Record<string, unknown> | null;
  goalAreas: Array<{ number: string; title: string }>;
  measures: MeasureDraft[];
}

/** A stored plan (its current revision): the draft's plan fields plus identity. */
export interface Plan extends Omit<PlanDraft, 'key' | 'goalAreas' | 'measures'> {
  id: string;
  key: string;
  currentRevision: number;
}

export interface GoalArea {
  id: string;
  planId: string;
  number: string;
  title: string;
  position: number;
}
