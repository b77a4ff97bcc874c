import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createReminderRenderer } from '../../cards/reminder-messages.js';
import { recordContact } from '../../src/directory/record-contact.js';
import { grantPlanRole } from '../../src/plans/plan-repository.js';
import { addUnitMember, ensureUnit } from '../../src/plans/units-repository.js';
import type { Clock } from '../../src/ports/clock.js';
import type { Messenger } from '../../src/ports/messenger.js';
import { defaultDispatcherSettings, type DispatcherSettings } from '../../src/reminders/dispatcher-settings.js';
import { ReminderCycle } from '../../src/reminders/reminder-cycle.js';
import type { ReminderRenderer } from '../../src/reminders/reminder-views.js';
import type { Dialect } from '../../src/storage/database.js';
import type { Database } from '../../src/storage/schema.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { LogCapture } from './bot-driver.js';
import { botAccount, tenantId } from './activities.js';

/** Empties every table reminders touch, so each test starts from nothing. */
export async function resetReminderData(db: Kysely<Database>): Promise<void> {
  for (const table of ['reminder_outbox', 'reminder_snoozes', 'reminder_rate_budget', 'status_updates', 'plan_changes', 'plan_roles', 'plans', 'unit_members', 'units', 'conversations', 'people'] as const) {
    await sql`delete from ${sql.table(table)}`.execute(db);
  }
}

/** A person with a personal chat whose reference points at `serviceUrl` (a fake connector or the Playground). */
export async function reachablePerson(
  db: Kysely<Database>,
  clock: Clock,
  input: { email: string; name: string; serviceUrl: string; timeZone?: string; locale?: string; conversationId?: string },
): Promise<{ personId: string; conversationId: string; conversationRowId: string }> {
  const userId = `29:${randomUUID()}`;
  // The same id activities.ts gives this user's personal chat, so a card click lands in it.
  const conversationId = input.conversationId ?? `a:personal-${userId}`;
  const { person, conversation } = await recordContact(
    { db, clock },
    {
      conversation: {
        conversationId,
        conversationType: 'personal',
        tenantId,
        serviceUrl: input.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: input.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId },
          bot: botAccount,
          user: { id: userId, name: input.name },
        },
      },
      person: { teamsUserId: userId, email: input.email, upn: input.email, displayName: input.name, tenantId, timeZone: input.timeZone, locale: input.locale },
    },
  );
  return { personId: person!.id, conversationId, conversationRowId: conversation.id };
}

/** Puts people in a unit (the measure's owner unit). */
export async function putInUnit(db: Kysely<Database>, unitName: string, personIds: string[], nowIso = new Date().toISOString()): Promise<void> {
  const unit = await ensureUnit(db, unitName, nowIso);
  for (const id of personIds) await addUnitMember(db, unit.id, id, nowIso);
}

/** Makes people coordinators of a plan. */
export async function makeCoordinators(db: Kysely<Database>, planId: string, personIds: string[]): Promise<void> {
  for (const id of personIds) await grantPlanRole(db, planId, id, 'coordinator', new Date().toISOString());
}

/** A reminder cycle with fast test settings (short lease, quick backoff), logging into a capture. */
export function testCycle(
  deps: { db: Kysely<Database>; dialect: Dialect; clock: Clock; messenger: Messenger; renderer?: ReminderRenderer },
  settings: Partial<DispatcherSettings> = {},
): { cycle: ReminderCycle; logs: LogCapture; logger: Logger } {
  const logs = new LogCapture();
  const logger = createLogger('debug', logs);
  const cycle = new ReminderCycle({
    ...deps,
    renderer: deps.renderer ?? createReminderRenderer(),
    logger,
    settings: {
      ...defaultDispatcherSettings,
      organisationZone: 'Europe/Stockholm',
      organisationLocale: 'sv',
      followTeamsLocale: true,
      tenantRatePerSecond: 200,
      leaseMs: 6000,
      backoff: { baseMs: 100, capMs: 400, maxFailures: 4 },
      ...settings,
    },
  });
  return { cycle, logs, logger };
}

/** Outbox rows as plain objects, for asserting on states and outcomes. */
export async function outboxRows(db: Kysely<Database>) {
  return db.selectFrom('reminder_outbox').selectAll().orderBy('rule').orderBy('occurrence').execute();
}
