import { randomBytes } from 'node:crypto';
import type { Config } from '../../src/config/load-config.js';
import { Secret } from '../../src/config/secret.js';
import { findCanaries } from './canaries.js';

/**
 * Recognisable secrets for one test run: a master key, a link secret and an
 * app password that must never leave the process (not in a reply, a card,
 * an HTTP body or a log line).
 */
export interface SecretCanaries {
  masterKey: Buffer;
  linkSecret: string;
  appPassword: string;
}

export function newSecretCanaries(): SecretCanaries {
  return {
    masterKey: randomBytes(32),
    linkSecret: `link-secret-canary-${randomBytes(16).toString('hex')}`,
    appPassword: `app-password-canary-${randomBytes(16).toString('hex')}`,
  };
}

/** The environment that hands the master key and link secret to loadConfig. */
export function secretEnvironment(canaries: SecretCanaries): Record<string, string> {
  return { TILLIT_MASTER_KEY: canaries.masterKey.toString('base64'), TILLIT_LINK_SECRET: canaries.linkSecret };
}

/**
 * Puts the app password into the configuration while the bot stays in
 * local mode (no app id, so no token service is needed): the password then
 * sits in the config and in the SDK's credential factory, where a leak
 * would find it.
 */
export function withAppPassword(canaries: SecretCanaries): (config: Config) => Config {
  return (config) => ({ ...config, bot: { ...config.bot, appPassword: new Secret(canaries.appPassword) } });
}

/** The strings each secret could show up as: its text, base64, hex, or a Buffer's JSON byte list. */
export function secretStrings(canaries: SecretCanaries): string[] {
  const key = canaries.masterKey;
  return [
    canaries.linkSecret,
    canaries.appPassword,
    key.toString('base64'),
    key.toString('hex'),
    key.subarray(0, 12).toString('base64url'),
    `[${[...key.subarray(0, 8)].join(',')}`,
  ];
}

/** Which secrets (in any encoding) occur in the haystacks. */
export function findSecrets(canaries: SecretCanaries, haystacks: ReadonlyArray<{ where: string; content: Buffer | string }>): string[] {
  const hits = findCanaries([canaries.linkSecret, canaries.appPassword], haystacks);
  const key = canaries.masterKey;
  const keyForms = [key.toString('base64').slice(0, 24), key.toString('hex').slice(0, 24), key.subarray(0, 12).toString('base64url'), [...key.subarray(0, 8)].join(',')];
  for (const haystack of haystacks) {
    const text = typeof haystack.content === 'string' ? haystack.content : haystack.content.toString('latin1');
    const lower = text.toLowerCase();
    for (const form of keyForms) if (text.includes(form) || lower.includes(form.toLowerCase())) hits.push(`master key (as ${form.slice(0, 6)}…) in ${haystack.where}`);
    if (typeof haystack.content !== 'string' && haystack.content.includes(key.subarray(0, 16))) hits.push(`master key bytes in ${haystack.where}`);
  }
  return hits;
}
