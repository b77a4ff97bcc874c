import { documentLines } from '../text/plain-line.js';
import { plainLine, tabCells } from '../text/plain-line.js';
import type { DocumentBlock, PlanDocument, TableBlock } from './plan-document.js';

const markdownHeading = /^\s*(#{1,6})\s+\S/;

/**
 * Reads a plan saved as text into the document model: tab-separated lines
 * are table rows (blank lines between them, page breaks, do not end the
 * table), markdown "#" lines are headings, and consecutive other lines form
 * one paragraph. Every block keeps its line number for messages.
 */
export function textDocument(text: string): PlanDocument {
  const blocks: DocumentBlock[] = [];
  let table: TableBlock | null = null;
  let paragraph: { kind: 'paragraph'; text: string; line: number } | null = null;
  documentLines(text).forEach((line, index) => {
    if (line.includes('\t')) {
      paragraph = null;
      if (!table) {
        table = { kind: 'table', rows: [] };
        blocks.push(table);
      }
      table.rows.push({ line: index + 1, cells: tabCells(line) });
      return;
    }
    if (plainLine(line) === '') {
      paragraph = null;
      return;
    }
    table = null;
    const heading = markdownHeading.exec(line);
    if (heading) {
      paragraph = null;
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: line, line: index + 1 });
      return;
    }
    if (paragraph) paragraph.text += `\n${line}`;
    else {
      paragraph = { kind: 'paragraph', text: line, line: index + 1 };
      blocks.push(paragraph);
    }
  });
  return { blocks };
}
