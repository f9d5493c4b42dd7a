// @ts-check
// A minimal RFC 6455 WebSocket server side, enough for the realtime hub: the upgrade handshake,
// text frames (fragmented or not), masking from the client, ping/pong and close. No extensions, no
// binary messages: SignalR's JSON protocol needs none, and the simulator has no dependencies.
import { createHash } from 'node:crypto';

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_MESSAGE_BYTES = 1024 * 1024;
const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 };

/** @param {string} key */
export function acceptKey(key) {
  return createHash('sha1').update(key + ACCEPT_GUID).digest('base64');
}

/**
 * Completes the upgrade, or answers 400 and returns null when the request is not a WebSocket one.
 * @param {import('node:http').IncomingMessage} req @param {import('node:stream').Duplex} socket
 * @param {{ onText: (text: string) => void, onClose: (code: number) => void }} handlers
 */
export function acceptWebSocket(req, socket, handlers) {
  const key = req.headers['sec-websocket-key'];
  const upgrade = String(req.headers.upgrade ?? '').toLowerCase();
  if (upgrade !== 'websocket' || typeof key !== 'string' || req.headers['sec-websocket-version'] !== '13') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return null;
  }
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
  );
  return new WebSocketPeer(socket, handlers);
}

export class WebSocketPeer {
  /** @param {import('node:stream').Duplex} socket @param {{ onText: (text: string) => void, onClose: (code: number) => void }} handlers */
  constructor(socket, handlers) {
    this.socket = socket;
    this.handlers = handlers;
    this.open = true;
    /** @type {Buffer} */ this.pending = Buffer.alloc(0);
    /** @type {Buffer[]} */ this.fragments = [];
    socket.on('data', (chunk) => this.#receive(chunk));
    socket.on('close', () => this.#closed(1006));
    socket.on('error', () => this.#closed(1006));
  }

  /** @param {string} text */
  sendText(text) {
    if (this.open) this.socket.write(frame(OP.text, Buffer.from(text, 'utf8')));
  }

  /** A clean close: the close frame, then the TCP connection. @param {number} [code] */
  close(code = 1000) {
    if (!this.open) return;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    this.socket.end(frame(OP.close, payload));
    this.#closed(code);
  }

  /** A dropped connection: no close frame, as when a network path dies. */
  drop() {
    this.socket.destroy();
    this.#closed(1006);
  }

  /** @param {number} code */
  #closed(code) {
    if (!this.open) return;
    this.open = false;
    this.handlers.onClose(code);
  }

  /** @param {Buffer} chunk */
  #receive(chunk) {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (let parsed = parseFrame(this.pending); parsed; parsed = parseFrame(this.pending)) {
      this.pending = this.pending.subarray(parsed.length);
      // RFC 6455 §5.1: a server must close the connection on an unmasked client frame.
      if (!parsed.masked) return this.close(1002);
      this.#handle(parsed.opcode, parsed.fin, parsed.payload);
      if (!this.open) return;
    }
    if (this.pending.length > MAX_MESSAGE_BYTES) this.close(1009);
  }

  /** @param {number} opcode @param {boolean} fin @param {Buffer} payload */
  #handle(opcode, fin, payload) {
    if (opcode === OP.ping) return void this.socket.write(frame(OP.pong, payload));
    if (opcode === OP.pong) return;
    if (opcode === OP.close) return this.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
    if (opcode === OP.binary) return this.close(1003); // SignalR's JSON protocol never sends binary
    this.fragments.push(payload);
    if (!fin) return;
    const text = Buffer.concat(this.fragments).toString('utf8');
    this.fragments = [];
    this.handlers.onText(text);
  }
}

/** @param {number} opcode @param {Buffer} payload server frames are never masked */
function frame(opcode, payload) {
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (length < 126) header[1] = length;
  else if (length < 65_536) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/**
 * One complete frame from the start of `buffer`, or null when more bytes are needed.
 * @param {Buffer} buffer @returns {{ opcode: number, fin: boolean, masked: boolean, payload: Buffer, length: number } | null}
 */
export function parseFrame(buffer) {
  if (buffer.length < 2) return null;
  const first = /** @type {number} */ (buffer[0]);
  const second = /** @type {number} */ (buffer[1]);
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return null;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked) {
    const mask = buffer.subarray(maskOffset, maskOffset + 4);
    for (let i = 0; i < payload.length; i += 1) payload[i] = /** @type {number} */ (payload[i]) ^ /** @type {number} */ (mask[i % 4]);
  }
  return { opcode: first & 0x0f, fin: (first & 0x80) !== 0, masked, payload, length: offset + length };
}
