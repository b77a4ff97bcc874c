import { knownKeys } from '../../../known-keys.js';
import { parsePeriod } from '../../parse-period.js';
import type { FollowUp } from '../../plan.js';
import type { PlanMeta } from '../parsed-plan.js';
import { normaliseHeading } from '../table/column-headings.js';
import type { TableRow } from '../table/table-row.js';

type MetaField = 'organisation' | 'name' | 'committee' | 'decisionReference' | 'decisionDate' | 'decided' | 'validFrom' | 'validTo' | 'coordinatorText' | FollowUp['kind'];

const labels = knownKeys<MetaField>({
  organisation: 'organisation', kommun: 'organisation', myndighet: 'organisation',
  plan: 'name', handlingsplan: 'name', namn: 'name', 'planens namn': 'name', titel: 'name',
  nämnd: 'committee', beslutsinstans: 'committee', 'beslutande organ': 'committee',
  beslut: 'decisionReference', paragraf: 'decisionReference', beslutsparagraf: 'decisionReference', '§': 'decisionReference',
  beslutsdatum: 'decisionDate', fastställd: 'decided', antagen: 'decided', beslutad: 'decided',
  'gäller från': 'validFrom', 'gäller från och med': 'validFrom', 'giltig från': 'validFrom',
  'gäller till': 'validTo', 'gäller till och med': 'validTo', giltighetstid: 'validTo', 'giltig till': 'validTo',
  samordnare: 'coordinatorText', 'ansvarig för dokumentet': 'coordinatorText', samordningsansvarig: 'coordinatorText',
  uppföljning: 'followUp', slutrapport: 'finalReport', slutrapportering: 'finalReport', statusrapport: 'statusReport', statusrapporter: 'statusReport',
});

function day(text: string): string | null {
  const period = parsePeriod(text);
  return period.kind === 'day' ? period.from : null;
}

/**
 * Plan facts written above the header row of a spreadsheet, one per row
 * as "label | value" ("Organisation | Norrtälje kommun", "Nämnd |
 * Socialnämnden", "Gäller till | 2025-06-30", "Uppföljning | mars 2025"),
 * and a lone title cell that names a "handlingsplan".
 */
export function readSheetMetadata(rows: readonly TableRow[]): PlanMeta {
  const meta: PlanMeta = {};
  const followUps: FollowUp[] = [];
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 1 && /handlingsplan/iu.test(cells[0]!)) meta.name ??= cells[0]!;
    if (cells.length < 2) continue;
    const field = labels.get(normaliseHeading(cells[0]!));
    const value = cells.slice(1).join(' ').trim();
    if (!field) continue;
    if (field === 'decided') {
      meta.decisionReference ??= /§\s*\d+/u.exec(value)?.[0] ?? null;
      meta.decisionDate ??= /\d{4}-\d{2}-\d{2}/.exec(value) ? day(/\d{4}-\d{2}-\d{2}/.exec(value)![0]) : null;
      meta.committee ??= /^(\p{Lu}[\p{L}-]+)/u.exec(value)?.[1] ?? null;
    } else if (field === 'decisionDate') meta.decisionDate = day(value);
    else if (field === 'validFrom') meta.validFrom = parsePeriod(value).from;
    else if (field === 'validTo') meta.validTo = parsePeriod(value).to;
    else if (field === 'followUp' || field === 'finalReport' || field === 'statusReport') followUps.push({ kind: field, period: parsePeriod(value), note: null });
    else meta[field] = value;
  }
  if (followUps.length > 0) meta.followUps = followUps;
  return meta;
}
