import type { RiskArea } from '../../plan.js';
import type { TableRow } from '../table/table-row.js';

/**
 * Risk areas from "Riskområde | Motivering" rows. A row with an empty
 * name continues the motivation above it (a row broken across a page).
 */
export function riskAreasFromRows(rows: readonly TableRow[]): RiskArea[] {
  const areas: RiskArea[] = [];
  for (const row of rows) {
    const name = (row.cells[0] ?? '').trim();
    const motivation = row.cells.slice(1).join(' ').replace(/\s+/g, ' ').trim();
    const previous = areas[areas.length - 1];
    if (name === '' && previous && motivation !== '') previous.motivation = `${previous.motivation} ${motivation}`.trim();
    else if (name !== '') areas.push({ name, motivation });
  }
  return areas;
}
