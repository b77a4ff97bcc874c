import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/storage/migrate.js';
import { migrations } from '../../../src/storage/migrations/index.js';
import type { Database } from '../../../src/storage/schema.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

/** Every table the code knows (src/storage/schema.ts); the type below fails to compile when one is missing here. */
const everyTable = [
  'conversations', 'goal_areas', 'measure_owners', 'measures', 'overview_conversations', 'people', 'plan_changes', 'plan_revisions',
  'plan_roles', 'plan_uploads', 'plans', 'reminder_outbox', 'reminder_rate_budget', 'reminder_snoozes', 'report_audit', 'report_exclusions',
  'report_messages', 'report_reminders', 'report_stat_counts', 'reports', 'status_prompts', 'status_updates', 'unit_members', 'units', 'write_heartbeat',
  'pow_load', 'pow_spent', 'batch_claims', 'revoked_download_links',
] as const satisfies ReadonlyArray<keyof Database>;
type Unlisted = Exclude<keyof Database, (typeof everyTable)[number]>;
const listsEveryTable: [Unlisted] extends [never] ? true : Unlisted = true;

describe.each(dialects)('migrations on $name', ({ create }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  it('creates every table and records every migration', async () => {
    expect(listsEveryTable).toBe(true);
    const ours = (await database.db.introspection.getTables()).filter((t) => database.dialect === 'sqlite' || t.schema === database.where);
    const tables = ours.map((t) => t.name).filter((t) => !t.startsWith('kysely_'));
    expect(tables.sort()).toEqual([...everyTable].sort());
    const applied = await database.db
      .selectFrom('kysely_migration' as any)
      .select('name' as any)
      .execute();
    expect(applied.map((r: any) => r.name)).toEqual(Object.keys(migrations));
  });

  it('is a no-op when run again', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
