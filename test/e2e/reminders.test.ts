import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCurrentUser } from '../../src/directory/demo-people.js';
import { findPersonByEmail } from '../../src/directory/people-repository.js';
import { findMeasureByCode } from '../../src/plans/plan-repository.js';
import { FixedClock } from '../../src/ports/clock.js';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import { measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { putInUnit } from '../helpers/reminder-setup.js';
import { E2eSession } from './harness.js';

// Thursday 24 October 2024, 11:00 in Stockholm: seven days before "Oktober 2024" is due.
const testClock = '2024-10-24T09:00:00Z';

describe('a reminder in the Agents Playground', () => {
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

  const title = 'Kartlägga risker för otillåten påverkan';
  let measureId: string;

  it('reaches Anna with the status form itself as the reminder', async () => {
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
    const anna = await findPersonByEmail(database.db, demoCurrentUser.email);
    expect(anna, 'the page load registers Anna and her chat').toBeDefined();
    const { plan } = await storeDraft(
      database.db,
      new FixedClock(testClock),
      planDraft({ measures: [measureDraft({ code: '2.3', title, ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' })] }),
    );
    measureId = (await findMeasureByCode(database.db, plan.id, '2.3'))!.id;
    await putInUnit(database.db, 'Samordnarna', [anna!.id]);

    const card = session.chat.card(title);
    await card.waitFor({ timeout: 30_000 });
    await card.scrollIntoViewIfNeeded();
    await session.chat.screenshot('reminder-card');
    const text = await card.innerText();
    expect(text).toContain('Hej Anna!');
    expect(text).toContain('7 dagar kvar');
    expect(text).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(await card.getByRole('button', { name: 'Skicka' }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Påminn mig om en vecka' }).isVisible()).toBe(true);
  });

  it('records what Anna reports right in the reminder, and shows the receipt in its place', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    const form = session.chat.card(title);
    await form.getByRole('radio', { name: 'Pågår enligt plan' }).check();
    await form.getByRole('button', { name: 'Skicka' }).click();
    await session.chat.card('Tack! Status för 2.3 registrerad').waitFor();
    expect(await cards.count()).toBe(count);
    await session.chat.screenshot('reminder-reported');
    const rows = await database.db.selectFrom('status_updates').select('status').where('measure_id', '=', measureId).execute();
    expect(rows).toEqual([{ status: 'on_track' }]);
  });

  it('sends the reminder only once', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few more worker cycles
    const rows = await database.db.selectFrom('reminder_outbox').select(['rule', 'state']).execute();
    const sent = await database.db.selectFrom('reminder_outbox').select(['rule', 'state', 'measure_id']).where('measure_id', '=', measureId).execute();
    expect(sent.filter((r) => r.state === 'sent').map((r) => r.rule)).toEqual(['before']);
    expect(rows.filter((r) => r.state === 'sent').length).toBeGreaterThan(0);
    expect(await session.chat.page.locator('.ac-adaptiveCard', { hasText: title }).count()).toBe(1);
  });
});
