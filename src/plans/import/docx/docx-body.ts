import type { DocumentBlock } from '../document/plan-document.js';
import type { TableRow } from '../table/table-row.js';
import { childElements, textOf, wAttr, wChild, wName, wVal, type XmlElement } from './docx-xml.js';

/** The text of a paragraph: its runs' text, tabs and breaks, in fields, hyperlinks and content controls too. */
export function paragraphText(paragraph: XmlElement, tab: string): string {
  let text = '';
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = wName(child);
      if (name === 't') text += textOf(child);
      else if (name === 'tab' || name === 'ptab') text += tab;
      else if (name === 'br' || name === 'cr') text += '\n';
      else if (name === 'noBreakHyphen') text += '-';
      else if (name === 'delText' || name === 'instrText' || name === 'pPr' || name === 'rPr' || name === 'del') continue;
      else walk(child);
    }
  };
  walk(paragraph);
  return text.normalize('NFC');
}

/** The text of a table cell: its paragraphs (and nested tables) one per line. */
function cellText(cell: XmlElement): string {
  const lines: string[] = [];
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = wName(child);
      if (name === 'p') lines.push(paragraphText(child, ' '));
      else if (name === 'tbl' || name === 'tr' || name === 'tc' || name === 'sdt' || name === 'sdtContent' || name === 'customXml') walk(child);
    }
  };
  walk(cell);
  return lines.map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l !== '').join('\n');
}

function cellsOf(row: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = wName(child);
      if (name === 'tc') cells.push(child);
      else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') walk(child);
    }
  };
  walk(row);
  return cells;
}

function rowsOf(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = wName(child);
      if (name === 'tr') rows.push(child);
      else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') walk(child);
    }
  };
  walk(table);
  return rows;
}

/**
 * A table's rows on its grid: a cell spanning columns (gridSpan) fills its
 * first column and leaves the others empty; a vertically merged cell
 * (vMerge) gives its text to each row it covers; cells skipped before a
 * row (gridBefore) are empty.
 */
export function tableRows(table: XmlElement, tableNumber: number): TableRow[] {
  const out: TableRow[] = [];
  let above: string[] = [];
  rowsOf(table).forEach((row, index) => {
    const cells: string[] = [];
    const before = Number(wVal(wChild(row, 'trPr'), 'gridBefore') ?? 0);
    for (let i = 0; i < before && i < 64; i++) cells.push('');
    for (const cell of cellsOf(row)) {
      const props = wChild(cell, 'tcPr');
      const span = Math.min(Math.max(Number(wVal(props, 'gridSpan') ?? 1) || 1, 1), 64);
      const merge = props ? wChild(props, 'vMerge') : undefined;
      const continues = merge !== undefined && (wAttr(merge, 'val') ?? '') !== 'restart';
      const column = cells.length;
      cells.push(continues ? (above[column] ?? '') : cellText(cell));
      for (let i = 1; i < span; i++) cells.push('');
    }
    above = cells;
    out.push({ line: index + 1, table: tableNumber, cells });
  });
  return out;
}

/**
 * The blocks of a document body in reading order: paragraphs (headings by
 * their style's level), tables, and what content controls hold. Empty
 * paragraphs are dropped; a paragraph's place is its number in the body.
 */
export function bodyBlocks(body: XmlElement, levels: ReadonlyMap<string, number>): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let tables = 0;
  let place = 0;
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      const name = wName(child);
      if (name === 'p') {
        place++;
        const text = paragraphText(child, '\t').replace(/\n+/g, ' ').replace(/ {2,}/g, ' ').trim();
        if (text === '') continue;
        const props = wChild(child, 'pPr');
        const style = wVal(props, 'pStyle');
        const outline = wVal(props, 'outlineLvl');
        const level = outline !== undefined && /^[0-8]$/.test(outline) ? Number(outline) + 1 : style !== undefined ? levels.get(style) : undefined;
        blocks.push(level !== undefined ? { kind: 'heading', level, text, line: place } : { kind: 'paragraph', text, line: place });
      } else if (name === 'tbl') {
        tables++;
        blocks.push({ kind: 'table', rows: tableRows(child, tables) });
      } else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') {
        walk(child);
      }
    }
  };
  walk(body);
  return blocks;
}
