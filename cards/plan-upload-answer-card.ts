import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { PlanUploadOutcome } from '../src/plans/upload/plan-upload.js';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { clip, literalText } from './literal-text.js';

/** What became of an upload, for the card that replaces its preview (or answers the file). */
export type PlanUploadAnswer =
  | { kind: 'imported'; outcome: PlanUploadOutcome }
  | { kind: 'cancelled'; fileName: string }
  /** The file was refused: the first problem on one line, and how many more. */
  | { kind: 'refused'; line: string; more?: string }
  /** The file could not be fetched or is not to be read here. */
  | { kind: 'notRead'; message: 'tooLarge' | 'failed' | 'host' | 'notPersonal' | 'oneFile'; maxMegabytes: number };

function importedText(tr: ReturnType<typeof translator>, outcome: PlanUploadOutcome): string {
  if (outcome.repeated) return tr('upload.done.repeated');
  const vars = { name: clip(outcome.name, 200), key: outcome.planKey, revision: outcome.revision, count: outcome.measureCount };
  if (outcome.outcome === 'created') return tr('upload.done.created', vars);
  if (outcome.outcome === 'revised') return tr('upload.done.revised', vars);
  return tr('upload.done.unchanged', vars);
}

/**
 * The answer to an upload: imported (or already imported), cancelled,
 * refused with the file's first problem, or not read at all. Names from
 * the file are shown literally.
 */
export function planUploadAnswerCard(answer: PlanUploadAnswer, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  let body: CardElement[];
  if (answer.kind === 'imported') body = [literalText(importedText(tr, answer.outcome), { color: answer.outcome.repeated ? 'Default' : 'Good' })];
  else if (answer.kind === 'cancelled') body = [literalText(tr('upload.cancelled', { file: answer.fileName }))];
  else if (answer.kind === 'refused') {
    body = [literalText(tr('upload.failed'), { weight: 'Bolder', color: 'Attention' }), literalText(clip(answer.line, 600))];
    if (answer.more) body.push(literalText(answer.more, { isSubtle: true }));
  } else {
    const key = answer.message === 'notPersonal' ? 'upload.notPersonal' : answer.message === 'oneFile' ? 'upload.oneFile' : (`upload.download.${answer.message}` as const);
    body = [literalText(tr(key, { max: answer.maxMegabytes }))];
  }
  const fallback = body.map((b) => ((b.inlines as Array<{ text: string }> | undefined) ?? []).map((i) => i.text).join('')).join(' ');
  return adaptiveCard(body, [], { fallbackText: fallback });
}
