// @ts-check
// The realtime (RTE) hub: negotiated connection tokens, open connections, and publishing events to
// the connections subscribed to them. State changes reach it through SimState.requestChanged.
import { randomUUID } from 'node:crypto';
import { RteConnection } from './rte-connection.mjs';
import { rteEventsFor } from './shapes.mjs';
import { verifyRteToken } from './rte-token.mjs';
import { acceptWebSocket } from './websocket.mjs';

/** @typedef {import('./types.mjs').CallbackRequest} CallbackRequest */

// A negotiated token that is never used is forgotten after this long.
const NEGOTIATION_TTL_MS = 60_000;

export class RealtimeHub {
  /** @param {{ now(): number, userById(id: string): { Id: string } | undefined }} state */
  constructor(state) {
    this.state = state;
    this.keepAliveMs = 15_000;
    /** @type {Map<string, { userId: string, connectionId: string, atMs: number }>} */ this.negotiated = new Map();
    /** @type {Set<RteConnection>} */ this.connections = new Set();
    this.stats = { negotiations: 0, connections: 0, refused: 0, delivered: 0 };
  }

  /** @param {string} userId */
  negotiate(userId) {
    const now = Date.now();
    for (const [token, entry] of this.negotiated) if (now - entry.atMs > NEGOTIATION_TTL_MS) this.negotiated.delete(token);
    const connectionId = randomUUID();
    const connectionToken = randomUUID();
    this.negotiated.set(connectionToken, { userId, connectionId, atMs: now });
    this.stats.negotiations += 1;
    return { connectionId, connectionToken };
  }

  /**
   * Opens a connection for `GET {hub}?id=…&access_token=…`; answers 401 / 404 itself otherwise.
   * @param {import('node:http').IncomingMessage} req @param {import('node:stream').Duplex} socket @param {URL} url
   * @returns {number} the HTTP status of the answer (101 when upgraded)
   */
  accept(req, socket, url) {
    const userId = verifyRteToken(url.searchParams.get('access_token'), this.state.now());
    if (!userId || !this.state.userById(userId)) return this.#refuse(socket, 401, 'Unauthorized');
    const negotiated = this.negotiated.get(url.searchParams.get('id') ?? '');
    if (!negotiated || negotiated.userId !== userId) return this.#refuse(socket, 404, 'Not Found');
    this.negotiated.delete(url.searchParams.get('id') ?? '');
    /** @type {RteConnection | undefined} */
    let connection;
    const peer = acceptWebSocket(req, socket, {
      onText: (text) => connection?.receive(text),
      onClose: () => {
        if (!connection) return;
        connection.stop();
        this.connections.delete(connection);
      },
    });
    if (!peer) return 400;
    connection = new RteConnection({ id: negotiated.connectionId, userId, peer, connectedAtMs: this.state.now() }, this.keepAliveMs);
    this.connections.add(connection);
    this.stats.connections += 1;
    return 101;
  }

  /** @param {CallbackRequest | null} request null: anything may have changed @param {string} kind @param {string | null} previousAssigneeId */
  requestChanged(request, kind, previousAssigneeId) {
    for (const event of rteEventsFor(request, kind, previousAssigneeId, this.state.now())) {
      this.publish(event.entityId, event.eventName, event.payload);
    }
  }

  /** @param {string} entityId @param {string} eventName @param {unknown} payload */
  publish(entityId, eventName, payload) {
    for (const connection of this.connections) {
      if (!connection.wants(entityId, eventName)) continue;
      connection.deliver(payload);
      this.stats.delivered += 1;
    }
  }

  /** What a test may look at: who is connected and to what. */
  list() {
    return [...this.connections].map((c) => ({
      id: c.id,
      userId: c.userId,
      connectedAt: new Date(c.connectedAtMs).toISOString(),
      subscriptions: [...c.subscriptions],
      received: { ...c.received },
    }));
  }

  /** Every connection ends: `drop` without a close frame (a dead network path), else a clean close. */
  disconnectAll(drop = false) {
    const count = this.connections.size;
    for (const connection of [...this.connections]) {
      if (drop) connection.peer.drop();
      else connection.close();
    }
    return count;
  }

  /** @param {import('node:stream').Duplex} socket @param {number} status @param {string} text */
  #refuse(socket, status, text) {
    this.stats.refused += 1;
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    return status;
  }
}
