import type { Command } from 'commander';
import { loadConfig } from '../../src/config/load-config.js';
import { say, type CliIo } from '../cli-io.js';

/** `tillit serve`: the production server (migrates at start). */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(say(io, 'cli.serve.description'))
    .option('-p, --port <port>', say(io, 'cli.serve.port'))
    .option('--playground', say(io, 'cli.serve.playground'))
    .action(async (opts: { port?: string; playground?: boolean }) => {
      const config = loadConfig(opts.port ? { ...io.env, PORT: opts.port } : io.env);
      // The server (botbuilder, Express, every route) is loaded only by the commands that serve.
      const { runServer } = await import('../run-server.js');
      await runServer(io, config, { playground: opts.playground === true });
    });
}
