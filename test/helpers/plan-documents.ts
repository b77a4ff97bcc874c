import fs from 'node:fs';
import path from 'node:path';

const folder = path.resolve(import.meta.dirname, '../fixtures/plan-documents');

/** The generated DOCX/PDF plan fixtures (test/fixtures/plan-documents/generate-plan-documents.ts). */
export function planDocumentPath(file: string): string {
  return path.join(folder, file);
}

export function planDocumentBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(planDocumentPath(file)));
}

/**
 * A valid PDF of empty pages (no text layer, as a scan has none), written
 * object by object with a correct cross-reference table.
 */
export function emptyPagesPdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
