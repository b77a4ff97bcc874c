import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, t, type MessageKey } from '../../../../src/i18n/catalogue.js';

const root = path.resolve(import.meta.dirname, '../../../..');

/** Tillit's server code (not the browser's, which raises no TillitError). */
function serverCode(): string {
  return ['src', 'bot', 'web', 'app', 'cli', 'cards']
    .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name)))
    .filter((file) => !file.includes(`${path.sep}browser${path.sep}`))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

const literals = (text: string) => [...text.matchAll(/'([a-z][a-z0-9_]*)'/g)].map((m) => m[1]!);

/**
 * Every code a TillitError can carry, read from the code: the type argument
 * of `extends TillitError<…>` (literals, or a union type named there) and
 * the code of `new TillitError('…')` / `super('…')` in an error class.
 */
function errorCodes(): { codes: Set<string>; unresolved: string[] } {
  const code = serverCode();
  const unions = new Map<string, string[]>();
  for (const m of code.matchAll(/type (\w+)\s*=((?:\s*\|?\s*'[a-z][a-z0-9_]*')+)\s*;/g)) unions.set(m[1]!, literals(m[2]!));
  const codes = new Set<string>();
  const unresolved: string[] = [];
  for (const m of code.matchAll(/extends TillitError<([^>{]+)>/g)) {
    for (const part of m[1]!.split('|').map((p) => p.trim())) {
      if (/^'[a-z][a-z0-9_]*'$/.test(part)) codes.add(part.slice(1, -1));
      else if (unions.has(part)) unions.get(part)!.forEach((c) => codes.add(c));
      else unresolved.push(part);
    }
  }
  for (const m of code.matchAll(/new TillitError(?:<[^>]*>)?\(\s*'([a-z][a-z0-9_]*)'/g)) codes.add(m[1]!);
  return { codes, unresolved };
}

/**
 * Codes whose text is not `error.<code>`: shown under another key (checked
 * below), or never shown to a user at all (the operator's terminal or log,
 * or an HTTP status without a body), which the reason says.
 */
const shownElsewhere: Readonly<Record<string, MessageKey | `operator: ${string}`>> = {
  download_expired: 'download.expired',
  download_invalid: 'download.invalid',
  download_host: 'upload.download.host',
  download_too_large: 'upload.download.tooLarge',
  download_failed: 'upload.download.failed',
  download_link_unreadable: 'cli.link.revoke.unreadable',
  auth_keys_unavailable: 'operator: /api/messages answers 503 + Retry-After to Teams, no body',
  unauthenticated_request: 'operator: /api/messages answers 401 to whoever is not Teams, no body',
  card_unsendable: 'operator: a card Tillit built wrong; the chat gets error.generic',
  cli_failed: 'operator: the CLI’s own errors carry their catalogue text already',
  config_invalid: 'operator: named per variable in Swedish by config-schema.ts at start',
  master_key_file: 'operator: the master key file, at start',
  migration_failed: 'operator: cli.error.migration in the terminal',
};

describe('the user text of every error code', () => {
  const { codes, unresolved } = errorCodes();
  const shownAsErrorText = [...codes].filter((code) => !Object.hasOwn(shownElsewhere, code)).sort();

  it('finds the codes it checks: every union of codes and every literal code', () => {
    // Codes named through a generic parameter are resolved where the class is used with a union.
    expect(unresolved.filter((name) => !/^[A-Z]\w*$/.test(name))).toEqual([]);
    expect(codes.size).toBeGreaterThan(40);
    for (const known of ['plan_not_found', 'report_invalid', 'upload_expired', 'not_owner', 'invalid_input', 'tab_unauthenticated']) expect(codes, known).toContain(known);
  });

  it('lists as shown elsewhere only codes that exist, and their texts are in both languages', () => {
    for (const [code, where] of Object.entries(shownElsewhere)) {
      expect(codes, code).toContain(code);
      if (where.startsWith('operator: ')) continue;
      expect(hasMessage(where), where).toBe(true);
      expect(t('sv', where as MessageKey).trim()).not.toBe('');
      expect(t('en', where as MessageKey).trim()).not.toBe('');
    }
  });

  it.each(shownAsErrorText)('has error.%s in Swedish and in English', (code) => {
    const key = `error.${code}`;
    expect(hasMessage(key), key).toBe(true);
    expect(t('sv', key as MessageKey).trim()).not.toBe('');
    expect(t('en', key as MessageKey).trim()).not.toBe('');
  });
});
