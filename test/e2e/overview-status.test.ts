import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCurrentUser } from '../../src/directory/demo-people.js';
import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { grantPlanRole } from '../../src/plans/plan-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { seedNorrtalje } from '../helpers/norrtalje-scenario.js';
import { E2eSession } from './harness.js';

const planName = 'Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025 e2e';

describe('the plan overview in the Agents Playground', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await E2eSession.start();
    // The page load's own turns write to the same file; let them finish before seeding beside them.
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
    // Seed the running Tillit's SQLite file with a plan of our own (beside the example plans
    // `tillit start` loads): the Norrtälje measures with their history, Anna as a reader.
    const database = openDatabase({ dialect: 'sqlite', file: session.databaseUrl });
    try {
      const { planId } = await seedNorrtalje(database.db, 'e2e');
      const anna = await ensurePersonByEmail(database.db, demoCurrentUser.email, new Date().toISOString());
      await grantPlanRole(database.db, planId, anna.id, 'reader', new Date().toISOString());
    } finally {
      await database.destroy();
    }
  });
  afterAll(async () => session?.stop());

  it('answers "status" with the plan’s overview card', async () => {
    await session.chat.say('status');
    const card = session.chat.card(planName);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Målområde 2: Upptäcka och förebygga');
    expect(text).toContain('Karin Samordnare för Sara Lind');
    expect(text).toContain('Sista datum har passerats');
    expect(text).toContain('Senaste uppdateringarna');
    await session.chat.screenshot('overview-status-card');
  });

  it('drills into a goal area in place when it is tapped', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    await session.chat.card(planName).getByText('Målområde 2: Upptäcka och förebygga').first().click();
    await session.chat.card('Klar senast: 31 oktober 2024 (i planen: Oktober 2024)').waitFor();
    expect(await cards.count()).toBe(count);
    await session.chat.screenshot('overview-goal-area-card');
  });

  it('answers "status 2.3" with the measure and its history', async () => {
    await session.chat.say('status norrtalje-2024-2025-e2e 2.3');
    const card = session.chat.card('Historik (3)');
    await card.waitFor();
    expect(await card.innerText()).toContain('RPA-leverantören är försenad');
    await session.chat.screenshot('overview-measure-card');
  });

  it('gives personal report links from "Rapport till nämnden"', async () => {
    await session.chat.say('status norrtalje-2024-2025-e2e');
    await session.chat.card(planName).getByRole('button', { name: 'Rapport till nämnden' }).click();
    const card = session.chat.card('Länkarna är personliga');
    await card.waitFor();
    expect(await card.innerText()).toContain('Word (.docx)');
    expect(await card.innerText()).toContain('Excel (.xlsx)');
    await session.chat.screenshot('overview-report-links-card');
  });

  it('logs neither plan text nor names', () => {
    const logLines = session.log.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const canary of ['Utred förutsättningarna', 'RPA-leverantören', 'Anna Andersson', 'anna.andersson']) expect(logLines.join('\n')).not.toContain(canary);
  });
});
