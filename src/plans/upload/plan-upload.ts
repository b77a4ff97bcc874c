import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { newId } from '../../ids.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { importPlan } from '../import-plan.js';
import { grantPlanRole } from '../plan-repository.js';
import type { PlanDraft } from '../plan.js';
import { holdPlan, storePlanRevisionIn } from '../store-plan-revision.js';
import { PlanUploadError } from './upload-errors.js';
import { findUploadTarget, previewDraft, type PlanUploadPreview } from './upload-preview.js';

export interface PlanUploadDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** How long a preview can be confirmed: long enough to read it, short enough that the plan has not moved on. */
export const uploadLifetimeMs = 30 * 60_000;
/** Pending uploads one person keeps; an older one is cancelled by a newer (each holds a whole checked plan). */
export const maxPendingPerPerson = 3;
/** Decided or expired uploads are deleted this long after they expired. */
const keepDecidedMs = 7 * 86_400_000;

/** What a confirmed upload did; the same answer for every later press of "Bekräfta". */
export interface PlanUploadOutcome {
  planId: string;
  planKey: string;
  organisation: string;
  name: string;
  revision: number;
  outcome: 'created' | 'revised' | 'unchanged';
  measureCount: number;
  /** True when this upload had already been confirmed: nothing was imported this time. */
  repeated: boolean;
}

const uploadId = z.uuid();

/** A file name from a chat client as shown and recorded: its base name, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'plan').slice(0, 200);
}

async function coordinatedPlanIds(db: Kysely<Database> | Transaction<Database>, personId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('plan_roles').select('plan_id').where('person_id', '=', personId).where('role', '=', 'coordinator').execute();
  return new Set(rows.map((r) => r.plan_id));
}

/**
 * Who may import by upload: a coordinator of the plan the document revises,
 * or — for a plan Tillit does not have yet — a coordinator of any plan.
 */
async function assertMayImport(db: Kysely<Database> | Transaction<Database>, personId: string, planId: string | null): Promise<void> {
  const coordinated = await coordinatedPlanIds(db, personId);
  if (coordinated.size === 0) throw new PlanUploadError('upload_not_coordinator', 'Uploader coordinates no plan');
  if (planId !== null && !coordinated.has(planId)) throw new PlanUploadError('upload_not_plan_coordinator', 'Uploader does not coordinate the plan revised', { planId });
}

/**
 * Refuses (upload_not_coordinator) a person who coordinates no plan, so the
 * chat does not even fetch their file. receivePlanUpload checks again,
 * and also the plan the document turns out to revise.
 */
export async function assertMayUploadPlans(db: Kysely<Database>, personId: string | undefined): Promise<void> {
  if (personId === undefined) throw new PlanUploadError('upload_not_coordinator', 'Unknown person');
  await assertMayImport(db, personId, null);
}

/** Forgets the drafts of expired uploads and deletes long-decided ones; storage stays bounded. */
async function prune(db: Kysely<Database>, nowIso: string): Promise<void> {
  await db.updateTable('plan_uploads').set({ draft_json: null }).where('expires_at', '<=', nowIso).where('draft_json', 'is not', null).execute();
  await db.deleteFrom('plan_uploads').where('expires_at', '<', new Date(Date.parse(nowIso) - keepDecidedMs).toISOString()).execute();
}

/**
 * A coordinator uploaded a plan document in chat: checks the person may
 * import, reads and checks the document with the same importers as `tillit
 * plan import` (a bad file throws PlanImportError, nothing stored), keeps
 * the checked plan as a pending upload and returns the preview to confirm.
 * A document equal to the current revision is previewed but not kept.
 */
export async function receivePlanUpload(deps: PlanUploadDeps, input: { personId: string; fileName: string; bytes: Uint8Array }): Promise<PlanUploadPreview> {
  await assertMayImport(deps.db, input.personId, null);
  const fileName = cleanFileName(input.fileName);
  const checked = await importPlan(deps, { fileName, bytes: input.bytes, dryRun: true });
  const target = await findUploadTarget(deps.db, checked.draft);
  await assertMayImport(deps.db, input.personId, target?.id ?? null);
  const preview = await previewDraft(deps.db, { fileName, ...checked }, target);
  if (preview.kind === 'unchanged') return preview;

  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + uploadLifetimeMs).toISOString();
  const id = newId();
  await prune(deps.db, nowIso);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plan_uploads')
      .values({
        id,
        person_id: input.personId,
        source_name: fileName,
        source_sha256: createHash('sha256').update(input.bytes).digest('hex'),
        draft_json: JSON.stringify(checked.draft),
        plan_id: target?.id ?? null,
        base_revision: target?.currentRevision ?? null,
        status: 'pending',
        created_at: nowIso,
        expires_at: expiresAt,
        decided_at: null,
        result_json: null,
      })
      .execute();
    const pending = await trx
      .selectFrom('plan_uploads')
      .select('id')
      .where('person_id', '=', input.personId)
      .where('status', '=', 'pending')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    const older = pending.filter((p) => p.id !== id).slice(maxPendingPerPerson - 1).map((p) => p.id);
    if (older.length > 0) await trx.updateTable('plan_uploads').set({ status: 'cancelled', draft_json: null, decided_at: nowIso }).where('id', 'in', older).execute();
  });
  return { ...preview, uploadId: id, expiresAt };
}

type UploadRow = NonNullable<Awaited<ReturnType<typeof readUpload>>>;

async function readUpload(db: Kysely<Database> | Transaction<Database>, id: string) {
  return db.selectFrom('plan_uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The person's own upload, or upload_not_found (also for someone else's, and for ids that are no ids). */
async function ownUpload(db: Kysely<Database> | Transaction<Database>, personId: string, id: string): Promise<UploadRow> {
  const row = uploadId.safeParse(id).success ? await readUpload(db, id) : undefined;
  if (!row || row.person_id !== personId) throw new PlanUploadError('upload_not_found', 'No such upload for this person');
  return row;
}

function repeatedOutcome(row: UploadRow): PlanUploadOutcome {
  return { ...(JSON.parse(row.result_json ?? '{}') as PlanUploadOutcome), repeated: true };
}

/**
 * "Bekräfta": imports the pending upload, all or nothing, in one
 * transaction with marking it used — only for its uploader, while still a
 * coordinator, before it expires and while the plan is still at the
 * revision the preview showed. A second confirm imports nothing and
 * answers with the first one's outcome. A new plan makes its uploader one
 * of its coordinators.
 */
export async function confirmPlanUpload(deps: PlanUploadDeps, input: { personId: string; uploadId: string }): Promise<PlanUploadOutcome> {
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await ownUpload(trx, input.personId, input.uploadId);
    if (row.status === 'confirmed') return repeatedOutcome(row);
    if (row.status === 'cancelled') throw new PlanUploadError('upload_cancelled', 'Upload was cancelled');
    if (row.expires_at <= nowIso || row.draft_json === null) throw new PlanUploadError('upload_expired', 'Upload expired');
    const draft = JSON.parse(row.draft_json) as PlanDraft;

    // The claim comes first: only one confirm can move the row out of pending; a concurrent one waits
    // for this transaction (PostgreSQL row lock, SQLite's single writer) and then finds it confirmed.
    // Checked before the claim, the plan would already show the first confirm's revision to the
    // second, which would call it changed. A refusal below rolls the claim back.
    const claimed = await trx
      .updateTable('plan_uploads')
      .set({ status: 'confirmed', decided_at: nowIso, draft_json: null })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) {
      const now = await readUpload(trx, row.id);
      if (now?.status === 'confirmed') return repeatedOutcome(now);
      throw new PlanUploadError('upload_cancelled', 'Upload was cancelled meanwhile');
    }
    // The plan's row is held, so two different uploads of one plan confirmed together cannot both pass.
    await holdPlan(trx, draft);
    const target = await findUploadTarget(trx, draft);
    if ((target?.id ?? null) !== row.plan_id || (target?.currentRevision ?? null) !== row.base_revision) {
      throw new PlanUploadError('upload_plan_changed', 'The plan changed since the preview');
    }
    await assertMayImport(trx, input.personId, row.plan_id);
    const stored = await storePlanRevisionIn(trx, deps.clock, draft, { name: row.source_name, sha256: row.source_sha256 });
    if (stored.outcome === 'created') await grantPlanRole(trx, stored.plan.id, input.personId, 'coordinator', nowIso);
    const outcome: PlanUploadOutcome = {
      planId: stored.plan.id,
      planKey: stored.plan.key,
      organisation: stored.plan.organisation,
      name: stored.plan.name,
      revision: stored.revision,
      outcome: stored.outcome,
      measureCount: draft.measures.length,
      repeated: false,
    };
    await trx.updateTable('plan_uploads').set({ result_json: JSON.stringify(outcome) }).where('id', '=', row.id).execute();
    return outcome;
  });
}

/** "Avbryt": forgets a pending upload (again: no-op). A confirmed one cannot be cancelled. */
export async function cancelPlanUpload(deps: PlanUploadDeps, input: { personId: string; uploadId: string }): Promise<{ fileName: string }> {
  const nowIso = deps.clock.now().toISOString();
  const row = await ownUpload(deps.db, input.personId, input.uploadId);
  if (row.status === 'confirmed') throw new PlanUploadError('upload_already_confirmed', 'Upload already imported');
  const cancelled = await deps.db
    .updateTable('plan_uploads')
    .set({ status: 'cancelled', draft_json: null, decided_at: nowIso })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  // A confirm that won the race between the read and this update stays confirmed.
  if (Number(cancelled.numUpdatedRows) === 0 && (await readUpload(deps.db, row.id))?.status === 'confirmed') {
    throw new PlanUploadError('upload_already_confirmed', 'Upload already imported');
  }
  return { fileName: row.source_name };
}
