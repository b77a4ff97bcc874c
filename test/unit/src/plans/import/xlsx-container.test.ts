import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { checkXlsxContainer } from '../../../../../src/plans/import/spreadsheet/xlsx-container.js';

async function workbookZip(sheetBytes: number): Promise<Uint8Array> {
  const z = new JSZip();
  z.file('xl/workbook.xml', '<workbook/>');
  z.file('xl/worksheets/sheet1.xml', 'x'.repeat(sheetBytes));
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the workbook container check', () => {
  it('refuses a small file that unpacks to more than the limit (a zip bomb), saying how large it would be', async () => {
    const bytes = await workbookZip(3 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(100 * 1024);
    const problems = new ProblemCollector();
    expect(await checkXlsxContainer(bytes, problems, 1024 * 1024)).toBe(false);
    expect(problems.errors).toEqual([expect.objectContaining({ key: 'plans.import.error.xlsxTooLarge' })]);
  });

  it('refuses it even when the zip’s own headers claim the files are tiny', async () => {
    const bytes = await workbookZip(3 * 1024 * 1024);
    // Rewrite every declared uncompressed size (local headers and central directory) to 1 byte.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, 1, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 1, true);
    }
    const problems = new ProblemCollector();
    expect(await checkXlsxContainer(bytes, problems, 1024 * 1024)).toBe(false);
    expect(problems.errors.map((e) => e.key)).toContain('plans.import.error.xlsxTooLarge');
  });

  it('lets a workbook within the limit through', async () => {
    const problems = new ProblemCollector();
    expect(await checkXlsxContainer(await workbookZip(512 * 1024), problems, 1024 * 1024)).toBe(true);
    expect(problems.errors).toEqual([]);
  });
});
