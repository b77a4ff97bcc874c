import { inspect } from 'node:util';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/load-config.js';
import { Secret } from '../../../../src/config/secret.js';
import { createLogger } from '../../../../src/logging/logger.js';

const masterKey = Buffer.alloc(32, 0xab);
const env = {
  MICROSOFT_APP_ID: '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  MICROSOFT_APP_PASSWORD: 'app-password-that-must-not-show',
  TILLIT_MASTER_KEY: masterKey.toString('base64'),
  TILLIT_LINK_SECRET: 'link-secret-that-must-not-show-0123456789',
};
const secretTexts = [env.MICROSOFT_APP_PASSWORD, env.TILLIT_LINK_SECRET, masterKey.toString('base64'), masterKey.toString('hex'), '171,171,171,171'];

function leaks(text: string): string[] {
  return secretTexts.filter((s) => text.includes(s));
}

describe('secrets in the configuration', () => {
  const config = loadConfig(env);

  it('still gives each secret to the code that uses it', () => {
    expect(config.bot.appPassword?.reveal()).toBe(env.MICROSOFT_APP_PASSWORD);
    expect(config.links.secret?.reveal()).toBe(env.TILLIT_LINK_SECRET);
    expect(config.reports.masterKey?.reveal().equals(masterKey)).toBe(true);
  });

  it('shows no secret when the whole configuration is turned into JSON', () => {
    const json = JSON.stringify(config);
    expect(leaks(json)).toEqual([]);
    expect(json).toContain('[redacted]');
  });

  it('shows no secret when the configuration is inspected, printed or put in a string', () => {
    expect(leaks(inspect(config, { depth: Infinity, showHidden: true }))).toEqual([]);
    expect(leaks(`${config.bot.appPassword} ${String(config.links.secret)} ${config.reports.masterKey}`)).toEqual([]);
    expect(leaks(Object.entries(config.bot).join(' '))).toEqual([]);
  });

  it('writes no secret to a log line that is handed the configuration by mistake', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    createLogger('info', sink).info({ config, secret: new Secret('plain-secret-value') }, 'oops');
    expect(leaks(lines.join(''))).toEqual([]);
    expect(lines.join('')).not.toContain('plain-secret-value');
  });

  it('keeps a spread copy of a secret redacted too', () => {
    const copy = { ...config.bot };
    expect(leaks(JSON.stringify(copy) + inspect(copy))).toEqual([]);
  });
});
