import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../../src/plans/import/detect-format.js';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { maxImportBytes, readPlanSource } from '../../../../../src/plans/import/read-plan-source.js';
import { exampleBytes } from '../../../../helpers/example-files.js';
import { workbookBytes } from '../../../../helpers/xlsx.js';

async function errorsOf(fileName: string, bytes: Uint8Array, format?: 'xlsx' | 'text' | 'csv') {
  const problems = new ProblemCollector();
  const result = await readPlanSource({ fileName, bytes, format }, problems);
  return { keys: problems.errors.map((e) => e.key), errors: problems.errors, parsed: result.parsed };
}

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(files)) z.file(name, content);
  return z.generateAsync({ type: 'uint8array' });
}

/** Bytes that look like nothing in particular (a fixed pseudo-random sequence). */
function garbage(length: number): Uint8Array {
  let x = 2463534242;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

describe('detectFormat', () => {
  it.each([
    ['plan.yaml', 'yaml'],
    ['plan.YML', 'yaml'],
    ['plan.json', 'json'],
    ['plan.csv', 'csv'],
    ['plan.xlsx', 'xlsx'],
    ['plan.txt', 'text'],
    ['plan.md', 'text'],
  ])('reads %s as %s', (name, format) => {
    expect(detectFormat(name, new Uint8Array())).toBe(format);
  });

  it('looks at the content when the name says nothing', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(detectFormat('plan', enc('{"name": "x"}'))).toBe('json');
    expect(detectFormat('plan', enc('organisation: X\nname: Y\n'))).toBe('yaml');
    expect(detectFormat('plan', enc('Åtgärd;Ansvarig\n1.1 A;B\n'))).toBe('csv');
    expect(detectFormat('plan', enc('Inledning\nÅtgärd\tAnsvarig\n'))).toBe('text');
    expect(detectFormat('plan', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
  });
});

describe('readPlanSource refuses files it cannot read, saying what they are', () => {
  it('refuses a 20 MB file with its size, before reading it as a plan', async () => {
    const big = new Uint8Array(20_000_000).fill(0x41);
    const { errors } = await errorsOf('stor.txt', big);
    expect(errors).toEqual([{ key: 'plans.import.error.tooLarge', vars: { size: '20,0', max: '10,0' } }]);
    expect(maxImportBytes).toBe(10_000_000);
  });

  it('refuses binary garbage as binary', async () => {
    expect((await errorsOf('plan.txt', garbage(4000))).keys).toEqual(['plans.import.error.binary']);
    expect((await errorsOf('plan.csv', garbage(4000))).keys).toEqual(['plans.import.error.binary']);
  });

  it('refuses a file named .xlsx that is not a zip', async () => {
    expect((await errorsOf('plan.xlsx', new TextEncoder().encode('Åtgärd;Ansvarig'))).keys).toEqual(['plans.import.error.notXlsx']);
    expect((await errorsOf('plan.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage(100)]))).keys).toEqual(['plans.import.error.notXlsx']);
  });

  it('refuses an XLSX that is really a zip of something else, listing what is inside', async () => {
    const { errors } = await errorsOf('plan.xlsx', await zip({ 'bilder/karta.png': 'x', 'läsmig.txt': 'hej' }));
    expect(errors).toEqual([{ key: 'plans.import.error.zipNotXlsx', vars: { contents: 'bilder/karta.png, läsmig.txt' } }]);
  });

  it('reads a file by its content when no format is asked for: a Word zip named .xlsx is a (here broken) Word document, a PDF named .txt a PDF', async () => {
    expect((await errorsOf('plan.xlsx', await zip({ 'word/document.xml': '<w/>', '[Content_Types].xml': '<x/>' }))).keys).toEqual(['plans.import.error.docxUnreadable']);
    expect((await errorsOf('plan.txt', new TextEncoder().encode('%PDF-1.7\n...'))).keys).toEqual(['plans.import.error.pdfUnreadable']);
    expect((await errorsOf('plan.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).keys).toEqual(['plans.import.error.oldOffice']);
  });

  it('refuses a Word document or PDF read as another format it was asked to be', async () => {
    expect((await errorsOf('plan.xlsx', await zip({ 'word/document.xml': '<w/>' }), 'xlsx')).errors).toEqual([{ key: 'plans.import.error.wordDocument', vars: { format: 'xlsx' } }]);
    expect((await errorsOf('plan.pdf', new TextEncoder().encode('%PDF-1.7\n...'), 'text')).errors).toEqual([{ key: 'plans.import.error.pdf', vars: { format: 'text' } }]);
  });

  it('says a password-protected Office file is password-protected', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le'), 0, 0]);
    expect((await errorsOf('plan.docx', ole)).keys).toEqual(['plans.import.error.encrypted']);
  });

  it('reads a workbook named .csv as the workbook it is, and refuses it when asked to read it as CSV', async () => {
    const xlsx = await workbookBytes([{ name: 'Plan', rows: [['Åtgärd', 'Ansvarig', 'Klar senast'], ['1.1 Gör', 'Samordnarna', 'Maj 2026']] }]);
    expect((await errorsOf('plan.csv', xlsx)).parsed!.measures).toHaveLength(1);
    expect((await errorsOf('plan.csv', xlsx, 'csv')).keys).toEqual(['plans.import.error.zipNotText']);
    expect((await errorsOf('plan.txt', new TextEncoder().encode('  \n\n'))).keys).toEqual(['plans.import.error.emptyFile']);
  });

  it('reads a real workbook and the shipped examples', async () => {
    const xlsx = await workbookBytes([{ name: 'Plan', rows: [['Åtgärd', 'Ansvarig', 'Klar senast'], ['1.1 Gör', 'Samordnarna', 'Maj 2026']] }]);
    expect((await errorsOf('plan.xlsx', xlsx)).parsed!.measures).toHaveLength(1);
    expect((await errorsOf('plan.txt', exampleBytes('oskarshamn'))).parsed!.measures).toHaveLength(32);
    expect((await errorsOf('plan.yaml', exampleBytes('yaml'))).parsed!.measures).toHaveLength(5);
  });
});
