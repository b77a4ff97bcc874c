import type { Kysely } from 'kysely';
import { upsertConversation } from '../../src/directory/conversations-repository.js';
import { markPersonUnreachable } from '../../src/directory/people-repository.js';
import { grantPlanRole } from '../../src/plans/plan-repository.js';
import { FixedClock } from '../../src/ports/clock.js';
import type { Database } from '../../src/storage/schema.js';
import { norrtaljePlan, norrtaljeRevision } from './norrtalje-plan.js';
import { assignToUnit, storeDraft } from './plan-builders.js';
import { seedStatuses } from './status-seeds.js';

/** People of the scenario (person ids). */
export interface NorrtaljeScenario {
  clock: FixedClock;
  planId: string;
  measureIds: Record<string, string>;
  people: { anna: string; karin: string; olle: string; sara: string; per: string; lisa: string; mats: string };
}

/** Monday 31 March 2025, 10:00 in Stockholm: the day of the follow-up. */
export const followUpDay = '2025-03-31T08:00:00.000Z';

/**
 * The Norrtälje plan as it lived through 2024–2025: imported in May 2024,
 * revised in September (1.1 and 2.3 moved to October 2024, 2.4 to December),
 * with a realistic status history, readers, owners and reachability:
 * Anna reads the plan, Karin coordinates it, Olle has no role; Sara and Per
 * are the security unit (Per blocked the app), Lisa has never opened Tillit,
 * Mats reaches us, and "Enhet för mottagning och ekonomiskt bistånd" has nobody.
 */
export async function seedNorrtalje(db: Kysely<Database>, suffix = ''): Promise<NorrtaljeScenario> {
  const clock = new FixedClock('2024-05-02T09:00:00.000Z');
  const base = norrtaljePlan();
  const first = await storeDraft(db, clock, suffix ? { ...base, name: `${base.name} ${suffix}`, key: `${base.key}-${suffix}` } : base);
  clock.set('2024-09-15T12:00:00.000Z');
  const revised = norrtaljeRevision();
  await storeDraft(db, clock, suffix ? { ...revised, name: `${base.name} ${suffix}`, key: `${base.key}-${suffix}` } : revised, 'bilaga-1.txt');
  const planId = first.plan.id;
  const nowIso = '2024-05-02T09:00:00.000Z';
  const security = 'Enhet för säkerhet, beredskap och systemförvaltning';
  const tag = suffix ? `.${suffix}` : '';
  const sara = await assignToUnit(db, security, `sara.lind${tag}@norrtalje.example`, nowIso);
  const per = await assignToUnit(db, security, `per.holm${tag}@norrtalje.example`, nowIso);
  const lisa = await assignToUnit(db, 'Familjehem- och insatsenhet Skadligt bruk och beroende', `lisa.ek${tag}@norrtalje.example`, nowIso);
  const mats = await assignToUnit(db, 'Avdelningen stöd och utveckling', `mats.berg${tag}@norrtalje.example`, nowIso);
  const anna = await assignToUnit(db, 'Socialnämndens kansli', `anna.andersson${tag}@norrtalje.example`, nowIso);
  const karin = await assignToUnit(db, 'Socialnämndens kansli', `karin.samordnare${tag}@norrtalje.example`, nowIso);
  const olle = await assignToUnit(db, 'Socialnämndens kansli', `olle.obehorig${tag}@norrtalje.example`, nowIso);
  for (const [id, name] of [[sara, 'Sara Lind'], [per, 'Per Holm'], [lisa, 'Lisa Ek'], [mats, 'Mats Berg'], [anna, 'Anna Andersson'], [karin, 'Karin Samordnare']] as const) {
    await db.updateTable('people').set({ display_name: name }).where('id', '=', id).execute();
  }
  for (const person of [sara, mats]) {
    await upsertConversation(
      db,
      { conversationId: `a:personal-${person}`, conversationType: 'personal', serviceUrl: 'https://smba.example/', reference: {} },
      person,
      nowIso,
    );
  }
  await markPersonUnreachable(db, per, 'blocked', '2025-01-10T08:00:00.000Z');
  await grantPlanRole(db, planId, anna, 'reader', nowIso);
  await grantPlanRole(db, planId, karin, 'coordinator', nowIso);

  const ids = await db.selectFrom('measures').select(['id', 'code']).where('plan_id', '=', planId).execute();
  const m = Object.fromEntries(ids.map((r) => [r.code, r.id])) as Record<string, string>;
  await seedStatuses(db, [
    { measureId: m['2.3']!, status: 'not_started', at: '2024-06-01T07:00:00.000Z', by: sara },
    { measureId: m['1.1']!, status: 'on_track', at: '2024-06-09T22:30:00.000Z', by: sara, comment: 'Planering klar' },
    { measureId: m['2.4']!, status: 'on_track', at: '2024-06-15T07:00:00.000Z', by: sara },
    { measureId: m['2.2']!, status: 'on_track', at: '2024-08-01T07:00:00.000Z', by: karin, comment: 'Rapporterat av samordnaren' },
    { measureId: m['1.2']!, status: 'on_track', at: '2024-09-02T07:00:00.000Z', by: sara },
    { measureId: m['2.3']!, status: 'on_track', at: '2024-09-10T07:00:00.000Z', by: per, planRevision: 1 },
    { measureId: m['1.1']!, status: 'at_risk', at: '2024-10-20T07:00:00.000Z', by: sara, comment: 'Utbildningen flyttad', planRevision: 2 },
    {
      measureId: m['2.3']!,
      status: 'delayed',
      at: '2024-11-05T07:00:00.000Z',
      by: sara,
      comment: 'RPA-leverantören är försenad',
      forecastDate: '2025-04-30',
      indicatorValues: { 'Utredning och förslag på vidare åtgärder är färdigställd': 'Utkast klart' },
      planRevision: 2,
    },
    { measureId: m['2.5']!, status: 'on_track', at: '2024-12-01T07:00:00.000Z', by: lisa, planRevision: 2 },
    { measureId: m['1.1']!, status: 'done', at: '2024-12-18T07:00:00.000Z', by: sara, indicatorValues: { '0': 'Alla 14 enheter', '1': '3,9 av 5' }, planRevision: 2 },
    { measureId: m['1.2']!, status: 'delayed', at: '2025-01-15T07:00:00.000Z', by: sara, comment: 'Väntar på upphandling', forecastDate: '2025-04-30', planRevision: 2 },
    { measureId: m['2.4']!, status: 'done', at: '2025-03-20T07:00:00.000Z', by: karin, onBehalfOf: sara, planRevision: 2 },
  ]);
  clock.set(followUpDay);
  return { clock, planId, measureIds: m, people: { anna, karin, olle, sara, per, lisa, mats } };
}
