import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { silenceSdkConsole } from '../../../bot/sdk-console.js';
import { silentLogger } from '../../../src/logging/logger.js';

/** A module that sits where the SDK sits and writes to the console the way it does. */
function fakeSdkModule(where: string[] = ['botframework-connector', 'lib', 'auth', 'jwtTokenExtractor.mjs']): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-sdk-'));
  const file = path.join(dir, 'node_modules', ...where);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'export function complain(keys) { console.error(`Error finding key for token. Available keys: ${keys}`); }\n');
  return file;
}

describe("the SDK's own console output", () => {
  // What the console would print: the wrapper passes through to the console method it found.
  const printed = vi.fn();
  const realError = console.error;
  console.error = printed;
  afterAll(() => {
    console.error = realError;
  });

  it('is dropped, while Tillit’s own console output still appears', async () => {
    silenceSdkConsole(silentLogger());
    const sdk = (await import(pathToFileURL(fakeSdkModule()).href)) as { complain(keys: string): void };
    sdk.complain('kid-1,kid-2');
    expect(printed).not.toHaveBeenCalled();
    console.error('our own line');
    expect(printed).toHaveBeenCalledWith('our own line');
  });

  it('is dropped for the Microsoft 365 Agents SDK too', async () => {
    printed.mockClear();
    silenceSdkConsole(silentLogger());
    const sdk = (await import(pathToFileURL(fakeSdkModule(['@microsoft', 'agents-hosting', 'dist', 'src', 'cloudAdapter.mjs'])).href)) as { complain(keys: string): void };
    sdk.complain('kid-1,kid-2');
    expect(printed).not.toHaveBeenCalled();
  });
});
