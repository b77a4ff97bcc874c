import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { importProblemText } from '../src/plans/import/problem-text.js';
import { planDiffLines } from '../src/plans/plan-diff-text.js';
import type { PlanUploadPreview } from '../src/plans/upload/upload-preview.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { clip, factLine, literalText } from './literal-text.js';
import { verbs } from './verbs.js';

/** How many lines each list shows before "… och N till"; a card must stay well inside Teams' size limit. */
const shown = { goalAreas: 12, deadlines: 10, units: 15, changes: 15, warnings: 5 } as const;

/** Warnings the card already lists as unreadable deadlines. */
const deadlineWarnings = new Set(['plans.import.warning.periodUnknown', 'plans.import.warning.deadlineMissing']);

/** A titled list of literal lines (text from the file is never read as Markdown), the tail counted. */
function list(title: string, lines: readonly string[], max: number, more: (count: number) => string): CardElement[] {
  const items = lines.slice(0, max).map((line) => literalText(`• ${clip(line, 200)}`, {}, { spacing: 'None' }));
  if (lines.length > max) items.push(textBlock(more(lines.length - max), { isSubtle: true, spacing: 'None' }));
  return [textBlock(title, { weight: 'Bolder', spacing: 'Medium' }), ...items];
}

/**
 * The preview of a plan document uploaded in chat: which plan it is (new,
 * a revision, or the same as now), its areas and measure count, deadlines
 * Tillit could not read, units nobody receives for, and for a revision
 * the changes against the current one — with Bekräfta and Avbryt.
 */
export function planUploadPreviewCard(view: PlanUploadPreview, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const more = (count: number) => tr('upload.card.more', { count });
  const body: CardElement[] = [
    heading(tr('upload.card.title'), { size: 'Medium' }),
    literalText(clip(`${view.name} (${view.organisation})`, 300), { weight: 'Bolder' }),
    factLine(tr('upload.card.file'), view.fileName),
  ];
  const plan = view.plan;
  if (view.kind === 'new' || !plan) body.push(literalText(tr('upload.card.new', { organisation: clip(view.organisation, 200) }), {}, { spacing: 'Small' }));
  else if (view.kind === 'revision') body.push(literalText(tr('upload.card.revision', { next: plan.currentRevision + 1, key: plan.key, current: plan.currentRevision }), {}, { spacing: 'Small' }));
  else body.push(literalText(tr('upload.card.unchanged', { key: plan.key, current: plan.currentRevision }), {}, { spacing: 'Small' }));

  body.push(textBlock(tr('upload.card.measures', { count: view.measureCount }), { weight: 'Bolder', spacing: 'Medium' }));
  if (view.goalAreas.length === 0) body.push(textBlock(tr('upload.card.noGoalAreas'), { isSubtle: true }));
  else body.push(...list(tr('upload.card.goalAreas', { count: view.goalAreas.length }), view.goalAreas.map((g) => `${g.number} ${g.title}`), shown.goalAreas, more));

  if (view.unreadableDeadlines.length === 0) body.push(textBlock(tr('upload.card.allDeadlinesRead'), { spacing: 'Medium' }));
  else {
    const lines = view.unreadableDeadlines.map((d) => `${d.code}: ${d.text.trim() || tr('upload.card.deadlineMissing')}`);
    body.push(...list(tr('upload.card.unreadableDeadlines', { count: lines.length }), lines, shown.deadlines, more));
  }
  if (view.unitsWithoutPeople.length === 0) body.push(textBlock(tr('upload.card.allUnitsStaffed'), { spacing: 'Medium' }));
  else body.push(...list(tr('upload.card.unitsWithoutPeople', { count: view.unitsWithoutPeople.length }), view.unitsWithoutPeople, shown.units, more));

  if (view.kind === 'revision' && plan && view.diff) {
    const changes = planDiffLines(locale, view.diff);
    if (changes.length === 0) body.push(textBlock(tr('upload.card.noChanges'), { spacing: 'Medium' }));
    else body.push(...list(tr('upload.card.changes', { current: plan.currentRevision, count: changes.length }), changes, shown.changes, more));
  }
  const warnings = view.warnings.filter((w) => !deadlineWarnings.has(w.key)).map((w) => importProblemText(locale, view.fileName, w, 'chat'));
  if (warnings.length > 0) body.push(...list(tr('upload.card.warnings', { count: warnings.length }), warnings, shown.warnings, more));

  if (!view.uploadId) return adaptiveCard(body, [], { fallbackText: tr('upload.card.title') });
  body.push(textBlock(tr('upload.card.expires'), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  const data = { uploadId: view.uploadId };
  return adaptiveCard(
    body,
    [executeAction(tr('upload.card.confirm'), verbs.uploadConfirm, data, { style: 'positive' }), executeAction(tr('upload.card.cancel'), verbs.uploadCancel, data)],
    { fallbackText: tr('upload.card.title') },
  );
}
