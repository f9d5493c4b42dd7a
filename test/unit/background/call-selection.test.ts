import { callSelection, numberInSelection, type CallSelectionDeps } from '../../../src/background/call-selection-menu';
import { AppError } from '../../../src/shared/errors';

function deps(start: CallSelectionDeps['start'] = async (input) => ({ kind: 'direct', e164: input.number })) {
  const notes: { title: string; message: string }[] = [];
  const started: Parameters<CallSelectionDeps['start']>[0][] = [];
  const value: CallSelectionDeps = {
    start: async (input) => (started.push(input), start(input)),
    defaultCountry: async () => 'FI',
    notify: async (title, message) => void notes.push({ title, message }),
    now: () => 1234,
  };
  return { value, notes, started };
}

describe('numberInSelection', () => {
  it.each([
    ['+358 40 123 4567', '+358401234567'],
    ['040 123 4567', '+358401234567'],
    ['  (09) 1234 5678\n', '+358912345678'],
    ['Call Matti on +358 40 123 4567 today', '+358401234567'],
    ['tel. 0401234567, tel. 040 123 4567', '+358401234567'],
  ])('reads %j as %s', (text, e164) => expect(numberInSelection(text, 'FI')).toEqual({ e164 }));

  it.each([
    ['', /Nothing is selected/],
    ['hello world', /“hello world” is not a phone number/],
    ['Order 2024-11-26', /is not a phone number/],
    ['+358 40 123 4567 or +46 70 123 45 67', /holds 2 phone numbers/],
  ])('explains why %j cannot be called', (text, problem) => {
    const read = numberInSelection(text, 'FI');
    expect('problem' in read && read.problem).toMatch(problem);
  });
});

it('quotes a long selection shortened', () => {
  const read = numberInSelection('x'.repeat(300), 'FI');
  expect('problem' in read && read.problem).toBe(`“${'x'.repeat(39)}…” is not a phone number that can be called.`);
});

describe('callSelection', () => {
  it('starts a call through the call flow and says so', async () => {
    const { value, notes, started } = deps();
    await expect(callSelection('040 123 4567', 'https://crm.example/1', value)).resolves.toEqual({ kind: 'direct', e164: '+358401234567' });
    expect(started).toEqual([{ number: '+358401234567', clickId: 'menu-1234', pageUrl: 'https://crm.example/1' }]);
    expect(notes).toEqual([{ title: 'Calling', message: '+358 40 1234567: the call was placed.' }]);
  });

  it('makes it a callback call when the number is one of my open requests', async () => {
    const { value, started } = deps(async (input) => ({ kind: 'callback', e164: input.number, callbackRequestId: input.callbackRequestId }));
    value.openRequestFor = (e164) => (e164 === '+358401234567' ? { id: 'req-1', listId: 'list-1' } : undefined);
    await expect(callSelection('040 123 4567', undefined, value)).resolves.toMatchObject({ kind: 'callback', callbackRequestId: 'req-1' });
    expect(started).toEqual([{ number: '+358401234567', clickId: 'menu-1234', callbackRequestId: 'req-1', callbackListId: 'list-1' }]);
  });

  it('notifies instead of calling when the selection is not a number', async () => {
    const { value, notes, started } = deps();
    expect(await callSelection('hello world', undefined, value)).toBeNull();
    expect(started).toEqual([]);
    expect(notes).toEqual([{ title: 'Not a phone number', message: '“hello world” is not a phone number that can be called.' }]);
  });

  it("passes the call flow's refusal on as a notification", async () => {
    const { value, notes } = deps(async () => Promise.reject(new AppError('signed-out', 'Sign in to EnreachVoice first.')));
    expect(await callSelection('+358 40 123 4567', undefined, value)).toBeNull();
    expect(notes).toEqual([{ title: 'Could not call +358 40 1234567', message: 'Sign in to EnreachVoice first.' }]);
  });
});
