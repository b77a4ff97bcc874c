import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { manifestVersion } from './manifest-template.js';

function schema(file: string): object {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(fs.readFileSync(path.join(root, 'build/json-schemas/teams', `v${manifestVersion}`, file), 'utf8')) as object;
}

// Both packages are CommonJS with a `default` export.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

const compiled = new Map<string, ReturnType<typeof compile>>();

function validator(file: string) {
  let validate = compiled.get(file);
  if (!validate) {
    validate = compile(file);
    compiled.set(file, validate);
  }
  return validate;
}

function compile(file: string) {
  // Microsoft's localisation schema has patterns that are not valid with the
  // `u` flag, so regular expressions are compiled without it (as their tools do).
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(schema(file));
}

/**
 * Validates the manifest and its localisation file against Microsoft's JSON
 * schemas as shipped in @microsoft/app-manifest (offline). Returns schema
 * errors ("manifest.json/accentColor must match pattern …"), empty when valid.
 */
export function validateManifest(manifest: object, english: object): string[] {
  const errors: string[] = [];
  for (const [name, file, data] of [
    ['manifest.json', 'MicrosoftTeams.schema.json', manifest],
    ['en-us.json', 'MicrosoftTeams.Localization.schema.json', english],
  ] as const) {
    const validate = validator(file);
    if (!validate(data)) {
      for (const error of validate.errors ?? []) {
        errors.push(`${name}${error.instancePath || '/'} ${error.message ?? ''} ${error.params ? JSON.stringify(error.params) : ''}`.trim());
      }
    }
  }
  return errors;
}
