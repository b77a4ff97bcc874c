import type { TableRow } from '../table/table-row.js';

/** A worksheet (or a CSV file, which has no name) as rows of text cells. */
export interface Sheet {
  name?: string;
  rows: TableRow[];
}
