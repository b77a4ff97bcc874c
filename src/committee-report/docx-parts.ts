import type { TrafficLight } from '../status/status.js';
import { paragraphXml, run, xml, type Xml } from './docx-xml.js';

/** Soft fills for a light: readable when printed in grey, calm on screen. */
export const lightFill: Record<TrafficLight, string> = { red: 'FBE3E4', yellow: 'FFF1C7', green: 'DFF3E0', blue: 'DDEBF7', grey: 'EFEFEF' };

/** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
const textWidth = 11906 - 2 * 1134;
const border = 'w:val="single" w:color="BFBFBF" w:sz="4"/>';
const tableBorders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${border}`).join('')}</w:tblBorders>`;
const cellMargins = '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar>';

/** Paragraphs for a text, one per line, so line breaks in comments survive. */
export function lines(text: string, options: { bold?: boolean; size?: number; color?: string; keepNext?: boolean } = {}): Xml[] {
  const { keepNext, ...style } = options;
  const parts = text === '' ? [''] : text.split('\n');
  return parts.map((line) => paragraphXml([run(line, style)], { keepNext: keepNext ?? false, spacing: { after: 40 } }));
}

/** A table cell holding text (or paragraphs), optionally shaded; `width` in percent of the table. */
export function cell(content: string | Xml[], options: { fill?: string; bold?: boolean; width?: number; size?: number; keepNext?: boolean } = {}): Xml {
  const paragraphs = typeof content === 'string' ? lines(content, { bold: options.bold, keepNext: options.keepNext, ...(options.size ? { size: options.size } : {}) }) : content;
  const width = options.width ? `<w:tcW w:type="pct" w:w="${Math.round(options.width * 50)}"/>` : '';
  const shading = options.fill ? `<w:shd w:fill="${options.fill}" w:color="auto" w:val="clear"/>` : '';
  return xml(`<w:tc><w:tcPr>${width}${shading}${cellMargins}</w:tcPr>${paragraphs.join('')}</w:tc>`);
}

function table(gridColumns: readonly number[], rows: readonly Xml[]): Xml {
  const grid = gridColumns.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return xml(`<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${tableBorders}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`);
}

function row(cells: readonly Xml[], header = false): Xml {
  return xml(`<w:tr><w:trPr>${header ? '<w:tblHeader/>' : '<w:cantSplit/>'}</w:trPr>${cells.join('')}</w:tr>`);
}

/** A two-column label/value table (the plan facts, a measure's facts), kept on one page. */
export function factTable(rows: ReadonlyArray<readonly [string, string | Xml[], string?]>): Xml {
  return table(
    [26, 74].map((w) => Math.round((textWidth * w) / 100)),
    rows.map(([label, value, fill], i) => {
      // "Keep with next" on every row but the last holds a short table together.
      const keepNext = i < rows.length - 1;
      return row([cell(label, { bold: true, width: 26, fill: 'F4F6F8', keepNext }), cell(value, { width: 74, keepNext, ...(fill ? { fill } : {}) })]);
    }),
  );
}

/**
 * A table with a repeated, shaded header row. `widths` are percentages per
 * column; `size` is the font size in half-points for dense tables.
 */
export function gridTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | { text: string; fill?: string }>>,
  options: { widths?: readonly number[]; size?: number } = {},
): Xml {
  const at = (i: number) => ({ ...(options.widths?.[i] ? { width: options.widths[i] } : {}), ...(options.size ? { size: options.size } : {}) });
  const grid = options.widths ? options.widths.map((w) => Math.round(w * 96)) : header.map(() => Math.round(textWidth / header.length));
  return table(grid, [
    row(
      header.map((h, i) => cell(h, { bold: true, fill: 'E7EBF0', ...at(i) })),
      true,
    ),
    ...rows.map((r) => row(r.map((c, i) => (typeof c === 'string' ? cell(c, at(i)) : cell(c.text, { ...(c.fill ? { fill: c.fill } : {}), ...at(i) }))))),
  ]);
}

/** A paragraph of runs with a little space after. */
export function paragraph(runs: Xml[], after = 120): Xml {
  return paragraphXml(runs, { spacing: { after } });
}
