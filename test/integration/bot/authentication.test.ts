import { createHmac, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import {
  FakeOpenIdServer,
  HangingServer,
  channelClaims,
  craftToken,
  newSigningKey,
  signChannelToken,
  unreachableUrl,
} from '../../helpers/fake-bot-framework-auth.js';

const appId = '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** Every auth case must be decided within this; vitest fails a test that runs longer. */
const within5s = { timeout: 5000 };

async function start(database: TestDatabase, metadataUrl: string): Promise<BotDriver> {
  return BotDriver.start(database, {
    env: { MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: 'not-used-inbound', BOT_OPENID_METADATA: metadataUrl },
  });
}

async function postRaw(bot: BotDriver, activity: unknown, authorization?: string): Promise<Response> {
  return fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
}

describe('Bot Framework authentication on /api/messages', () => {
  const trusted = newSigningKey('trusted-key');
  const forger = newSigningKey('trusted-key'); // same kid, different key: a forgery
  const openId = new FakeOpenIdServer([trusted]);
  let database: TestDatabase;
  let bot: BotDriver;

  beforeAll(async () => {
    await openId.start();
    database = await createSqliteTestDatabase();
    bot = await start(database, openId.metadataUrl);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
    await openId.stop();
  });

  // A typing activity needs no reply, so the turn completes without calling out to Teams.
  const typing = () => ({ ...messageActivity(testUser(), '', bot.serviceUrl), type: 'typing' });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const rs256 = (input: string) => sign('RSA-SHA256', Buffer.from(input), trusted.privateKey).toString('base64url');

  it('accepts a properly signed token for this bot', within5s, async () => {
    const activity = typing();
    expect((await bot.post(activity, bearer(signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl })))).status).toBe(200);
  });

  it('refuses a request without a token with 401', within5s, async () => {
    expect((await bot.post(typing())).status).toBe(401);
  });

  it('refuses a token signed with a key the Bot Framework did not publish', within5s, async () => {
    const activity = typing();
    expect((await bot.post(activity, bearer(signChannelToken(forger, { appId, serviceUrl: activity.serviceUrl })))).status).toBe(401);
  });

  it('refuses a valid signature for another bot (wrong audience)', within5s, async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId: '99999999-4e5f-4a6b-8c7d-9e0f1a2b3c4d', serviceUrl: activity.serviceUrl });
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses an expired token', within5s, async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl, expiresInSeconds: -3600 });
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses a token from another issuer', within5s, async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl, issuer: 'https://evil.example' });
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses a genuine token presented with another serviceUrl than it was issued for', within5s, async () => {
    const activity = typing();
    const token = signChannelToken(trusted, { appId, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', within5s, async () => {
    const activity = typing();
    const token = craftToken({ alg: 'none', typ: 'JWT', kid: 'trusted-key' }, channelClaims(appId, activity.serviceUrl), () => '');
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses a token HMAC-signed with the published public key (HS256 confusion)', within5s, async () => {
    const activity = typing();
    const publicPem = trusted.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const token = craftToken({ alg: 'HS256', typ: 'JWT', kid: 'trusted-key' }, channelClaims(appId, activity.serviceUrl), (input) =>
      createHmac('sha256', publicPem).update(input).digest('base64url'),
    );
    expect((await bot.post(activity, bearer(token))).status).toBe(401);
  });

  it('refuses an oversize Authorization header unread', within5s, async () => {
    const activity = typing();
    const huge = craftToken({ alg: 'RS256', kid: 'trusted-key', pad: 'x'.repeat(7_000) }, channelClaims(appId, activity.serviceUrl), rs256);
    expect((await bot.post(activity, bearer(huge))).status).toBe(401);
  });

  it('refuses garbage in the Authorization header', within5s, async () => {
    for (const header of ['Bearer not.a.jwt', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a.b.c.d', `Bearer ${'.'.repeat(50)}`]) {
      expect((await bot.post(typing(), { authorization: header })).status, header).toBe(401);
    }
  });

  it('refuses a made-up key id without fetching the key set again for it', within5s, async () => {
    const before = openId.requests;
    for (let i = 0; i < 20; i++) {
      const activity = typing();
      const token = craftToken({ alg: 'RS256', typ: 'JWT', kid: `made-up-${i}` }, channelClaims(appId, activity.serviceUrl), rs256);
      expect((await bot.post(activity, bearer(token))).status).toBe(401);
    }
    expect(openId.requests).toBe(before);
  });

  it('refuses an unproven sender before looking at the activity (401, not 400)', within5s, async () => {
    expect((await bot.post({ type: 5 })).status).toBe(401);
  });

  it('answers a proven sender with a malformed activity 400', within5s, async () => {
    const activity = { ...typing(), conversation: 5 };
    expect((await bot.post(activity, bearer(signChannelToken(trusted, { appId, serviceUrl: activity.serviceUrl })))).status).toBe(400);
  });

  it('reports in /healthz that authentication is on', async () => {
    const res = await fetch(`${bot.baseUrl}/healthz`);
    expect(await res.json()).toMatchObject({ status: 'ok', authenticated: true });
  });
});

describe('Bot Framework authentication when the key endpoint hangs', () => {
  const forger = newSigningKey('some-key');
  const hanging = new HangingServer();
  let database: TestDatabase;
  let bot: BotDriver;

  beforeAll(async () => {
    await hanging.start();
    database = await createSqliteTestDatabase();
    bot = await start(database, hanging.url);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
    await hanging.stop();
  });

  const forged = () => {
    const activity = { ...messageActivity(testUser(), 'hej', bot.serviceUrl) };
    return { activity, authorization: `Bearer ${signChannelToken(forger, { appId, serviceUrl: activity.serviceUrl })}` };
  };

  it('answers concurrent requests 503 with Retry-After, sharing one fetch of the keys', within5s, async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => forged()).map((f) => postRaw(bot, f.activity, f.authorization)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(503));
    for (const answer of answers) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(hanging.connections).toBe(1);
  });

  it('answers at once with 503 after a failed fetch, without connecting again', within5s, async () => {
    const f = forged();
    expect((await postRaw(bot, f.activity, f.authorization)).status).toBe(503);
    expect(hanging.connections).toBe(1);
  });

  it('logs it as auth_keys_unavailable, not as an attack', () => {
    expect(bot.logs.text).toContain('"code":"auth_keys_unavailable"');
    expect(bot.logs.text).not.toContain('unauthenticated_request');
  });

  it('still answers a request without a token 401 (no keys needed to refuse it)', within5s, async () => {
    expect((await postRaw(bot, forged().activity)).status).toBe(401);
  });
});

describe('Bot Framework authentication when the key endpoint is unreachable', () => {
  const forger = newSigningKey('some-key');
  let database: TestDatabase;
  let bot: BotDriver;

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await start(database, await unreachableUrl());
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('answers 503 with Retry-After', within5s, async () => {
    const activity = messageActivity(testUser(), 'hej', bot.serviceUrl);
    const res = await postRaw(bot, activity, `Bearer ${signChannelToken(forger, { appId, serviceUrl: activity.serviceUrl })}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await res.text()).toBe('');
  });
});
