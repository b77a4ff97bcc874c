import { afterAll, beforeAll, beforeEach } from 'vitest';
import { findMeasureByCode } from '../../src/plans/plan-repository.js';
import type { StatusValue } from '../../src/status/status.js';
import { BotDriver } from './bot-driver.js';
import type { TestDatabase } from './databases.js';
import { measureDraft, planDraft, storeDraft } from './plan-builders.js';
import { makeCoordinators, putInUnit, reachablePerson, resetReminderData, testCycle } from './reminder-setup.js';
import { seedStatuses } from './status-seeds.js';
import { SteerableClock } from './steerable-clock.js';

// Thursday 24 October 2024, 10:00 in Stockholm: seven days before "Oktober 2024" is due.
export const thursday = '2024-10-24T08:00:00Z';

/**
 * The reminder delivery tests' harness: Tillit in-process on a test database
 * with a fake connector and a steerable clock at `thursday`, reminder data
 * reset before each test. Registers the vitest hooks; read the fields inside tests.
 */
export function useReminderDelivery(create: () => Promise<TestDatabase>) {
  const clock = new SteerableClock(thursday);
  let database: TestDatabase | undefined;
  let bot: BotDriver | undefined;

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    await resetReminderData(h.database.db);
    h.bot.connector.clear();
    h.bot.connector.policy = () => undefined;
    clock.set(thursday);
  });

  const h = {
    clock,
    get database(): TestDatabase {
      return database!;
    },
    get bot(): BotDriver {
      return bot!;
    },
    cycle: (settings = {}) => testCycle({ db: h.database.db, dialect: h.database.dialect, clock, messenger: h.bot.running.app.messenger }, settings),

    /** Bertil owns 1.1 and 2.1, Cecilia owns 1.1, Anna coordinates; 3.1 is continuous. */
    async seedPlan(options: { bertilTimeZone?: string; draft?: Parameters<typeof planDraft>[0] } = {}) {
      const db = h.database.db;
      const draft = planDraft({
        measures: [
          measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
        ],
        ...options.draft,
      });
      const { plan } = await storeDraft(db, clock, draft);
      const serviceUrl = h.bot.serviceUrl;
      const bertil = await reachablePerson(db, clock, { email: 'bertil.berg@kommun.example', name: 'Bertil Berg', serviceUrl, timeZone: options.bertilTimeZone });
      const cecilia = await reachablePerson(db, clock, { email: 'cecilia.carlsson@kommun.example', name: 'Cecilia Carlsson', serviceUrl });
      const anna = await reachablePerson(db, clock, { email: 'anna.andersson@kommun.example', name: 'Anna Andersson', serviceUrl });
      await putInUnit(db, 'Samordnarna', [bertil.personId, cecilia.personId]);
      await putInUnit(db, 'Enhet för säkerhet', [bertil.personId]);
      await makeCoordinators(db, plan.id, [anna.personId]);
      const m = async (code: string) => (await findMeasureByCode(db, plan.id, code))!;
      return { plan, bertil, cecilia, anna, m11: await m('1.1'), m21: await m('2.1'), m31: await m('3.1') };
    },

    async recordStatus(measureId: string, personId: string, status: StatusValue, recordedAt: string, forecast: string | null = null) {
      await seedStatuses(h.database.db, [{ measureId, status, at: recordedAt, by: personId, ...(forecast ? { forecastDate: forecast } : {}) }]);
    },
  };
  return h;
}
