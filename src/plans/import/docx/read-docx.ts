import JSZip from 'jszip';
import type { PlanDocument } from '../document/plan-document.js';
import type { ProblemCollector } from '../import-problem.js';
import { maxUnpackedBytes } from '../spreadsheet/xlsx-container.js';
import { bodyBlocks } from './docx-body.js';
import { headingLevels } from './docx-styles.js';
import { parseXml, wChild } from './docx-xml.js';

function unpackedSize(zip: JSZip): number {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    // JSZip keeps the central directory's sizes here; there is no public accessor.
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    total += typeof size === 'number' ? size : 0;
  }
  return total;
}

/**
 * Reads a Word document (DOCX) into the document model: the zip opened
 * with JSZip, word/document.xml and word/styles.xml parsed as XML, the
 * body walked for headings, paragraphs and tables. A file that is no zip,
 * a zip without a document, a zip bomb or broken XML is refused with its
 * own message.
 */
export async function readDocx(bytes: Uint8Array, problems: ProblemCollector): Promise<PlanDocument | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    problems.error({ key: 'plans.import.error.docxUnreadable' });
    return undefined;
  }
  const main = zip.file('word/document.xml');
  if (!main) {
    problems.error({ key: zip.file('xl/workbook.xml') ? 'plans.import.error.docxIsWorkbook' : 'plans.import.error.docxNotWord' });
    return undefined;
  }
  if (unpackedSize(zip) > maxUnpackedBytes) {
    problems.error({ key: 'plans.import.error.xlsxTooLarge', vars: { mb: Math.round(unpackedSize(zip) / 1024 / 1024) } });
    return undefined;
  }
  let root;
  let styles;
  try {
    root = parseXml(await main.async('string'));
    const stylesFile = zip.file('word/styles.xml');
    styles = stylesFile ? parseXml(await stylesFile.async('string')) : undefined;
  } catch {
    root = undefined;
  }
  const body = root ? wChild(root, 'body') : undefined;
  if (!body) {
    problems.error({ key: 'plans.import.error.docxUnreadable' });
    return undefined;
  }
  return { blocks: bodyBlocks(body, headingLevels(styles)) };
}
