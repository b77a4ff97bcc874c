#!/usr/bin/env node
/**
 * Creates the secrets an Agents Toolkit environment needs before
 * `atk provision` (the toolkit itself creates only the bot's app password):
 *
 *   node scripts/atk-secrets.mjs dev           creates the missing ones in env/.env.dev.user
 *   node scripts/atk-secrets.mjs dev --check   exits 1 naming the missing ones (first step of provision)
 *
 * Values are never printed. A value already in the environment or in the file
 * is never replaced. The master key wraps every report's own key, so a new
 * one for an environment that was already provisioned (TILLIT_KEY_VAULT_NAME
 * is set in env/.env.<env>) would make every stored report unreadable: the
 * script refuses and says how to fetch the existing key from Key Vault.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every secret this script owns, with how a new value is made. */
export const generatedSecrets = {
  SECRET_TILLIT_MASTER_KEY: () => randomBytes(32).toString('base64'),
  SECRET_TILLIT_LINK_SECRET: () => randomBytes(32).toString('hex'),
  // Azure's PostgreSQL wants three of upper, lower, digit, symbol; base64url
  // (A-Z a-z 0-9 - _) is safe in a postgres:// URL without escaping.
  SECRET_POSTGRES_ADMIN_PASSWORD: () => `Tl9-${randomBytes(24).toString('base64url')}`,
};

/** Reads KEY=VALUE lines (no expansion; quotes stripped). */
function readEnvFile(file) {
  const values = new Map();
  if (!fs.existsSync(file)) return values;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1], match[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return values;
}

function fail(message) {
  console.error(`atk-secrets: fel: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const envName = args.find((a) => !a.startsWith('--'));
if (!envName || !/^[a-z0-9][a-z0-9-]*$/i.test(envName)) {
  fail('ange miljöns namn, t.ex. "node scripts/atk-secrets.mjs dev" (bokstäver, siffror och bindestreck).');
}
const envFolder = path.resolve(process.cwd(), 'env');
const userFile = path.join(envFolder, `.env.${envName}.user`);
const stored = readEnvFile(userFile);
const has = (name) => Boolean(process.env[name]?.trim()) || Boolean(stored.get(name)?.trim());
const missing = Object.keys(generatedSecrets).filter((name) => !has(name));

if (check) {
  if (missing.length > 0) {
    fail(`${missing.join(', ')} saknas för miljön ${envName}. Kör "node scripts/atk-secrets.mjs ${envName}" först (skriver env/.env.${envName}.user).`);
  }
  console.log(`atk-secrets: miljön ${envName} har sina hemligheter.`);
  process.exit(0);
}

if (missing.includes('SECRET_TILLIT_MASTER_KEY')) {
  const vault = readEnvFile(path.join(envFolder, `.env.${envName}`)).get('TILLIT_KEY_VAULT_NAME')?.trim();
  if (vault) {
    fail(
      `SECRET_TILLIT_MASTER_KEY saknas men miljön ${envName} är redan driftsatt (Key Vault ${vault}). ` +
        'En ny huvudnyckel gör alla sparade anmälningar oläsbara, så ingen skapas. Hämta den befintliga: ' +
        `az keyvault secret show --vault-name ${vault} --name tillit-master-key --query value -o tsv ` +
        `och skriv den som SECRET_TILLIT_MASTER_KEY=… i env/.env.${envName}.user.`,
    );
  }
}

if (missing.length === 0) {
  console.log(`atk-secrets: inget att göra, env/.env.${envName}.user har redan alla hemligheter.`);
  process.exit(0);
}
fs.mkdirSync(envFolder, { recursive: true });
const existing = fs.existsSync(userFile) ? fs.readFileSync(userFile, 'utf8') : '';
const header = existing === '' ? '# Secrets for this environment: never commit this file (env/.env.*.user is gitignored).\n' : '';
const separator = existing !== '' && !existing.endsWith('\n') ? '\n' : '';
const lines = missing.map((name) => `${name}=${generatedSecrets[name]()}`).join('\n');
fs.writeFileSync(userFile, `${existing}${separator}${header}${lines}\n`, { mode: 0o600 });
fs.chmodSync(userFile, 0o600);
console.log(`atk-secrets: skapade ${missing.join(', ')} i env/.env.${envName}.user (värdena skrivs aldrig ut).`);
