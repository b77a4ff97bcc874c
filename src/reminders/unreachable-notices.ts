import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import type { Database } from '../storage/schema.js';
import type { OutboxItem, PlannedRow } from './outbox-item.js';
import { insertPlannedRows } from './outbox-repository.js';
import { personZones } from './person-zones.js';
import type { PlanFacts } from './quiet-rules.js';
import { nextSendableInstant } from './send-window.js';

/**
 * Tells a plan's coordinators that an owner cannot be reached ("når inte
 * mottagaren"), once per measure and unreachable episode: the episode (the
 * day it was found, or "not installed") is part of the outbox key.
 */
export async function planUnreachableNotices(
  db: Kysely<Database>,
  input: { rows: readonly OutboxItem[]; ownerId: string; reason: string; episode: string; plans: ReadonlyMap<string, PlanFacts>; now: Date; organisationZone: string },
): Promise<number> {
  const ownerRows = input.rows.filter((r) => r.audience === 'owner' && r.measureId);
  const coordinatorIds = new Set(ownerRows.flatMap((r) => [...(input.plans.get(r.planId)?.coordinatorIds ?? [])]));
  const zones = await personZones(db, coordinatorIds, input.organisationZone);
  const planned: PlannedRow[] = [];
  for (const row of ownerRows) {
    const plan = input.plans.get(row.planId);
    if (!plan) continue;
    for (const coordinatorId of plan.coordinatorIds) {
      if (coordinatorId === input.ownerId) continue;
      const zone = zones.get(coordinatorId)!;
      const notBefore = nextSendableInstant(input.now, zone, plan.rules.workingHours);
      planned.push({
        subjectId: row.measureId!,
        measureId: row.measureId,
        planId: row.planId,
        rule: 'unreachable',
        occurrence: `${input.ownerId}/${input.episode}`,
        recipientId: coordinatorId,
        sendDate: localDate(notBefore, zone),
        expiresOn: null,
        payload: { ownerId: input.ownerId, reason: input.reason },
        notBefore,
      });
    }
  }
  return insertPlannedRows(db, planned, input.now.toISOString());
}
