import { decodeText } from './decode-text.js';
import { detectFormat, isEncryptedOffice, sniff, type ImportFormat } from './detect-format.js';
import { parsePlanDocument } from './document/parse-plan-document.js';
import type { ProblemCollector } from './import-problem.js';
import type { ParsedPlan } from './parsed-plan.js';
import { parsePlanFile } from './plan-file/parse-plan-file.js';
import { parseSpreadsheet } from './spreadsheet/parse-spreadsheet.js';
import { readCsv } from './spreadsheet/read-csv.js';
import { parsePlanText } from './text/parse-plan-text.js';

import { maxImportBytes, megabytes } from './import-limits.js';

export { maxImportBytes, megabytes };

/** A zip read by content: a Word document inside makes it docx, else it stays as named. */
async function zipFormat(bytes: Uint8Array, named: ImportFormat): Promise<ImportFormat> {
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('word/document.xml')) return 'docx';
    if (zip.file('xl/workbook.xml')) return 'xlsx';
  } catch {
    // Not a readable zip: the reader for the named format says so.
  }
  return named;
}

/** What is wrong with reading these bytes as this format, before any reader runs. */
function containerProblem(bytes: Uint8Array, format: ImportFormat, problems: ProblemCollector): boolean {
  const kind = sniff(bytes);
  if (kind === 'ole') problems.error({ key: isEncryptedOffice(bytes) ? 'plans.import.error.encrypted' : 'plans.import.error.oldOffice' });
  else if (kind === 'pdf' && format !== 'pdf') problems.error({ key: 'plans.import.error.pdf', vars: { format } });
  else if (kind !== 'pdf' && format === 'pdf') problems.error({ key: 'plans.import.error.pdfUnreadable' });
  else if (kind === 'zip' && format !== 'xlsx' && format !== 'docx') problems.error({ key: 'plans.import.error.zipNotText', vars: { format } });
  else if (kind !== 'zip' && format === 'xlsx') problems.error({ key: 'plans.import.error.notXlsx' });
  else if (kind !== 'zip' && format === 'docx') problems.error({ key: 'plans.import.error.docxUnreadable' });
  return problems.errors.length > 0;
}

/**
 * Reads a plan from a file's bytes in any supported format. Refuses, with
 * a message saying what the file is instead, files that are too large,
 * empty, binary, password-protected, old binary Office files (.xls/.doc)
 * and zips that are neither workbooks nor Word documents. Errors go to
 * `problems`; the result is undefined when nothing could be read.
 */
export async function readPlanSource(
  input: { fileName: string; bytes: Uint8Array; format?: ImportFormat },
  problems: ProblemCollector,
): Promise<{ format: ImportFormat; parsed?: ParsedPlan }> {
  const { bytes } = input;
  let format = detectFormat(input.fileName, bytes, input.format);
  if (bytes.length > maxImportBytes) {
    problems.error({ key: 'plans.import.error.tooLarge', vars: { size: megabytes(bytes.length), max: megabytes(maxImportBytes) } });
    return { format };
  }
  if (!input.format && sniff(bytes) === 'zip') format = await zipFormat(bytes, format);
  if (containerProblem(bytes, format, problems)) return { format };

  // The readers of binary formats (and their libraries: ExcelJS, JSZip, pdf.js) are loaded with the first such file.
  if (format === 'xlsx') {
    const [{ checkXlsxContainer }, { readXlsx }] = await Promise.all([import('./spreadsheet/xlsx-container.js'), import('./spreadsheet/read-xlsx.js')]);
    if (!(await checkXlsxContainer(bytes, problems))) return { format };
    const sheets = await readXlsx(bytes, problems);
    return problems.errors.length > 0 ? { format } : { format, parsed: parseSpreadsheet(sheets, problems, { fileName: input.fileName }) };
  }
  if (format === 'docx' || format === 'pdf') {
    const document = format === 'docx' ? await (await import('./docx/read-docx.js')).readDocx(bytes, problems) : await (await import('./pdf/read-pdf.js')).readPdf(bytes, problems);
    if (!document || problems.errors.length > 0) return { format };
    return { format, parsed: parsePlanDocument(document, problems, { guessSentences: format === 'pdf' }) };
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
    return problems.errors.length > 0 ? { format } : { format, parsed: parseSpreadsheet([sheet], problems, { fileName: input.fileName }) };
  }
  if (format === 'text') return { format, parsed: parsePlanText(text, problems) };
  return { format, parsed: parsePlanFile(text, format, problems) };
}
