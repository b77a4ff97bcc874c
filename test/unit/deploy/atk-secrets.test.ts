import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, scriptSecrets } from '../../helpers/agents-toolkit.js';

const script = path.join(repoRoot, 'scripts/atk-secrets.mjs');
let dir: string;

function run(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SECRET_')));
  const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, env: { ...clean, ...env }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const userFile = () => path.join(dir, 'env/.env.dev.user');
const stored = () => dotenv.parse(fs.readFileSync(userFile(), 'utf8'));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-atk-secrets-'));
  fs.mkdirSync(path.join(dir, 'env'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scripts/atk-secrets.mjs', () => {
  it('creates the master key, link secret and database password in env/.env.<env>.user, readable only by the owner, without printing them', () => {
    const { code, out, err } = run(['dev']);
    expect(code).toBe(0);
    const values = stored();
    expect(Object.keys(values).sort()).toEqual([...scriptSecrets()].sort());
    expect(Buffer.from(values.SECRET_TILLIT_MASTER_KEY!, 'base64')).toHaveLength(32);
    expect(values.SECRET_TILLIT_LINK_SECRET!.length).toBeGreaterThanOrEqual(32);
    expect(values.SECRET_POSTGRES_ADMIN_PASSWORD).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z0-9_-]{16,}$/);
    expect(fs.statSync(userFile()).mode & 0o777).toBe(0o600);
    for (const value of Object.values(values)) expect(out + err).not.toContain(value);
    expect(out).toContain('SECRET_TILLIT_MASTER_KEY');
  });

  it('never replaces a secret that exists, in the file or in the environment', () => {
    fs.writeFileSync(userFile(), 'SECRET_BOT_PASSWORD=from-toolkit\nSECRET_TILLIT_MASTER_KEY=kept\n');
    expect(run(['dev'], { SECRET_TILLIT_LINK_SECRET: 'x'.repeat(40) }).code).toBe(0);
    const values = stored();
    expect(values.SECRET_BOT_PASSWORD).toBe('from-toolkit');
    expect(values.SECRET_TILLIT_MASTER_KEY).toBe('kept');
    expect(values.SECRET_TILLIT_LINK_SECRET).toBeUndefined();
    expect(values.SECRET_POSTGRES_ADMIN_PASSWORD).toBeTruthy();
    const before = fs.readFileSync(userFile(), 'utf8');
    expect(run(['dev'], { SECRET_TILLIT_LINK_SECRET: 'x'.repeat(40) }).code).toBe(0);
    expect(fs.readFileSync(userFile(), 'utf8')).toBe(before);
  });

  it('--check fails naming what is missing and the command that creates it, and passes once they exist', () => {
    const missing = run(['dev', '--check']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('SECRET_TILLIT_MASTER_KEY, SECRET_TILLIT_LINK_SECRET, SECRET_POSTGRES_ADMIN_PASSWORD saknas för miljön dev');
    expect(missing.err).toContain('node scripts/atk-secrets.mjs dev');
    expect(fs.existsSync(userFile())).toBe(false);
    run(['dev']);
    expect(run(['dev', '--check']).code).toBe(0);
  });

  it('refuses to make a new master key for an environment already provisioned, and says how to fetch the old one', () => {
    fs.writeFileSync(path.join(dir, 'env/.env.dev'), 'TEAMSFX_ENV=dev\nTILLIT_KEY_VAULT_NAME=kvtillitabc123\n');
    const { code, err } = run(['dev']);
    expect(code).toBe(1);
    expect(err).toContain('gör alla sparade anmälningar oläsbara');
    expect(err).toContain('az keyvault secret show --vault-name kvtillitabc123 --name tillit-master-key');
    expect(fs.existsSync(userFile())).toBe(false);
  });

  it('names a bad environment in Swedish instead of writing somewhere unexpected', () => {
    const { code, err } = run(['../etc']);
    expect(code).toBe(1);
    expect(err).toMatch(/^atk-secrets: fel: ange miljöns namn/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
