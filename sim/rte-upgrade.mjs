// @ts-check
// HTTP upgrades (WebSocket) to the realtime hub, with the same faults and request log as every other
// request: a fault on path "/rte" can refuse (status), delay or drop the realtime connection.
import { newLogEntry, record } from './request-log.mjs';
import { RTE_HUB_PATH } from './routes/rte.mjs';

/**
 * @param {{ state: import('./state.mjs').SimState, sleep: (ms: number) => Promise<void>, print: boolean }} deps
 * @param {import('node:http').IncomingMessage} req @param {import('node:stream').Duplex} socket
 */
export async function handleUpgrade({ state, sleep, print }, req, socket) {
  socket.on('error', () => socket.destroy());
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const entry = newLogEntry(state, req, url, null);
  // The token is a credential: the log keeps that there was one, not what it was.
  if (entry.query.access_token) entry.query.access_token = '***';
  /** @param {number | null} status */
  const finish = (status) => {
    entry.status = status;
    record(state, entry);
    if (print) console.log(`UPGRADE ${url.pathname} -> ${status ?? 'dropped'}`);
  };
  const fault = state.faults.take('GET', url.pathname + url.search);
  if (fault) {
    entry.fault = fault.id;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) {
      socket.destroy();
      return finish(null);
    }
    if (fault.status !== undefined) {
      const retryAfter = fault.retryAfterSeconds !== undefined ? `Retry-After: ${fault.retryAfterSeconds}\r\n` : '';
      socket.end(`HTTP/1.1 ${fault.status} Simulated fault\r\n${retryAfter}Connection: close\r\nContent-Length: 0\r\n\r\n`);
      return finish(fault.status);
    }
  }
  if (url.pathname.replace(/\/$/, '').toLowerCase() !== RTE_HUB_PATH) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return finish(404);
  }
  const status = state.realtime.accept(req, socket, url);
  const userId = state.realtime.list().at(-1)?.userId;
  if (status === 101 && userId) entry.userEmail = state.userById(userId)?.Email;
  finish(status);
}
