// The call flow (design §1): resolve the callback request, activate the callout, then place the call
// within the 10-second window; or, for a plain number, place a direct call. One call per number at a time.
import type { CountryCode } from 'libphonenumber-js';
import type { Activation } from '../shared/api/calls';
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import type { Credentials } from '../shared/api/client';
import { AppError, toAppError } from '../shared/errors';
import type { CallResult, CallStart, CallState } from '../shared/messages/contract';
import { isGuid, toE164 } from '../shared/phone';
import { assertCallable } from './request-rules';

/** The call request must be on its way well before the 10 s window closes. */
export const LATEST_CALL_START_MS = 8_000;
/** After a call is placed, the same number is not called again this soon (double clicks, two tabs). */
export const REPEAT_GUARD_MS = 4_000;

export interface CallApi {
  fetchRequest(credentials: Credentials, requestId: string): Promise<ApiCallbackRequest>;
  activate(credentials: Credentials, activation: Activation, signal: AbortSignal): Promise<void>;
  call(credentials: Credentials, e164: string, signal?: AbortSignal): Promise<void>;
}

export interface CallDeps {
  api: CallApi;
  credentials(): Credentials;
  userId(): string;
  defaultCountry(): Promise<CountryCode>;
  onUnauthorized(): Promise<void>;
  now?(): number;
}

export type Notify = (state: CallState, message?: string) => void;

export class CallCoordinator {
  private readonly inFlight = new Set<string>();
  private readonly placedAt = new Map<string, number>();

  constructor(private readonly deps: CallDeps) {}

  async start(input: CallStart, notify: Notify): Promise<CallResult> {
    const e164 = toE164(input.number, await this.deps.defaultCountry());
    if (!e164) throw new AppError('invalid-input', `“${input.number}” is not a phone number that can be called.`);
    this.guardRepeat(e164);
    this.inFlight.add(e164);
    try {
      const result = await this.run(input, e164, notify);
      this.placedAt.set(e164, this.now());
      notify('placed', result.kind === 'callback' ? 'Callback call placed: answer on your mobile.' : 'Call placed: answer on your mobile.');
      return result;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'unauthorized') await this.deps.onUnauthorized();
      notify('failed', appError.message);
      throw appError;
    } finally {
      this.inFlight.delete(e164);
    }
  }

  private guardRepeat(e164: string): void {
    if (this.inFlight.has(e164)) throw new AppError('call-in-progress', `A call to ${e164} is already being placed.`);
    const last = this.placedAt.get(e164);
    if (last !== undefined && this.now() - last < REPEAT_GUARD_MS) {
      throw new AppError('call-in-progress', `A call to ${e164} was placed a moment ago; not calling twice.`);
    }
  }

  private async run(input: CallStart, e164: string, notify: Notify): Promise<CallResult> {
    const credentials = this.deps.credentials();
    if (input.callbackRequestId === undefined) {
      notify('calling', `Calling ${e164} on your mobile…`);
      await this.deps.api.call(credentials, e164);
      return { kind: 'direct', e164 };
    }
    notify('resolving', 'Checking the callback request…');
    const request = await this.resolve(credentials, input.callbackRequestId);
    return this.callbackCall(credentials, e164, request, notify);
  }

  private async resolve(credentials: Credentials, requestId: string): Promise<ApiCallbackRequest> {
    if (!isGuid(requestId)) {
      throw new AppError('invalid-input', `The callback request id on this page (“${requestId.slice(0, 60)}”) is not a valid id. No call was started.`);
    }
    const request = await this.deps.api.fetchRequest(credentials, requestId).catch((error: unknown) => {
      throw explainLookupError(toAppError(error), requestId);
    });
    assertCallable(request, this.deps.userId(), this.now());
    return request;
  }

  private async callbackCall(credentials: Credentials, e164: string, request: ApiCallbackRequest, notify: Notify): Promise<CallResult> {
    const activation = { targetNumber: e164, callbackRequestId: request.Id, callbackListId: request.CallbackListId };
    notify('activating', 'Preparing the callback call…');
    const activatedAt = this.now();
    // Nothing may start after the window: both requests are cut off at the latest start time.
    const window = AbortSignal.timeout(LATEST_CALL_START_MS);
    await this.deps.api.activate(credentials, activation, window).catch((error: unknown) => {
      throw window.aborted ? windowExceeded() : error;
    });
    const gap = this.now() - activatedAt;
    if (gap >= LATEST_CALL_START_MS || window.aborted) throw windowExceeded();
    notify('calling', `Calling ${e164} on your mobile…`);
    await this.deps.api.call(credentials, e164, window);
    return { kind: 'callback', e164, callbackRequestId: request.Id, callbackListId: request.CallbackListId, activationToCallMs: gap };
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }
}

function windowExceeded(): AppError {
  return new AppError(
    'window-exceeded',
    'EnreachVoice answered too slowly: the call could not start within the 10-second callback window, so no call was placed. Try again.',
  );
}

function explainLookupError(error: AppError, requestId: string): AppError {
  if (error.code === 'not-found') return new AppError('not-found', `Callback request ${requestId} does not exist in EnreachVoice. No call was started.`);
  if (error.code === 'forbidden') {
    return new AppError('forbidden', 'You may not handle the callback list this request belongs to. No call was started.');
  }
  return error;
}
