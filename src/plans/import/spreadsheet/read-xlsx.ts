import ExcelJS from 'exceljs';
import type { ProblemCollector } from '../import-problem.js';
import type { Sheet } from './sheet.js';

/** A cell as the text a person sees: dates as ISO days (or months when formatted without a day), rich text joined, formula results. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    const format = cell.numFmt ?? '';
    return format !== '' && !/d/i.test(format.replace(/"[^"]*"/g, '')) ? iso.slice(0, 7) : iso;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result instanceof Date ? value.result.toISOString().slice(0, 10) : value.result);
    if ('error' in value) return '';
    return cell.text ?? '';
  }
  return String(value);
}

/**
 * Reads every worksheet of an XLSX workbook as rows of text, keeping each
 * row's number. The caller has checked that the bytes are a real workbook
 * of reasonable unpacked size (xlsx-container.ts).
 */
export async function readXlsx(bytes: Uint8Array, problems: ProblemCollector): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    problems.error({ key: 'plans.import.error.xlsxUnreadable' });
    return [];
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    if (worksheet.state !== 'visible') return;
    const rows: Sheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let col = 1; col <= row.cellCount; col++) cells.push(cellText(row.getCell(col)).normalize('NFC').trim());
      rows.push({ line: rowNumber, sheet: worksheet.name, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}
