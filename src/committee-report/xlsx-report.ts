import type { Locale } from '../i18n/locale.js';
import type { CommitteeReport } from './committee-report.js';

/**
 * The committee report as an Excel workbook (xlsx-workbook.ts). ExcelJS,
 * the heaviest library Tillit uses, is loaded with the first workbook, not
 * when Tillit starts.
 */
export async function renderXlsxReport(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  const { writeXlsxReport } = await import('./xlsx-workbook.js');
  return writeXlsxReport(report, locale);
}
