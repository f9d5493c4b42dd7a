// @ts-check
// Starts one simulator: state from the seed, one HTTP server for discovery, API and /__sim/.
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler } from './router.mjs';
import { handleUpgrade } from './rte-upgrade.mjs';
import { routes } from './routes/index.mjs';
import { loadSeedFile } from './seed.mjs';
import { SimState } from './state.mjs';

/** @typedef {import('./types.mjs').SimulatorOptions} SimulatorOptions */
/** @typedef {import('./types.mjs').Simulator} Simulator */

// jest loads this file as CommonJS (esbuild transform), where import.meta is empty.
const HERE = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SEED_FILE = join(HERE, 'seed.json');

/**
 * @param {SimulatorOptions} [options]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(options = {}) {
  const { port = 0, host = '127.0.0.1', seedFile = DEFAULT_SEED_FILE, now = Date.now, log = false } = options;
  const state = new SimState(loadSeedFile(seedFile), now);
  if (options.rteKeepAliveMs) state.realtime.keepAliveMs = options.rteKeepAliveMs;
  const timers = new Set();
  /** @param {number} ms @returns {Promise<void>} */
  const sleep = (ms) =>
    new Promise((done) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        done();
      }, ms);
      timers.add(timer);
    });
  let apiEndpoint = options.apiEndpoint ?? '';
  const server = createServer(createHandler({ state, routes, apiEndpoint: () => apiEndpoint, sleep, print: log }));
  server.on('upgrade', (req, socket) => handleUpgrade({ state, sleep, print: log }, req, socket));
  // EnreachVoice closes expired requests by itself; the sweep makes that happen (and be announced
  // over realtime) even when no client asks.
  const sweep = setInterval(() => state.closeExpired(), options.expirySweepMs ?? 1000);
  sweep.unref();
  await new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => listening(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('simulator: no TCP address');
  const url = baseUrl(host, address.port);
  if (!apiEndpoint) apiEndpoint = `${url}/`;
  else if (!apiEndpoint.endsWith('/')) apiEndpoint += '/';
  return {
    url,
    port: address.port,
    state,
    close: () =>
      new Promise((closed, failed) => {
        // A pending delay fault must not keep the process (or jest) alive.
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        clearInterval(sweep);
        state.realtime.disconnectAll(true);
        server.close((error) => (error ? failed(error) : closed()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** @param {string} host @param {number} port */
function baseUrl(host, port) {
  // A wildcard address is not somewhere a client can go; loopback is.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
