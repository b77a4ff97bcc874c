import type { Command } from 'commander';
import { listPlanRoles } from '../../src/plans/owners/plan-roles.js';
import { measuresMissingRecipients } from '../../src/plans/owners/unit-directory.js';
import { listMeasures, listGoalAreas } from '../../src/plans/plan-repository.js';
import { planView } from '../../src/plans/plan-view.js';
import type { Plan } from '../../src/plans/plan.js';
import { say, type CliIo } from '../cli-io.js';
import { findPlanOrFail } from '../find-plan.js';
import { periodText } from '../render/period-text.js';
import { withDatabase } from '../with-database.js';

function header(io: CliIo, p: Plan): string[] {
  const facts = [
    p.organisation,
    p.committee,
    p.decision.reference || p.decision.date ? say(io, 'plans.cli.show.decision', { reference: p.decision.reference ?? '', date: p.decision.date ?? '' }).trim() : null,
    p.validity.from || p.validity.to ? say(io, 'plans.cli.show.validity', { from: p.validity.from ?? '…', to: p.validity.to ?? '…' }) : null,
    say(io, 'plans.cli.show.revision', { revision: p.currentRevision, key: p.key }),
  ].filter(Boolean);
  const lines = [p.name, facts.join(' · ')];
  if (p.coordinatorText) lines.push(say(io, 'plans.cli.show.coordinator', { text: p.coordinatorText }));
  for (const f of p.followUps) lines.push(say(io, `plans.cli.show.followUp.${f.kind}`, { when: periodText(io, f.period) }));
  if (p.riskAreas.length > 0) lines.push(say(io, 'plans.cli.show.riskAreas', { count: p.riskAreas.length }));
  return lines;
}

/** `tillit plan show PLAN [--json]`: the plan, goal area by goal area, or the documented JSON view. */
export function registerPlanShow(plan: Command, io: CliIo): void {
  plan
    .command('show')
    .description(say(io, 'plans.cli.show.description'))
    .argument('<plan>', say(io, 'plans.cli.argument.plan'))
    .option('--json', say(io, 'plans.cli.show.json'))
    .action(async (key: string, opts: { json?: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        const p = await findPlanOrFail(io, db, key);
        if (opts.json) {
          io.out(JSON.stringify(await planView(db, p), null, 2));
          return;
        }
        for (const line of header(io, p)) io.out(line);
        const roles = await listPlanRoles(db, p.id);
        for (const role of ['coordinator', 'reader'] as const) {
          const people = roles.filter((r) => r.role === role).map((r) => r.email ?? r.displayName ?? '?');
          if (people.length > 0) io.out(say(io, `plans.cli.show.role.${role}`, { people: people.join(', ') }));
        }
        const areas = await listGoalAreas(db, p.id);
        const measures = await listMeasures(db, p.id);
        const missing = new Map((await measuresMissingRecipients(db, { planIds: [p.id] })).map((m) => [m.measureId, m]));
        const label = p.goalAreaLabel.charAt(0).toUpperCase() + p.goalAreaLabel.slice(1);
        const groups: Array<{ title: string | null; number: string | null }> = [...areas.map((a) => ({ title: `${label} ${a.number}: ${a.title}`, number: a.number })), { title: null, number: null }];
        for (const group of groups) {
          const inGroup = measures.filter((m) => (group.number === null ? !areas.some((a) => a.number === m.goalAreaNumber) : m.goalAreaNumber === group.number));
          if (inGroup.length === 0) continue;
          io.out('');
          if (group.title) io.out(group.title);
          for (const m of inGroup) {
            io.out(`  ${m.code} ${m.title}`);
            const empty = new Set(missing.get(m.id)?.unitsWithoutPeople ?? []);
            const owners = m.ownerUnits.map((u) => (empty.has(u.name) ? `${u.name} (${say(io, 'owners.cli.list.noRecipient')})` : u.name)).join(', ') || '–';
            io.out(`      ${say(io, 'plans.cli.show.responsible', { text: m.responsibleText || '–', owners })}`);
            io.out(`      ${say(io, 'plans.cli.show.periods', { start: periodText(io, m.start, 'start'), deadline: periodText(io, m.deadline) })}`);
            for (const indicator of m.indicators) io.out(`      • ${indicator}`);
          }
        }
      });
    });
}
