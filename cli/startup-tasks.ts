import type { RunningTillit } from '../bot/create-app.js';
import type { CliIo } from './cli-io.js';

/**
 * What `tillit start` does on the open database before serving, in order
 * (e.g. load the example plans into an empty register). Features add theirs.
 */
export const startupTasks: ReadonlyArray<(running: RunningTillit, io: CliIo) => Promise<void>> = [];
