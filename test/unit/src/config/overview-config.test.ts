import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/load-config.js';

describe('overview configuration', () => {
  it('defaults to 30 days for "due soon" and 60 for "silent", and no link secret', () => {
    expect(loadConfig({}).overview).toEqual({ dueSoonDays: 30, staleAfterDays: 60 });
    expect(loadConfig({}).links.secret).toBeUndefined();
  });

  it('takes another silence limit and a long link secret', () => {
    const config = loadConfig({ TILLIT_STALE_STATUS_DAYS: '45', TILLIT_LINK_SECRET: 'k'.repeat(40) });
    expect(config.overview.staleAfterDays).toBe(45);
    expect(config.links.secret?.reveal()).toBe('k'.repeat(40));
  });

  it('names a wrong value in Swedish, and never echoes the secret', () => {
    expect(() => loadConfig({ TILLIT_STALE_STATUS_DAYS: '0' })).toThrow(/TILLIT_STALE_STATUS_DAYS: måste vara mellan 1 och 730 dagar/);
    try {
      loadConfig({ TILLIT_LINK_SECRET: 'kort-hemlis' });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).toContain('TILLIT_LINK_SECRET: måste vara minst 32 tecken');
      expect(String((error as Error).message)).not.toContain('kort-hemlis');
    }
  });
});
