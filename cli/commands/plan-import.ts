import { Option, type Command } from 'commander';
import { importFormats, type ImportFormat } from '../../src/plans/import/detect-format.js';
import { PlanImportError } from '../../src/plans/import/import-problem.js';
import type { ImportPlanResult } from '../../src/plans/import-plan.js';
import { unitsWithoutRecipients } from '../../src/plans/owners/unit-directory.js';
import { systemClock } from '../../src/ports/clock.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { readInputFile } from '../read-input-file.js';
import { diffLines } from '../render/diff-lines.js';
import { problemLine, problemLines } from '../render/problems.js';
import { withDatabase } from '../with-database.js';

interface ImportOptions {
  format?: ImportFormat;
  organisation?: string;
  name?: string;
  key?: string;
  committee?: string;
  decisionReference?: string;
  decisionDate?: string;
  validFrom?: string;
  validTo?: string;
  goalAreaLabel?: string;
  coordinator?: string;
  dryRun?: boolean;
}

const missingFlag: Record<string, string> = {
  committee: '--committee',
  decisionReference: '--decision-reference',
  decisionDate: '--decision-date',
  validFrom: '--valid-from',
  validTo: '--valid-to',
  coordinatorText: '--coordinator',
  followUps: '',
};

function report(io: CliIo, file: string, result: ImportPlanResult): void {
  const d = result.draft;
  const units = new Set(d.measures.flatMap((m) => m.ownerUnits.map((u) => u.toLowerCase()))).size;
  const vars = { file, format: result.format, key: result.plan?.key ?? '', name: d.name, organisation: d.organisation, revision: result.revision ?? 0 };
  const counts = say(io, 'plans.cli.import.counts', { goalAreas: d.goalAreas.length, measures: d.measures.length, units });
  if (result.outcome === 'created') io.out(`${say(io, 'plans.cli.import.created', vars)} ${counts}`);
  if (result.outcome === 'checked') io.out(`${say(io, 'plans.cli.import.checked', vars)} ${counts}`);
  if (result.outcome === 'unchanged') io.out(say(io, 'plans.cli.import.unchanged', vars));
  if (result.outcome === 'revised') {
    io.out(`${say(io, 'plans.cli.import.revised', vars)} ${counts}`);
    const lines = result.diff ? diffLines(io, result.diff) : [];
    io.out(lines.length > 0 ? say(io, 'plans.cli.import.changes', { previous: (result.revision ?? 2) - 1 }) : say(io, 'plans.cli.import.noMeasureChanges'));
    for (const line of lines) io.out(`  ${line}`);
  }
  for (const line of problemLines(io, file, result.warnings, 'warnings')) io.out(`${say(io, 'plans.cli.warning')} ${line}`);
  if (result.missing.length > 0 && result.outcome !== 'unchanged') {
    const names = result.missing.map((m) => {
      const flag = missingFlag[m];
      return flag ? `${say(io, `plans.cli.fact.${m}` as 'plans.cli.fact.committee')} (${flag})` : say(io, `plans.cli.fact.${m}` as 'plans.cli.fact.committee');
    });
    io.out(say(io, 'plans.cli.import.missing', { facts: names.join(', ') }));
  }
}

/** `tillit plan import FILE`: reads a plan in any supported format and stores it as a new plan or revision. */
export function registerPlanImport(plan: Command, io: CliIo): void {
  plan
    .command('import')
    .description(say(io, 'plans.cli.import.description'))
    .argument('<fil>', say(io, 'plans.cli.import.file'))
    .addOption(new Option('--format <format>', say(io, 'plans.cli.import.format')).choices([...importFormats]))
    .option('--organisation <text>', say(io, 'plans.cli.import.organisation'))
    .option('--name <text>', say(io, 'plans.cli.import.name'))
    .option('--key <nyckel>', say(io, 'plans.cli.import.key'))
    .option('--committee <text>', say(io, 'plans.cli.import.committee'))
    .option('--decision-reference <text>', say(io, 'plans.cli.import.decisionReference'))
    .option('--decision-date <ÅÅÅÅ-MM-DD>', say(io, 'plans.cli.import.decisionDate'))
    .option('--valid-from <ÅÅÅÅ-MM-DD>', say(io, 'plans.cli.import.validFrom'))
    .option('--valid-to <ÅÅÅÅ-MM-DD>', say(io, 'plans.cli.import.validTo'))
    .option('--goal-area-label <ord>', say(io, 'plans.cli.import.goalAreaLabel'))
    .option('--coordinator <text>', say(io, 'plans.cli.import.coordinator'))
    .option('--dry-run', say(io, 'plans.cli.import.dryRun'))
    .action(async (file: string, opts: ImportOptions) => {
      // The readers and parsers of every format are loaded by this command only.
      const { importPlan } = await import('../../src/plans/import-plan.js');
      const input = await readInputFile(io, file);
      await withDatabase(io, async ({ db }, config) => {
        let result: ImportPlanResult;
        try {
          result = await importPlan(
            { db, clock: systemClock },
            {
              fileName: input.name,
              bytes: input.bytes,
              format: opts.format,
              dryRun: opts.dryRun === true,
              ...(config.organisation ? { defaults: { organisation: config.organisation } } : {}),
              overrides: {
                organisation: opts.organisation,
                name: opts.name,
                key: opts.key,
                committee: opts.committee,
                decisionReference: opts.decisionReference,
                decisionDate: opts.decisionDate,
                validFrom: opts.validFrom,
                validTo: opts.validTo,
                goalAreaLabel: opts.goalAreaLabel,
                coordinatorText: opts.coordinator,
              },
            },
          );
        } catch (error) {
          if (!(error instanceof PlanImportError)) throw error;
          if (error.problems.length === 1) throw new CliError(`${problemLine(io, error.file, error.problems[0]!)} ${say(io, 'plans.cli.nothingChanged')}`);
          for (const line of problemLines(io, error.file, error.problems)) io.err(line);
          throw new CliError(say(io, 'plans.cli.error.importFailed', { file: error.file, count: error.problems.length }));
        }
        report(io, input.name, result);
        if (result.plan) {
          const missing = await unitsWithoutRecipients(db, { planIds: [result.plan.id] });
          if (missing.length > 0) io.out(say(io, 'plans.cli.import.unitsWithoutPeople', { count: missing.length, units: missing.map((u) => u.name).join(', '), unit: missing[0]!.name }));
        }
      });
    });
}
