import { InvalidArgumentError, type Command } from 'commander';
import { getRevision, listRevisions } from '../../src/plans/revisions-repository.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { findPlanOrFail } from '../find-plan.js';
import { diffLines } from '../render/diff-lines.js';
import { withDatabase } from '../with-database.js';

function revisionNumber(io: CliIo) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(say(io, 'plans.cli.error.revisionNumber', { value }));
    return Number(value);
  };
}

/** `tillit plan diff PLAN [--revision N]`: what a revision changed compared with the one before. */
export function registerPlanDiff(plan: Command, io: CliIo): void {
  plan
    .command('diff')
    .description(say(io, 'plans.cli.diff.description'))
    .argument('<plan>', say(io, 'plans.cli.argument.plan'))
    .option('--revision <n>', say(io, 'plans.cli.diff.revision'), revisionNumber(io))
    .option('--json', say(io, 'plans.cli.diff.json'))
    .action(async (key: string, opts: { revision?: number; json?: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        const p = await findPlanOrFail(io, db, key);
        const number = opts.revision ?? p.currentRevision;
        const revision = await getRevision(db, p.id, number);
        if (!revision) throw new CliError(say(io, 'plans.cli.error.revisionNotFound', { revision: number, key: p.key, latest: p.currentRevision }));
        if (opts.json) {
          io.out(JSON.stringify({ plan: p.key, revision: revision.revision, previous: revision.revision > 1 ? revision.revision - 1 : null, diff: revision.diff }, null, 2));
          return;
        }
        io.out(say(io, 'plans.cli.diff.heading', { revision: revision.revision, key: p.key, date: revision.importedAt.slice(0, 10), source: revision.sourceName }));
        if (!revision.diff) {
          io.out(say(io, 'plans.cli.diff.first', { count: (await listRevisions(db, p.id)).length }));
          return;
        }
        const lines = diffLines(io, revision.diff);
        if (lines.length === 0) io.out(say(io, 'plans.cli.import.noMeasureChanges'));
        for (const line of lines) io.out(`  ${line}`);
      });
    });
}
