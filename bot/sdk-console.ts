import type { Logger } from '../src/logging/logger.js';

const sdkFrame = /node_modules[\\/](?:botbuilder|botframework-|@microsoft[\\/]agents-)[^\\/]*[\\/]/;
let installed = false;

/**
 * The Bot Framework SDK (and the Agents SDK) write errors to the console on their own (token
 * failures with the keys it knows, request errors with their messages).
 * Tillit's logs are structured and say only codes, so console output whose
 * caller is the SDK is dropped and counted as one debug line instead.
 * Everything else written to the console passes unchanged. Installed once
 * per process.
 */
export function silenceSdkConsole(logger: Logger): void {
  if (installed) return;
  installed = true;
  for (const level of ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      const stack = new Error().stack ?? '';
      // Frame 0 is "Error", frame 1 this wrapper, frame 2 whoever called the console.
      const caller = stack.split('\n')[2] ?? '';
      if (sdkFrame.test(caller)) {
        logger.debug({ code: 'sdk_console_suppressed', level }, 'sdk console output dropped');
        return;
      }
      original(...args);
    };
  }
}
