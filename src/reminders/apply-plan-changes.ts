import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import { unitKey } from '../plans/units-repository.js';
import type { Period } from '../plans/period.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { PlannedRow } from './outbox-item.js';
import { insertPlannedRows } from './outbox-repository.js';
import { personZones } from './person-zones.js';
import { ownersOf } from './reminder-facts.js';
import { effectiveReminderRules } from './reminder-rules-schema.js';
import { nextSendableInstant } from './send-window.js';

export interface ApplyPlanChangesDeps {
  db: Kysely<Database>;
  clock: Clock;
  organisationZone: string;
}

async function peopleInUnits(db: Kysely<Database>, unitNames: readonly string[]): Promise<Set<string>> {
  if (unitNames.length === 0) return new Set();
  const rows = await db
    .selectFrom('unit_members')
    .innerJoin('units', 'units.id', 'unit_members.unit_id')
    .select('unit_members.person_id')
    .where('units.key', 'in', unitNames.map(unitKey))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

const periodText = (value: unknown) => (value && typeof value === 'object' && 'text' in value ? String((value as Period).text) : '');
const unitList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Tells owners once about what a new plan revision changed for them (added
 * or removed measure, moved deadline, new or former owner): each unnotified
 * plan_changes row becomes notices in the outbox and is marked notified in
 * the same transaction. The deadline reminders themselves need no rewrite:
 * the planner plans the new dates, and rows for the old ones fail the
 * "still planned" check when they come due.
 */
export async function applyPlanChanges(deps: ApplyPlanChangesDeps): Promise<{ changes: number; notices: number }> {
  const pending = await deps.db.selectFrom('plan_changes').selectAll().where('notified_at', 'is', null).orderBy('created_at').execute();
  if (pending.length === 0) return { changes: 0, notices: 0 };
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  let notices = 0;
  for (const change of pending) {
    await deps.db.transaction().execute(async (trx) => {
      const still = await trx.selectFrom('plan_changes').select('notified_at').where('id', '=', change.id).executeTakeFirst();
      if (!still || still.notified_at !== null) return;
      const plan = await trx.selectFrom('plans').select('reminder_rules_json').where('id', '=', change.plan_id).executeTakeFirst();
      const rules = effectiveReminderRules(plan?.reminder_rules_json ? JSON.parse(plan.reminder_rules_json) : null);
      const before = change.before_json ? (JSON.parse(change.before_json) as unknown) : null;
      const after = change.after_json ? (JSON.parse(change.after_json) as unknown) : null;
      const owners = (await ownersOf(trx, [change.measure_id])).get(change.measure_id) ?? new Set<string>();
      const notify: Array<{ personId: string; payload: Record<string, unknown> }> = [];
      if (change.kind === 'added' || change.kind === 'removed') {
        for (const personId of owners) notify.push({ personId, payload: { change: change.kind } });
      } else if (change.kind === 'deadline_moved') {
        for (const personId of owners) notify.push({ personId, payload: { change: 'deadline_moved', before: periodText(before), after: periodText(after) } });
      } else if (change.kind === 'owner_changed') {
        const was = unitList(before);
        const is = unitList(after);
        const added = is.filter((u) => !was.some((w) => unitKey(w) === unitKey(u)));
        const removed = was.filter((w) => !is.some((u) => unitKey(u) === unitKey(w)));
        for (const personId of await peopleInUnits(trx, added)) notify.push({ personId, payload: { change: 'owner_added', after: added.join(', ') } });
        for (const personId of await peopleInUnits(trx, removed)) {
          if (!owners.has(personId)) notify.push({ personId, payload: { change: 'owner_removed', before: removed.join(', ') } });
        }
      }
      const zones = await personZones(trx, notify.map((n) => n.personId), deps.organisationZone);
      const rows: PlannedRow[] = notify.map(({ personId, payload }) => {
        const zone = zones.get(personId)!;
        const notBefore = nextSendableInstant(now, zone, rules.workingHours);
        return {
          subjectId: change.measure_id,
          measureId: change.measure_id,
          planId: change.plan_id,
          rule: 'revision',
          occurrence: change.id,
          recipientId: personId,
          sendDate: localDate(notBefore, zone),
          expiresOn: null,
          payload: { ...payload, revision: change.revision },
          notBefore,
        };
      });
      notices += await insertPlannedRows(trx, rows, nowIso);
      await trx.updateTable('plan_changes').set({ notified_at: nowIso }).where('id', '=', change.id).execute();
    });
  }
  return { changes: pending.length, notices };
}
