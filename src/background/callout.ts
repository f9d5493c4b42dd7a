// The call state machine (design §1, issue 5), owned by the background:
//   idle → resolving → activating → calling → placed | failed(reason)
// One flow per number at a time: a second click (another tab, the popup, a double click) joins the
// running flow instead of starting another, so there is exactly one activation and one call. The
// flow is mirrored to storage.session (callout-journal.ts) so a restarted worker never places a stale
// call. The window guard: no call request starts later than LATEST_CALL_START_MS after activation.
import type { CountryCode } from 'libphonenumber-js';
import type { Activation } from '../shared/api/calls';
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import type { Credentials } from '../shared/api/client';
import { maskNumber, type CallChannelSetting } from '../shared/calls/channels';
import { AppError, toAppError } from '../shared/errors';
import type { CallResult, CallStart, CallState } from '../shared/messages/contract';
import { isGuid, toE164 } from '../shared/phone';
import type { ChannelDrivers, PlaceTarget } from './callout-channels';
import { CallJournal, type FlowListener, type FlowRecord } from './callout-journal';
import { assertCallable } from './request-rules';
import { t, type MessageKey } from '../shared/i18n';

/** The call request must be on its way well before the 10 s window closes. */
export const LATEST_CALL_START_MS = 8_000;
/** After a call is placed, the same number is not called again this soon (double clicks, two tabs). */
export const REPEAT_GUARD_MS = 4_000;
/**
 * How long a call request that did start in time may take to answer. The window bounds when the
 * call *starts*; cutting an answer short would only hide a call that does ring.
 */
export const CALL_ANSWER_TIMEOUT_MS = 10_000;

export interface CallApi {
  fetchRequest(credentials: Credentials, requestId: string): Promise<ApiCallbackRequest>;
  activate(credentials: Credentials, activation: Activation, signal: AbortSignal): Promise<void>;
  call(credentials: Credentials, e164: string, signal?: AbortSignal): Promise<void>;
}

export interface CallPreferences {
  defaultCountry: CountryCode;
  callChannel: CallChannelSetting;
}

export interface CallDeps {
  api: CallApi;
  credentials(): Credentials;
  userId(): string;
  preferences(): Promise<CallPreferences>;
  /** A request from my current, fresh list: no lookup round trip before the activation. */
  knownRequest?(requestId: string): ApiCallbackRequest | undefined;
  onUnauthorized(): Promise<void>;
  /** Softphone and webphone; mobile is built in from `api.call`. */
  channels?: Partial<ChannelDrivers>;
  journal?: CallJournal;
  now?(): number;
  log?(line: string): void;
}

export type Notify = (listener: FlowListener, state: CallState, message?: string) => void;

interface LiveFlow {
  record: FlowRecord;
  result: Promise<CallResult>;
}

const NO_LISTENER: FlowListener = { clickId: 'internal', from: 'extension' };

export class CallCoordinator {
  private readonly live = new Map<string, LiveFlow>();
  private readonly journal: CallJournal;
  private readonly drivers: ChannelDrivers;
  private nextId = 1;

  constructor(
    private readonly deps: CallDeps,
    private readonly notify: Notify = () => undefined,
  ) {
    this.journal = deps.journal ?? new CallJournal({ get: async () => ({}), set: async () => undefined }, 'callFlows', () => this.now());
    const mobile = { where: 'on your mobile', call: (target: PlaceTarget, signal: AbortSignal) => deps.api.call(deps.credentials(), target.e164, signal) };
    this.drivers = { mobile, softphone: mobile, webphone: mobile, ...deps.channels };
  }

  /** Starts (or joins) the flow for this number; resolves when the call is placed. */
  async start(input: CallStart, listener: FlowListener = { ...NO_LISTENER, clickId: input.clickId }): Promise<CallResult> {
    const preferences = await this.deps.preferences();
    const e164 = toE164(input.number, preferences.defaultCountry);
    if (!e164) throw this.fail(listener, new AppError('invalid-input', t('not_a_number', input.number)));
    const running = this.live.get(e164);
    if (running) return this.join(running, input, listener);
    const recent = this.recentlyPlaced(e164);
    if (recent) return this.repeat(recent, listener);
    const channel = input.channel ?? (preferences.callChannel === 'ask' ? 'mobile' : preferences.callChannel);
    const kind = input.callbackRequestId !== undefined && !input.direct ? 'callback' : 'direct';
    const record: FlowRecord = {
      id: `${this.now()}-${this.nextId++}`,
      e164,
      kind,
      channel,
      state: kind === 'callback' ? 'resolving' : 'calling',
      startedAt: this.now(),
      listeners: [listener],
      ...(kind === 'callback' ? { callbackRequestId: input.callbackRequestId } : {}),
    };
    const flow: LiveFlow = { record, result: this.run(record, input) };
    this.live.set(e164, flow);
    try {
      return await flow.result;
    } finally {
      this.live.delete(e164);
    }
  }

  /** Where the call of this click stands, also after a worker restart (null: unknown click). */
  status(clickId: string): { state: CallState; message?: string } | null {
    const flow = this.journal.byClickId(clickId);
    return flow ? { state: flow.state, ...(flow.message ? { message: flow.message } : {}) } : null;
  }

  /** On wake: flows a stopped worker left unfinished are failed, and their clicks hear why. */
  async restore(): Promise<void> {
    for (const flow of await this.journal.restore()) {
      this.log(`call ${flow.id} to ${maskNumber(flow.e164)} was interrupted by a worker restart`);
      for (const listener of flow.listeners) this.notify(listener, 'failed', flow.message);
    }
  }

  private async join(running: LiveFlow, input: CallStart, listener: FlowListener): Promise<CallResult> {
    const sameKind = (input.callbackRequestId !== undefined && !input.direct) === (running.record.kind === 'callback');
    if (!sameKind) throw this.fail(listener, new AppError('call-in-progress', t('callout_in_progress', running.record.e164)));
    running.record.listeners.push(listener);
    this.journal.put(running.record);
    this.notify(listener, running.record.state, running.record.message);
    return running.result;
  }

  private recentlyPlaced(e164: string): FlowRecord | undefined {
    const last = this.journal
      .all()
      .reverse()
      .find((flow) => flow.e164 === e164 && flow.state === 'placed');
    return last?.endedAt !== undefined && last.result && this.now() - last.endedAt < REPEAT_GUARD_MS ? last : undefined;
  }

  /** A click that comes just after the call was placed (a slow double click, a second tab) gets that call. */
  private repeat(flow: FlowRecord, listener: FlowListener): CallResult {
    this.log(`call ${flow.id}: repeated click within ${REPEAT_GUARD_MS} ms, not calling twice`);
    this.notify(listener, 'placed', t('callout_repeat', flow.e164));
    return flow.result!;
  }

  private async run(record: FlowRecord, input: CallStart): Promise<CallResult> {
    try {
      const result = record.kind === 'direct' ? await this.direct(record) : await this.callback(record, input.callbackRequestId ?? '');
      const where = whereText(this.drivers[record.channel].where);
      record.result = { ...result, channel: record.channel };
      this.transition(record, 'placed', t(record.kind === 'callback' ? 'callout_placed_callback' : 'callout_placed_direct', where));
      return record.result;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'unauthorized') await this.deps.onUnauthorized();
      this.transition(record, 'failed', appError.message);
      this.log(`call ${record.id} (${record.channel}) failed: ${appError.code}`);
      throw appError;
    }
  }

  private async direct(record: FlowRecord): Promise<CallResult> {
    this.transition(record, 'calling', t('callout_calling', record.e164, whereText(this.drivers[record.channel].where)));
    record.callAt = this.now();
    await this.drivers[record.channel].call(this.target(record), AbortSignal.timeout(CALL_ANSWER_TIMEOUT_MS));
    return { kind: 'direct', e164: record.e164 };
  }

  private async callback(record: FlowRecord, requestId: string): Promise<CallResult> {
    const credentials = this.deps.credentials();
    const request = await this.resolve(credentials, requestId, record);
    const activation = { targetNumber: record.e164, callbackRequestId: request.Id, callbackListId: request.CallbackListId };
    const gap = await this.activateThenCall(record, credentials, activation);
    this.log(`call ${record.id} (${record.channel}): activation→call ${gap} ms`);
    return { kind: 'callback', e164: record.e164, callbackRequestId: request.Id, callbackListId: request.CallbackListId, activationToCallMs: gap };
  }

  /**
   * Activation, then the call: the activation is cut off when the window closes, and the call is
   * never started after it (a call that did start in time is waited for). Returns the measured gap.
   * Each request is sent before its state is journalled and announced: both happen in the same task,
   * so the journal is just as exact, and the request does not queue behind that work (click latency).
   */
  private async activateThenCall(record: FlowRecord, credentials: Credentials, activation: Activation): Promise<number> {
    const driver = this.drivers[record.channel];
    const where = whereText(driver.where);
    record.activatedAt = this.now();
    const window = AbortSignal.timeout(LATEST_CALL_START_MS);
    if (driver.activateAndCall) {
      const placing = driver.activateAndCall(this.target(record), activation, LATEST_CALL_START_MS, window);
      // The webphone activates itself, in the page: say where.
      this.transition(record, 'activating', t('callout_preparing', where));
      const { gapMs } = await placing;
      record.callAt = record.activatedAt + gapMs;
      return gapMs;
    }
    const activating = this.deps.api.activate(credentials, activation, window).catch((error: unknown) => {
      throw window.aborted ? windowExceeded() : noCallAfter(toAppError(error));
    });
    this.transition(record, 'activating', t('callout_preparing_plain'));
    await activating;
    const gap = this.now() - record.activatedAt;
    if (gap >= LATEST_CALL_START_MS || window.aborted) throw windowExceeded();
    record.callAt = this.now();
    const calling = driver.call(this.target(record), AbortSignal.timeout(CALL_ANSWER_TIMEOUT_MS)).catch((error: unknown) => {
      throw callStepFailed(toAppError(error), driver.where);
    });
    this.transition(record, 'calling', t('callout_calling', record.e164, where));
    await calling;
    return gap;
  }

  /** A request known from my fresh list needs no lookup, so the flow goes straight to activation. */
  private async resolve(credentials: Credentials, requestId: string, record: FlowRecord): Promise<ApiCallbackRequest> {
    if (!isGuid(requestId)) {
      throw new AppError('invalid-input', t('callout_bad_id', requestId.slice(0, 60)));
    }
    let request = this.deps.knownRequest?.(requestId);
    if (!request) {
      this.transition(record, 'resolving', t('callout_checking'));
      request = await this.deps.api.fetchRequest(credentials, requestId).catch((error: unknown) => {
        throw explainLookupError(toAppError(error), requestId);
      });
    }
    assertCallable(request, this.deps.userId(), this.now());
    return request;
  }

  private target(record: FlowRecord): PlaceTarget {
    return { e164: record.e164, requester: record.listeners[0] ?? NO_LISTENER };
  }

  private transition(record: FlowRecord, state: CallState, message?: string): void {
    record.state = state;
    if (message === undefined) delete record.message;
    else record.message = message;
    if (state === 'placed' || state === 'failed') record.endedAt = this.now();
    this.journal.put(record);
    for (const listener of record.listeners) this.notify(listener, state, message);
  }

  private fail(listener: FlowListener, error: AppError): AppError {
    this.notify(listener, 'failed', error.message);
    return error;
  }

  private log(line: string): void {
    (this.deps.log ?? ((text: string) => console.info(`EnreachVoice calls: ${text}`)))(line);
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }
}

// Drivers name where the call rings in English (`where`); the agent reads it in their language.
const WHERE_KEYS: Record<string, MessageKey> = { 'on your mobile': 'where_mobile', 'in the webphone': 'where_webphone', 'on your softphone': 'where_softphone' };

function whereText(where: string): string {
  const key = WHERE_KEYS[where];
  return key ? t(key) : where;
}

export function windowExceeded(): AppError {
  return new AppError(
    'window-exceeded',
    t('callout_window_exceeded'),
  );
}

/** A failed activation: said plainly that nothing was called (and nothing will be retried). */
function noCallAfter(error: AppError): AppError {
  return new AppError(error.code, t('callout_activation_failed', error.message), error.retryAfterMs);
}

/** The call request itself failed: after a timeout or a broken connection it may still have arrived. */
function callStepFailed(error: AppError, where: string): AppError {
  if (error.code === 'timeout' || error.code === 'network') {
    return new AppError(error.code, t('callout_may_ring', error.message, whereText(where)));
  }
  return error;
}

function explainLookupError(error: AppError, requestId: string): AppError {
  if (error.code === 'not-found') return new AppError('not-found', t('callout_request_missing', requestId));
  if (error.code === 'forbidden') {
    return new AppError('forbidden', t('callout_list_forbidden'));
  }
  return error;
}
