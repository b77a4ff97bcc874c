import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/config/load-config.js';

function problemsOf(env: Record<string, string>): Record<string, string> {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return Object.fromEntries(error.problems.map((p) => [p.variable, p.message]));
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts on the embedded default: SQLite in data/ beside the installation, port 3978, Stockholm, Swedish, unauthenticated', () => {
    const config = loadConfig({});
    const installed = path.resolve(import.meta.dirname, '../../../..');
    expect(config.database).toEqual({ dialect: 'sqlite', file: path.join(installed, 'data', 'tillit.sqlite') });
    expect(config.dataDir).toBe(path.join(installed, 'data'));
    expect(config.server.port).toBe(3978);
    expect(config.server.publicUrl).toBe('http://localhost:3978');
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(config.locale).toBe('sv');
    expect(config.bot.authenticated).toBe(false);
  });

  it('finds the same default database whichever folder the command runs from', () => {
    const cwd = process.cwd();
    try {
      process.chdir(os.tmpdir());
      expect(loadConfig({}).database).toEqual({ dialect: 'sqlite', file: path.join(path.resolve(import.meta.dirname, '../../../..'), 'data', 'tillit.sqlite') });
    } finally {
      process.chdir(cwd);
    }
  });

  it('keeps the database in TILLIT_DATA_DIR when it is set', () => {
    const config = loadConfig({ TILLIT_DATA_DIR: '/var/lib/tillit' });
    expect(config.database).toEqual({ dialect: 'sqlite', file: '/var/lib/tillit/tillit.sqlite' });
    expect(config.dataDir).toBe('/var/lib/tillit');
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/tillit' });
    expect(config.database).toEqual({ dialect: 'postgres', url: 'postgresql://u@db:5432/tillit' });
  });

  it('turns authentication on when an app id and secret are configured', () => {
    const config = loadConfig({
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: '66666666-2222-4333-8444-555555555555',
    });
    expect(config.bot.authenticated).toBe(true);
    expect(config.bot.appType).toBe('SingleTenant');
  });

  it('names every wrong variable at once, in Swedish, with the value seen', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://x', TILLIT_TIME_ZONE: 'Mars/Olympus', TILLIT_LOCALE: 'de' });
    expect(problems.PORT).toBe('måste vara ett portnummer (fick "abc")');
    expect(problems.DATABASE_URL).toContain('SQLite-fil');
    expect(problems.TILLIT_TIME_ZONE).toContain('IANA-tidszon');
    expect(problems.TILLIT_LOCALE).toBe('måste vara sv eller en (fick "de")');
  });

  it('rejects a port out of range', () => {
    expect(problemsOf({ PORT: '70000' }).PORT).toContain('mellan 0 och 65535');
  });

  it('requires a secret with an app id, and never echoes the secret', () => {
    expect(problemsOf({ MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555' }).MICROSOFT_APP_PASSWORD).toContain('app-hemlighet');
    const problems = problemsOf({ MICROSOFT_APP_PASSWORD: 'hemligt-värde' });
    expect(problems.MICROSOFT_APP_ID).toContain('saknas');
    expect(JSON.stringify(problems)).not.toContain('hemligt-värde');
  });

  it('rejects an app id that is not a GUID', () => {
    expect(problemsOf({ MICROSOFT_APP_ID: 'my-bot', MICROSOFT_APP_PASSWORD: 'x' }).MICROSOFT_APP_ID).toContain('GUID');
  });
  it('runs on botbuilder unless TILLIT_BOT_SDK chooses the Microsoft 365 Agents SDK', () => {
    expect(loadConfig({}).bot.sdk).toBe('botbuilder');
    expect(loadConfig({ TILLIT_BOT_SDK: 'botbuilder' }).bot.sdk).toBe('botbuilder');
    expect(loadConfig({ TILLIT_BOT_SDK: 'agents' }).bot.sdk).toBe('agents');
  });

  it('names a wrong TILLIT_BOT_SDK in Swedish with the value seen, built-in names and odd spellings included', () => {
    for (const value of ['Agents', 'm365', 'constructor', '__proto__', 'toString', ' agents', '', 'x'.repeat(10_000)]) {
      const problem = problemsOf({ TILLIT_BOT_SDK: value }).TILLIT_BOT_SDK;
      expect(problem, value.slice(0, 20)).toMatch(/^måste vara botbuilder eller agents/);
    }
    expect(problemsOf({ TILLIT_BOT_SDK: 'm365' }).TILLIT_BOT_SDK).toBe('måste vara botbuilder eller agents (fick "m365")');
  });
});

describe('loadConfig for reminders', () => {
  it('runs the reminder worker every minute within a 50 requests/second tenant budget by default', () => {
    expect(loadConfig({}).reminders).toEqual({ enabled: true, intervalSeconds: 60, tenantRateLimit: 50, concurrency: 16, leaseSeconds: 60 });
    expect(loadConfig({}).testClockStart).toBeUndefined();
  });

  it('reads the reminder settings and the test clock from the environment', () => {
    const config = loadConfig({ TILLIT_REMINDERS: 'off', TILLIT_REMINDER_INTERVAL_SECONDS: '300', TILLIT_TENANT_RATE_LIMIT: '20', TILLIT_TEST_CLOCK: '2024-10-24T10:00:00+02:00' });
    expect(config.reminders).toMatchObject({ enabled: false, intervalSeconds: 300, tenantRateLimit: 20 });
    expect(config.testClockStart?.toISOString()).toBe('2024-10-24T08:00:00.000Z');
  });

  it('names each wrong reminder setting in Swedish', () => {
    const problems = problemsOf({ TILLIT_REMINDERS: 'ja', TILLIT_REMINDER_INTERVAL_SECONDS: '0', TILLIT_TENANT_RATE_LIMIT: 'fort', TILLIT_TEST_CLOCK: 'igår' });
    expect(problems).toEqual({
      TILLIT_REMINDERS: 'måste vara on eller off (fick "ja")',
      TILLIT_REMINDER_INTERVAL_SECONDS: 'måste vara mellan 1 och 3600 sekunder (fick "0")',
      TILLIT_TENANT_RATE_LIMIT: 'måste vara ett antal anrop per sekund (fick "fort")',
      TILLIT_TEST_CLOCK: 'måste vara en tidpunkt i ISO-8601, t.ex. 2026-11-24T09:00:00+01:00 (bara för test) (fick "igår")',
    });
  });
});
