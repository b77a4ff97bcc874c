import { afterEach, describe, expect, it } from 'vitest';
import type { RunningTillit } from '../../../app/create-app.js';
import type { CliIo } from '../../../cli/cli-io.js';
import { demoAssignments } from '../../../cli/demo-assignments.js';
import { demoCurrentUser } from '../../../src/directory/demo-people.js';
import { loadExamples, startupTasks } from '../../../cli/startup-tasks.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { findPersonByIdentity } from '../../../src/directory/people-repository.js';
import { assignDemoPeople } from '../../../src/plans/owners/assign-demo-people.js';
import { coordinatorOwnersView } from '../../../src/plans/owners/coordinator-owners.js';
import { listPlans, measuresOwnedBy } from '../../../src/plans/plan-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';

function running(database: TestDatabase, env: Record<string, string> = {}): RunningTillit {
  const config = loadConfig({ DATABASE_URL: database.url, ...env });
  return { app: { db: database.db, clock: new FixedClock('2026-01-12T08:00:00Z'), config }, port: 0 } as unknown as RunningTillit;
}

function captured(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd: process.cwd(), locale: 'sv' };
}

describe.each(dialects)('tillit start’s example data on $name', ({ create }) => {
  let database: TestDatabase;
  afterEach(async () => database?.destroy());

  it('loads the example plans into an empty register, once', async () => {
    database = await create();
    expect(startupTasks).toContain(loadExamples);
    const io = captured();
    await loadExamples(running(database), io);
    const plans = await listPlans(database.db);
    expect(plans.map((p) => [p.key, p.currentRevision])).toEqual([
      ['norrtalje-2024-2025', 2],
      ['oskarshamn-2026-2028', 1],
    ]);
    expect(io.lines[0]).toBe('Registret var tomt: laddade exempelplanerna norrtalje-2024-2025 (revision 2), oskarshamn-2026-2028 (revision 1).');
    const before = await registerSnapshot(database.db);
    const again = captured();
    await loadExamples(running(database), again);
    expect(again.lines).toEqual([]);
    expect(await registerSnapshot(database.db)).toEqual(before);
  });

  it('puts the demo people in units and roles when there is no app id, with Anna coordinating both plans', async () => {
    database = await create();
    await loadExamples(running(database), captured());
    const anna = (await findPersonByIdentity(database.db, { aadObjectId: demoCurrentUser.aadObjectId }))!;
    expect(anna).toMatchObject({ email: 'anna.andersson@tillit.example', teamsUserId: '29:anna-andersson', displayName: 'Anna Andersson' });
    const view = await coordinatorOwnersView(database.db, anna.id);
    expect(view.plans.map((p) => p.key)).toEqual(['norrtalje-2024-2025', 'oskarshamn-2026-2028']);
    expect(view.missing.map((u) => u.name)).toEqual(['Ansvarig för styrdokumentet i respektive nämnd', 'Berörda förvaltningar', 'Förvaltningarna']);
    const owned = await measuresOwnedBy(database.db, anna.id);
    const norrtalje = view.plans.find((p) => p.key === 'norrtalje-2024-2025')!;
    expect(owned.filter((m) => m.planId === norrtalje.id).map((m) => m.code)).toEqual(['1.1', '1.2', '2.1', '2.3', '2.4']);
    expect(owned.filter((m) => m.planId !== norrtalje.id)).toHaveLength(24);
    // Every unit and plan the demo names exists in the example plans.
    expect((await assignDemoPeople({ db: database.db, clock: new FixedClock('2026-01-12T08:00:00Z') }, demoAssignments)).skipped).toEqual([]);
  });

  it('puts nobody in units when Tillit runs against real Teams (an app id is set)', async () => {
    database = await create();
    await loadExamples(running(database, { MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'x' }), captured());
    expect(await listPlans(database.db)).toHaveLength(2);
    expect(await database.db.selectFrom('people').select('id').execute()).toEqual([]);
  });
});
