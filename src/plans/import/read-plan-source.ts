import { decodeText } from './decode-text.js';
import { detectFormat, sniff, type ImportFormat } from './detect-format.js';
import type { ProblemCollector } from './import-problem.js';
import type { ParsedPlan } from './parsed-plan.js';
import { parsePlanFile } from './plan-file/parse-plan-file.js';
import { parseSpreadsheet } from './spreadsheet/parse-spreadsheet.js';
import { readCsv } from './spreadsheet/read-csv.js';
import { readXlsx } from './spreadsheet/read-xlsx.js';
import { checkXlsxContainer } from './spreadsheet/xlsx-container.js';
import { parsePlanText } from './text/parse-plan-text.js';

/** The largest plan file Tillit reads: real plans are a few hundred kilobytes. */
export const maxImportBytes = 10_000_000;

/** Megabytes (10⁶ bytes, as file managers show them) with one decimal, Swedish style ("20,0"). */
export function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1).replace('.', ',');
}

/**
 * Reads a plan from a file's bytes in any supported format. Refuses, with
 * a message saying what the file is instead, files that are too large,
 * empty, binary, PDF, old binary Office files (.xls/.doc), Word documents
 * and zips that are not workbooks. Errors go to `problems`; the result is
 * undefined when nothing could be read.
 */
export async function readPlanSource(
  input: { fileName: string; bytes: Uint8Array; format?: ImportFormat },
  problems: ProblemCollector,
): Promise<{ format: ImportFormat; parsed?: ParsedPlan }> {
  const { bytes } = input;
  const format = detectFormat(input.fileName, bytes, input.format);
  if (bytes.length > maxImportBytes) {
    problems.error({ key: 'plans.import.error.tooLarge', vars: { size: megabytes(bytes.length), max: megabytes(maxImportBytes) } });
    return { format };
  }
  const kind = sniff(bytes);
  if (kind === 'pdf') problems.error({ key: 'plans.import.error.pdf' });
  else if (kind === 'ole') problems.error({ key: 'plans.import.error.oldOffice' });
  else if (kind === 'zip' && format !== 'xlsx') problems.error({ key: 'plans.import.error.zipNotText', vars: { format } });
  else if (kind !== 'zip' && format === 'xlsx') problems.error({ key: 'plans.import.error.notXlsx' });
  if (problems.errors.length > 0) return { format };

  if (format === 'xlsx') {
    if (!(await checkXlsxContainer(bytes, problems))) return { format };
    const sheets = await readXlsx(bytes, problems);
    return problems.errors.length > 0 ? { format } : { format, parsed: parseSpreadsheet(sheets, problems) };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    problems.error({ key: 'plans.import.error.binary' });
    return { format };
  }
  if (text.trim() === '') {
    problems.error({ key: 'plans.import.error.emptyFile' });
    return { format };
  }
  if (format === 'csv') {
    const sheet = readCsv(text, problems);
    return problems.errors.length > 0 ? { format } : { format, parsed: parseSpreadsheet([sheet], problems) };
  }
  if (format === 'text') return { format, parsed: parsePlanText(text, problems) };
  return { format, parsed: parsePlanFile(text, format, problems) };
}
