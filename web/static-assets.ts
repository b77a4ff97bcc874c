import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/** The project folder (where package.json is), whether running from dist/ or from source. */
export const projectRoot = findRoot(import.meta.dirname);

const cache = new Map<string, Buffer | undefined>();

function readOnce(file: string): Buffer | undefined {
  if (!cache.has(file)) cache.set(file, fs.existsSync(file) ? fs.readFileSync(file) : undefined);
  return cache.get(file);
}

/**
 * A compiled browser script from web/browser (built by `npm run build`
 * into dist/web/browser). Undefined when not built; pages then work without
 * it (the form) or say they need a build (the case view).
 */
export function browserScript(name: string): Buffer | undefined {
  if (!/^[a-z-]+\.js$/.test(name)) return undefined;
  return readOnce(path.join(projectRoot, 'dist', 'web', 'browser', name));
}

/**
 * Microsoft's teams-js, served from Tillit's own node_modules (the package's
 * UMD build, which defines `microsoftTeams`) — never from a CDN.
 */
export function teamsJs(): Buffer | undefined {
  try {
    const file = createRequire(import.meta.url).resolve('@microsoft/teams-js');
    const umd = path.join(path.dirname(file), 'MicrosoftTeams.min.js');
    const text = readOnce(umd);
    // Drop the source-map comment: the map is not served.
    return text ? Buffer.from(text.toString('utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '')) : undefined;
  } catch {
    return undefined;
  }
}
