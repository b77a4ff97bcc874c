import path from 'node:path';
import type { Kysely } from 'kysely';
import { ensurePersonByEmail } from '../../directory/people-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { decodeText } from '../import/decode-text.js';
import { ProblemCollector } from '../import/import-problem.js';
import { maxImportBytes, megabytes } from '../import/import-limits.js';
import { readCsv } from '../import/spreadsheet/read-csv.js';
import { normaliseHeading } from '../import/table/column-headings.js';
import { addUnitMember, ensureUnit, findUnit, unitKey } from '../units-repository.js';
import { parseEmails } from './emails.js';

const unitHeadings = new Set(['enhet', 'enheter', 'ansvarig', 'ansvarig enhet', 'unit', 'owner']);
const emailHeadings = new Set(['e post', 'epost', 'e postadress', 'email', 'e mail', 'mejl', 'mail', 'upn', 'person', 'personer']);

export interface ImportUnitPeopleInput {
  fileName: string;
  bytes: Uint8Array;
  /** Create units that no plan names yet (otherwise an unknown unit is an error, likely a typo). */
  create?: boolean;
}

/**
 * Reads a CSV of "unit;e-mail" rows (a header row is optional; a cell may
 * hold several addresses, and further columns more) and adds those people
 * to those units — all rows or none: every bad address and unknown unit is
 * reported with its line first.
 */
export async function importUnitPeople(
  deps: { db: Kysely<Database>; clock: Clock },
  input: ImportUnitPeopleInput,
): Promise<{ units: number; assignments: number; createdUnits: string[] }> {
  const file = path.basename(input.fileName);
  const problems = new ProblemCollector();
  if (input.bytes.length > maxImportBytes) {
    problems.error({ key: 'plans.import.error.tooLarge', vars: { size: megabytes(input.bytes.length), max: megabytes(maxImportBytes) } });
    problems.throwIfErrors(file);
  }
  const text = decodeText(input.bytes);
  if (text === undefined) problems.error({ key: 'plans.import.error.binary' });
  else if (text.trim() === '') problems.error({ key: 'plans.import.error.emptyFile' });
  problems.throwIfErrors(file);
  const rows = readCsv(text!, problems).rows.filter((r) => r.cells.some((c) => c !== ''));
  problems.throwIfErrors(file);
  const first = rows[0];
  if (first && unitHeadings.has(normaliseHeading(first.cells[0] ?? '')) && emailHeadings.has(normaliseHeading(first.cells[1] ?? ''))) rows.shift();

  const wanted: Array<{ unit: string; emails: string[] }> = [];
  const unknownUnits = new Map<string, number>();
  for (const row of rows) {
    const unit = (row.cells[0] ?? '').replace(/\s+/g, ' ').trim();
    const { valid, invalid } = parseEmails(row.cells.slice(1));
    if (unit === '') problems.error({ line: row.line, field: 'enhet', key: 'owners.import.error.unitMissing' });
    if (invalid.length > 0) problems.error({ line: row.line, field: 'e-post', key: 'owners.import.error.emailInvalid', vars: { text: invalid.join(', ') } });
    if (valid.length === 0 && invalid.length === 0) problems.error({ line: row.line, field: 'e-post', key: 'owners.import.error.emailMissing' });
    if (unit !== '' && !input.create && !(await findUnit(deps.db, unit)) && !unknownUnits.has(unitKey(unit))) {
      unknownUnits.set(unitKey(unit), row.line);
      problems.error({ line: row.line, field: 'enhet', key: 'owners.import.error.unitUnknown', vars: { unit } });
    }
    wanted.push({ unit, emails: valid });
  }
  if (wanted.length === 0) problems.error({ key: 'owners.import.error.noRows' });
  problems.throwIfErrors(file);

  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const createdUnits: string[] = [];
    const units = new Set<string>();
    let assignments = 0;
    for (const { unit: name, emails } of wanted) {
      let unit = await findUnit(trx, name);
      if (!unit) {
        unit = await ensureUnit(trx, name, nowIso);
        createdUnits.push(unit.name);
      }
      units.add(unit.id);
      for (const address of emails) {
        const person = await ensurePersonByEmail(trx, address, nowIso);
        await addUnitMember(trx, unit.id, person.id, nowIso);
        assignments += 1;
      }
    }
    return { units: units.size, assignments, createdUnits };
  });
}
