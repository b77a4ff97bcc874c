import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { FakeOpenIdServer, newSigningKey, signChannelToken } from '../../helpers/fake-bot-framework-auth.js';

const appId = '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('Bot Framework authentication on /api/messages', () => {
  const trusted = newSigningKey('trusted-key');
  const forger = newSigningKey('trusted-key'); // same kid, different key: a forgery
  const openId = new FakeOpenIdServer([trusted]);
  let database: TestDatabase;
  let bot: BotDriver;

  beforeAll(async () => {
    await openId.start();
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, {
      env: { MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: 'not-used-inbound', BOT_OPENID_METADATA: openId.metadataUrl },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
    await openId.stop();
  });

  // A typing activity needs no reply, so the turn completes without calling out to Teams.
  const typing = () => ({ ...messageActivity(testUser(), '', bot.serviceUrl), type: 'typing' });

  it('refuses a request without a token with 401', async () => {
    expect((await bot.post(typing())).status).toBe(401);
  });

  it('refuses a token signed with a key the Bot Framework did not publish', async () => {
    const activity = typing();
    const token = signChannelToken(forger, { appId, serviceUrl: activity.serviceUrl });
    expect((await bot.post(activity, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses a valid signature for another bot (wrong audience)', async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId: '99999999-4e5f-4a6b-8c7d-9e0f1a2b3c4d', serviceUrl: activity.serviceUrl });
    expect((await bot.post(activity, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl, expiresInSeconds: -3600 });
    expect((await bot.post(activity, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses garbage in the Authorization header', async () => {
    expect((await bot.post(typing(), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
  });

  it('accepts a properly signed token for this bot', async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl });
    expect((await bot.post(activity, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('reports in /healthz that authentication is on', async () => {
    const res = await fetch(`${bot.baseUrl}/healthz`);
    expect(await res.json()).toMatchObject({ status: 'ok', authenticated: true });
  });
});
