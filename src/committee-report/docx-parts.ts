import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { TrafficLight } from '../status/status.js';

/** Soft fills for a light: readable when printed in grey, calm on screen. */
export const lightFill: Record<TrafficLight, string> = { red: 'FBE3E4', yellow: 'FFF1C7', green: 'DFF3E0', blue: 'DDEBF7', grey: 'EFEFEF' };
const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** Paragraphs for a text, one per line, so line breaks in comments survive. */
export function lines(text: string, options: { bold?: boolean; size?: number; color?: string; keepNext?: boolean } = {}): Paragraph[] {
  const { keepNext, ...run } = options;
  const parts = text === '' ? [''] : text.split('\n');
  return parts.map((line) => new Paragraph({ spacing: { after: 40 }, keepNext: keepNext ?? false, children: [new TextRun({ text: line, ...run })] }));
}

/** A table cell holding text (or paragraphs), optionally shaded. */
export function cell(content: string | Paragraph[], options: { fill?: string; bold?: boolean; width?: number; size?: number; keepNext?: boolean } = {}): TableCell {
  return new TableCell({
    children:
      typeof content === 'string' ? lines(content, { bold: options.bold, keepNext: options.keepNext, ...(options.size ? { size: options.size } : {}) }) : content,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

/** A two-column label/value table (the plan facts, a measure's facts), kept on one page. */
export function factTable(rows: ReadonlyArray<readonly [string, string | Paragraph[], string?]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: rows.map(([label, value, fill], i) => {
      // "Keep with next" on every row but the last holds a short table together.
      const keepNext = i < rows.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [cell(label, { bold: true, width: 26, fill: 'F4F6F8', keepNext }), cell(value, { width: 74, keepNext, ...(fill ? { fill } : {}) })],
      });
    }),
  });
}

/**
 * A table with a repeated, shaded header row. `widths` are percentages per
 * column; `size` is the font size in half-points for dense tables.
 */
export function gridTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | { text: string; fill?: string }>>,
  options: { widths?: readonly number[]; size?: number } = {},
): Table {
  const at = (i: number) => ({ ...(options.widths?.[i] ? { width: options.widths[i] } : {}), ...(options.size ? { size: options.size } : {}) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(options.widths ? { columnWidths: options.widths.map((w) => Math.round(w * 96)) } : {}),
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { bold: true, fill: 'E7EBF0', ...at(i) })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => (typeof c === 'string' ? cell(c, at(i)) : cell(c.text, { ...(c.fill ? { fill: c.fill } : {}), ...at(i) }))),
          }),
      ),
    ],
  });
}

/** A paragraph of runs with a little space after. */
export function paragraph(children: ParagraphChild[], after = 120): Paragraph {
  return new Paragraph({ spacing: { after }, children });
}
