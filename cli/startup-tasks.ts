import fs from 'node:fs';
import path from 'node:path';
import type { RunningTillit } from '../app/create-app.js';
import { loadExamplePlans } from '../src/plans/load-example-plans.js';
import { assignDemoPeople } from '../src/plans/owners/assign-demo-people.js';
import { say, type CliIo } from './cli-io.js';
import { demoAssignments } from './demo-assignments.js';
import { examplePlanFiles, packageRoot } from './example-plans.js';

/**
 * Loads the example plans into an empty register and, when Tillit runs
 * with the Agents Playground (no app id), puts the demo people into
 * units and plan roles. A register that already has plans is left alone.
 */
export async function loadExamples(running: RunningTillit, io: CliIo): Promise<void> {
  const root = packageRoot();
  const sources = examplePlanFiles.map((e) => ({ fileName: e.file, key: e.key, bytes: new Uint8Array(fs.readFileSync(path.join(root, e.file))) }));
  const deps = { db: running.app.db, clock: running.app.clock };
  const results = await loadExamplePlans(deps, sources);
  if (!results) return;
  const plans = new Map(results.map((r) => [r.plan!.key, r.revision!]));
  io.out(say(io, 'plans.start.examplesLoaded', { plans: [...plans].map(([key, revision]) => `${key} (revision ${revision})`).join(', ') }));
  if (running.app.config.bot.authenticated) return;
  await assignDemoPeople(deps, demoAssignments);
  io.out(say(io, 'plans.start.demoPeople'));
}

/**
 * What `tillit start` does on the open database before serving, in order
 * (e.g. load the example plans into an empty register). Features add theirs.
 */
export const startupTasks: ReadonlyArray<(running: RunningTillit, io: CliIo) => Promise<void>> = [loadExamples];
