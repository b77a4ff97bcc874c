import type { TableRow } from '../table/table-row.js';

/** A heading of a document, with its level (1 = the largest; a title may be 0). */
export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
  /** 1-based line of a text file, or the block's place in a DOCX/PDF, for messages. */
  line: number;
}

/** A paragraph of prose; a text file's paragraph may keep its line breaks ("\n"). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
}

/** A table as rows of text cells (merged cells already spread over the grid). */
export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
}

export type DocumentBlock = HeadingBlock | ParagraphBlock | TableBlock;

/**
 * A plan document as structure, whatever file it came from (text with
 * tab-separated tables, DOCX, PDF): headings, paragraphs and tables in
 * reading order. The plan finders read only this, so every format finds
 * the same things.
 */
export interface PlanDocument {
  blocks: DocumentBlock[];
}

/**
 * The document as lines for the prose finders: each heading and paragraph
 * (its own lines), each table row as tab-separated cells, and a blank line
 * between blocks, as a plan saved as text looks.
 */
export function proseLines(document: PlanDocument): string[] {
  const lines: string[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'table') {
      for (const row of block.rows) lines.push(row.cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t'));
    } else {
      lines.push(...block.text.split('\n'));
    }
    lines.push('');
  }
  return lines;
}
