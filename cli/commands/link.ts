import type { Command } from 'commander';
import { isTillitError } from '../../src/errors.js';
import { DbLinkRevocations, downloadToken } from '../../src/committee-report/link-revocations.js';
import { systemClock } from '../../src/ports/clock.js';
import { CliError } from '../cli-error.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

/**
 * `tillit link revoke LINK`: a committee-report download link that went
 * astray stops working at once, in every server process (the revocation is
 * a row in the database; the link itself would expire within 15 minutes).
 */
export function registerLink(program: Command, io: CliIo): void {
  const link = program.command('link').description(say(io, 'cli.link.description'));
  link
    .command('revoke')
    .description(say(io, 'cli.link.revoke.description'))
    .argument('<link>', say(io, 'cli.link.revoke.link'))
    .action(async (given: string) => {
      let token: string;
      try {
        token = downloadToken(given);
      } catch (error) {
        if (isTillitError(error, 'download_link_unreadable')) throw new CliError(say(io, 'cli.link.revoke.unreadable'), 2);
        throw error;
      }
      await withDatabase(io, (database) => new DbLinkRevocations(database.db, systemClock).revoke(token));
      io.out(say(io, 'cli.link.revoke.done'));
    });
}
