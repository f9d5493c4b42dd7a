import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';
import { CallCoordinator, LATEST_CALL_START_MS, type CallApi, type CallDeps } from '../../../src/background/callout';
import { AppError } from '../../../src/shared/errors';
import type { CallState } from '../../../src/shared/messages/contract';

const ME = 'aaaaaaaa-0000-4000-8000-000000000001';
const REQUEST_ID = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const LIST_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
const credentials = { apiEndpoint: 'https://api.test', email: 'agent@demo.example', secretKey: 'k' };

function request(overrides: Partial<ApiCallbackRequest> = {}): ApiCallbackRequest {
  return {
    Id: REQUEST_ID,
    CallbackListId: LIST_ID,
    CallbackListName: 'Sales callbacks',
    ContactNumber: '+358401234567',
    ContactName: 'Matti Meikäläinen',
    CreatedTime: '2026-11-25T08:00:00Z',
    AssignedUserId: ME,
    AttemptCount: 0,
    IsClosed: false,
    HasVoicemail: false,
    ...overrides,
  };
}

function setup(api: Partial<CallApi> = {}, clock = { t: 1_000_000 }, extra: Partial<CallDeps> = {}) {
  const log: string[] = [];
  const fullApi: CallApi = {
    fetchRequest: jest.fn(async () => request()),
    activate: jest.fn(async (_c, activation) => void log.push(`activate ${JSON.stringify(activation)}`)),
    call: jest.fn(async (_c, number) => void log.push(`call ${number}`)),
    ...api,
  };
  const onUnauthorized = jest.fn(async () => undefined);
  const states: CallState[] = [];
  const heard: { clickId: string; state: CallState; message?: string | undefined }[] = [];
  const coordinator = new CallCoordinator(
    {
      api: fullApi,
      credentials: () => credentials,
      userId: () => ME,
      preferences: async () => ({ defaultCountry: 'FI', callChannel: 'mobile' }),
      onUnauthorized,
      now: () => clock.t,
      log: () => undefined,
      ...extra,
    },
    (listener, state, message) => {
      states.push(state);
      heard.push({ clickId: listener.clickId, state, message });
    },
  );
  return { coordinator, api: fullApi, log, states, heard, onUnauthorized, clock };
}

const click = { number: '040 123 4567', callbackRequestId: REQUEST_ID, clickId: 'c1' };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('callback call flow', () => {
  it('activates with E.164 number, request and list ids, then calls', async () => {
    const { coordinator, log, states } = setup();
    const result = await coordinator.start(click);
    expect(log).toEqual([
      `activate ${JSON.stringify({ targetNumber: '+358401234567', callbackRequestId: REQUEST_ID, callbackListId: LIST_ID })}`,
      'call +358401234567',
    ]);
    expect(states).toEqual(['resolving', 'activating', 'calling', 'placed']);
    expect(result).toMatchObject({ kind: 'callback', e164: '+358401234567', callbackListId: LIST_ID, activationToCallMs: 0 });
  });

  it('takes the list id from EnreachVoice, not from the page', async () => {
    const { coordinator, api } = setup();
    await coordinator.start({ ...click, callbackListId: 'cccccccc-0000-4000-8000-000000000009' });
    expect((api.activate as jest.Mock).mock.calls[0][1].callbackListId).toBe(LIST_ID);
  });

  it('places a direct call for a plain number, without activation', async () => {
    const { coordinator, api, log, states } = setup();
    const result = await coordinator.start({ number: '+46 70 123 45 67', clickId: 'c2' });
    expect(result).toEqual({ kind: 'direct', e164: '+46701234567', channel: 'mobile' });
    expect(api.activate).not.toHaveBeenCalled();
    expect(log).toEqual(['call +46701234567']);
    expect(states).toEqual(['calling', 'placed']);
  });

  it.each([
    ['closed', { IsClosed: true }, 'request-closed'],
    ['expired', { ExpiryTime: '1970-01-01T00:00:00Z' }, 'request-expired'],
    ["someone else's", { AssignedUserId: 'dddddddd-0000-4000-8000-000000000002' }, 'request-not-mine'],
  ])('refuses a %s request and starts no call', async (_name, overrides, code) => {
    const { coordinator, api, states } = setup({ fetchRequest: jest.fn(async () => request(overrides)) });
    const error = await failure(coordinator.start(click));
    expect(error.code).toBe(code);
    expect(api.activate).not.toHaveBeenCalled();
    expect(api.call).not.toHaveBeenCalled();
    expect(states.at(-1)).toBe('failed');
  });

  it('refuses an id that is not a GUID without asking EnreachVoice', async () => {
    const { coordinator, api } = setup();
    const error = await failure(coordinator.start({ ...click, callbackRequestId: 'CBR-12' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('CBR-12');
    expect(api.fetchRequest).not.toHaveBeenCalled();
  });

  it('explains a list the agent may not handle', async () => {
    const { coordinator, api } = setup({
      fetchRequest: jest.fn(async () => {
        throw new AppError('forbidden', 'HTTP 403');
      }),
    });
    const error = await failure(coordinator.start(click));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/may not handle/);
    expect(api.call).not.toHaveBeenCalled();
  });

  it('places no call when activation fails', async () => {
    const { coordinator, api } = setup({
      activate: jest.fn(async () => {
        throw new AppError('server-error', 'HTTP 500');
      }),
    });
    await expect(coordinator.start(click)).rejects.toMatchObject({ code: 'server-error' });
    expect(api.call).not.toHaveBeenCalled();
  });

  it('places no call when activation returned too late for the window', async () => {
    const clock = { t: 0 };
    const { coordinator, api } = setup(
      { activate: jest.fn(async () => void (clock.t += LATEST_CALL_START_MS + 1)) },
      clock,
    );
    await expect(coordinator.start(click)).rejects.toMatchObject({ code: 'window-exceeded' });
    expect(api.call).not.toHaveBeenCalled();
  });

  it('signs out on 401 and reports it', async () => {
    const { coordinator, onUnauthorized } = setup({
      fetchRequest: jest.fn(async () => {
        throw new AppError('unauthorized', 'HTTP 401');
      }),
    });
    await expect(coordinator.start(click)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns simultaneous and repeated clicks into one call', async () => {
    const { coordinator, api, heard, clock } = setup();
    // The second click joins the running flow: both hear it placed, one activation and one call.
    const results = await Promise.allSettled([coordinator.start(click), coordinator.start({ ...click, clickId: 'c9' })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(heard.filter((h) => h.state === 'placed').map((h) => h.clickId).sort()).toEqual(['c1', 'c9']);
    // Just after: the same call is the answer, no second one.
    await expect(coordinator.start(click)).resolves.toMatchObject({ kind: 'callback' });
    expect(api.activate).toHaveBeenCalledTimes(1);
    expect(api.call).toHaveBeenCalledTimes(1);
    clock.t += 60_000;
    await coordinator.start(click);
    expect(api.call).toHaveBeenCalledTimes(2);
  });

  it('rejects text that is not a phone number', async () => {
    const { coordinator, api } = setup();
    await expect(coordinator.start({ number: 'call me maybe', clickId: 'x' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(api.call).not.toHaveBeenCalled();
  });
});
