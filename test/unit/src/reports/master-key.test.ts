import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultReportUnits, type ReportsConfig } from '../../../../src/config/reports-environment.js';
import { MasterKeyFileError, resolveMasterKey } from '../../../../src/reports/crypto/master-key.js';
import { Secret } from '../../../../src/config/secret.js';

const base: ReportsConfig = { handlerIds: [], escalationIds: [], units: defaultReportUnits, retentionDays: 730, notifyTimes: ['08:00'], release: 'batch' as const, localReleaseSeconds: 60, powBits: 14, writeCadenceMs: 15_000 };
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-key-'));

describe('resolveMasterKey', () => {
  it('uses TILLIT_MASTER_KEY when set', () => {
    const key = randomBytes(32);
    expect(resolveMasterKey({ ...base, masterKey: new Secret(key) }, tempDir())).toEqual({ key, origin: 'environment' });
  });

  it('generates a key file readable only by its owner, says so, and reuses it next time', () => {
    const dir = tempDir();
    const first = resolveMasterKey(base, dir);
    expect(first.origin).toBe('generated');
    expect(fs.statSync(first.file!).mode & 0o777).toBe(0o600);
    const second = resolveMasterKey(base, dir);
    expect(second).toMatchObject({ origin: 'file', file: first.file });
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('refuses a key file that holds no key, and a configured file that is missing', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tillit-master.key'), 'nonsense');
    expect(() => resolveMasterKey(base, dir)).toThrow(MasterKeyFileError);
    expect(() => resolveMasterKey({ ...base, masterKeyFile: path.join(dir, 'missing.key') }, dir)).toThrow(/finns inte/);
  });
});
