// @ts-check
// Command line: node sim/server.mjs [--port 8787] [--host 127.0.0.1] [--seed file] [--api-endpoint url] [--quiet]
// The first line printed is "EnreachVoice simulator listening on <url>"; tests parse it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSimulator } from './simulator.mjs';

/** @typedef {import('./types.mjs').SimulatorOptions} SimulatorOptions */

const USAGE =
  'Usage: node sim/server.mjs [--port 8787] [--host 127.0.0.1] [--seed file] [--api-endpoint url] [--quiet]\n' +
  'Environment: SIM_PORT, SIM_HOST, SIM_SEED';

export async function runCli() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'api-endpoint': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port ?? process.env.SIM_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid port: ${values.port ?? process.env.SIM_PORT}`);
  }
  const seed = values.seed ?? process.env.SIM_SEED;
  /** @type {SimulatorOptions} */
  const options = { port, host: values.host ?? process.env.SIM_HOST ?? '127.0.0.1', log: !values.quiet };
  if (seed) options.seedFile = resolve(seed);
  if (values['api-endpoint']) options.apiEndpoint = values['api-endpoint'];
  const sim = await startSimulator(options);
  console.log(`EnreachVoice simulator listening on ${sim.url}`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
