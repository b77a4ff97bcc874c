import type { IsoDate } from '../../calendar/iso-date.js';
import type { FollowUp, GoalAreaLabel, RiskArea } from '../plan.js';
import type { MeasureDraft } from '../measure.js';

/** Plan facts an importer found in a file; any may be missing. */
export interface PlanMeta {
  key?: string | null;
  organisation?: string | null;
  name?: string | null;
  committee?: string | null;
  decisionReference?: string | null;
  decisionDate?: IsoDate | null;
  validFrom?: IsoDate | null;
  validTo?: IsoDate | null;
  goalAreaLabel?: GoalAreaLabel | null;
  coordinatorText?: string | null;
  followUps?: FollowUp[];
  reminderRules?: Record<string, unknown> | null;
  /** Where a name the file does not state as such was taken from, so the import can say so. */
  nameFrom?: 'titleCell' | 'sheetName' | 'fileName';
}

/** What every importer returns before the plan facts are completed from the command line. */
export interface ParsedPlan {
  meta: PlanMeta;
  goalAreas: Array<{ number: string; title: string }>;
  measures: MeasureDraft[];
  riskAreas: RiskArea[];
}

/** Plan facts given on the command line (`--organisation`, `--name` …); they win over the file. */
export type PlanOverrides = Omit<PlanMeta, 'followUps' | 'reminderRules' | 'nameFrom'>;

/** Facts of the installation, used when neither the command line nor the file gives them (TILLIT_ORGANISATION). */
export interface PlanDefaults {
  organisation?: string;
}
