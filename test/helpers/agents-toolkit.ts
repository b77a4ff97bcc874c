import fs from 'node:fs';
import path from 'node:path';
import ajvModule from 'ajv';
import dotenv from 'dotenv';
import { parse } from 'yaml';

export const repoRoot = new URL('../..', import.meta.url).pathname;

export type Action = {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
};
export type Project = { version: string; environmentFolderPath?: string } & Partial<Record<'provision' | 'deploy' | 'publish', Action[]>>;

export function readRepoFile(relative: string): string {
  return fs.readFileSync(path.join(repoRoot, relative), 'utf8');
}

export function loadProject(file: string): Project {
  return parse(readRepoFile(file)) as Project;
}

/**
 * The toolkit's own check (teamsfx-core's Validator): Ajv with union types and
 * the `deprecationMessage` keyword, against the schema it ships for the version.
 */
export function toolkitSchemaValidator() {
  // ajv is CommonJS with a `default` export.
  const ajv = new ajvModule.default({ allowUnionTypes: true, allErrors: true });
  ajv.addKeyword('deprecationMessage');
  const schema = JSON.parse(readRepoFile('test/vendor/m365agents-yaml-schema-v1.13.json')) as object;
  return ajv.compile(schema);
}

/** Every ${{NAME}} placeholder in a text, as the toolkit finds them. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]!))];
}

export function envFile(name: string): Record<string, string> {
  return dotenv.parse(readRepoFile(name));
}

/** `output NAME type = …` lines of a Bicep file: what arm/deploy writes to the env file. */
export function bicepOutputs(relative: string): string[] {
  return [...readRepoFile(relative).matchAll(/^output\s+([A-Za-z0-9_]+)\s/gm)].map((m) => m[1]!);
}

/** The secrets scripts/atk-secrets.mjs creates (keys of its `generatedSecrets`). */
export function scriptSecrets(): string[] {
  const source = readRepoFile('scripts/atk-secrets.mjs');
  const block = source.slice(source.indexOf('generatedSecrets = {'), source.indexOf('};', source.indexOf('generatedSecrets = {')));
  return [...block.matchAll(/^\s+(SECRET_[A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

/** What an action writes to the environment for the actions after it. */
export function actionOutputs(action: Action): string[] {
  const written = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === 'arm/deploy') {
    const templates = (action.with?.templates ?? []) as Array<{ path: string }>;
    written.push(...templates.flatMap((t) => bicepOutputs(t.path)));
  }
  written.push(...actionSelfProvided(action));
  if (action.uses === 'script') {
    const run = String(action.with?.run ?? '');
    const script = /(?:^|\s)(scripts\/[\w./-]+)/.exec(run)?.[1];
    if (script) written.push(...[...readRepoFile(script).matchAll(/::set-teamsfx-env ([A-Z0-9_]+)=/g)].map((m) => m[1]!));
  }
  return written;
}

/** Variables an action creates for itself when they are empty. */
export function actionSelfProvided(action: Action): string[] {
  // aadApp/update makes up the scope's id (and writes it) on its first run.
  return action.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
}

/** Placeholders an action needs: in its `with`, its `env` and the files it reads. */
export function actionInputs(action: Action): string[] {
  const texts = [JSON.stringify(action.with ?? {}), JSON.stringify(action.env ?? {})];
  if (action.uses === 'arm/deploy') {
    for (const t of (action.with?.templates ?? []) as Array<{ parameters?: string }>) if (t.parameters) texts.push(readRepoFile(t.parameters));
  }
  if (action.uses === 'aadApp/update') texts.push(readRepoFile(String(action.with?.manifestPath)));
  return placeholders(texts.join('\n'));
}
