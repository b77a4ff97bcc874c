import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseMasterKey, type ReportsConfig } from '../../config/reports-environment.js';
import { TillitError } from '../../errors.js';

/** Raised when the master key file exists but cannot be read as a key, or a configured file is missing. */
export class MasterKeyFileError extends TillitError<'master_key_file'> {}

/** Where the master key came from; "generated" deserves a loud warning. */
export interface MasterKeySource {
  key: Buffer;
  origin: 'environment' | 'file' | 'generated';
  file?: string;
}

/** The default key file: next to the SQLite database, else ./data. */
export function defaultMasterKeyFile(dataDir: string): string {
  return path.join(dataDir, 'tillit-master.key');
}

/**
 * TILLIT_MASTER_KEY wins; else the key file (TILLIT_MASTER_KEY_FILE, or
 * tillit-master.key in the data folder). When neither exists a new random
 * key is written to the default file (mode 0600) — fine for trying Tillit
 * out, wrong for production, where the key must live apart from the data.
 */
export function resolveMasterKey(config: ReportsConfig, dataDir: string): MasterKeySource {
  if (config.masterKey) return { key: config.masterKey.reveal(), origin: 'environment' };
  const file = config.masterKeyFile ? path.resolve(config.masterKeyFile) : defaultMasterKeyFile(dataDir);
  if (fs.existsSync(file)) {
    const key = parseMasterKey(fs.readFileSync(file, 'utf8'));
    if (!key) throw new MasterKeyFileError('master_key_file', `Nyckelfilen ${file} innehåller ingen giltig nyckel (32 byte som base64 eller hex).`, { file });
    return { key, origin: 'file', file };
  }
  if (config.masterKeyFile) {
    throw new MasterKeyFileError('master_key_file', `Nyckelfilen ${file} (TILLIT_MASTER_KEY_FILE) finns inte.`, { file });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as { code?: string }).code === 'EEXIST') return resolveMasterKey(config, dataDir);
    throw error;
  }
  return { key, origin: 'generated', file };
}
