import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/cli-io.js';
import { describeCliError } from '../../../cli/describe-error.js';
import { buildProgram } from '../../../cli/program.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje } from '../../helpers/norrtalje-scenario.js';

/** Runs `tillit …` in-process; returns what it printed and its exit code. */
async function tillit(databaseUrl: string | undefined, cwd: string, ...args: string[]): Promise<{ out: string[]; err: string[]; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { TILLIT_DATA_DIR: path.join(cwd, 'tillit-data'), LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd, locale: 'sv' };
  try {
    await buildProgram(io).parseAsync(['node', 'tillit', ...args]);
    return { out, err, code: 0 };
  } catch (error) {
    const { line, exitCode } = describeCliError(io, error);
    return { out, err: [...err, line], code: exitCode };
  }
}

describe.each(dialects)('tillit plan report ($name)', ({ create }) => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await create();
    await seedNorrtalje(database.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-report-'));
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the Word report as of a day under its default name in the data folder’s reports folder, not where the command runs', async () => {
    const result = await tillit(database.url, dir, 'plan', 'report', 'norrtalje-2024-2025', '--format', 'docx', '--as-of', '2025-03-31');
    expect(result.err).toEqual([]);
    const file = path.join(dir, 'tillit-data', 'rapporter', 'statusrapport-norrtalje-2024-2025-2025-03-31.docx');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(result.out).toEqual([`Skrev ${file} (8 åtgärder, läget per 2025-03-31).`]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Uppföljning av handlingsplanen per 31 mars 2025');
  });

  it('writes the Excel workbook to --out, as the plan looked on an earlier day', async () => {
    const out = path.join(dir, 'augusti.xlsx');
    const result = await tillit(database.url, dir, 'plan', 'report', 'norrtalje-2024-2025', '--format', 'xlsx', '--as-of', '2024-08-31', '--out', out);
    expect(result.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Åtgärder')!;
    expect(sheet.rowCount).toBe(9);
    expect(sheet.getRow(6).getCell(7).value).toBe('November 2024');
    expect(fs.readdirSync(dir).some((f) => f.endsWith('.part'))).toBe(false);
  });

  it('names the known plans when the plan does not exist', async () => {
    const result = await tillit(database.url, dir, 'plan', 'report', 'oskarshamn-2026-2028');
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe('tillit: fel: det finns ingen plan "oskarshamn-2026-2028" i registret. Planerna där: norrtalje-2024-2025.');
  });

  it.each([
    [['--format', 'pdf'], 'tillit: fel: --format "pdf" känner jag inte till: välj docx eller xlsx.'],
    [['--as-of', '31/3'], 'tillit: fel: --as-of "31/3" är inget datum: skriv det som 2025-03-31.'],
    [['--as-of', '2099-01-01'], 'tillit: fel: --as-of 2099-01-01 har inte kommit än, och hur läget ser ut då vet ingen ännu. Ange i dag eller en dag som har varit.'],
  ])('refuses %j with one clear line', async (args, line) => {
    const result = await tillit(database.url, dir, 'plan', 'report', 'norrtalje-2024-2025', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([line]);
  });

  it('says so when the file cannot be written, without a stack trace', async () => {
    const result = await tillit(database.url, dir, 'plan', 'report', 'norrtalje-2024-2025', '--out', path.join(dir, 'saknas', 'x.docx'));
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^tillit: fel: kunde inte skriva .*x\.docx \(ENOENT\)\.$/);
  });

  it('still answers to its old name, tillit report, with the same file', async () => {
    const out = path.join(dir, 'gamla-namnet.xlsx');
    const result = await tillit(database.url, dir, 'report', 'norrtalje-2024-2025', '--format', 'xlsx', '--as-of', '2024-08-31', '--out', out);
    expect(result).toEqual({ out: [`Skrev ${out} (8 åtgärder, läget per 2024-08-31).`], err: [], code: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Åtgärder')!.getRow(6).getCell(7).value).toBe('November 2024');
  });

  it('lists the committee report under plan in the help, and the old name as the old name', async () => {
    // Commander wraps long descriptions: compare with the line breaks as spaces.
    const helpOf = async (...args: string[]) => (await tillit(database.url, dir, ...args, '--help')).out.join('\n').replace(/\s+/gu, ' ');
    const planHelp = await helpOf('plan');
    expect(planHelp).toContain(' report [flaggor] <plan> ta fram statusrapporten till nämnden som Word (docx) eller Excel (xlsx) help ');
    expect(planHelp).not.toContain('gammalt namn');
    expect(await helpOf()).toContain(' report [flaggor] <plan> ta fram statusrapporten till nämnden som Word (docx) eller Excel (xlsx) (gammalt namn för "npx tillit plan report") help ');
  });

  it('says, naming the file, when there was no database and it made an empty one; the next run says nothing of it', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-elsewhere-'));
    try {
      const file = path.join(elsewhere, 'tillit-data', 'tillit.sqlite');
      const first = await tillit(undefined, elsewhere, 'plan', 'report', 'norrtalje-2024-2025');
      expect(first.err).toEqual([
        `Det fanns ingen databas i ${file}, så en ny, tom databas skapades där. Menade du en annan? Ange den med DATABASE_URL eller mappen med TILLIT_DATA_DIR.`,
        'tillit: fel: det finns ingen plan "norrtalje-2024-2025": registret har inga planer ännu. Importera en med "npx tillit plan import FIL".',
      ]);
      const again = await tillit(undefined, elsewhere, 'plan', 'list');
      expect(again.err).toEqual([]);
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
