import { getMeasure, measuresOwnedBy } from '../plans/plan-repository.js';
import type { StatusDeps } from './status-deps.js';
import { statusAuthority } from './status-authority.js';
import { findStatusPrompt } from './status-prompts.js';

/** Which measure a free-text reply is about, as far as Tillit can tell without guessing. */
export type ReplyTarget =
  | { kind: 'measure'; measureId: string }
  /** Several are possible: ask, listing these. */
  | { kind: 'choose'; measureIds: string[] }
  /** The person has no measure to report on. */
  | { kind: 'none' }
  /** The text names a measure the person may not report on. */
  | { kind: 'refused'; measureId: string };

/** How long a status card or reminder counts as "what the person is answering". */
const promptWindowMs = 7 * 24 * 3600 * 1000;

/**
 * Finds the measure a reply such as "klar" refers to: a code in the text
 * ("2.3 klar"), else the message it replies to, else the latest status card
 * or reminder in this conversation (last 7 days), else the person's only
 * measure. When more than one fits, the caller asks; it never guesses.
 */
export async function resolveReplyMeasure(
  deps: StatusDeps,
  input: { personId: string; conversationRowId: string | null; replyToId?: string | null; measureCode: string | null },
): Promise<ReplyTarget> {
  const owned = await measuresOwnedBy(deps.db, input.personId);
  const canRecord = async (measureId: string) => {
    const measure = await getMeasure(deps.db, measureId);
    return !!measure && measure.removedInRevision === null && (await statusAuthority(deps.db, measure, input.personId)).canRecord;
  };

  if (input.measureCode) {
    const mine = owned.filter((m) => m.code === input.measureCode);
    if (mine.length === 1) return { kind: 'measure', measureId: mine[0]!.id };
    if (mine.length > 1) return { kind: 'choose', measureIds: mine.map((m) => m.id) };
    const named = await deps.db
      .selectFrom('measures')
      .select('id')
      .where('code', '=', input.measureCode)
      .where('removed_in_revision', 'is', null)
      .execute();
    const allowed: string[] = [];
    for (const { id } of named) if (await canRecord(id)) allowed.push(id);
    if (allowed.length === 1) return { kind: 'measure', measureId: allowed[0]! };
    if (allowed.length > 1) return { kind: 'choose', measureIds: allowed };
    if (named.length > 0) return { kind: 'refused', measureId: named[0]!.id };
    // A number that is no measure's code: fall back to the context below.
  }

  if (input.conversationRowId) {
    const since = new Date(deps.clock.now().getTime() - promptWindowMs).toISOString();
    const prompt = await findStatusPrompt(deps.db, { conversationRowId: input.conversationRowId, replyToId: input.replyToId, sinceIso: since });
    if (prompt) {
      const allowed: string[] = [];
      for (const id of prompt.measureIds) if (await canRecord(id)) allowed.push(id);
      if (allowed.length === 1) return { kind: 'measure', measureId: allowed[0]! };
      if (allowed.length > 1) return { kind: 'choose', measureIds: allowed };
    }
  }

  if (owned.length === 1) return { kind: 'measure', measureId: owned[0]!.id };
  if (owned.length > 1) return { kind: 'choose', measureIds: owned.map((m) => m.id) };
  return { kind: 'none' };
}
