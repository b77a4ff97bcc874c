import { randomBytes } from 'node:crypto';
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

describe('report configuration', () => {
  it('has calm defaults: two notification times, two years of retention, a generic unit list, local tab sign-in', () => {
    const config = loadConfig({});
    expect(config.reports).toMatchObject({ handlerIds: [], notifyTimes: ['08:00', '13:00'], retentionDays: 730 });
    expect(config.reports.masterKey).toBeUndefined();
    expect(config.reports.units).toContain('Socialtjänst');
    expect(config.tabAuth).toEqual({ mode: 'local' });
  });

  it('reads the master key as base64 or hex, handlers, units and times', () => {
    const key = randomBytes(32);
    const config = loadConfig({
      TILLIT_MASTER_KEY: key.toString('base64'),
      TILLIT_REPORT_HANDLERS: '5E1A7E57-0000-4000-8000-000000000A03, 5e1a7e57-0000-4000-8000-000000000a04',
      TILLIT_REPORT_UNITS: 'Socialtjänst; Vård och omsorg ;Miljö, bygg',
      TILLIT_REPORT_NOTIFY_TIMES: '13:00,08:30',
    });
    expect(config.reports.masterKey!.reveal().equals(key)).toBe(true);
    expect(config.reports.handlerIds).toEqual(['5e1a7e57-0000-4000-8000-000000000a03', '5e1a7e57-0000-4000-8000-000000000a04']);
    expect(config.reports.units).toEqual(['Socialtjänst', 'Vård och omsorg', 'Miljö, bygg']);
    expect(config.reports.notifyTimes).toEqual(['08:30', '13:00']);
    expect(loadConfig({ TILLIT_MASTER_KEY: key.toString('hex') }).reports.masterKey!.reveal().equals(key)).toBe(true);
  });

  it('looks for new activity every minute in a local trial unless told to look more often, never less often than a minute', () => {
    expect(loadConfig({}).reports.localReleaseSeconds).toBe(60);
    expect(loadConfig({ TILLIT_REPORT_RELEASE: 'immediate', TILLIT_REPORT_LOCAL_RELEASE_SECONDS: '5' }).reports.localReleaseSeconds).toBe(5);
    expect(problemsOf({ TILLIT_REPORT_LOCAL_RELEASE_SECONDS: '90' })).toEqual({ TILLIT_REPORT_LOCAL_RELEASE_SECONDS: 'måste vara mellan 1 och 60 sekunder (fick "90")' });
    expect(problemsOf({ TILLIT_REPORT_LOCAL_RELEASE_SECONDS: 'snart' })).toEqual({ TILLIT_REPORT_LOCAL_RELEASE_SECONDS: 'måste vara ett antal sekunder (fick "snart")' });
  });

  it('names every wrong report variable in Swedish, never echoing the master key', () => {
    const problems = problemsOf({
      TILLIT_MASTER_KEY: 'hemlig-men-för-kort',
      TILLIT_REPORT_HANDLERS: 'anna@kommun.se',
      TILLIT_REPORT_NOTIFY_TIMES: '8',
      TILLIT_REPORT_RETENTION_DAYS: '5',
      TILLIT_REPORT_HANDLER_CHANNEL: 'allmänt',
    });
    expect(problems.TILLIT_MASTER_KEY).toContain('openssl rand -base64 32');
    expect(problems.TILLIT_MASTER_KEY).not.toContain('hemlig');
    expect(problems.TILLIT_REPORT_HANDLERS).toContain('Entra-objekt-id');
    expect(problems.TILLIT_REPORT_NOTIFY_TIMES).toContain('HH:MM');
    expect(problems.TILLIT_REPORT_RETENTION_DAYS).toContain('minst 30');
    expect(problems.TILLIT_REPORT_HANDLER_CHANNEL).toContain('19:');
  });

  it('verifies tab tokens against the tenant when an app is configured, and needs the tenant for it', () => {
    const withTenant = loadConfig({
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 's',
      MICROSOFT_APP_TENANT_ID: '66666666-2222-4333-8444-555555555555',
      PUBLIC_URL: 'https://tillit.kommun.se',
    });
    expect(withTenant.tabAuth).toEqual({
      mode: 'sso',
      audiences: ['11111111-2222-4333-8444-555555555555', 'api://tillit.kommun.se/11111111-2222-4333-8444-555555555555'],
      issuers: ['https://login.microsoftonline.com/66666666-2222-4333-8444-555555555555/v2.0', 'https://sts.windows.net/66666666-2222-4333-8444-555555555555/'],
      jwksUrl: 'https://login.microsoftonline.com/66666666-2222-4333-8444-555555555555/discovery/v2.0/keys',
      tenantId: '66666666-2222-4333-8444-555555555555',
    });
    expect(loadConfig({ MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555', MICROSOFT_APP_PASSWORD: 's' }).tabAuth).toEqual({ mode: 'unavailable', reason: 'tenant_missing' });
  });
});
