/** @jest-environment jsdom */
import './helpers/mock-extension';
import { act } from 'preact/test-utils';
import type { CallbackListView, PendingOutcomeView } from '../../../src/shared/messages/workspace-contract';
import { sendToBackground } from '../../../src/shared/messages/send';
import { RequestsPanel } from '../../../src/popup/components/requests-panel';
import { SignedOutView } from '../../../src/popup/components/signed-out-view';
import { buttonNamed, click, mount, settle, textsOfRole, typeInto, unmountAll } from './helpers/dom';
import { HOUR, MINUTE, isoAt, makeRequest } from './helpers/fixtures';

const send = sendToBackground as jest.Mock;
const LISTS: CallbackListView[] = [
  { id: 'sales', name: 'Sales callbacks', isServing: true, openCount: 7, dueInHourCount: 2, expiresIn24hCount: 3, classification: { schemaId: 's1', groups: [{ name: 'Topic', maxSelections: 1, tags: [{ id: 101, name: 'Quote' }, { id: 102, name: 'Demo' }] }] } },
  { id: 'support', name: 'Support callbacks', isServing: true, openCount: 4, dueInHourCount: 0, expiresIn24hCount: 1 },
];
const REQUESTS = [
  makeRequest({ id: 'matti', listId: 'sales', listName: 'Sales callbacks', contactName: 'Matti Meikäläinen', number: '+358401234567', displayNumber: '+358 40 1234567', dueTime: isoAt(Date.now() - 45 * MINUTE) }),
  makeRequest({ id: 'sara', listId: 'support', contactName: 'Sara Svensson', number: '+46701234567', displayNumber: '+46 70 123 45 67', dueTime: isoAt(Date.now() + HOUR), linked: [{ id: 'x', mine: true, listName: 'Sales callbacks' }] }),
];

function backend(overrides: Record<string, (payload: any) => unknown> = {}) {
  send.mockImplementation(async (type: string, payload: unknown) => {
    if (overrides[type]) return overrides[type]!(payload);
    if (type === 'callbacks.mine') return { requests: REQUESTS, pending: [], sync: { mode: 'live', pollSeconds: 60 } };
    if (type === 'callbacks.lists') return { lists: LISTS };
    return {};
  });
}
const rowOf = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`li[data-request-id="${id}"]`)!;
const visibleIds = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.request:not([hidden])')].map((li) => li.dataset.requestId);

afterEach(async () => {
  await unmountAll();
  send.mockReset();
});

test('shows per-list counters, live status, and each request with its number in both forms', async () => {
  backend();
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  expect([...root.querySelectorAll('.list-counter')].map((li) => li.textContent)).toEqual([
    'Sales callbacks 7 open · 2 due within 1 h · 3 expire within 24 h',
    'Support callbacks 4 open · 0 due within 1 h · 1 expire within 24 h',
  ]);
  expect(root.querySelector('.sync-status')?.textContent).toBe('Live');
  expect(rowOf(root, 'sara').querySelector('.number')?.textContent).toBe('+46 70 123 45 67');
  expect(rowOf(root, 'sara').querySelector('.e164')?.textContent).toBe('+46701234567');
  expect(rowOf(root, 'sara').querySelector('.linked')?.textContent).toBe('1 linked request (also yours: Sales callbacks)');
  expect(send.mock.calls.filter(([type]) => type === 'callbacks.mine').map(([, payload]) => payload)).toEqual([{ first: 30 }, { refresh: true }]);
});

test('search by name (accents optional) or number (national form too), Escape clears', async () => {
  backend();
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  const search = root.querySelector<HTMLInputElement>('#request-search')!;
  await typeInto(search, 'meikalainen');
  expect(visibleIds(root)).toEqual(['matti']);
  await typeInto(search, '070 123');
  expect(visibleIds(root)).toEqual(['sara']);
  await typeInto(search, 'nobody');
  expect(root.textContent).toContain('No request matches “nobody”.');
  await act(() => void search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(visibleIds(root)).toEqual(['matti', 'sara']);
});

test('Get next allocates, announces and puts focus on the new request; 204 says nothing waits', async () => {
  let next: unknown = makeRequest({ id: 'klaus', contactName: 'Klaus Becker', listName: 'Support callbacks' });
  backend({ 'callbacks.next': () => ({ request: next }), 'callbacks.mine': () => ({ requests: next ? REQUESTS : [...REQUESTS, makeRequest({ id: 'klaus' })] }) });
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  await click(buttonNamed(root, 'Get next request'));
  expect(send).toHaveBeenCalledWith('callbacks.next', {});
  expect(textsOfRole(root, 'status')).toContain('Allocated to you: Klaus Becker, Support callbacks.');
  next = null;
  await click(buttonNamed(root, 'Get next request'));
  expect(textsOfRole(root, 'status')).toContain('Nothing is waiting in your lists right now.');
});

test('the outcome step sends result, note and tags, and says what happened', async () => {
  backend({ 'callbacks.outcome': () => ({ status: 'pending', message: 'EnreachVoice had a problem (HTTP 500).' }) });
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  const matti = rowOf(root, 'matti');
  await click(buttonNamed(matti, 'Outcome for Matti Meikäläinen'));
  await click(buttonNamed(matti, 'Save outcome'));
  expect(textsOfRole(matti, 'alert')).toEqual(['Choose a result first.']);
  await click(matti.querySelector<HTMLInputElement>('input[value="ClosedSuccessfully"]')!);
  await click([...matti.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][0]!);
  expect([...matti.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][1]!.disabled).toBe(true); // Topic: at most 1
  const note = matti.querySelector<HTMLTextAreaElement>('textarea')!;
  expect(note.maxLength).toBe(500);
  await typeInto(note as unknown as HTMLInputElement, 'Quote sent');
  expect(matti.querySelector('.note-count')?.textContent).toBe('10 / 500');
  await click(buttonNamed(matti, 'Save outcome'));
  expect(send).toHaveBeenCalledWith('callbacks.outcome', { requestId: 'matti', result: 'ClosedSuccessfully', note: 'Quote sent', tagIds: [101] });
  expect(textsOfRole(root, 'status').join(' ')).toContain('Outcome for Matti Meikäläinen not saved yet: it is kept and will be retried.');
  expect(matti.querySelector('form')).toBeNull();
});

test('the most urgent screenful comes first, then the whole list', async () => {
  const all = Array.from({ length: 40 }, (_, n) => makeRequest({ id: `r${n}`, contactName: `Caller ${n}`, dueTime: isoAt(Date.now() + n * MINUTE) }));
  backend({ 'callbacks.mine': (payload) => (payload.first ? { requests: all.slice(0, payload.first), total: 40 } : { requests: all, total: 40 }) });
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  const mineCalls = () => send.mock.calls.filter(([type]) => type === 'callbacks.mine').map(([, payload]) => payload);
  // The whole list is asked for after the first screen has painted (a frame later).
  for (let i = 0; i < 50 && mineCalls().length < 3; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(mineCalls()).toEqual([{ first: 30 }, {}, { refresh: true }]);
  expect(root.querySelector('#requests-heading')?.textContent).toBe('My callback requests (40)');
  expect(root.querySelectorAll('li.request')).toHaveLength(8); // a screenful is rendered; more on scroll
  await click(buttonNamed(root, 'Show more (32 not shown)'));
  expect(root.querySelectorAll('li.request')).toHaveLength(24);
  expect(root.querySelector('li.request')?.getAttribute('aria-setsize')).toBe('40');
});

test('a pending outcome shows its note and state; a request awaiting its outcome opens the step', async () => {
  const pending: PendingOutcomeView = { id: 'p1', requestId: 'sara', result: 'Busy', note: 'Call back at 3', tagIds: [], state: 'pending', tries: 2, createdAt: isoAt(Date.now()), nextTryAt: isoAt(Date.now() + 4 * MINUTE) };
  const awaiting = { ...REQUESTS[0]!, awaitingOutcome: true, awaitingSince: isoAt(Date.now()) };
  backend({ 'callbacks.mine': () => ({ requests: [awaiting, { ...REQUESTS[1]!, pendingOutcome: pending }], pending: [pending] }) });
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  expect(rowOf(root, 'sara').querySelector('.pending-outcome')?.textContent).toContain('Outcome not saved yet: Busy (next try in 4 min).“Call back at 3”');
  expect(rowOf(root, 'matti').querySelector('form.outcome-form')).not.toBeNull();
});

test('arrow keys move between rows, keeping the column; only the active row is tabbable', async () => {
  backend();
  const root = await mount(<RequestsPanel onSignedOut={() => undefined} />);
  const outcome = buttonNamed(rowOf(root, 'matti'), 'Outcome for Matti Meikäläinen');
  expect(outcome.tabIndex).toBe(0);
  expect(buttonNamed(rowOf(root, 'sara'), 'Outcome for Sara Svensson').tabIndex).toBe(-1);
  outcome.focus();
  await act(() => void outcome.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
  await settle();
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Outcome for Sara Svensson');
  expect(buttonNamed(rowOf(root, 'sara'), 'Outcome for Sara Svensson').tabIndex).toBe(0);
});

test('signed out, outcomes still waiting are listed with their notes', async () => {
  backend({ 'callbacks.pending': () => ({ pending: [{ id: 'p', requestId: 'r', result: 'NoAnswer', note: 'kept', tagIds: [], state: 'pending', tries: 1, createdAt: isoAt(Date.now()), contactName: 'Sara Svensson' }] }) });
  const root = await mount(<SignedOutView reason="Sign in again." />);
  expect(root.textContent).toContain('1 outcome is waiting to be saved. Sign in again to save it.');
  expect(root.textContent).toContain('“kept”');
});
