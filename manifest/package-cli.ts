#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { buildAppPackage } from './build-package.js';
import { packageSettingsFromEnv } from './package-settings.js';

/**
 * `npm run package`: builds and validates the Teams app package and writes
 * appPackage.zip (or the path given as the first argument). An invalid
 * manifest fails with the schema errors and exit code 1.
 */
dotenv.config({ quiet: true });
const root = process.cwd();
const out = path.resolve(root, process.argv[2] ?? 'appPackage.zip');
try {
  const { settings, warnings } = packageSettingsFromEnv(process.env, root);
  for (const warning of warnings) console.warn(`tillit package: varning: ${warning}`);
  const result = await buildAppPackage(settings);
  if (!result.ok) {
    console.error('tillit package: fel: manifestet följer inte Microsofts schema:');
    for (const error of result.errors) console.error(`  ${error}`);
    process.exitCode = 1;
  } else {
    fs.writeFileSync(out, result.zip);
    console.log(`Skrev ${path.relative(root, out)} (${result.zip.length} byte, manifest ${String(result.manifest.manifestVersion)}, app-id ${settings.appId}).`);
  }
} catch (error) {
  console.error(`tillit package: fel: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
