// Issue 5: the keyboard command calls the selection (a callback call when it is one of my open
// requests) or offers the next due callback.
import { nextDue, runCallCommand, type CommandDeps } from '../../../src/background/call-command';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const mine = (id: string, number: string, due?: string): ApiCallbackRequest => ({
  Id: id, CallbackListId: 'list', CallbackListName: 'Sales', ContactNumber: number, ContactName: `Contact ${id}`,
  CreatedTime: '2026-11-25T08:00:00Z', AttemptCount: 0, IsClosed: false, HasVoicemail: false, ...(due ? { DueTime: due } : {}),
});

function deps(selection: unknown, overrides: Partial<CommandDeps> = {}) {
  const started: unknown[] = [];
  const notes: string[] = [];
  const d: CommandDeps = {
    activeTabId: async () => 5,
    selection: async () => selection,
    country: async () => 'FI',
    myOpenRequests: () => [mine('r1', '+358401234567', '2026-11-26T11:00:00Z'), mine('r2', '+46701234567', '2026-11-26T09:30:00Z')],
    start: jest.fn(async (input, listener) => (started.push({ input, listener }), { kind: input.callbackRequestId ? 'callback' : 'direct', e164: input.number }) as never),
    openPopup: async () => undefined,
    notify: async (_id, title, message) => void notes.push(`${title}: ${message}`),
    now: () => NOW,
    ...overrides,
  };
  return { d, started, notes };
}

it('calls a selected number of one of my requests as a callback call, from the active tab', async () => {
  const { d, started, notes } = deps({ text: '040 123 4567' });
  expect(await runCallCommand(d, 9)).toBe('Callback call placed');
  expect(started).toEqual([{ input: expect.objectContaining({ number: '+358401234567', callbackRequestId: 'r1', callbackListId: 'list' }), listener: expect.objectContaining({ from: 'content', tabId: 9, frameId: 0 }) }]);
  expect(notes).toEqual(['Callback call placed: +358401234567 (Sales)']);
});

it('calls any other selected number directly', async () => {
  const { d, started } = deps({ text: '+44 20 7946 0958' });
  expect(await runCallCommand(d, undefined)).toBe('Call placed');
  expect(started).toEqual([{ input: expect.not.objectContaining({ callbackRequestId: expect.anything() }), listener: expect.objectContaining({ tabId: 5 }) }]);
});

it('with nothing selected opens the popup, or names the next due request when it cannot', async () => {
  const opened = deps({ text: '' });
  expect(await runCallCommand(opened.d, 1)).toBe('popup');
  expect(opened.started).toEqual([]);
  const closed = deps({ text: 'no number here' }, { openPopup: async () => Promise.reject(new Error('no')) });
  expect(await runCallCommand(closed.d, 1)).toMatch(/^Contact r2 · Sales · due/);
  expect(closed.notes[0]).toMatch(/^Next due callback/);
});

it('treats a tab that does not answer as nothing selected', async () => {
  const { d, started } = deps(undefined, { selection: async () => Promise.reject(new Error('no receiver')) });
  expect(await runCallCommand(d, 1)).toBe('popup');
  expect(started).toEqual([]);
});

it('picks the next due open request', () => {
  expect(nextDue([mine('a', '+1'), mine('b', '+2', '2026-11-26T12:00:00Z')], NOW)?.Id).toBe('b');
  expect(nextDue([], NOW)).toBeUndefined();
});
