import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder Tillit is installed in: the nearest folder above this module
 * with Tillit's package.json (the same from src/ under tsx and from dist/).
 */
export function installationDirectory(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'tillit') return dir;
      } catch {
        // Not ours (or unreadable): keep looking upwards.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/**
 * Tillit's one data folder: TILLIT_DATA_DIR when configured (relative to
 * the working folder), else `data/` beside the installation, so running a
 * command from another folder finds the same database and never makes a
 * stray one where the operator happens to stand.
 */
export function dataDirectory(configured: string | undefined, cwd: string = process.cwd()): string {
  return configured ? path.resolve(cwd, configured) : path.join(installationDirectory(), 'data');
}

/** The embedded database's file in the data folder. */
export function defaultSqliteFile(dataDir: string): string {
  return path.join(dataDir, 'tillit.sqlite');
}
