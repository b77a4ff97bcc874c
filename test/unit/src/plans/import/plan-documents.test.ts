import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { readPlanSource } from '../../../../../src/plans/import/read-plan-source.js';
import { exampleBytes, type exampleFiles } from '../../../../helpers/example-files.js';
import { emptyPagesPdf, planDocumentBytes } from '../../../../helpers/plan-documents.js';
import { ownPlans } from '../../../../fixtures/plan-documents/own-plans.js';

async function read(fileName: string, bytes: Uint8Array, format?: 'docx' | 'pdf') {
  const problems = new ProblemCollector();
  const result = await readPlanSource({ fileName, bytes, ...(format ? { format } : {}) }, problems);
  return { ...result, problems };
}

const seeds: Array<[keyof typeof exampleFiles, string]> = [
  ['norrtalje', 'norrtalje-handlingsplan-2024-2025'],
  ['norrtaljeDecision', 'norrtalje-beslut-97-med-bilaga'],
  ['oskarshamn', 'oskarshamn-handlingsplan-2026-2028'],
];

describe.each(seeds)('the seed plan %s as Word and as PDF', (seed, file) => {
  it.each(['docx', 'pdf'] as const)('reads the %s with every measure, period, goal area, risk area and plan fact the text import finds', async (format) => {
    const text = await read(`${seed}.txt`, exampleBytes(seed));
    const document = await read(`${file}.${format}`, planDocumentBytes(`${file}.${format}`));
    expect(document.format).toBe(format);
    expect(document.problems.errors).toEqual([]);
    expect(document.problems.warnings).toEqual([]);
    const periods = (p: typeof text) => p.parsed!.measures.map((m) => [m.code, m.goalAreaNumber, m.start, m.deadline]);
    expect(periods(document)).toEqual(periods(text));
    expect(document.parsed!.measures).toEqual(text.parsed!.measures);
    expect(document.parsed!.goalAreas).toEqual(text.parsed!.goalAreas);
    expect(document.parsed!.riskAreas).toEqual(text.parsed!.riskAreas);
    expect(document.parsed!.meta).toEqual(text.parsed!.meta);
  });
});

describe.each(ownPlans.map((p) => [p.file, p] as const))('a plan written in other words and layout (%s)', (file, plan) => {
  it.each(['docx', 'pdf'] as const)('imports from %s with no flags: name, organisation, decision in a sentence, goal areas and every measure', async (format) => {
    const { parsed, problems } = await read(`${file}.${format}`, planDocumentBytes(`${file}.${format}`));
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([]);
    expect(parsed!.meta).toMatchObject({
      organisation: plan.organisation,
      name: plan.name,
      committee: plan.committee,
      decisionReference: plan.decisionReference,
      decisionDate: plan.decisionDate,
      goalAreaLabel: plan.goalAreaLabel,
    });
    expect(parsed!.goalAreas).toEqual(plan.areas.map((a) => ({ number: a.number, title: a.title })));
    const expected = plan.areas.flatMap((a) => a.measures.map((m) => ({ ...m, goalAreaNumber: a.number })));
    expect(
      parsed!.measures.map((m) => ({ code: m.code, title: m.title, responsible: m.responsibleText, start: m.start.text, deadline: m.deadline.text, indicators: m.indicators, goalAreaNumber: m.goalAreaNumber })),
    ).toEqual(expected);
  });
});

describe('a long PDF', () => {
  it('reads the same 720 measures as its Word document over 40 pages: rows split across pages, codes wrapped in a narrow column, repeated headers, running headers and page numbers', async () => {
    const docx = await read('bench-40-sidor.docx', planDocumentBytes('bench-40-sidor.docx'));
    const pdf = await read('bench-40-sidor.pdf', planDocumentBytes('bench-40-sidor.pdf'));
    expect(pdf.problems.errors).toEqual([]);
    expect(pdf.problems.warnings).toEqual([]);
    expect(pdf.parsed!.measures).toHaveLength(720);
    expect(pdf.parsed!.measures).toEqual(docx.parsed!.measures);
  });
});

describe('documents Tillit cannot use are refused with what is wrong', () => {
  it('a damaged Word document', async () => {
    const bytes = planDocumentBytes('abro-plan-2025-2027.docx');
    const { problems } = await read('plan.docx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(problems.errors.map((e) => e.key)).toEqual(['plans.import.error.docxUnreadable']);
  });

  it('a Word document without a measure table', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Handlingsplan mot välfärdsbrott 2026'), new Paragraph('Åtgärderna beslutas senare.')] }] })));
    const { problems } = await read('plan.docx', bytes);
    expect(problems.errors.map((e) => e.key)).toContain('plans.import.error.noMeasureTable');
  });

  it('a password-protected PDF', async () => {
    const { problems } = await read('plan.pdf', planDocumentBytes('losenordsskyddad.pdf'));
    expect(problems.errors.map((e) => e.key)).toEqual(['plans.import.error.encrypted']);
  });

  it('a PDF without text (a scan) says it has no text instead of giving an empty plan', async () => {
    const { problems, parsed } = await read('skannad.pdf', emptyPagesPdf(2));
    expect(problems.errors.map((e) => e.key)).toEqual(['plans.import.error.pdfNoText']);
    expect(parsed).toBeUndefined();
  });

  it('a PDF of more than 200 pages', async () => {
    const { problems } = await read('plan.pdf', emptyPagesPdf(201));
    expect(problems.errors).toEqual([{ key: 'plans.import.error.pdfTooManyPages', vars: { pages: 201, max: 200 } }]);
  });

  it('a damaged PDF and a PDF over 10 MB', async () => {
    const pdf = planDocumentBytes('abro-plan-2025-2027.pdf');
    expect((await read('plan.pdf', pdf.subarray(0, 400))).problems.errors.map((e) => e.key)).toEqual(['plans.import.error.pdfUnreadable']);
    const big = new Uint8Array(10_000_001);
    big.set(pdf.subarray(0, 8));
    expect((await read('plan.pdf', big)).problems.errors.map((e) => e.key)).toEqual(['plans.import.error.tooLarge']);
  });

  it('reads a Word document by its content whatever it is called', async () => {
    const { format, parsed } = await read('planen', planDocumentBytes('abro-plan-2025-2027.docx'));
    expect(format).toBe('docx');
    expect(parsed!.measures).toHaveLength(12);
    expect((await read('planen', planDocumentBytes('abro-plan-2025-2027.pdf'))).format).toBe('pdf');
  });
});
