import fs from 'node:fs/promises';
import path from 'node:path';
import { maxImportBytes, megabytes } from '../src/plans/import/import-limits.js';
import { say, type CliIo } from './cli-io.js';
import { CliError } from './cli-error.js';

/**
 * Reads a file named on the command line (relative to the working folder).
 * A missing file, a folder, or a file larger than Tillit reads is refused
 * before anything is read into memory.
 */
export async function readInputFile(io: CliIo, file: string): Promise<{ name: string; bytes: Uint8Array }> {
  const full = path.resolve(io.cwd, file);
  let stat;
  try {
    stat = await fs.stat(full);
  } catch {
    throw new CliError(say(io, 'plans.cli.error.fileNotFound', { file }));
  }
  if (!stat.isFile()) throw new CliError(say(io, 'plans.cli.error.notAFile', { file }));
  if (stat.size > maxImportBytes) {
    throw new CliError(`${file}: ${say(io, 'plans.import.error.tooLarge', { size: megabytes(stat.size), max: megabytes(maxImportBytes) })} ${say(io, 'plans.cli.nothingChanged')}`);
  }
  return { name: file, bytes: new Uint8Array(await fs.readFile(full)) };
}
