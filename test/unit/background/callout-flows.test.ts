// The call state machine's harder cases (issue 5): a worker restart mid-flow, channels that act in a
// tab, the webphone's own activation, and the window guard for each.
import { CallCoordinator, LATEST_CALL_START_MS, type CallDeps } from '../../../src/background/callout';
import { softphoneDriver, type TabPort } from '../../../src/background/callout-channels';
import { CallJournal } from '../../../src/background/callout-journal';
import { webphoneDriver } from '../../../src/background/callout-webphone';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';
import type { CallState } from '../../../src/shared/messages/contract';

const ME = 'aaaaaaaa-0000-4000-8000-000000000001';
const REQUEST_ID = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const LIST_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
const click = { number: '040 123 4567', callbackRequestId: REQUEST_ID, clickId: 'c1' };
const fromTab = { clickId: 'c1', from: 'content' as const, tabId: 7, frameId: 0 };
const request: ApiCallbackRequest = {
  Id: REQUEST_ID, CallbackListId: LIST_ID, CallbackListName: 'Sales', ContactNumber: '+358401234567',
  CreatedTime: '2026-11-25T08:00:00Z', AssignedUserId: ME, AttemptCount: 0, IsClosed: false, HasVoicemail: false,
};

function memoryStore() {
  const data: Record<string, unknown> = {};
  return { data, get: async (key: string) => ({ [key]: data[key] }), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
}

function fakeTabs(answer: (message: unknown) => unknown = () => undefined) {
  const opened: string[] = [];
  const sent: unknown[] = [];
  const tabs: TabPort = {
    activeTabId: async () => 3,
    openUrl: async (tabId, url) => void opened.push(`${tabId} ${url}`),
    send: async (_tabId, _frameId, message) => (sent.push(message), answer(message)),
  };
  return { tabs, opened, sent };
}

function coordinator(extra: Partial<CallDeps>, heard: { clickId: string; state: CallState; message?: string | undefined }[] = []) {
  const order: string[] = [];
  const deps: CallDeps = {
    api: {
      fetchRequest: async () => request,
      activate: async () => void order.push('activate'),
      call: async (_c, n) => void order.push(`mobile ${n}`),
    },
    credentials: () => ({ apiEndpoint: 'https://api.test', email: 'a@b.c', secretKey: 'k' }),
    userId: () => ME,
    preferences: async () => ({ defaultCountry: 'FI', callChannel: 'mobile' }),
    onUnauthorized: async () => undefined,
    log: () => undefined,
    ...extra,
  };
  return { calls: new CallCoordinator(deps, (l, state, message) => void heard.push({ clickId: l.clickId, state, message })), order, heard };
}

describe('a worker restart in the middle of a call', () => {
  it('fails the unfinished flow, tells the click why, and places nothing', async () => {
    const store = memoryStore();
    const first = coordinator({ journal: new CallJournal(store, 'callFlows'), api: { fetchRequest: async () => request, activate: () => new Promise(() => undefined), call: jest.fn() } });
    void first.calls.start(click, fromTab);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A new worker: same storage.session, nothing else.
    const journal = new CallJournal(store, 'callFlows');
    const second = coordinator({ journal });
    await second.calls.restore();
    expect(second.heard).toEqual([{ clickId: 'c1', state: 'failed', message: expect.stringMatching(/restarted.*No call was started/) }]);
    expect(second.calls.status('c1')).toMatchObject({ state: 'failed' });
    await journal.flushed();
    expect((store.data.callFlows as { state: string }[])[0]!.state).toBe('failed');
    expect(second.order).toEqual([]);
  });

  it('keeps the repeat guard across a restart', async () => {
    const store = memoryStore();
    const journal = new CallJournal(store, 'callFlows');
    const first = coordinator({ journal });
    await first.calls.start(click, fromTab);
    await journal.flushed();
    const second = coordinator({ journal: new CallJournal(store, 'callFlows') });
    await second.calls.restore();
    await expect(second.calls.start({ ...click, clickId: 'c2' })).resolves.toMatchObject({ kind: 'callback' });
    expect(second.order).toEqual([]);
  });
});

describe('softphone', () => {
  it('activates in the background, then opens tel: (or callto:) in the tab that asked', async () => {
    const { tabs, opened } = fakeTabs();
    const { calls, order } = coordinator({ channels: { softphone: softphoneDriver(tabs, async () => 'callto') } });
    const result = await calls.start({ ...click, channel: 'softphone' }, fromTab);
    expect(order).toEqual(['activate']);
    expect(opened).toEqual(['7 callto:+358401234567']);
    expect(result).toMatchObject({ kind: 'callback', channel: 'softphone' });
  });

  it('opens nothing when activation fails', async () => {
    const { tabs, opened } = fakeTabs();
    const { calls } = coordinator({
      channels: { softphone: softphoneDriver(tabs, async () => 'tel') },
      api: { fetchRequest: async () => request, activate: async () => Promise.reject(new Error('boom')), call: jest.fn() },
    });
    await expect(calls.start({ ...click, channel: 'softphone' }, fromTab)).rejects.toMatchObject({ message: expect.stringMatching(/No call was placed/) });
    expect(opened).toEqual([]);
  });
});

describe('webphone', () => {
  it('lets the page activate and call, with the activation body and the window', async () => {
    const { tabs, sent } = fakeTabs(() => ({ ok: true, gapMs: 12 }));
    const { calls, order } = coordinator({ channels: { webphone: webphoneDriver(tabs) } });
    const result = await calls.start({ ...click, channel: 'webphone' }, fromTab);
    expect(order).toEqual([]);
    expect(sent).toEqual([
      {
        command: 'webphone.place',
        e164: '+358401234567',
        windowMs: LATEST_CALL_START_MS,
        activation: { TargetNumber: '+358401234567', CallbackRequestId: REQUEST_ID, CallbackListId: LIST_ID },
      },
    ]);
    expect(result).toMatchObject({ kind: 'callback', channel: 'webphone', activationToCallMs: 12 });
  });

  it('says so when the page has no webphone', async () => {
    const { tabs } = fakeTabs(() => ({ ok: false, error: { code: 'no-webphone', message: 'There is no EnreachVoice webphone on this page.' } }));
    const { calls } = coordinator({ channels: { webphone: webphoneDriver(tabs) } });
    await expect(calls.start({ ...click, channel: 'webphone' }, fromTab)).rejects.toMatchObject({ code: 'no-webphone' });
  });

  it('treats a page that does not answer as no webphone', async () => {
    const { tabs } = fakeTabs(() => undefined);
    const { calls } = coordinator({ channels: { webphone: webphoneDriver(tabs) } });
    await expect(calls.start({ ...click, number: '+46701234567', direct: true, channel: 'webphone' }, fromTab)).rejects.toMatchObject({ code: 'no-webphone' });
  });
});

describe('call as direct call', () => {
  it('skips the activation of a callback control', async () => {
    const { calls, order } = coordinator({});
    const result = await calls.start({ ...click, direct: true }, fromTab);
    expect(order).toEqual(['mobile +358401234567']);
    expect(result.kind).toBe('direct');
  });
});

describe('resolving the request', () => {
  it('uses my fresh list instead of a lookup when it has the request', async () => {
    const fetchRequest = jest.fn(async () => request);
    const { calls, order } = coordinator({
      knownRequest: (id) => (id === REQUEST_ID ? request : undefined),
      api: { fetchRequest, activate: async () => void order.push('activate'), call: async () => void order.push('call') },
    });
    await calls.start(click, fromTab);
    expect(fetchRequest).not.toHaveBeenCalled();
    expect(order).toEqual(['activate', 'call']);
  });
});
