import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infoPageRoutes } from '../../../web/info-page-routes.js';
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
    bot = await BotDriver.start(database, { mounters: [tabAuthRoutes, infoPageRoutes] });
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

  it('gives a page the whole policy: strict CSP framable only by Teams, no referrer, own resources only, nothing cached', async () => {
    const res = await fetch(`${bot.baseUrl}/integritet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      `default-src 'none';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';form-action 'self';base-uri 'none';frame-ancestors 'self' ${teamsFrameHosts.join(' ')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no header that would stop Teams from framing a page or bind the browser to HTTPS (the proxy decides that)', async () => {
    const res = await fetch(`${bot.baseUrl}/integritet`);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
  });

  it('lets only exact Teams, Outlook and Microsoft 365 origins frame a page', () => {
    for (const host of teamsFrameHosts) expect(host).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    expect(teamsFrameHosts).toContain('https://teams.microsoft.com');
    expect(teamsFrameHosts).toContain('https://outlook.office.com');
  });
});
