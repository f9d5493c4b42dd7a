// @ts-check
// A tiny WebSocket + SignalR-record client for tests and benchmarks in Node 20 (which has no global
// WebSocket): the upgrade, masked text frames out, unmasked frames in, split into 0x1E records.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { parseFrame } from './websocket.mjs';

const RS = '\u001e';

/** @param {string} text */
function maskedFrame(text) {
  const payload = Buffer.from(text, 'utf8');
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ /** @type {number} */ (mask[i % 4])));
  const header =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([header, mask, masked]);
}

/**
 * Resolves with the socket on 101; rejects with "HTTP <status>" otherwise.
 * @param {string} url http://host:port/path?query
 * @returns {Promise<import('./ws-client.d.mts').TestSocket>}
 */
export function connect(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    });
    req.on('response', (response) => reject(new Error(`HTTP ${response.statusCode}`)));
    req.on('error', reject);
    req.on('upgrade', (_response, socket) => {
      /** @type {any[]} */
      const records = [];
      let bytes = Buffer.alloc(0);
      let text = '';
      let closed = false;
      const closedPromise = new Promise((done) => socket.on('close', () => ((closed = true), done(undefined))));
      socket.on('data', (/** @type {Buffer} */ chunk) => {
        bytes = Buffer.concat([bytes, chunk]);
        for (let frame = parseFrame(bytes); frame; frame = parseFrame(bytes)) {
          bytes = bytes.subarray(frame.length);
          if (frame.opcode !== 1) continue;
          const parts = (text + frame.payload.toString('utf8')).split(RS);
          text = parts.pop() ?? '';
          for (const part of parts) records.push(JSON.parse(part));
        }
      });
      socket.on('error', () => undefined);
      resolve({
        records,
        send: (record) => void socket.write(maskedFrame(JSON.stringify(record) + RS)),
        closed: closedPromise.then(() => undefined),
        isClosed: () => closed,
        destroy: () => void socket.destroy(),
      });
    });
    req.end();
  });
}

/**
 * Polls `read` until it returns something truthy.
 * @template T @param {() => T | undefined | false} read @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitFor(read, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
