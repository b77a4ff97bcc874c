import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { getRevision } from '../../src/plans/revisions-repository.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { findPlanOrFail } from '../find-plan.js';
import { withDatabase } from '../with-database.js';

/** `tillit plan export PLAN`: a revision as a Tillit plan file (YAML or JSON) to edit and import again. */
export function registerPlanExport(plan: Command, io: CliIo): void {
  plan
    .command('export')
    .description(say(io, 'plans.cli.export.description'))
    .argument('<plan>', say(io, 'plans.cli.argument.plan'))
    .addOption(new Option('--format <format>', say(io, 'plans.cli.export.format')).choices(['yaml', 'json']).default('yaml'))
    .option('--revision <n>', say(io, 'plans.cli.diff.revision'), (v: string) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError(say(io, 'plans.cli.error.revisionNumber', { value: v }));
      return Number(v);
    })
    .option('-o, --output <fil>', say(io, 'plans.cli.export.output'))
    .action(async (key: string, opts: { format: 'yaml' | 'json'; revision?: number; output?: string }) => {
      await withDatabase(io, async ({ db }) => {
        const p = await findPlanOrFail(io, db, key);
        const number = opts.revision ?? p.currentRevision;
        const revision = await getRevision(db, p.id, number);
        if (!revision) throw new CliError(say(io, 'plans.cli.error.revisionNotFound', { revision: number, key: p.key, latest: p.currentRevision }));
        const { formatPlanFile } = await import('../../src/plans/import/plan-file/to-plan-file.js');
        const text = formatPlanFile(revision.draft, opts.format);
        if (!opts.output) {
          io.out(text.replace(/\n$/, ''));
          return;
        }
        await fs.writeFile(path.resolve(io.cwd, opts.output), text, 'utf8');
        io.out(say(io, 'plans.cli.export.written', { file: opts.output, key: p.key, revision: number }));
      });
    });
}
