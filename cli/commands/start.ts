import type { Command } from 'commander';
import { loadConfig } from '../../src/config/load-config.js';
import { demoPeople } from '../../src/directory/demo-people.js';
import { say, type CliIo } from '../cli-io.js';

/** The demo's Cecilia and David: the report handlers when Tillit is tried out locally. */
const demoHandlers = demoPeople.filter((p) => p.name === 'Cecilia Carlsson' || p.name === 'David Dahl');

/**
 * Local defaults for trying Tillit without Teams credentials: the Agents Playground
 * always reports "en-US", so Tillit speaks the organisation's language unless
 * told otherwise; and two of the demo people handle reports, so the
 * whole report channel can be tried. Never applied once an app id is set.
 */
function localEnvironment(env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; demoHandlers: boolean } {
  if (env.MICROSOFT_APP_ID) return { env, demoHandlers: false };
  const local = { ...env };
  if (!local.TILLIT_FOLLOW_TEAMS_LOCALE) local.TILLIT_FOLLOW_TEAMS_LOCALE = 'false';
  // Nobody waits until 08:00 to see their test report: released within a minute, and said so at start.
  if (!local.TILLIT_REPORT_RELEASE) local.TILLIT_REPORT_RELEASE = 'immediate';
  const demo = !local.TILLIT_REPORT_HANDLERS;
  if (demo) local.TILLIT_REPORT_HANDLERS = demoHandlers.map((p) => p.aadObjectId).join(',');
  return { env: local, demoHandlers: demo };
}

/**
 * `tillit start` (what `npm start` runs): the embedded default for trying
 * Tillit out — SQLite under ./data, example plans, and the Agents
 * Playground when no Teams credentials are configured.
 */
export function registerStart(program: Command, io: CliIo): void {
  program
    .command('start')
    .description(say(io, 'cli.start.description'))
    .action(async () => {
      const local = localEnvironment(io.env);
      const config = loadConfig(local.env);
      const tellHandlers = async () => {
        const sdk = config.bot.sdk === 'agents' ? 'Microsoft 365 Agents SDK' : 'Bot Framework SDK (botbuilder)';
        io.out(say(io, 'cli.start.sdk', { sdk, value: config.bot.sdk }));
        if (config.reports.release === 'immediate') io.out(say(io, 'cli.start.immediateRelease', { times: config.reports.notifyTimes.join(', ') }));
        if (!local.demoHandlers) return;
        io.out(say(io, 'cli.start.demoHandlers', { first: demoHandlers[0]!.name, second: demoHandlers[1]!.name, url: `http://localhost:${config.server.port}` }));
      };
      // The server (botbuilder, Express, every route) is loaded only by the commands that serve.
      const [{ runServer }, { startupTasks }] = await Promise.all([import('../run-server.js'), import('../startup-tasks.js')]);
      await runServer(io, config, { playground: true, beforeServe: [...startupTasks, tellHandlers] });
    });
}
