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
export async function checkXlsxContainer(bytes: Uint8Array, problems: ProblemCollector, limit = maxUnpackedBytes): Promise<boolean> {
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
  const unpacked = await unpackedSizeBeyond(zip, limit);
  if (unpacked !== undefined) {
    problems.error({ key: 'plans.import.error.xlsxTooLarge', vars: { mb: Math.round(unpacked / 1024 / 1024) } });
    return false;
  }
  return true;
}

/**
 * Unpacks the files one after the other, counting bytes (JSZip's public
 * stream; the sizes the zip declares could lie), and stops as soon as the
 * total passes `limit`: the total then, or undefined when it stays within.
 * A file that cannot be unpacked counts what it gave; reading it says more.
 */
async function unpackedSizeBeyond(zip: JSZip, limit: number): Promise<number | undefined> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const beyond = await new Promise<boolean>((resolve) => {
      const stream = file.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          stream.removeAllListeners('data');
          resolve(true);
        }
      });
      stream.on('end', () => resolve(false));
      stream.on('error', () => resolve(false));
    });
    if (beyond) return total;
  }
  return undefined;
}
