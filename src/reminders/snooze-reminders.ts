import type { Kysely } from 'kysely';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { workingDayOnOrAfter } from '../calendar/working-days.js';
import { localDate } from '../calendar/zoned-time.js';
import { TillitError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { insertPlannedRows } from './outbox-repository.js';
import { personZones } from './person-zones.js';
import { loadMeasureFacts, loadPlanFacts } from './reminder-facts.js';
import type { MeasureRef } from './reminder-views.js';
import { windowStart } from './send-window.js';

/** Raised when someone snoozes a reminder about measures they do not own. */
export class SnoozeError extends TillitError<'snooze_not_owner'> {}

export interface SnoozeDeps {
  db: Kysely<Database>;
  clock: Clock;
  organisationZone: string;
}

/**
 * "Påminn mig om en vecka": no reminders about these measures to this person
 * until the snooze ends (the plan's snoozeDays, moved to a working day), and
 * one reminder then. Only measures the person owns are snoozed (checked
 * here, not in the card); snoozing again moves the date.
 */
export async function snoozeReminders(deps: SnoozeDeps, input: { personId: string; measureIds: readonly string[] }): Promise<{ until: IsoDate; measures: MeasureRef[] }> {
  const now = deps.clock.now();
  const today = localDate(now, deps.organisationZone);
  const facts = await loadMeasureFacts(deps.db, input.measureIds);
  const owned = [...facts.values()].filter((f) => f.ownerIds.has(input.personId) && f.measure.removedInRevision === null);
  if (owned.length === 0) throw new SnoozeError('snooze_not_owner', 'Snooze by someone who owns none of the measures', { measures: input.measureIds.length });
  const plans = await loadPlanFacts(deps.db, owned.map((f) => f.measure.planId));
  const zone = (await personZones(deps.db, [input.personId], deps.organisationZone)).get(input.personId)!;
  const nowIso = now.toISOString();
  let earliest: IsoDate | undefined;
  await deps.db.transaction().execute(async (trx) => {
    for (const f of owned) {
      const rules = plans.get(f.measure.planId)!.rules;
      const until = workingDayOnOrAfter(addDays(today, rules.snoozeDays));
      if (!earliest || until < earliest) earliest = until;
      await trx
        .insertInto('reminder_snoozes')
        .values({ measure_id: f.measure.id, person_id: input.personId, until_date: until, created_at: nowIso })
        .onConflict((oc) => oc.columns(['measure_id', 'person_id']).doUpdateSet({ until_date: until, created_at: nowIso }))
        .execute();
      await insertPlannedRows(
        trx,
        [
          {
            subjectId: f.measure.id,
            measureId: f.measure.id,
            planId: f.measure.planId,
            rule: 'snooze',
            occurrence: until,
            recipientId: input.personId,
            sendDate: until,
            expiresOn: addDays(until, 7),
            payload: null,
            notBefore: windowStart(until, zone, rules.workingHours),
          },
        ],
        nowIso,
      );
    }
  });
  return { until: earliest!, measures: owned.map((f) => ({ code: f.measure.code, title: f.measure.title })).sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true })) };
}
