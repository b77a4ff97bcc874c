import { CsvError, parse } from 'csv-parse/sync';
import type { ProblemCollector } from '../import-problem.js';
import type { Sheet } from './sheet.js';

/** The separator of the first non-empty line: ";" (Swedish Excel), "," or a tab, whichever is most used outside quotes. */
export function detectDelimiter(text: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = first.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

/**
 * Reads CSV as Swedish offices save it: ";" or "," (or tab) separated,
 * quoted fields with line breaks and doubled quotes, a BOM, Windows line
 * endings. Each row keeps the line it starts on, for messages.
 */
export function readCsv(text: string, problems: ProblemCollector): Sheet {
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    const records = parse(normalised, {
      delimiter: detectDelimiter(normalised),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    let previousEnd = 0;
    const rows = records.map(({ record, info }) => {
      const row = { line: previousEnd + 1, cells: record.map((c) => c.trim()) };
      previousEnd = info.lines;
      return row;
    });
    return { rows };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    problems.error({ ...(line ? { line } : {}), key: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'plans.import.error.csvQuote' : 'plans.import.error.csvInvalid' });
    return { rows: [] };
  }
}
