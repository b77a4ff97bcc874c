import type { Command } from 'commander';
import { PlanImportError } from '../../src/plans/import/import-problem.js';
import { InvalidEmailError, UnitNotFoundError } from '../../src/plans/owners/owner-errors.js';
import { setUnitPeople } from '../../src/plans/owners/set-unit-people.js';
import { listUnitDirectory } from '../../src/plans/owners/unit-directory.js';
import { systemClock } from '../../src/ports/clock.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { readInputFile } from '../read-input-file.js';
import { problemLine, problemLines } from '../render/problems.js';
import { withDatabase } from '../with-database.js';

function registerAssign(owners: Command, io: CliIo, name: 'set' | 'add' | 'remove', mode: 'replace' | 'add' | 'remove'): void {
  owners
    .command(name)
    .description(say(io, `owners.cli.${name}.description`))
    .argument('<enhet>', say(io, 'owners.cli.argument.unit'))
    .argument('<e-post...>', say(io, 'owners.cli.argument.emails'))
    .option('--create', say(io, 'owners.cli.create'))
    .action(async (unitName: string, emails: string[], opts: { create?: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        try {
          const result = await setUnitPeople({ db, clock: systemClock }, { unitName, emails, mode, create: opts.create === true && mode !== 'remove' });
          const people = (await listUnitDirectory(db)).find((u) => u.id === result.unit.id)?.people ?? [];
          io.out(say(io, 'owners.cli.assigned', { unit: result.unit.name, people: people.map((p) => p.email).join(', ') || say(io, 'owners.cli.nobody') }));
        } catch (error) {
          if (error instanceof InvalidEmailError) throw new CliError(say(io, 'owners.cli.error.emails', { text: error.invalid.join(', ') || '–' }));
          if (error instanceof UnitNotFoundError) {
            const units = (await listUnitDirectory(db)).map((u) => u.name);
            const close = units.filter((u) => u.toLowerCase().includes(unitName.toLowerCase().slice(0, 6))).slice(0, 3);
            throw new CliError(say(io, 'owners.cli.error.unitNotFound', { unit: unitName, suggestions: close.length > 0 ? close.map((c) => `"${c}"`).join(', ') : '–' }));
          }
          throw error;
        }
      });
    });
}

/** `tillit owners …`: who receives for each owner unit (import, set, add, remove, list). */
export function registerOwners(program: Command, io: CliIo): void {
  const owners = program.command('owners').description(say(io, 'owners.cli.description'));
  owners
    .command('import')
    .description(say(io, 'owners.cli.import.description'))
    .argument('<fil>', say(io, 'owners.cli.import.file'))
    .option('--create', say(io, 'owners.cli.create'))
    .action(async (file: string, opts: { create?: boolean }) => {
      const input = await readInputFile(io, file);
      await withDatabase(io, async ({ db }) => {
        try {
          const { importUnitPeople } = await import('../../src/plans/owners/import-unit-people.js');
          const result = await importUnitPeople({ db, clock: systemClock }, { fileName: input.name, bytes: input.bytes, create: opts.create === true });
          io.out(say(io, 'owners.cli.import.done', { file, assignments: result.assignments, units: result.units }));
          if (result.createdUnits.length > 0) io.out(say(io, 'owners.cli.import.created', { units: result.createdUnits.join(', ') }));
        } catch (error) {
          if (!(error instanceof PlanImportError)) throw error;
          if (error.problems.length === 1) throw new CliError(`${problemLine(io, error.file, error.problems[0]!)} ${say(io, 'plans.cli.nothingChanged')}`);
          for (const line of problemLines(io, error.file, error.problems)) io.err(line);
          throw new CliError(say(io, 'plans.cli.error.importFailed', { file: error.file, count: error.problems.length }));
        }
      });
    });
  registerAssign(owners, io, 'set', 'replace');
  registerAssign(owners, io, 'add', 'add');
  registerAssign(owners, io, 'remove', 'remove');
  owners
    .command('list')
    .description(say(io, 'owners.cli.list.description'))
    .option('--missing', say(io, 'owners.cli.list.missing'))
    .action(async (opts: { missing?: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        const units = (await listUnitDirectory(db)).filter((u) => !opts.missing || (u.people.length === 0 && u.measures.length > 0));
        if (units.length === 0) io.out(say(io, opts.missing ? 'owners.cli.list.noneMissing' : 'owners.cli.list.empty'));
        for (const unit of units) {
          const byPlan = new Map<string, string[]>();
          for (const m of unit.measures) byPlan.set(m.planKey, [...(byPlan.get(m.planKey) ?? []), m.code]);
          const measures =
            unit.measures.length > 0
              ? [...byPlan].map(([plan, codes]) => say(io, 'owners.cli.list.measures', { codes: codes.join(', '), plans: plan })).join('; ')
              : say(io, 'owners.cli.list.noMeasures');
          io.out(`${unit.name}  (${measures})`);
          if (unit.people.length === 0) io.out(`  ${say(io, unit.measures.length > 0 ? 'owners.cli.list.noRecipient' : 'owners.cli.nobody')}`);
          for (const person of unit.people) {
            const who = [person.email ?? '?', person.displayName ? `(${person.displayName})` : null, person.inTeams ? null : say(io, 'owners.cli.list.notInTeams')].filter(Boolean).join(' ');
            io.out(`  ${who}`);
          }
        }
      });
    });
}
