import { describe, expect, it } from 'vitest';
import { planUploadAnswerCard } from '../../../cards/plan-upload-answer-card.js';
import { planUploadPreviewCard } from '../../../cards/plan-upload-preview-card.js';
import { verbs } from '../../../cards/verbs.js';
import type { PlanUploadPreview } from '../../../src/plans/upload/upload-preview.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';

const period = (text: string) => ({ kind: 'month' as const, from: '2024-10-01', to: '2024-10-31', text });

function preview(extra: Partial<PlanUploadPreview> = {}): PlanUploadPreview {
  return {
    uploadId: '7b0a3c1e-2f4d-4b8a-9c6e-1d2f3a4b5c6d',
    fileName: 'beslut-97.docx',
    format: 'docx',
    organisation: 'Norrtälje kommun',
    name: 'Handlingsplan mot välfärdsbrott 2024–2025',
    kind: 'revision',
    plan: { key: 'norrtalje-2024-2025', currentRevision: 1 },
    goalAreaLabel: 'målområde',
    goalAreas: [
      { number: '1', title: 'Förebygga' },
      { number: '2', title: 'Upptäcka' },
    ],
    measureCount: 17,
    unreadableDeadlines: [
      { code: '1.3', text: 'när tiden medger' },
      { code: '2.1', text: '' },
    ],
    unitsWithoutPeople: ['Kommundirektören', 'Ekonomichefen'],
    diff: { added: [], removed: [], changed: [{ code: '1.1', title: 'Utbilda', changes: [{ field: 'deadline', before: period('December 2024'), after: period('Oktober 2024') }] }] },
    warnings: [{ key: 'plans.import.warning.periodUnknown', vars: { text: 'när tiden medger' } }, { key: 'plans.import.warning.columnsIgnored', vars: { columns: 'Kostnad' }, table: 1, line: 1 }],
    missing: [],
    expiresAt: '2024-05-23T08:30:00.000Z',
    ...extra,
  };
}

describe('planUploadPreviewCard', () => {
  it('shows a revision with its areas, measure count, unreadable deadlines, units without people and the changes, with Bekräfta and Avbryt', () => {
    const card = planUploadPreviewCard(preview(), 'sv');
    expectValidCard(card);
    const text = cardText(card);
    for (const expected of [
      'Handlingsplan mot välfärdsbrott 2024–2025 (Norrtälje kommun)',
      'Blir version 2 av norrtalje-2024-2025 (i dag gäller version 1).',
      '17 åtgärder',
      'Områden (2)',
      '• 1 Förebygga',
      'Sista datum som inte kunde läsas (2)',
      '• 1.3: när tiden medger',
      '• 2.1: saknas',
      'Ansvariga enheter utan mottagare (2)',
      '• Kommundirektören',
      'Ändringar mot version 1 (1):',
      '• Flyttat sista datum 1.1 (Utbilda): December 2024 → Oktober 2024',
      'Att känna till (1):',
      '• beslut-97.docx, tabell 1, rad 1: kolumnerna Kostnad känns inte igen och läses inte.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('"när tiden medger" kunde inte tolkas');
    expect(card.actions!.map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Bekräfta', verbs.uploadConfirm, { uploadId: preview().uploadId }],
      ['Avbryt', verbs.uploadCancel, { uploadId: preview().uploadId }],
    ]);
  });

  it('says a new plan makes the uploader its coordinator, in English too', () => {
    const card = planUploadPreviewCard(preview({ kind: 'new', plan: null, diff: null, unreadableDeadlines: [], unitsWithoutPeople: [], warnings: [] }), 'en');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('A new plan for Norrtälje kommun. If you confirm, it is imported and you become its coordinator.');
    expect(text).toContain('Every deadline could be read.');
    expect(text).toContain('Every responsible unit has at least one recipient.');
    expect(card.actions!.map((a) => a.title)).toEqual(['Confirm', 'Cancel']);
  });

  it('offers nothing to confirm for a document equal to the current revision', () => {
    const card = planUploadPreviewCard(preview({ kind: 'unchanged', uploadId: undefined, diff: null }), 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Dokumentet är samma som version 1 av norrtalje-2024-2025');
    expect(card.actions).toBeUndefined();
  });

  it('shows text from the file literally and stays inside Teams’ size limit for a huge plan', () => {
    const long = 'x'.repeat(5000);
    const card = planUploadPreviewCard(
      preview({
        name: '**fet** [klicka](https://evil.example) <script>',
        fileName: '[länk](https://evil.example).docx',
        goalAreas: Array.from({ length: 300 }, (_, i) => ({ number: String(i), title: long })),
        unreadableDeadlines: Array.from({ length: 300 }, (_, i) => ({ code: String(i), text: long })),
        unitsWithoutPeople: Array.from({ length: 300 }, (_, i) => `${long}${i}`),
        diff: { added: Array.from({ length: 300 }, (_, i) => ({ code: String(i), title: long })), removed: [], changed: [] },
      }),
      'sv',
    );
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('… och 288 till.');
    expect(text).toContain('… och 285 till.');
    const literal = JSON.stringify(card.body.filter((b) => b.type === 'RichTextBlock'));
    expect(literal).toContain('**fet** [klicka](https://evil.example) <script>');
    expect(literal).toContain('[länk](https://evil.example).docx');
    expect(JSON.stringify(card.body.filter((b) => b.type === 'TextBlock'))).not.toContain('evil.example');
  });
});

describe('planUploadAnswerCard', () => {
  const outcome = { planId: 'p', planKey: 'norrtalje-2024-2025', organisation: 'Norrtälje kommun', name: 'Handlingsplan', revision: 2, measureCount: 17 };

  it('says what was imported, once, and what a second press did', () => {
    expect(cardText(planUploadAnswerCard({ kind: 'imported', outcome: { ...outcome, outcome: 'revised', repeated: false } }, 'sv'))).toContain(
      'Klart: Handlingsplan har nu version 2 med 17 åtgärder.',
    );
    expect(cardText(planUploadAnswerCard({ kind: 'imported', outcome: { ...outcome, outcome: 'created', revision: 1, repeated: false } }, 'sv'))).toContain(
      'Klart: Handlingsplan är importerad som ny plan (norrtalje-2024-2025) med 17 åtgärder. Du är samordnare för den.',
    );
    expect(cardText(planUploadAnswerCard({ kind: 'imported', outcome: { ...outcome, outcome: 'revised', repeated: true } }, 'sv'))).toBe(
      'Den här filen är redan importerad; den importerades inte igen.',
    );
  });

  it('answers a refused, a cancelled and an unread file in one line each, in both languages', () => {
    for (const locale of ['sv', 'en'] as const) {
      for (const card of [
        planUploadAnswerCard({ kind: 'refused', line: 'plan.docx: trasig', more: '(och 2 fel till)' }, locale),
        planUploadAnswerCard({ kind: 'cancelled', fileName: 'plan.docx' }, locale),
        ...(['tooLarge', 'failed', 'host', 'notPersonal', 'oneFile'] as const).map((message) => planUploadAnswerCard({ kind: 'notRead', message, maxMegabytes: 10 }, locale)),
      ]) {
        expectValidCard(card);
        expect(card.fallbackText).toBeTruthy();
        expect(cardText(card)).not.toMatch(/upload\.|\{/u);
      }
    }
    expect(cardText(planUploadAnswerCard({ kind: 'notRead', message: 'tooLarge', maxMegabytes: 10 }, 'sv'))).toBe('Filen är större än 10 MB; Tillit läser planfiler på högst 10 MB.');
  });
});
