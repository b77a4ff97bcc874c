import type { Locale } from '../i18n/locale.js';
import type { CommitteeReport } from './committee-report.js';

/**
 * The committee report as a Word document (docx-document.ts). The docx
 * library and the layout are loaded with the first report, not when Tillit
 * starts: most processes never write one.
 */
export async function renderDocxReport(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  const { writeDocxReport } = await import('./docx-document.js');
  return writeDocxReport(report, locale);
}
