// The load one idle, signed-in agent puts on EnreachVoice in 10 minutes: with realtime healthy,
// and polling at the default interval (60 s) with realtime off. Counted in the simulator's request
// log. Time is compressed honestly: the extension (a development install) divides its own timers
// by STORAGE_KEYS.devTimeScale, so the same code paths run, only sooner; the realtime run is also
// checked for one minute in real time, uncompressed.
import { startWorkspaceWorld } from './lib/workspace-world.mjs';

const SCALE = 20;
const WINDOW_MINUTES = 10;
const isRealtime = (entry) => entry.path === '/rte' || entry.path.startsWith('/rte/') || /^\/token\/[^/]+\/rte\/?$/.test(entry.path);

async function idleWindow(world, realMs) {
  const { length: before } = await world.call('/__sim/log');
  const log = await (async () => {
    await new Promise((resolve) => setTimeout(resolve, realMs));
    return world.call('/__sim/log');
  })();
  const window = log.slice(before);
  return { api: window.filter((e) => !isRealtime(e)), realtime: window.filter(isRealtime) };
}

async function measure({ realtime, scale, minutes }) {
  const world = await startWorkspaceWorld({ settings: { realtimeEnabled: realtime }, timeScale: scale });
  try {
    if (realtime) await world.live();
    const startup = (await world.call('/__sim/log')).length;
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // sign-in settles
    const { api, realtime: rte } = await idleWindow(world, (minutes * 60_000) / scale);
    return { world: undefined, startup, api, rte };
  } finally {
    await world.close();
  }
}

function intervals(entries, scale) {
  const times = entries.map((e) => Date.parse(e.at));
  const gaps = times.slice(1).map((t, i) => ((t - times[i]) * scale) / 1000);
  if (gaps.length === 0) return 'n/a';
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  return `${mean.toFixed(1)} s mean, ${Math.min(...gaps).toFixed(1)}–${Math.max(...gaps).toFixed(1)} s`;
}

export default async function run({ log }) {
  const live = await measure({ realtime: true, scale: SCALE, minutes: WINDOW_MINUTES });
  log(`realtime, ×${SCALE}: ${live.api.length} API requests (${live.api.map((e) => `${e.method} ${e.path}`).join(', ') || 'none'})`);
  const liveReal = await measure({ realtime: true, scale: 1, minutes: 1 });
  log(`realtime, real time, 1 min: ${liveReal.api.length} API requests`);
  const polling = await measure({ realtime: false, scale: SCALE, minutes: WINDOW_MINUTES });
  const polls = polling.api.filter((e) => e.method === 'GET' && /\/callbacks\/?$/.test(e.path));
  log(`polling, ×${SCALE}: ${polling.api.length} API requests, gaps ${intervals(polls, SCALE)}`);
  return {
    title: `Requests one idle signed-in agent makes in ${WINDOW_MINUTES} minutes`,
    method: `Simulator request log, counted from 2 s after sign-in. ${WINDOW_MINUTES} min are compressed ×${SCALE} (the extension divides its alarm delays by the development-only time scale); the realtime case is also measured for 1 min uncompressed. "Realtime connection" = GET token/{userId}/rte, POST /rte/negotiate and the WebSocket upgrade; SignalR pings over the socket are not requests.`,
    rows: [
      { metric: 'realtime healthy: API requests / 10 min', value: live.api.length, unit: 'requests', target: '<= 2', note: `besides ${live.rte.length} for the realtime connection` },
      { metric: 'realtime healthy, uncompressed: API requests / 1 min', value: liveReal.api.length, unit: 'requests', note: `realtime connection: ${liveReal.rte.length}` },
      { metric: 'polling at 60 s: API requests / 10 min', value: polling.api.length, unit: 'requests', note: `poll gaps ${intervals(polls, SCALE)} (±10 % jitter)` },
      { metric: 'sign-in and start-up (one-off)', value: live.startup, unit: 'requests', note: 'discovery, authuser, users/me, my requests, token, negotiate, WebSocket' },
    ],
  };
}
