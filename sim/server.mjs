#!/usr/bin/env node
// Entry point: `startSimulator` for tests, `node sim/server.mjs` for the demo (see cli.mjs).
// Type-checked through server.d.mts; the code lives in simulator.mjs and cli.mjs.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export { startSimulator, DEFAULT_SEED_FILE } from './simulator.mjs';

// Under jest this file is CommonJS and import.meta is empty: never run the CLI there.
const invokedPath = process.argv[1];
if (import.meta.url && invokedPath && import.meta.url === pathToFileURL(realpathSync(resolve(invokedPath))).href) {
  // No top-level await: the jest transform turns this file into CommonJS, which cannot have one.
  import('./cli.mjs')
    .then(({ runCli }) => runCli())
    .catch((error) => {
      console.error(`EnreachVoice simulator: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    });
}
