// Loaded with `node --import` in a child process: records every module the
// process loads (ESM resolutions through a loader hook, CommonJS through the
// require cache) and writes their URLs, one a line, to the file named by
// TILLIT_LOADED_MODULES_FILE when the process exits. Used to prove that heavy
// libraries are not loaded at start (test/integration/cli/startup-modules.test.ts)
// and to count packages in the startup bench.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const file = process.env.TILLIT_LOADED_MODULES_FILE;
const urls = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => urls.add(url));
port1.unref();
register('./module-recorder-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] });

const require = createRequire(import.meta.url);
const write = () => {
  for (const id of Object.keys(require.cache)) urls.add(pathToFileURL(id).href);
  if (file) fs.writeFileSync(file, [...urls].join('\n'));
};
process.on('exit', write);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.prependListener(signal, () => {
    // Flush what the hooks thread reported before the process's own handler ends it.
    write();
  });
}
