import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parsePeriod } from '../../src/plans/parse-period.js';
import type { Database } from '../../src/storage/schema.js';
import { botAccount, tenantId } from './activities.js';

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A large fan-out written straight into the tables (bulk, not through the
 * importer, so seeding 10 000 measures takes seconds): one plan, `measures`
 * measures each owned by its own unit of `ownersPerMeasure` people, each
 * person with a personal chat at `serviceUrl`. `peopleShared` lets owners
 * own several measures (measure i is owned by person i % people).
 */
export async function bulkSeed(
  db: Kysely<Database>,
  options: { measures: number; people: number; serviceUrl: string; deadline: string; start?: string; nowIso?: string },
): Promise<{ planId: string; conversationIds: string[]; personIds: string[] }> {
  const now = options.nowIso ?? new Date().toISOString();
  const planId = randomUUID();
  await db
    .insertInto('plans')
    .values({
      id: planId,
      key: `fanout-${planId.slice(0, 8)}`,
      organisation: 'Bänkkommun',
      name: `Belastningsplan ${planId.slice(0, 8)}`,
      committee: null,
      decision_reference: null,
      decision_date: null,
      valid_from: null,
      valid_to: null,
      goal_area_label: 'målområde',
      coordinator_text: null,
      follow_ups_json: '[]',
      risk_areas_json: '[]',
      reminder_rules_json: null,
      current_revision: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const people = Array.from({ length: options.people }, (_, i) => ({ id: randomUUID(), userId: `29:bench-${i}-${randomUUID().slice(0, 8)}`, conversationId: `a:bench-${i}-${randomUUID()}` }));
  await chunked(people, (chunk) =>
    db
      .insertInto('people')
      .values(chunk.map((p, i) => ({ id: p.id, aad_object_id: null, teams_user_id: p.userId, tenant_id: tenantId, display_name: `Person ${i}`, email: `${p.id}@bank.example`, upn: null, locale: 'sv-SE', preferred_locale: null, time_zone: null, unreachable_at: null, unreachable_reason: null, created_at: now, updated_at: now })))
      .execute(),
  );
  await chunked(people, (chunk) =>
    db
      .insertInto('conversations')
      .values(
        chunk.map((p) => ({
          id: randomUUID(),
          conversation_id: p.conversationId,
          conversation_type: 'personal',
          person_id: p.id,
          team_id: null,
          channel_id: null,
          tenant_id: tenantId,
          service_url: options.serviceUrl,
          reference_json: JSON.stringify({ channelId: 'msteams', serviceUrl: options.serviceUrl, conversation: { id: p.conversationId, conversationType: 'personal', tenantId }, bot: botAccount, user: { id: p.userId } }),
          installed: 1,
          unreachable_at: null,
          unreachable_reason: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute(),
  );
  const start = parsePeriod(options.start ?? 'Maj 2024');
  const deadline = parsePeriod(options.deadline);
  const measures = Array.from({ length: options.measures }, (_, i) => ({ id: randomUUID(), unitId: randomUUID(), i }));
  await chunked(measures, (chunk) =>
    db
      .insertInto('units')
      .values(chunk.map((m) => ({ id: m.unitId, key: `bänkenhet ${m.unitId}`, name: `Bänkenhet ${m.i}`, created_at: now })))
      .execute(),
  );
  await chunked(measures, (chunk) =>
    db
      .insertInto('measures')
      .values(
        chunk.map((m) => ({
          id: m.id,
          plan_id: planId,
          goal_area_id: null,
          code: `${Math.floor(m.i / 100) + 1}.${(m.i % 100) + 1}`,
          title: `Åtgärd nummer ${m.i}`,
          responsible_text: `Bänkenhet ${m.i}`,
          start_json: JSON.stringify(start),
          start_kind: start.kind,
          start_from: start.from,
          deadline_json: JSON.stringify(deadline),
          deadline_kind: deadline.kind,
          deadline_from: deadline.from,
          deadline_to: deadline.to,
          indicators_json: '[]',
          notes: null,
          position: m.i,
          added_in_revision: 1,
          changed_in_revision: 1,
          removed_in_revision: null,
        })),
      )
      .execute(),
  );
  await chunked(measures, (chunk) => db.insertInto('measure_owners').values(chunk.map((m) => ({ measure_id: m.id, unit_id: m.unitId, position: 0 }))).execute());
  await chunked(measures, (chunk) => db.insertInto('unit_members').values(chunk.map((m) => ({ unit_id: m.unitId, person_id: people[m.i % people.length]!.id, created_at: now }))).execute());
  return { planId, conversationIds: people.map((p) => p.conversationId), personIds: people.map((p) => p.id) };
}
