// SignalR's JSON hub protocol, the part a client needs: records end with 0x1E; the first exchange is
// the handshake; then invocations (1), completions (3), pings (6) and close (7). Pure.

export const RECORD_SEPARATOR = '\u001e';
export const MESSAGE_TYPE = { invocation: 1, completion: 3, ping: 6, close: 7 } as const;

export function encodeRecord(message: unknown): string {
  return JSON.stringify(message) + RECORD_SEPARATOR;
}

export const HANDSHAKE_REQUEST = encodeRecord({ protocol: 'json', version: 1 });
export const PING = encodeRecord({ type: MESSAGE_TYPE.ping });

/** Complete records from `buffer` (parsed; unreadable ones skipped) and what is left for later. */
export function splitRecords(buffer: string): { records: unknown[]; rest: string } {
  const parts = buffer.split(RECORD_SEPARATOR);
  const rest = parts.pop() ?? '';
  const records: unknown[] = [];
  for (const part of parts) {
    try {
      records.push(JSON.parse(part) as unknown);
    } catch {
      // A garbled record cannot be acted on; the next ones still can.
    }
  }
  return { records, rest };
}

export type HubMessage =
  | { kind: 'handshake-error'; error: string }
  | { kind: 'event'; target: string; args: unknown[] }
  | { kind: 'completion'; invocationId: string; error?: string }
  | { kind: 'ping' }
  | { kind: 'close'; error?: string; allowReconnect: boolean }
  | { kind: 'other' };

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** What one record means; `handshakeDone` false: the record answers the handshake. */
export function readHubMessage(raw: unknown, handshakeDone: boolean): HubMessage {
  const record = asRecord(raw);
  if (!handshakeDone) return typeof record.error === 'string' ? { kind: 'handshake-error', error: record.error } : { kind: 'other' };
  switch (record.type) {
    case MESSAGE_TYPE.invocation:
      return { kind: 'event', target: String(record.target ?? ''), args: Array.isArray(record.arguments) ? record.arguments : [] };
    case MESSAGE_TYPE.completion: {
      const error = typeof record.error === 'string' ? { error: record.error } : {};
      return { kind: 'completion', invocationId: String(record.invocationId ?? ''), ...error };
    }
    case MESSAGE_TYPE.ping:
      return { kind: 'ping' };
    case MESSAGE_TYPE.close: {
      const error = typeof record.error === 'string' ? { error: record.error } : {};
      return { kind: 'close', allowReconnect: record.allowReconnect !== false, ...error };
    }
    default:
      return { kind: 'other' };
  }
}

export interface Subscription {
  EntityId: string;
  EventName: string;
}

export function subscribeInvocation(subscriptions: readonly Subscription[], invocationId: string): string {
  return encodeRecord({ type: MESSAGE_TYPE.invocation, target: 'Subscribe', arguments: [subscriptions], invocationId });
}
