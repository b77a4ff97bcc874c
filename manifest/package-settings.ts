import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ManifestSettings } from './manifest-template.js';
import { configurableTabs, staticTabs } from './static-tabs.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'måste vara ett GUID' });

/** A fixed id for packages built for local trials only. */
export const localAppId = '5e1a7e57-0000-4000-8000-0000000a9901';
const placeholderBotId = '00000000-0000-0000-0000-000000000000';

const envSchema = z.object({
  TEAMS_APP_ID: guid.optional(),
  MICROSOFT_APP_ID: guid.optional(),
  TILLIT_TAB_APP_ID: guid.optional(),
  PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/]+/, { error: 'måste vara en http(s)-adress' }).optional(),
});

/** Settings for the package and the warnings a person building it should read. */
export interface PackageSettings {
  settings: ManifestSettings;
  warnings: string[];
}

/**
 * Reads ids and addresses for the app package from the environment
 * (TEAMS_APP_ID, MICROSOFT_APP_ID, PUBLIC_URL). Without them it still builds
 * a valid package for local trials, and says what is missing.
 */
export function packageSettingsFromEnv(env: NodeJS.ProcessEnv, root: string): PackageSettings {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')) as NodeJS.ProcessEnv;
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${String(first.path[0])}: ${first.message}`);
  }
  const e = parsed.data;
  const warnings: string[] = [];
  if (!e.MICROSOFT_APP_ID) warnings.push('MICROSOFT_APP_ID saknas: paketet får ett platshållar-bot-id och fungerar inte i en riktig tenant.');
  if (!e.PUBLIC_URL?.startsWith('https://')) warnings.push('PUBLIC_URL är inte en https-adress: flikar och länkar fungerar inte i Teams förrän den är satt.');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    settings: {
      appId: e.TEAMS_APP_ID ?? e.MICROSOFT_APP_ID ?? localAppId,
      botId: e.MICROSOFT_APP_ID ?? placeholderBotId,
      tabAppId: e.TILLIT_TAB_APP_ID,
      publicUrl: (e.PUBLIC_URL ?? 'https://localhost:3978').replace(/\/+$/, ''),
      version,
      staticTabs,
      configurableTabs,
    },
    warnings,
  };
}
