import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page, in points from the page's top left. */
export interface PdfItem {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** Why a PDF could not be read. */
export type PdfFailure = { kind: 'encrypted' } | { kind: 'unreadable' } | { kind: 'tooManyPages'; pages: number };

/** The most pages Tillit reads: a plan with its appendices is far fewer. */
export const maxPdfPages = 200;

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy | PdfFailure> {
  try {
    // pdf.js is large: loaded on the first PDF, not with every command.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
    return await task.promise;
  } catch (error) {
    return { kind: (error as { name?: string }).name === 'PasswordException' ? 'encrypted' : 'unreadable' };
  }
}

/**
 * The text of a PDF with positions, page by page, from pdf.js's text layer
 * (no rendering, no fonts loaded). A password, a damaged file and too many
 * pages are failures the caller names.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPage[] | PdfFailure> {
  const document = await open(bytes);
  if ('kind' in document) return document;
  try {
    if (document.numPages > maxPdfPages) return { kind: 'tooManyPages', pages: document.numPages };
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        // Rotated text (a margin note) is not part of the plan's reading order.
        if (Math.abs(b!) > 0.01) continue;
        const size = Math.abs(d!) || Math.abs(a!);
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        items.push({ text: item.str.normalize('NFC'), x, y, width: item.width, size, font: item.fontName });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return pages;
  } catch {
    return { kind: 'unreadable' };
  } finally {
    await document.destroy();
  }
}
