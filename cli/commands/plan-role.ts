import { InvalidArgumentError, type Command } from 'commander';
import { InvalidEmailError } from '../../src/plans/owners/owner-errors.js';
import { planRoles, setPlanRole } from '../../src/plans/owners/plan-roles.js';
import type { PlanRole } from '../../src/plans/plan-repository.js';
import { systemClock } from '../../src/ports/clock.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { findPlanOrFail } from '../find-plan.js';
import { withDatabase } from '../with-database.js';

const roleWords: Record<string, PlanRole> = { coordinator: 'coordinator', samordnare: 'coordinator', reader: 'reader', läsare: 'reader' };

/** `tillit plan role PLAN coordinator|reader EMAIL…`: who coordinates and who may read a plan. */
export function registerPlanRole(plan: Command, io: CliIo): void {
  plan
    .command('role')
    .description(say(io, 'plans.cli.role.description'))
    .argument('<plan>', say(io, 'plans.cli.argument.plan'))
    .argument('<roll>', say(io, 'plans.cli.role.role'), (value: string) => {
      const role = roleWords[value.toLowerCase()];
      if (!role) throw new InvalidArgumentError(say(io, 'plans.cli.error.role', { value, roles: planRoles.join(', ') }));
      return role;
    })
    .argument('<e-post...>', say(io, 'plans.cli.role.emails'))
    .option('--remove', say(io, 'plans.cli.role.remove'))
    .action(async (key: string, role: PlanRole, emails: string[], opts: { remove?: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        const p = await findPlanOrFail(io, db, key);
        try {
          const { changed } = await setPlanRole({ db, clock: systemClock }, { planId: p.id, role, emails, remove: opts.remove === true });
          const roleName = say(io, `plans.cli.roleName.${role}`);
          io.out(say(io, opts.remove ? 'plans.cli.role.removed' : 'plans.cli.role.granted', { role: roleName, key: p.key, people: changed.join(', ') || '–' }));
        } catch (error) {
          if (error instanceof InvalidEmailError) throw new CliError(say(io, 'owners.cli.error.emails', { text: error.invalid.join(', ') || '–' }));
          throw error;
        }
      });
    });
}
