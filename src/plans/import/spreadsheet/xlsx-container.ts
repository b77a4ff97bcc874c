import JSZip from 'jszip';
import type { ProblemCollector } from '../import-problem.js';

/** Largest total size a workbook may unpack to; a small file that unpacks to gigabytes is a zip bomb. */
export const maxUnpackedBytes = 200 * 1024 * 1024;

/**
 * Checks that zip bytes are an Excel workbook before it is parsed: a zip at
 * all, with xl/workbook.xml inside (a Word document or any other zip gets
 * its own message naming what it is), and not unpacking to more than
 * maxUnpackedBytes. True when it is safe to read.
 */
export async function checkXlsxContainer(bytes: Uint8Array, problems: ProblemCollector): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    problems.error({ key: 'plans.import.error.notXlsx' });
    return false;
  }
  const names = Object.keys(zip.files);
  if (names.includes('word/document.xml')) {
    problems.error({ key: 'plans.import.error.wordDocument', vars: { format: 'xlsx' } });
    return false;
  }
  if (!names.includes('xl/workbook.xml')) {
    const shown = names.filter((n) => !n.endsWith('/')).slice(0, 5).join(', ');
    problems.error({ key: 'plans.import.error.zipNotXlsx', vars: { contents: shown || '–' } });
    return false;
  }
  let unpacked = 0;
  for (const file of Object.values(zip.files)) {
    // JSZip keeps the central directory's sizes here; there is no public accessor.
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    unpacked += typeof size === 'number' ? size : 0;
  }
  if (unpacked > maxUnpackedBytes) {
    problems.error({ key: 'plans.import.error.xlsxTooLarge', vars: { mb: Math.round(unpacked / 1024 / 1024) } });
    return false;
  }
  return true;
}
