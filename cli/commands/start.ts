import type { Command } from 'commander';
import { loadConfig } from '../../src/config/load-config.js';
import { say, type CliIo } from '../cli-io.js';
import { runServer } from '../run-server.js';
import { startupTasks } from '../startup-tasks.js';

/**
 * `tillit start` (what `npm start` runs): the embedded default for trying
 * Tillit out — SQLite under ./data, example plans, and the local Teams
 * simulator when no Teams credentials are configured.
 */
export function registerStart(program: Command, io: CliIo): void {
  program
    .command('start')
    .description(say(io, 'cli.start.description'))
    .action(async () => {
      // The simulator always reports "en-US"; locally Tillit speaks the organisation's language unless told otherwise.
      const env = io.env.MICROSOFT_APP_ID || io.env.TILLIT_FOLLOW_TEAMS_LOCALE ? io.env : { ...io.env, TILLIT_FOLLOW_TEAMS_LOCALE: 'false' };
      const config = loadConfig(env);
      await runServer(io, config, { playground: true, beforeServe: startupTasks });
    });
}
