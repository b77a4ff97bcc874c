import { localDate } from '../calendar/zoned-time.js';
import { TillitError } from '../errors.js';
import { newId } from '../ids.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import { dueDate } from '../plans/period.js';
import type { StatusAuthority } from './status-authority.js';
import { loadStatusContext, type StatusContext } from './status-context.js';
import type { StatusDeps } from './status-deps.js';
import { StatusAccessError, StatusValidationError, type StatusProblem } from './status-errors.js';
import { findStatusByIdempotencyKey, insertStatusUpdate, isUniqueViolation, latestStatus, submissionAndLatest } from './status-repository.js';
import type { StatusSource, StatusUpdate } from './status.js';
import { cleanText, openStatuses, validateStatusUpdate, type StatusDraft } from './validate-status-update.js';

/** One submit of a status card (or a confirmed free-text reply), as the use case takes it. */
export interface RecordStatusInput {
  measureId: string;
  /** The person who submitted (pressed the button). */
  actorId: string;
  draft: StatusDraft;
  /** For a coordinator: the owner they report for (may be left out when the measure has one owner). */
  onBehalfOf?: string | null;
  /** The `seq` of the latest status the card showed (0 when there was none). */
  basedOnSeq: number;
  /** The plan revision the card was built from. */
  basedOnRevision: number;
  /** Unique per submit (see card-nonce.ts); a retry with the same key finds its row. */
  idempotencyKey: string;
  source: StatusSource;
}

/**
 * recorded: a new row. duplicate: this submit was already recorded (a
 * retried invoke), nothing added. stale: the card was out of date (someone
 * reported meanwhile, or a revision changed the measure), nothing added.
 */
export type RecordStatusResult = (
  | { outcome: 'recorded'; update: StatusUpdate }
  | { outcome: 'duplicate'; update: StatusUpdate; latest: StatusUpdate }
  | { outcome: 'stale'; reason: 'newer_status' | 'plan_revised'; latest: StatusUpdate | null }
) & {
  /** What the use case read about the measure and the actor: the receipt is built from it, not read again. */
  context: StatusContext;
};

/**
 * Records a status update for a measure. Only an owner, or a coordinator of
 * the plan acting for an owner (recorded as such), may record; anyone else
 * gets `not_owner` and nothing is stored. A card that is out of date never
 * overwrites silently, a retried submit never adds a second row, and the
 * status rules (validate-status-update.ts) are enforced here, whatever the
 * card allowed. The history is append-only: a correction is a new row.
 */
export async function recordStatusUpdate(deps: StatusDeps, input: RecordStatusInput): Promise<RecordStatusResult> {
  const context = await loadStatusContext(deps.db, input.measureId, input.actorId);
  const result = await record(deps, input, context);
  return { ...result, context };
}

async function record(deps: StatusDeps, input: RecordStatusInput, context: StatusContext): Promise<DistributiveOmit<RecordStatusResult, 'context'>> {
  const { measure, plan, authority } = context;
  if (measure.removedInRevision !== null) throw new StatusAccessError('measure_removed', 'Measure removed from the plan', { measureId: measure.id });
  if (!authority.canRecord) throw new StatusAccessError('not_owner', 'Not an owner or coordinator of the measure', { measureId: measure.id });
  const { existing, latest } = await submissionAndLatest(deps.db, input.idempotencyKey, measure.id);
  if (input.basedOnRevision < 1 || input.basedOnRevision > plan.currentRevision || input.basedOnSeq < 0) {
    throw new TillitError('invalid_input', 'Card basis does not exist', { measureId: measure.id });
  }

  if (existing) {
    if (existing.measureId !== measure.id) throw new TillitError('invalid_input', 'Idempotency key of another measure', { measureId: measure.id });
    if (sameSubmission(existing, input, measure)) return { outcome: 'duplicate', update: existing, latest: latest ?? existing };
  }
  const latestSeq = latest?.seq ?? 0;
  if (input.basedOnSeq > latestSeq) throw new TillitError('invalid_input', 'Card based on a status that does not exist', { measureId: measure.id });
  if (latestSeq > input.basedOnSeq) {
    // The reads above are separate queries: the same submit may have been recorded between them.
    const mine = existing ?? (await findStatusByIdempotencyKey(deps.db, input.idempotencyKey));
    if (mine && mine.measureId === measure.id && sameSubmission(mine, input, measure)) return { outcome: 'duplicate', update: mine, latest: latest ?? mine };
    return { outcome: 'stale', reason: 'newer_status', latest: latest ?? null };
  }
  if (measure.changedInRevision > input.basedOnRevision) return { outcome: 'stale', reason: 'plan_revised', latest: latest ?? null };

  const now = deps.clock.now();
  const checked = validateStatusUpdate(input.draft, {
    indicators: measure.indicators,
    previous: latest?.status ?? null,
    dueDate: dueDate(measure.deadline) ?? null,
    today: localDate(now, deps.timeZone),
  });
  const behalf = onBehalfOf(authority, input);
  const problems: StatusProblem[] = [...(checked.ok ? [] : checked.problems), ...('problem' in behalf ? [behalf.problem] : [])];
  if (!checked.ok || problems.length > 0) throw new StatusValidationError(problems, { measureId: measure.id });

  const update: StatusUpdate = {
    id: newId(),
    measureId: measure.id,
    seq: latestSeq + 1,
    ...checked.value,
    recordedBy: input.actorId,
    onBehalfOf: 'personId' in behalf ? behalf.personId : null,
    recordedAs: authority.role === 'owner' ? 'owner' : 'coordinator',
    recordedAt: now.toISOString(),
    planRevision: plan.currentRevision,
    source: input.source,
  };
  try {
    await insertStatusUpdate(deps.db, update, input.idempotencyKey);
    return { outcome: 'recorded', update };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost a race: the same submit arrived twice at once, or someone else took this seq.
    const mine = await findStatusByIdempotencyKey(deps.db, input.idempotencyKey);
    const newest = await latestStatus(deps.db, measure.id);
    if (mine && sameSubmission(mine, input, measure)) return { outcome: 'duplicate', update: mine, latest: newest ?? mine };
    return { outcome: 'stale', reason: 'newer_status', latest: newest ?? null };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Who a coordinator reports for: the chosen owner, or the only one; owners report for themselves. */
function onBehalfOf(authority: StatusAuthority, input: RecordStatusInput): { personId: string | null } | { problem: StatusProblem } {
  if (authority.role === 'owner') return { personId: null };
  const chosen = input.onBehalfOf ?? null;
  if (chosen !== null) return authority.ownerIds.includes(chosen) ? { personId: chosen } : { problem: { field: 'onBehalfOf', code: 'owner_choice_invalid' } };
  if (authority.ownerIds.length <= 1) return { personId: authority.ownerIds[0] ?? null };
  return { problem: { field: 'onBehalfOf', code: 'owner_choice_invalid' } };
}

/** True when a stored row holds exactly what this submit says (a retry, not a new answer). */
function sameSubmission(row: StatusUpdate, input: RecordStatusInput, measure: RegisteredMeasure): boolean {
  const draft = input.draft;
  if (row.status !== draft.status || row.comment !== cleanText(draft.comment)) return false;
  const forecast = draft.status !== null && openStatuses.includes(draft.status) ? cleanText(draft.forecastDate) : null;
  if ((row.forecastDate ?? null) !== forecast) return false;
  const values: Record<string, string> = {};
  draft.indicatorValues.forEach((raw, i) => {
    const value = cleanText(raw);
    const indicator = measure.indicators[i];
    if (value !== null && indicator !== undefined) values[indicator] = value;
  });
  return JSON.stringify(row.indicatorValues ?? {}) === JSON.stringify(values);
}
