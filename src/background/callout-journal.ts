// The call flows of the last minute, mirrored to storage.session (issue 5). The service worker can be
// stopped mid-flow; a restarted worker cannot continue a flow (its requests and timers died with the
// old worker), so it marks every unfinished flow as failed, tells the agent why, and never places a
// stale call. Placed flows stay long enough for the repeat guard to survive a restart too.
import type { PlaceChannel } from '../shared/calls/channels';
import type { CallResult, CallState } from '../shared/messages/contract';
import { t } from '../shared/i18n';

/** Who asked for a flow: progress goes back to these clicks (a joined caller adds one). */
export interface FlowListener {
  clickId: string;
  from: 'extension' | 'content';
  tabId?: number | undefined;
  frameId?: number | undefined;
}

export interface FlowRecord {
  id: string;
  /** The number in E.164: one flow per number at a time. */
  e164: string;
  kind: 'callback' | 'direct';
  callbackRequestId?: string;
  channel: PlaceChannel;
  state: CallState;
  message?: string;
  startedAt: number;
  activatedAt?: number;
  callAt?: number;
  endedAt?: number;
  /** A placed flow's result: a repeated click within the guard gets it instead of a second call. */
  result?: CallResult;
  listeners: FlowListener[];
}

export interface JournalStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEEP_ENDED_MS = 60_000;
/**
 * At most this many ended flows are kept (the newest): every state change writes the whole journal,
 * so a busy minute must not make each write, and the restore a woken worker waits for, grow with
 * it (issue 5, click latency). Unfinished flows are always kept; the repeat guard needs only the
 * last few seconds.
 */
const KEEP_ENDED_COUNT = 20;

export const TERMINAL: ReadonlySet<CallState> = new Set(['placed', 'failed']);

export class CallJournal {
  private flows = new Map<string, FlowRecord>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: JournalStore,
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the flows of a previous worker; unfinished ones come back as failed (interrupted). */
  async restore(): Promise<FlowRecord[]> {
    const stored: Record<string, unknown> = await this.store.get(this.key).catch(() => ({}));
    const raw = stored[this.key];
    const interrupted: FlowRecord[] = [];
    for (const record of Array.isArray(raw) ? (raw as FlowRecord[]) : []) {
      if (!record || typeof record.id !== 'string') continue;
      if (!TERMINAL.has(record.state)) {
        record.state = 'failed';
        record.message = interruptedMessage(record);
        record.endedAt = this.now();
        interrupted.push(record);
      }
      this.flows.set(record.id, record);
    }
    if (interrupted.length > 0) this.persist();
    return interrupted;
  }

  put(record: FlowRecord): void {
    this.flows.set(record.id, record);
    this.persist();
  }

  all(): FlowRecord[] {
    return [...this.flows.values()];
  }

  byClickId(clickId: string): FlowRecord | undefined {
    return this.all()
      .reverse()
      .find((flow) => flow.listeners.some((listener) => listener.clickId === clickId));
  }

  /** Writes are chained (never two at once) and not awaited by the call path: the call must not wait. */
  private persist(): void {
    const cutoff = this.now() - KEEP_ENDED_MS;
    for (const [id, flow] of this.flows) if (flow.endedAt !== undefined && flow.endedAt < cutoff) this.flows.delete(id);
    const ended = this.all().filter((flow) => flow.endedAt !== undefined);
    for (const flow of ended.slice(0, Math.max(0, ended.length - KEEP_ENDED_COUNT))) this.flows.delete(flow.id);
    const snapshot = this.all().map((flow) => ({ ...flow, listeners: [...flow.listeners] }));
    this.writing = this.writing
      .then(() => this.store.set({ [this.key]: snapshot }))
      .catch((error: unknown) => console.warn('EnreachVoice calls: could not keep the call state', error));
  }

  /** For tests: resolves when every write so far has landed. */
  flushed(): Promise<void> {
    return this.writing;
  }
}

export function interruptedMessage(record: Pick<FlowRecord, 'state' | 'kind' | 'activatedAt'>): string {
  if (record.state === 'calling') {
    return t('callout_restarted_sending');
  }
  const activated = record.kind === 'callback' && record.activatedAt !== undefined;
  return t(activated ? 'callout_restarted_placing_activated' : 'callout_restarted_placing');
}
