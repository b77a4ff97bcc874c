import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsFrameHosts } from '../../../web/pages/frame-ancestors.js';
import { tabAuthRoutes } from '../../../web/tab-sign-in.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';

/** Issue 12, item 7: JSON APIs lacked nosniff; frame-ancestors used broad wildcards. */
describe('security headers on every answer', () => {
  let database: TestDatabase;
  let bot: BotDriver;
  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, { mounters: [tabAuthRoutes] });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it.each(['/healthz', '/api/tab/auth', '/api/tab/local-people', '/no/such/page'])('answers %s with nosniff', async (path) => {
    const res = await fetch(`${bot.baseUrl}${path}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers the messaging endpoint, refused or not, with nosniff', async () => {
    const res = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets only exact Teams, Outlook and Microsoft 365 origins frame a page', () => {
    for (const host of teamsFrameHosts) expect(host).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    expect(teamsFrameHosts).toContain('https://teams.microsoft.com');
    expect(teamsFrameHosts).toContain('https://outlook.office.com');
  });
});
