import type { Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Person } from '../directory/person.js';
import { getMeasuresByIds, getPlan, listMeasures, planRoleHolders } from '../plans/plan-repository.js';
import { latestStatuses } from '../status/latest-statuses.js';
import type { Database } from '../storage/schema.js';
import type { MeasureFacts, PlanFacts } from './quiet-rules.js';
import { effectiveReminderRules } from './reminder-rules-schema.js';
import { statusRounds } from './round-occurrences.js';

function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Plans with their effective rules, rounds and coordinators. */
export async function loadPlanFacts(db: Kysely<Database>, planIds: Iterable<string>): Promise<Map<string, PlanFacts>> {
  const out = new Map<string, PlanFacts>();
  for (const id of new Set(planIds)) {
    const plan = await getPlan(db, id);
    if (!plan) continue;
    const rules = effectiveReminderRules(plan.reminderRules);
    out.set(id, { plan, rules, rounds: statusRounds(plan.followUps, rules), coordinatorIds: new Set(await planRoleHolders(db, id, 'coordinator')) });
  }
  return out;
}

/** The people owning each measure through its units. */
export async function ownersOf(db: Kysely<Database>, measureIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(measureIds.map((id) => [id, new Set<string>()]));
  for (const chunk of chunks(measureIds)) {
    const rows = await db
      .selectFrom('measure_owners')
      .innerJoin('unit_members', 'unit_members.unit_id', 'measure_owners.unit_id')
      .select(['measure_owners.measure_id', 'unit_members.person_id'])
      .where('measure_owners.measure_id', 'in', chunk)
      .execute();
    for (const r of rows) out.get(r.measure_id)!.add(r.person_id);
  }
  return out;
}

async function snoozesOf(db: Kysely<Database>, measureIds: readonly string[]): Promise<Map<string, Map<string, IsoDate>>> {
  const out = new Map<string, Map<string, IsoDate>>();
  for (const chunk of chunks(measureIds)) {
    const rows = await db.selectFrom('reminder_snoozes').selectAll().where('measure_id', 'in', chunk).execute();
    for (const r of rows) {
      if (!out.has(r.measure_id)) out.set(r.measure_id, new Map());
      out.get(r.measure_id)!.set(r.person_id, r.until_date);
    }
  }
  return out;
}

/** Everything the quiet rules need about these measures, in four queries per 500. */
export async function loadMeasureFacts(db: Kysely<Database>, measureIds: Iterable<string>): Promise<Map<string, MeasureFacts>> {
  const ids = [...new Set(measureIds)];
  const [measures, owners, statuses, snoozes] = await Promise.all([getMeasuresByIds(db, ids), ownersOf(db, ids), latestStatuses(db, ids), snoozesOf(db, ids)]);
  return new Map(
    measures.map((m) => [
      m.id,
      { measure: m, ownerIds: owners.get(m.id) ?? new Set(), latest: statuses.get(m.id), snoozedUntil: snoozes.get(m.id) ?? new Map() },
    ]),
  );
}

/** Facts for every current measure of a plan (status-round summaries). */
export async function loadPlanMeasureFacts(db: Kysely<Database>, planId: string): Promise<MeasureFacts[]> {
  const measures = await listMeasures(db, planId);
  const ids = measures.map((m) => m.id);
  const [owners, statuses] = await Promise.all([ownersOf(db, ids), latestStatuses(db, ids)]);
  return measures.map((m) => ({ measure: m, ownerIds: owners.get(m.id) ?? new Set(), latest: statuses.get(m.id), snoozedUntil: new Map() }));
}

/** A person and how to reach them: their personal chat, when they have one that works. */
export interface Recipient {
  person: Person;
  conversationRowId: string | null;
  /** Why they cannot be reached, when they cannot. */
  unreachable: 'not_installed' | 'blocked' | 'uninstalled' | 'conversation_gone' | null;
}

/** People by id with their newest personal conversation. */
export async function loadRecipients(db: Kysely<Database>, personIds: Iterable<string>): Promise<Map<string, Recipient>> {
  const ids = [...new Set(personIds)];
  const out = new Map<string, Recipient>();
  const people = new Map<string, Person>();
  for (const chunk of chunks(ids)) {
    const rows = await db.selectFrom('people').selectAll().where('id', 'in', chunk).execute();
    for (const r of rows) {
      people.set(r.id, {
        id: r.id,
        aadObjectId: r.aad_object_id,
        teamsUserId: r.teams_user_id,
        tenantId: r.tenant_id,
        displayName: r.display_name,
        email: r.email,
        upn: r.upn,
        locale: r.locale,
        preferredLocale: r.preferred_locale,
        timeZone: r.time_zone,
        unreachableAt: r.unreachable_at,
        unreachableReason: r.unreachable_reason,
      });
    }
  }
  const conversations = new Map<string, { id: string; unreachable_reason: string | null; updated_at: string }>();
  for (const chunk of chunks(ids)) {
    const rows = await db
      .selectFrom('conversations')
      .select(['id', 'person_id', 'unreachable_reason', 'updated_at'])
      .where('person_id', 'in', chunk)
      .where('conversation_type', '=', 'personal')
      .execute();
    for (const r of rows) {
      const seen = conversations.get(r.person_id!);
      if (!seen || seen.updated_at < r.updated_at) conversations.set(r.person_id!, r);
    }
  }
  for (const [id, person] of people) {
    const conversation = conversations.get(id);
    const reason = conversation?.unreachable_reason ?? (conversation ? null : 'not_installed');
    out.set(id, {
      person,
      conversationRowId: conversation?.id ?? null,
      unreachable: reason === null ? null : (['blocked', 'uninstalled', 'conversation_gone'].includes(reason) ? reason : 'not_installed') as Recipient['unreachable'],
    });
  }
  return out;
}
