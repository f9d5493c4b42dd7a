// @ts-check
// One realtime client speaking SignalR's JSON hub protocol over a WebSocket: records end with 0x1E;
// the first is the handshake; then invocations (type 1), completions (3), pings (6) and close (7).
// The hub methods EnreachVoice documents are Subscribe / Unsubscribe / UnsubscribeAll; events arrive
// as invocations of MessageReceived on the client.

export const RS = '\u001e';
const MESSAGE = { invocation: 1, completion: 3, ping: 6, close: 7 };

/** @typedef {{ EntityId: string, EventName: string }} Subscription */

export class RteConnection {
  /**
   * @param {{ id: string, userId: string, peer: import('./websocket.mjs').WebSocketPeer, connectedAtMs: number }} init
   * @param {number} keepAliveMs how often the server pings, as ASP.NET's KeepAliveInterval (15 s)
   */
  constructor({ id, userId, peer, connectedAtMs }, keepAliveMs) {
    this.id = id;
    this.userId = userId;
    this.peer = peer;
    this.connectedAtMs = connectedAtMs;
    this.handshaken = false;
    this.buffer = '';
    /** @type {Set<string>} "entityid|eventname", lower case */ this.subscriptions = new Set();
    this.received = { pings: 0, invocations: 0 };
    this.keepAlive = setInterval(() => this.#send({ type: MESSAGE.ping }), keepAliveMs);
    this.keepAlive.unref?.();
  }

  /** @param {string} entityId @param {string} eventName */
  wants(entityId, eventName) {
    return this.handshaken && this.subscriptions.has(key(entityId, eventName));
  }

  /** @param {unknown} payload the MessageReceived argument */
  deliver(payload) {
    this.#send({ type: MESSAGE.invocation, target: 'MessageReceived', arguments: [payload] });
  }

  /** SignalR's close message (the client may reconnect), then the WebSocket close. */
  close(error = 'Server is shutting down the connection.') {
    this.#send({ type: MESSAGE.close, error, allowReconnect: true });
    this.peer.close(1000);
  }

  stop() {
    clearInterval(this.keepAlive);
  }

  /** @param {string} text */
  receive(text) {
    this.buffer += text;
    let end = this.buffer.indexOf(RS);
    while (end >= 0 && this.peer.open) {
      const record = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      this.#record(record);
      end = this.buffer.indexOf(RS);
    }
  }

  /** @param {string} record */
  #record(record) {
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(record);
    } catch {
      return this.close('The message was not valid JSON.');
    }
    if (!this.handshaken) return this.#handshake(message);
    if (message?.type === MESSAGE.ping) this.received.pings += 1;
    else if (message?.type === MESSAGE.close) this.peer.close(1000);
    else if (message?.type === MESSAGE.invocation) this.#invoke(message);
  }

  /** @param {any} message */
  #handshake(message) {
    if (message?.protocol !== 'json' || message?.version !== 1) {
      this.peer.sendText(JSON.stringify({ error: `Requested protocol '${message?.protocol}' is not available.` }) + RS);
      return this.peer.close(1002);
    }
    this.handshaken = true;
    this.peer.sendText(`{}${RS}`);
  }

  /** @param {{ target?: unknown, arguments?: unknown, invocationId?: unknown }} message */
  #invoke(message) {
    this.received.invocations += 1;
    const args = Array.isArray(message.arguments) ? message.arguments : [];
    const list = Array.isArray(args[0]) ? args[0] : [];
    const valid = list.filter(
      (s) => s && typeof s.EntityId === 'string' && typeof s.EventName === 'string',
    );
    let error;
    if (message.target === 'Subscribe') for (const s of valid) this.subscriptions.add(key(s.EntityId, s.EventName));
    else if (message.target === 'Unsubscribe') for (const s of valid) this.subscriptions.delete(key(s.EntityId, s.EventName));
    else if (message.target === 'UnsubscribeAll') this.subscriptions.clear();
    else error = `Unknown hub method '${String(message.target)}'`;
    if (typeof message.invocationId !== 'string') return;
    this.#send(error ? { type: MESSAGE.completion, invocationId: message.invocationId, error } : { type: MESSAGE.completion, invocationId: message.invocationId, result: null });
  }

  /** @param {unknown} message */
  #send(message) {
    if (this.peer.open) this.peer.sendText(JSON.stringify(message) + RS);
  }
}

/** @param {string} entityId @param {string} eventName */
function key(entityId, eventName) {
  return `${entityId}|${eventName}`.toLowerCase();
}
