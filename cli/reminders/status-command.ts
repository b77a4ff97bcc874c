import { loadConfig } from '../../src/config/load-config.js';
import { countByState } from '../../src/reminders/outbox-repository.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

/** `tillit reminders status`: how many outbox rows are in each state. */
export async function runStatusCommand(io: CliIo): Promise<void> {
  const config = loadConfig(io.env);
  await withDatabase(io, async ({ db }) => {
    io.out(say(io, 'cli.reminders.status.line', await countByState(db)));
  }, config);
}
