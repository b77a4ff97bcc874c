import { listMeasures, measuresOwnedBy } from '../plans/plan-repository.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import type { CodeMention } from './measure-codes.js';
import { matchTitles } from './measure-titles.js';
import type { StatusDeps } from './status-deps.js';
import { findStatusPrompt } from './status-prompts.js';

/** Why Tillit asks which measure a reply is about. */
export type ChooseReason =
  /** The text names several measures (codes or titles). */
  | 'several'
  /** The text names no measure. */
  | 'unnamed'
  /** The text names a code no measure has. */
  | 'unknown';

/** Which measure a free-text reply is about, as far as Tillit can tell without guessing. */
export type ReplyTarget =
  | { kind: 'measure'; measureId: string }
  /** Ask, listing these (the most likely first); `unknownCodes` when the text named codes no measure has. */
  | { kind: 'choose'; measureIds: string[]; reason: ChooseReason; unknownCodes: string[] }
  /** The person has no measure to report on. */
  | { kind: 'none' }
  /** The text names a measure the person may not report on. */
  | { kind: 'refused'; measureId: string };

/** What the resolver reads from a reply. */
export interface ReplyMeasureInput {
  personId: string;
  conversationRowId: string | null;
  replyToId?: string | null;
  /** The codes the text names (findCodeMentions). */
  mentions: readonly CodeMention[];
  /** The reply itself, for titles ("tipsfunktionen är klar"). */
  text: string;
  /** Words of the text that carry the status and so name no measure. */
  statusWords?: ReadonlySet<string>;
}

/** How long a reminder counts as "the message replied to". */
const promptWindowMs = 7 * 24 * 3600 * 1000;

/** The measures a person may record status for: their own first, then those of plans they coordinate. */
async function recordableMeasures(deps: StatusDeps, personId: string): Promise<{ owned: RegisteredMeasure[]; all: RegisteredMeasure[] }> {
  const owned = await measuresOwnedBy(deps.db, personId);
  const plans = await deps.db.selectFrom('plan_roles').select('plan_id').where('person_id', '=', personId).where('role', '=', 'coordinator').execute();
  const all = [...owned];
  const seen = new Set(owned.map((m) => m.id));
  for (const { plan_id } of plans) {
    for (const measure of await listMeasures(deps.db, plan_id)) {
      if (!seen.has(measure.id)) {
        seen.add(measure.id);
        all.push(measure);
      }
    }
  }
  return { owned, all };
}

async function activeMeasureIdsWithCode(deps: StatusDeps, code: string): Promise<string[]> {
  const rows = await deps.db.selectFrom('measures').select('id').where('code', '=', code).where('removed_in_revision', 'is', null).execute();
  return rows.map((r) => r.id);
}

/**
 * Finds the measure a reply such as "vi är försenade med 1.1 pga IT"
 * refers to. A code the text speaks of (anywhere in it) decides; else a
 * title it names; else the message Teams says it replies to; else the
 * person's only measure. Two codes, an unknown code, or nothing at all
 * make Tillit ask — it never takes an older card in the chat as the answer
 * (the latest card is only listed first).
 */
export async function resolveReplyMeasure(deps: StatusDeps, input: ReplyMeasureInput): Promise<ReplyTarget> {
  const { owned, all } = await recordableMeasures(deps, input.personId);
  const choose = (measureIds: string[], reason: ChooseReason, unknownCodes: string[] = []): ReplyTarget => ({
    kind: 'choose',
    measureIds,
    reason,
    unknownCodes,
  });

  const subjectCodes = [...new Set(input.mentions.filter((m) => !m.reference).map((m) => m.code))];
  if (subjectCodes.length > 0) {
    const known: Array<{ code: string; ids: string[] }> = [];
    const unknown: string[] = [];
    for (const code of subjectCodes) {
      const ids = await activeMeasureIdsWithCode(deps, code);
      if (ids.length > 0) known.push({ code, ids });
      else unknown.push(code);
    }
    if (known.length === 0) return owned.length > 0 ? choose(await promptFirst(deps, input, owned), 'unknown', unknown) : { kind: 'none' };
    const mine = all.filter((m) => known.some((k) => k.code === m.code));
    if (known.length === 1 && mine.length === 1) return { kind: 'measure', measureId: mine[0]!.id };
    if (mine.length > 0) return choose(mine.map((m) => m.id), 'several');
    return { kind: 'refused', measureId: known[0]!.ids[0]! };
  }

  const byTitle = matchTitles(input.text, all, input.statusWords);
  if (byTitle.kind === 'one') return { kind: 'measure', measureId: byTitle.measureId };
  if (byTitle.kind === 'several') return choose(byTitle.measureIds, 'several');

  const answered = input.replyToId && input.conversationRowId ? await findStatusPrompt(deps.db, { conversationRowId: input.conversationRowId, replyToId: input.replyToId, sinceIso: new Date(0).toISOString(), exact: true }) : undefined;
  const allowedAnswered = answered?.measureIds.filter((id) => all.some((m) => m.id === id)) ?? [];
  if (allowedAnswered.length === 1) return { kind: 'measure', measureId: allowedAnswered[0]! };
  if (allowedAnswered.length > 1) return choose(allowedAnswered, 'unnamed');

  if (owned.length === 1) return { kind: 'measure', measureId: owned[0]!.id };
  if (owned.length > 1) return choose(await promptFirst(deps, input, owned), 'unnamed');
  return { kind: 'none' };
}

/** The person's measures with those of the latest card in the chat (last 7 days) first: a hint for the list, never an answer. */
async function promptFirst(deps: StatusDeps, input: ReplyMeasureInput, measures: readonly RegisteredMeasure[]): Promise<string[]> {
  const ids = measures.map((m) => m.id);
  if (!input.conversationRowId) return ids;
  const since = new Date(deps.clock.now().getTime() - promptWindowMs).toISOString();
  const prompt = await findStatusPrompt(deps.db, { conversationRowId: input.conversationRowId, sinceIso: since });
  if (!prompt) return ids;
  const recent = new Set(prompt.measureIds);
  return [...ids.filter((id) => recent.has(id)), ...ids.filter((id) => !recent.has(id))];
}
