import { z } from 'zod';
import { planUploadAnswerCard, type PlanUploadAnswer } from '../../cards/plan-upload-answer-card.js';
import { planUploadPreviewCard } from '../../cards/plan-upload-preview-card.js';
import { verbs } from '../../cards/verbs.js';
import { findPersonByIdentity } from '../../src/directory/people-repository.js';
import { PlanImportError } from '../../src/plans/import/import-problem.js';
import { maxImportBytes } from '../../src/plans/import/import-limits.js';
import { assertMayUploadPlans, cancelPlanUpload, confirmPlanUpload, receivePlanUpload } from '../../src/plans/upload/plan-upload.js';
import { PlanUploadError } from '../../src/plans/upload/upload-errors.js';
import { uploadFailureText } from '../../src/plans/upload/upload-failure-text.js';
import { surfaceError } from '../error-surface.js';
import { sentFiles, type SentFile } from '../file-attachment.js';
import { downloadFile, FileDownloadError, type DownloadPolicy } from '../file-download.js';
import { replyWithCard } from '../reply.js';
import { isSharedConversation } from '../selectors.js';
import type { CardActionHandler, TurnEnv } from './route-types.js';

const uploadData = z.object({ uploadId: z.string().max(100) });

/** Fetching a chat file: the import's size limit; loopback hosts only when Tillit runs locally without Bot Framework authentication. */
export function downloadPolicy(env: TurnEnv): DownloadPolicy {
  return { maxBytes: maxImportBytes, timeoutMs: 30_000, allowLoopback: !env.app.config.bot.authenticated };
}

/** The person in the turn, as the directory knows them (rememberContact ran first). */
async function actorId(env: TurnEnv): Promise<string | undefined> {
  const from = env.turn.activity.from;
  const person = from?.id ? await findPersonByIdentity(env.app.db, { aadObjectId: from.aadObjectId || undefined, teamsUserId: from.id }) : undefined;
  return person?.id;
}

async function answer(env: TurnEnv, view: PlanUploadAnswer): Promise<void> {
  await replyWithCard(env.turn, planUploadAnswerCard(view, env.locale));
}

const notRead = (message: Extract<PlanUploadAnswer, { kind: 'notRead' }>['message']): PlanUploadAnswer => ({ kind: 'notRead', message, maxMegabytes: maxImportBytes / 1_000_000 });

async function previewFile(env: TurnEnv, personId: string, file: SentFile): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await downloadFile(file.url, downloadPolicy(env));
  } catch (error) {
    if (!(error instanceof FileDownloadError)) throw error;
    env.app.logger.warn({ code: error.code }, 'plan file not fetched');
    await answer(env, notRead(error.code === 'download_host' ? 'host' : error.code === 'download_too_large' ? 'tooLarge' : 'failed'));
    return;
  }
  try {
    const preview = await receivePlanUpload({ db: env.app.db, clock: env.app.clock }, { personId, fileName: file.name, bytes });
    env.app.logger.info({ code: 'plan_upload_previewed', kind: preview.kind, measures: preview.measureCount }, 'plan upload previewed');
    await replyWithCard(env.turn, planUploadPreviewCard(preview, env.locale));
  } catch (error) {
    if (!(error instanceof PlanImportError)) throw error;
    env.app.logger.warn({ code: error.code, problems: error.problems.length }, 'plan upload refused');
    await answer(env, { kind: 'refused', ...uploadFailureText(env.locale, error) });
  }
}

/**
 * A message carrying a file: in a personal chat, a coordinator's plan
 * document is fetched, checked and previewed with Bekräfta/Avbryt; anyone
 * else is refused before anything is fetched. Returns false when the
 * message has no file, so the other routes handle it.
 */
export async function handleFileMessage(env: TurnEnv): Promise<boolean> {
  const files = sentFiles(env.turn.activity);
  if (files.length === 0) return false;
  if (isSharedConversation(env.turn.activity)) await answer(env, notRead('notPersonal'));
  else if (files.length > 1) await answer(env, notRead('oneFile'));
  else {
    try {
      const personId = await actorId(env);
      await assertMayUploadPlans(env.app.db, personId);
      await previewFile(env, personId!, files[0]!);
    } catch (error) {
      if (!(error instanceof PlanUploadError)) throw error;
      await replyWithCard(env.turn, surfaceError(env.app.logger, env.turn, error, env.locale));
    }
  }
  return true;
}

async function uploadInput(env: TurnEnv, data: Readonly<Record<string, unknown>>): Promise<{ personId: string; uploadId: string }> {
  const parsed = uploadData.safeParse(data);
  const personId = await actorId(env);
  if (!parsed.success || !personId) throw new PlanUploadError('upload_not_found', 'Upload action data malformed or person unknown');
  return { personId, uploadId: parsed.data.uploadId };
}

/** "Bekräfta": imports the upload (once) and replaces the preview with what was done. */
export const confirmUpload: CardActionHandler = async (env, data) => {
  const outcome = await confirmPlanUpload({ db: env.app.db, clock: env.app.clock }, await uploadInput(env, data));
  env.app.logger.info({ code: 'plan_upload_confirmed', outcome: outcome.outcome, revision: outcome.revision, repeated: outcome.repeated }, 'plan upload confirmed');
  return planUploadAnswerCard({ kind: 'imported', outcome }, env.locale);
};

/** "Avbryt": forgets the upload and replaces the preview with a line saying so. */
export const cancelUpload: CardActionHandler = async (env, data) => {
  const { fileName } = await cancelPlanUpload({ db: env.app.db, clock: env.app.clock }, await uploadInput(env, data));
  return planUploadAnswerCard({ kind: 'cancelled', fileName }, env.locale);
};

export const planUploadActions = { [verbs.uploadConfirm]: confirmUpload, [verbs.uploadCancel]: cancelUpload };
