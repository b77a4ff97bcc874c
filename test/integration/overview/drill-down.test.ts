import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalAreaView } from '../../../src/overview/goal-area-view.js';
import { plansHolding } from '../../../src/overview/locate-in-plans.js';
import { measureDetail } from '../../../src/overview/measure-detail.js';
import { openablePlans, setPlanOpenInConversation } from '../../../src/overview/open-in-conversation.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import { planOverviews } from '../../../src/overview/plan-overview.js';
import type { Viewer } from '../../../src/overview/plan-access.js';
import { grantPlanRole } from '../../../src/plans/plan-repository.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

describe.each(dialects)('overview drill-down ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let other: NorrtaljeScenario;
  let deps: OverviewDeps;
  const anna = (): Viewer => ({ kind: 'person', personId: s.people.anna, place: { kind: 'private' } });

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    // A second plan with the same codes; Anna reads it too.
    other = await seedNorrtalje(database.db, 'kopia');
    await grantPlanRole(database.db, other.planId, s.people.anna, 'reader', '2024-05-02T09:00:00.000Z');
    deps = { db: database.db, clock: s.clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
  });
  afterAll(async () => database?.destroy());

  describe('a measure', () => {
    it('shows owners, periods as written and as dates, indicators with values, and the whole history', async () => {
      const detail = await measureDetail(deps, { viewer: anna(), planId: s.planId, code: '2.3' });
      expect(detail.goalArea).toEqual({ number: '2', title: 'Upptäcka och förebygga' });
      expect(detail.measure).toMatchObject({
        code: '2.3',
        status: 'delayed',
        start: { text: 'Maj 2024', kind: 'month' },
        startsOn: '2024-05-01',
        deadline: { text: 'Oktober 2024' },
        dueOn: '2024-10-31',
        overdueSince: '2024-11-01',
        light: 'red',
      });
      // units are shared across plans: the copy's people sit in the same unit
      expect(detail.owners).toEqual([
        {
          unit: 'Enhet för säkerhet, beredskap och systemförvaltning',
          people: expect.arrayContaining([
            { id: s.people.per, name: 'Per Holm', unreachable: true },
            { id: s.people.sara, name: 'Sara Lind', unreachable: false },
          ]),
        },
      ]);
      expect(detail.indicators).toEqual([{ name: 'Utredning och förslag på vidare åtgärder är färdigställd', value: 'Utkast klart', reportedOn: '2024-11-05' }]);
      expect(detail.history.map((h) => [h.seq, h.status, h.recordedOn])).toEqual([
        [3, 'delayed', '2024-11-05'],
        [2, 'on_track', '2024-09-10'],
        [1, 'not_started', '2024-06-01'],
      ]);
      expect(detail.history[0]).toMatchObject({ comment: 'RPA-leverantören är försenad', forecastDate: '2025-04-30', recordedBy: { name: 'Sara Lind' } });
    });

    it('reads indicator values stored by position', async () => {
      const detail = await measureDetail(deps, { viewer: anna(), planId: s.planId, code: '1.1' });
      expect(detail.indicators.map((i) => i.value)).toEqual(['Alla 14 enheter', '3,9 av 5']);
    });

    it('shows the measure as it stood on an earlier day: that revision, that history', async () => {
      const detail = await measureDetail(deps, { viewer: anna(), planId: s.planId, code: '2.3', asOf: '2024-08-31' });
      expect(detail.measure.deadline.text).toBe('November 2024');
      expect(detail.measure.dueOn).toBe('2024-11-29');
      expect(detail.history.map((h) => h.status)).toEqual(['not_started']);
    });

    it('refuses someone who is not a reader, and says so when the code is not in the plan', async () => {
      const olle: Viewer = { kind: 'person', personId: s.people.olle, place: { kind: 'private' } };
      await expect(measureDetail(deps, { viewer: olle, planId: s.planId, code: '2.3' })).rejects.toMatchObject({ code: 'plan_access_denied' });
      await expect(measureDetail(deps, { viewer: anna(), planId: s.planId, code: '9.9' })).rejects.toMatchObject({ code: 'overview_measure_not_found' });
    });
  });

  describe('a goal area', () => {
    it('lists its measures in plan order with their lights', async () => {
      const view = await goalAreaView(deps, { viewer: anna(), planId: s.planId, number: '2' });
      expect(view.area).toMatchObject({ number: '2', title: 'Upptäcka och förebygga', light: 'red' });
      expect(view.measures.map((m) => [m.code, m.light])).toEqual([
        ['2.1', 'yellow'],
        ['2.2', 'red'],
        ['2.3', 'red'],
        ['2.4', 'blue'],
        ['2.5', 'red'],
        ['2.6', 'red'],
      ]);
    });

    it('says so when the plan has no such goal area', async () => {
      await expect(goalAreaView(deps, { viewer: anna(), planId: s.planId, number: '7' })).rejects.toMatchObject({ code: 'overview_goal_area_not_found' });
    });
  });

  describe('finding what was asked for across plans', () => {
    it('finds every plan the viewer reads that has the code, so they can choose', async () => {
      const matches = await plansHolding(deps, { viewer: anna(), target: { kind: 'measure', code: '2.3' } });
      expect(matches.map((m) => m.planKey).sort()).toEqual(['norrtalje-2024-2025', 'norrtalje-2024-2025-kopia']);
      const one = await plansHolding(deps, { viewer: anna(), target: { kind: 'measure', code: '2.3' }, planKey: 'norrtalje-2024-2025' });
      expect(one.map((m) => m.planId)).toEqual([s.planId]);
    });

    it('only searches plans the viewer reads', async () => {
      const karin: Viewer = { kind: 'person', personId: s.people.karin, place: { kind: 'private' } };
      expect((await plansHolding(deps, { viewer: karin, target: { kind: 'goalArea', number: '1' } })).map((m) => m.planId)).toEqual([s.planId]);
      await expect(plansHolding(deps, { viewer: anna(), target: { kind: 'measure', code: '3.1' } })).rejects.toMatchObject({ code: 'overview_measure_not_found' });
    });
  });

  describe('in a team channel or group chat', () => {
    const channel = '19:handlingsplan@thread.tacv2';
    const inChannel = (personId: string): Viewer => ({ kind: 'person', personId, place: { kind: 'shared', conversationKey: channel } });

    it('refuses a reader where the coordinator has not opened the plan, since everyone there would see it', async () => {
      await expect(planOverviews(deps, { viewer: inChannel(s.people.anna) })).rejects.toMatchObject({ code: 'overview_not_linked_here', context: { plans: 2 } });
      await expect(measureDetail(deps, { viewer: inChannel(s.people.anna), planId: s.planId, code: '2.3' })).rejects.toMatchObject({ code: 'overview_not_linked_here' });
    });

    it('lets only the plan’s coordinator open it there', async () => {
      await expect(
        setPlanOpenInConversation(deps, { personId: s.people.anna, planId: s.planId, conversationKey: channel, open: true }),
      ).rejects.toMatchObject({ code: 'overview_not_coordinator' });
      expect(await openablePlans(database.db, s.people.anna, channel)).toEqual([]);
      await setPlanOpenInConversation(deps, { personId: s.people.karin, planId: s.planId, conversationKey: channel, open: true });
      await setPlanOpenInConversation(deps, { personId: s.people.karin, planId: s.planId, conversationKey: channel, open: true });
      expect(await openablePlans(database.db, s.people.karin, channel)).toEqual([{ planId: s.planId, name: expect.stringContaining('2024–2025'), opened: true }]);
    });

    it('then answers readers there with the opened plan only, and still refuses others', async () => {
      const { overviews, privateOnly } = await planOverviews(deps, { viewer: inChannel(s.people.anna) });
      expect(overviews.map((o) => o.plan.id)).toEqual([s.planId]);
      expect(privateOnly).toEqual([other.planId]);
      await expect(planOverviews(deps, { viewer: inChannel(s.people.olle) })).rejects.toMatchObject({ code: 'plan_access_denied' });
      await expect(planOverviews(deps, { viewer: { kind: 'person', personId: s.people.anna, place: { kind: 'shared', conversationKey: '19:other' } } })).rejects.toMatchObject({
        code: 'overview_not_linked_here',
      });
    });

    it('closes it again', async () => {
      await setPlanOpenInConversation(deps, { personId: s.people.karin, planId: s.planId, conversationKey: channel, open: false });
      await expect(planOverviews(deps, { viewer: inChannel(s.people.anna) })).rejects.toMatchObject({ code: 'overview_not_linked_here' });
    });
  });
});
