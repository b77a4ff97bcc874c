import type { Command } from 'commander';
import { listMeasures, listPlans } from '../../src/plans/plan-repository.js';
import { unitsWithoutRecipients } from '../../src/plans/owners/unit-directory.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

/** `tillit plan list`: every plan with its key, revision, measure count and units without recipients. */
export function registerPlanList(plan: Command, io: CliIo): void {
  plan
    .command('list')
    .description(say(io, 'plans.cli.list.description'))
    .action(async () => {
      await withDatabase(io, async ({ db }) => {
        const plans = await listPlans(db);
        if (plans.length === 0) {
          io.out(say(io, 'plans.cli.list.empty'));
          return;
        }
        for (const p of plans) {
          const measures = (await listMeasures(db, p.id)).length;
          const missing = (await unitsWithoutRecipients(db, { planIds: [p.id] })).length;
          const tail = missing > 0 ? ` ${say(io, 'plans.cli.list.missing', { count: missing })}` : '';
          io.out(`${p.key}  ${say(io, 'plans.cli.list.line', { organisation: p.organisation, name: p.name, revision: p.currentRevision, measures })}${tail}`);
        }
      });
    });
}
