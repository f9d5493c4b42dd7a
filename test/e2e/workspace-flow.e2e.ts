// The callback workspace in the popup, in real Chromium against the simulator: Get next → Call →
// outcome Busy → Call → ClosedSuccessfully; and the keyboard alone suffices.
import { until, type World } from './harness';
import { AGENT_ID, attempts, openPopup, request, requestRow, simRequest, useLiveWorld } from './workspace-helpers';

const KLAUS = request('07');
const SARA = request('02');
let world: World;

useLiveWorld((started) => (world = started));

const calls = () => world.sim<Array<{ Kind: string; CallbackRequestId?: string }>>('/__sim/calls');
const row = requestRow;

test('get next → call → Busy (stays open) → call → ClosedSuccessfully (gone, closed by me)', async () => {
  const popup = await openPopup(world);
  await popup.getByRole('button', { name: 'Get next request' }).click();
  const klaus = row(popup, KLAUS);
  await klaus.waitFor();
  await popup.getByText('Allocated to you: Klaus Becker, Support callbacks.').waitFor();

  await klaus.locator('.call-button').click();
  const first = await until(calls, (list) => list.length === 1);
  const firstCallAt = Date.now();
  expect(first[0]).toMatchObject({ Kind: 'CallbackCall', CallbackRequestId: KLAUS });
  await klaus.getByRole('radio', { name: 'Busy' }).check(); // the outcome step opened after the call
  await klaus.getByLabel('Note').fill('Line busy, try after lunch');
  await klaus.getByRole('button', { name: 'Save outcome' }).click();
  const busy = await until(() => simRequest(world, KLAUS), (r) => r.AttemptCount === 1);
  expect(busy).toMatchObject({ IsClosed: false, LastResult: 'Busy', AssignedUserId: AGENT_ID });
  await klaus.getByText('1 attempt (last: Busy)').waitFor();

  // The call control refuses the same number twice within 4 s (double clicks): wait that out.
  await until(async () => Date.now() - firstCallAt, (elapsed) => elapsed > 4_300);
  await klaus.locator('.call-button').click();
  await until(calls, (list) => list.length === 2);
  await klaus.getByRole('radio', { name: 'Closed successfully' }).check();
  await klaus.getByLabel('Note').fill('Headsets fixed after the firmware update');
  await klaus.getByRole('button', { name: 'Save outcome' }).click();
  await klaus.waitFor({ state: 'detached' });
  expect(await simRequest(world, KLAUS)).toMatchObject({ IsClosed: true, LastResult: 'ClosedSuccessfully', ClosedByUserId: AGENT_ID, AttemptCount: 2 });
  expect((await attempts(world)).filter((a) => a.requestId === KLAUS)).toEqual([
    expect.objectContaining({ Result: 'Busy', Note: 'Line busy, try after lunch', userId: AGENT_ID }),
    expect.objectContaining({ Result: 'ClosedSuccessfully', Note: 'Headsets fixed after the firmware update' }),
  ]);
  await popup.close();
});

test('the keyboard alone finds a request and records its outcome', async () => {
  const popup = await openPopup(world);
  await popup.getByText('Sara Svensson').waitFor();
  await popup.locator('body').click({ position: { x: 1, y: 1 } }); // focus away from the search box first
  await popup.keyboard.press('/');
  await popup.keyboard.type('svensson');
  await popup.keyboard.press('ArrowDown');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Call +46 70 123 45 67');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter'); // "Outcome for Sara Svensson": the form opens, focus on its first result
  await until(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type), (type) => type === 'radio');
  await popup.keyboard.press('ArrowRight'); // → Busy
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Typed without a mouse');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter'); // Save outcome
  const saved = await until(() => attempts(world), (list) => list.some((a) => a.requestId === SARA));
  expect(saved.find((a) => a.requestId === SARA)).toMatchObject({ Result: 'Busy', Note: 'Typed without a mouse' });
  await popup.close();
});

test('an outcome in a list with a classification schema is classified with the chosen tags', async () => {
  const popup = await openPopup(world);
  const matti = row(popup, request('01'));
  await matti.getByRole('button', { name: 'Outcome for Matti Meikäläinen' }).click();
  await matti.getByRole('radio', { name: 'Closed successfully' }).check();
  await matti.getByRole('checkbox', { name: 'Quote' }).check();
  await matti.getByRole('checkbox', { name: 'Send offer' }).check();
  await matti.getByLabel('Note').fill('Quote for 25 licences sent');
  await matti.getByRole('button', { name: 'Save outcome' }).click();
  const [classification] = await until(() => world.sim<Array<Record<string, unknown>>>('/__sim/classifications'), (list) => list.length === 1);
  expect(classification).toMatchObject({
    ClassifiedType: 'CallListItem',
    CallListItemId: request('01'),
    TagSchemaId: '9a7e4c21-5d3b-4f80-b2a6-c1a55e5c4e01',
    TagSelections: [{ TagId: 101 }, { TagId: 111 }],
    Note: 'Quote for 25 licences sent',
  });
  await popup.close();
});
