import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorCurrentUser } from '../../cli/playground-people.js';
import { findPersonByEmail } from '../../src/directory/people-repository.js';
import { FixedClock } from '../../src/ports/clock.js';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import { measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { putInUnit } from '../helpers/reminder-setup.js';
import { E2eSession } from './harness.js';

// Thursday 24 October 2024, 11:00 in Stockholm: seven days before "Oktober 2024" is due.
const testClock = '2024-10-24T09:00:00Z';

describe('a reminder in the local Teams simulator', () => {
  let session: E2eSession;
  let database: TillitDatabase;
  beforeAll(async () => {
    // The reminder worker inside `tillit start` runs every second on a test clock (TILLIT_TEST_CLOCK, test only).
    session = await E2eSession.start({ env: { TILLIT_TEST_CLOCK: testClock, TILLIT_REMINDER_INTERVAL_SECONDS: '1' } });
    database = openDatabase({ dialect: 'sqlite', file: session.databaseUrl });
  });
  afterAll(async () => {
    await database?.destroy();
    await session?.stop();
  });

  it('reaches Anna with a due reminder card in her chat', async () => {
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
    const anna = await findPersonByEmail(database.db, simulatorCurrentUser.email);
    expect(anna, 'the page load registers Anna and her chat').toBeDefined();
    await storeDraft(
      database.db,
      new FixedClock(testClock),
      planDraft({ measures: [measureDraft({ code: '2.3', title: 'Kartlägga risker för otillåten påverkan', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' })] }),
    );
    await putInUnit(database.db, 'Samordnarna', [anna!.id]);

    const card = session.chat.card('Påminnelse: 2.3 Kartlägga risker för otillåten påverkan');
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    expect(text).toContain('Oktober 2024 (31 oktober 2024)');
    expect(text).toContain('7 dagar kvar');
    expect(await card.getByRole('button', { name: 'Rapportera status' }).isVisible()).toBe(true);
    await session.chat.screenshot('reminder-card');
  });

  it('snoozes the reminder for a week from the card, in place', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    await session.chat.card('Påminnelse: 2.3').getByRole('button', { name: 'Påminn mig om en vecka' }).click();
    await session.chat.card('Jag påminner dig igen 31 oktober 2024').waitFor();
    expect(await cards.count()).toBe(count);
    await session.chat.screenshot('reminder-snoozed');
  });

  it('sends the reminder only once', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few more worker cycles
    const rows = await database.db.selectFrom('reminder_outbox').select(['rule', 'state']).execute();
    expect(rows.filter((r) => r.state === 'sent').map((r) => r.rule)).toEqual(['before']);
    expect(await session.chat.page.locator('.ac-adaptiveCard', { hasText: 'Påminnelse: 2.3' }).count()).toBe(0);
  });
});
