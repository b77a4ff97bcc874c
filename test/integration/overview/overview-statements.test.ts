import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePersonByEmail } from '../../../src/directory/people-repository.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import { planOverviews } from '../../../src/overview/plan-overview.js';
import type { Viewer } from '../../../src/overview/plan-access.js';
import { grantPlanRole } from '../../../src/plans/plan-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { benchPlanDraft, seedHistory } from '../../helpers/overview-scale.js';
import { storeDraft } from '../../helpers/plan-builders.js';

/**
 * "status" for someone who reads many plans: only the overviews shown are
 * built, and the statements it costs do not grow with the number of plans
 * (the bench measures the time; this counts).
 */
const budget = 10;
const measuresPerPlan = 6;

describe.each(dialects)('"status" over many plans ($name)', ({ create }) => {
  let database: TestDatabase;
  let deps: OverviewDeps;
  let recording: string[] | undefined;
  const viewers: Record<'few' | 'many', Viewer> = {} as never;
  const clock = new FixedClock('2024-05-02T08:00:00.000Z');

  beforeAll(async () => {
    database = await create({ onStatement: (sql) => recording?.push(sql) });
    const few = await ensurePersonByEmail(database.db, 'few@kommun.example', clock.now().toISOString());
    const many = await ensurePersonByEmail(database.db, 'many@kommun.example', clock.now().toISOString());
    for (let n = 1; n <= 12; n++) {
      const { plan } = await storeDraft(database.db, clock, benchPlanDraft(n, measuresPerPlan));
      await grantPlanRole(database.db, plan.id, many.id, 'reader', clock.now().toISOString());
      if (n <= 6) await grantPlanRole(database.db, plan.id, few.id, 'reader', clock.now().toISOString());
    }
    const ids = (await database.db.selectFrom('measures').select('id').execute()).map((r) => r.id);
    await seedHistory(database.db, ids, ids.length * 4, many.id);
    viewers.few = { kind: 'person', personId: few.id, place: { kind: 'private' } };
    viewers.many = { kind: 'person', personId: many.id, place: { kind: 'private' } };
    clock.set('2025-03-31T08:00:00.000Z');
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
  });
  afterAll(async () => database?.destroy());

  const counted = async (viewer: Viewer, limit?: number) => {
    recording = [];
    const result = await planOverviews(deps, { viewer, ...(limit === undefined ? {} : { limit }) });
    const statements = recording;
    recording = undefined;
    return { result, statements };
  };
  /** How many measure ids the latest-status statement asked for (placeholders less the cutoff and the LIMIT 1). */
  const idsInLatest = (statements: string[]) => {
    const latest = statements.filter((s) => /from "measures" as "m"/.test(s));
    return latest.reduce((n, s) => n + (s.match(/\?|\$\d+/g)?.length ?? 0) - 2, 0);
  };

  it('builds the five overviews shown and names the other plans for a choice, in plan order', async () => {
    const { result } = await counted(viewers.many, 5);
    expect(result.overviews.map((o) => o.plan.key)).toEqual(['bench-1', 'bench-10', 'bench-11', 'bench-12', 'bench-2']);
    expect(result.more.map((m) => m.planKey)).toEqual(['bench-3', 'bench-4', 'bench-5', 'bench-6', 'bench-7', 'bench-8', 'bench-9']);
    expect(result.more[0]).toEqual({ planId: expect.any(String), planKey: 'bench-3', planName: 'Handlingsplan mot välfärdsbrott 3 2024–2026' });
    expect(result.overviews[0]!.figures.total).toBe(measuresPerPlan);
  });

  it('reads statuses for the measures of the shown plans only', async () => {
    const { statements } = await counted(viewers.many, 5);
    expect(idsInLatest(statements), statements.join('\n')).toBe(5 * measuresPerPlan);
  });

  it(`costs at most ${budget} statements, as many for 12 readable plans as for 6`, async () => {
    const many = await counted(viewers.many, 5);
    const few = await counted(viewers.few, 5);
    expect(many.statements.length, many.statements.join('\n')).toBeLessThanOrEqual(budget);
    expect(many.statements.length).toBe(few.statements.length);
  });

  it('builds every overview in as many statements when no limit is given', async () => {
    const all = await counted(viewers.many);
    const five = await counted(viewers.many, 5);
    expect(all.result.overviews).toHaveLength(12);
    expect(all.result.more).toEqual([]);
    expect(all.statements.length).toBe(five.statements.length);
    // The same overview whether built alone or with eleven others.
    expect(all.result.overviews.slice(0, 5)).toEqual(five.result.overviews);
  });
});
