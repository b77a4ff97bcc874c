import type { Command } from 'commander';
import { say, type CliIo } from '../cli-io.js';
import { registerPlanDiff } from './plan-diff.js';
import { registerPlanExport } from './plan-export.js';
import { registerPlanImport } from './plan-import.js';
import { registerPlanList } from './plan-list.js';
import { registerPlanRole } from './plan-role.js';
import { registerPlanReport } from './plan-report.js';
import { registerPlanShow } from './plan-show.js';

/** `tillit plan …`: the plan register (import, list, show, diff, export, roles, the committee report). */
export function registerPlan(program: Command, io: CliIo): void {
  const plan = program.command('plan').description(say(io, 'plans.cli.description'));
  registerPlanImport(plan, io);
  registerPlanList(plan, io);
  registerPlanShow(plan, io);
  registerPlanDiff(plan, io);
  registerPlanExport(plan, io);
  registerPlanRole(plan, io);
  registerPlanReport(plan, io);
}
