import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import { planOverview, planOverviews } from '../../../src/overview/plan-overview.js';
import type { Viewer } from '../../../src/overview/plan-access.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

const codes = (list: Array<{ code: string }>) => list.map((m) => m.code);

describe.each(dialects)('plan overview ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let deps: OverviewDeps;
  const anna = (): Viewer => ({ kind: 'person', personId: s.people.anna, place: { kind: 'private' } });

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    deps = { db: database.db, clock: s.clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
  });
  afterAll(async () => database?.destroy());

  it('counts the measures by status on the follow-up day', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.asOf).toBe('2025-03-31');
    expect(overview.isToday).toBe(true);
    expect(overview.plan).toMatchObject({ key: 'norrtalje-2024-2025', revision: 2, committee: 'Socialnämnden', revisionPredatesImport: false });
    expect(overview.figures.total).toBe(8);
    expect(overview.figures.byStatus).toEqual({ not_started: 0, on_track: 2, at_risk: 0, delayed: 2, done: 2, cancelled: 0, no_status: 2 });
    expect(overview.figures.overdue).toBe(5);
  });

  it('gives each goal area its counts and the worst light of its measures', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.goalAreas.map((a) => [a.number, a.title, a.light, a.counts.total, a.counts.overdue])).toEqual([
      ['1', 'Kompetenshöjande insatser', 'red', 2, 1],
      ['2', 'Upptäcka och förebygga', 'red', 6, 4],
    ]);
    expect(overview.goalAreas[0]!.counts.byStatus).toMatchObject({ done: 1, delayed: 1 });
  });

  it('lists overdue measures longest overdue first, then in plan order', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.overdue.map((m) => [m.code, m.overdueSince])).toEqual([
      ['2.3', '2024-11-01'],
      ['2.2', '2025-02-03'],
      ['1.2', '2025-03-03'],
      ['2.5', '2025-03-03'],
      ['2.6', '2025-03-03'],
    ]);
    // done measures are never overdue, whatever their deadline
    expect(codes(overview.overdue)).not.toContain('1.1');
  });

  it('shows an overdue measure red although its owner last said it was on track', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    const m22 = overview.measures.find((m) => m.code === '2.2')!;
    expect(m22).toMatchObject({ status: 'on_track', light: 'red', dueOn: '2025-01-31' });
  });

  it('lists measures silent for more than 60 days, longest first, and counts never-reported ones from their start', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.stale.map((m) => [m.code, m.silentDays])).toEqual([
      ['2.2', 242],
      ['2.6', 150],
      ['2.3', 146],
      ['2.5', 120],
      ['2.1', 89],
      ['1.2', 75],
    ]);
  });

  it('lists measures due within 30 days, soonest first', async () => {
    s.clock.set('2024-10-31T09:00:00.000Z');
    try {
      const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
      expect(overview.dueSoon.map((m) => [m.code, m.dueOn])).toEqual([
        ['1.1', '2024-10-31'],
        ['2.3', '2024-10-31'],
      ]);
      expect(overview.overdue).toEqual([]);
    } finally {
      s.clock.set('2025-03-31T08:00:00.000Z');
    }
  });

  it('makes the October deadlines overdue on 1 November 2024', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-11-01' });
    expect(overview.overdue.map((m) => [m.code, m.overdueSince])).toEqual([
      ['1.1', '2024-11-01'],
      ['2.3', '2024-11-01'],
    ]);
    expect(overview.isToday).toBe(false);
  });

  it('reproduces an earlier day from the history and the revision current then', async () => {
    const august = await planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-08-31' });
    expect(august.plan.revision).toBe(1);
    expect(august.measures.find((m) => m.code === '2.3')!.deadline.text).toBe('November 2024');
    expect(august.figures.byStatus).toMatchObject({ on_track: 3, not_started: 1, no_status: 4 });
    expect(august.latestUpdates.map((u) => u.code)).toEqual(['2.2', '2.4', '1.1', '2.3']);
    // the directory has no history, so reachability is only shown for today
    expect(august.unreachable).toBeNull();
    const again = await planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-08-31' });
    expect(again).toEqual(august);
  });

  it('counts a status recorded late in the evening to that day in Stockholm, not the UTC day', async () => {
    // 2024-06-09T22:30Z is 10 June 00:30 in Stockholm: not yet there at the end of 9 June
    const before = await planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-06-09' });
    expect(before.measures.find((m) => m.code === '1.1')!.status).toBe('no_status');
    const after = await planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-06-10' });
    expect(after.measures.find((m) => m.code === '1.1')!.status).toBe('on_track');
  });

  it('says the plan was not yet decided for a day before its validity, rather than showing a version of it', async () => {
    await expect(planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2024-04-30' })).rejects.toMatchObject({
      code: 'overview_plan_not_decided',
      context: { date: '2024-04-30', decidedOn: '2024-05-22', validFrom: '2024-05-01' },
    });
  });

  it('refuses a day in the future and a day that does not exist', async () => {
    await expect(planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2025-04-01' })).rejects.toMatchObject({ code: 'overview_future_date' });
    await expect(planOverview(deps, { viewer: anna(), planId: s.planId, asOf: '2025-02-30' })).rejects.toMatchObject({ code: 'overview_invalid_date' });
  });

  it('lists the latest five updates, newest first, with who recorded them for whom', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.latestUpdates.map((u) => [u.code, u.entry.status, u.entry.recordedOn])).toEqual([
      ['2.4', 'done', '2025-03-20'],
      ['1.2', 'delayed', '2025-01-15'],
      ['1.1', 'done', '2024-12-18'],
      ['2.5', 'on_track', '2024-12-01'],
      ['2.3', 'delayed', '2024-11-05'],
    ]);
    expect(overview.latestUpdates[0]!.entry).toMatchObject({ recordedBy: { name: 'Karin Samordnare' }, onBehalfOf: { name: 'Sara Lind' } });
  });

  it('names the owners reminders cannot reach: nobody in the unit, blocked, never opened Tillit', async () => {
    const overview = await planOverview(deps, { viewer: anna(), planId: s.planId });
    expect(overview.unreachable).toEqual([
      { unit: 'Enhet för mottagning och ekonomiskt bistånd', reason: 'no_person', people: [], measureCodes: ['2.2'] },
      { unit: 'Enhet för säkerhet, beredskap och systemförvaltning', reason: 'unreachable', people: [{ id: s.people.per, name: 'Per Holm' }], measureCodes: ['1.2', '2.1', '2.3'] },
      { unit: 'Familjehem- och insatsenhet Skadligt bruk och beroende', reason: 'no_chat', people: [{ id: s.people.lisa, name: 'Lisa Ek' }], measureCodes: ['2.5'] },
    ]);
  });

  it('has no anonymous-report section unless the reports feature provides k-suppressed statistics', async () => {
    expect((await planOverview(deps, { viewer: anna(), planId: s.planId })).reportStatistics).toBeNull();
    const stats = { threshold: 5, period: { from: '2024-04-01', to: '2025-03-31' }, total: '12', breakdowns: [{ dimension: 'category' as const, rows: [{ key: 'threat', shown: '7' }, { key: 'bribery', shown: '<5' }] }], riskAreas: { general: [], byCategory: [] } };
    const queries: unknown[] = [];
    const withStats = { ...deps, reportStatistics: async (q: unknown) => (queries.push(q), stats) };
    expect((await planOverview(withStats, { viewer: anna(), planId: s.planId })).reportStatistics).toEqual(stats);
    expect(queries).toEqual([{ planId: s.planId, organisation: 'Norrtälje kommun', from: '2024-05-01', to: '2025-03-31' }]);
    const failing = { ...deps, reportStatistics: async () => Promise.reject(new Error('down')) };
    expect((await planOverview(failing, { viewer: anna(), planId: s.planId })).reportStatistics).toBeNull();
  });

  describe('who may see it', () => {
    it('shows the plan to its readers and coordinators', async () => {
      const { overviews } = await planOverviews(deps, { viewer: anna() });
      expect(overviews.map((o) => o.plan.id)).toEqual([s.planId]);
      const karin: Viewer = { kind: 'person', personId: s.people.karin, place: { kind: 'private' } };
      expect((await planOverviews(deps, { viewer: karin })).overviews).toHaveLength(1);
    });

    it('refuses someone without a role on any plan, and on this plan', async () => {
      const olle: Viewer = { kind: 'person', personId: s.people.olle, place: { kind: 'private' } };
      await expect(planOverviews(deps, { viewer: olle })).rejects.toMatchObject({ code: 'plan_access_denied' });
      await expect(planOverview(deps, { viewer: olle, planId: s.planId })).rejects.toMatchObject({ code: 'plan_access_denied' });
    });

    it('does not tell an outsider whether a plan key exists', async () => {
      const olle: Viewer = { kind: 'person', personId: s.people.olle, place: { kind: 'private' } };
      await expect(planOverviews(deps, { viewer: olle, planKey: 'norrtalje-2024-2025' })).rejects.toMatchObject({ code: 'plan_not_found' });
      await expect(planOverviews(deps, { viewer: olle, planKey: 'finns-inte-2030' })).rejects.toMatchObject({ code: 'plan_not_found' });
    });

    it('does not let an owner of a measure see the overview without a reading role', async () => {
      const sara: Viewer = { kind: 'person', personId: s.people.sara, place: { kind: 'private' } };
      await expect(planOverviews(deps, { viewer: sara })).rejects.toMatchObject({ code: 'plan_access_denied' });
    });

    it('lets the operator at the command line see every plan', async () => {
      expect((await planOverviews(deps, { viewer: { kind: 'operator' } })).overviews).toHaveLength(1);
    });
  });
});
