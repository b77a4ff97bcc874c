import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The recorder a child process is started with (`node --import <this> …`); see module-recorder.mjs. */
export const moduleRecorder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'module-recorder.mjs');

/** The npm packages among recorded module URLs ("exceljs", "@microsoft/teams-js"), without the recorder's own. */
export function packagesOf(urls: readonly string[]): Set<string> {
  const packages = new Set<string>();
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) packages.add(match[1]!);
  }
  return packages;
}
