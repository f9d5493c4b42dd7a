// Nothing is lost: outcomes that cannot be saved (5xx twice, a 429 with Retry-After, a dropped
// connection, a service worker restart, a 401) are kept, shown as pending, and saved with their note
// intact once EnreachVoice answers; the request is not shown as closed before that.
import { signIn, until, type World } from './harness';
import { attempts, type LogEntry, openPopup, request, requestRow, stopServiceWorkers, useLiveWorld } from './workspace-helpers';

const SARA = request('02');
const MATTI = request('01');
let world: World;

useLiveWorld((started) => (world = started));

const row = requestRow;

test('an outcome that fails to save twice is shown as pending, then saved with its note intact', async () => {
  await world.sim('/__sim/faults', { body: { path: '/attempts', method: 'POST', status: 500, times: 2 } });
  const popup = await openPopup(world);
  const sara = row(popup, SARA);
  await sara.getByRole('button', { name: 'Outcome for Sara Svensson' }).click();
  await sara.getByRole('radio', { name: 'No answer' }).check();
  const note = 'Rang 10 times — asked by e-mail for a call back: sara@example.com, invoice “2024-1187” (VAT 25,5 %)';
  await sara.getByLabel('Note').fill(note);
  await sara.getByRole('button', { name: 'Save outcome' }).click();
  await sara.getByText(/Outcome not saved yet: No answer/).waitFor();
  expect(await sara.locator('.attempts').textContent()).toBe('No attempts yet'); // not shown as done meanwhile

  const saved = await until(() => attempts(world), (list) => list.some((a) => a.requestId === SARA), 20_000);
  expect(saved.find((a) => a.requestId === SARA)).toMatchObject({ Result: 'NoAnswer', Note: note });
  const log = await world.sim<LogEntry[]>('/__sim/log');
  expect(log.filter((e) => e.method === 'POST' && e.path === `/callbacks/${SARA}/attempts/`).map((e) => e.status)).toEqual([500, 500, 200]);
  await sara.getByText('1 attempt (last: No answer)').waitFor();
  await sara.locator('.pending-outcome').waitFor({ state: 'detached' });
  await popup.close();
});

test('a 429 (honouring Retry-After) and a dropped connection delay the outcome but lose nothing', async () => {
  await world.sim('/__sim/faults', { body: { path: '/attempts', method: 'POST', status: 429, retryAfterSeconds: 2, times: 1 } });
  await world.sim('/__sim/faults', { body: { path: '/attempts', method: 'POST', drop: true, times: 1 } });
  const popup = await openPopup(world);
  const matti = row(popup, MATTI);
  await matti.getByRole('button', { name: 'Outcome for Matti Meikäläinen' }).click();
  await matti.getByRole('radio', { name: 'Customer cancelled' }).check();
  await matti.getByLabel('Note').fill('Cancelled: solved it themselves');
  await matti.getByRole('button', { name: 'Save outcome' }).click();
  await matti.getByText(/Outcome not saved yet: Customer cancelled/).waitFor();
  await matti.waitFor({ state: 'detached', timeout: 20_000 }); // closed by EnreachVoice at last
  const log = (await world.sim<LogEntry[]>('/__sim/log')).filter((e) => e.method === 'POST' && e.path.endsWith('/attempts/'));
  expect(log.map((e) => e.status)).toEqual([429, null, 200]);
  expect(Date.parse(log[1]!.at) - Date.parse(log[0]!.at)).toBeGreaterThanOrEqual(2_000); // Retry-After: 2
  expect((await attempts(world)).find((a) => a.requestId === MATTI)).toMatchObject({ Result: 'CustomerCancelled', Note: 'Cancelled: solved it themselves' });
  await popup.close();
});

test('a pending outcome survives a service worker restart and is saved once EnreachVoice answers', async () => {
  await world.sim('/__sim/faults', { body: { path: '/attempts', method: 'POST', status: 503 } });
  const popup = await openPopup(world);
  const matti = row(popup, MATTI);
  await matti.getByRole('button', { name: 'Outcome for Matti Meikäläinen' }).click();
  await matti.getByRole('radio', { name: 'Busy' }).check();
  await matti.getByLabel('Note').fill('Kept across a restart');
  await matti.getByRole('button', { name: 'Save outcome' }).click();
  await matti.getByText(/Outcome not saved yet: Busy/).waitFor();

  const connectionsBefore = (await world.sim<{ stats: { connections: number } }>('/__sim/rte')).stats.connections;
  await stopServiceWorkers(popup);
  await world.sim('/__sim/faults', { method: 'DELETE' });
  // Nothing but the worker's own alarm wakes it: the popup does not ask.
  const saved = await until(() => attempts(world), (list) => list.some((a) => a.requestId === MATTI), 30_000);
  expect(saved.find((a) => a.requestId === MATTI)).toMatchObject({ Result: 'Busy', Note: 'Kept across a restart' });
  // It was a new worker: it opened a new realtime connection.
  // The outcome retry and the realtime reconnect run side by side, so wait for the connection.
  const rte = await until(() => world.sim<{ stats: { connections: number } }>('/__sim/rte'), (s) => s.stats.connections > connectionsBefore, 15_000);
  expect(rte.stats.connections).toBeGreaterThan(connectionsBefore);
  await popup.close();
});

test('a 401 signs out without losing the outcome; it is saved after the next sign-in', async () => {
  const popup = await openPopup(world);
  const sara = row(popup, SARA);
  await sara.getByRole('button', { name: 'Outcome for Sara Svensson' }).click();
  await sara.getByRole('radio', { name: 'Wrong number' }).check();
  await sara.getByLabel('Note').fill('Number belongs to someone else');
  await world.sim('/__sim/revoke-key', { body: { email: 'agent@demo.example' } });
  await sara.getByRole('button', { name: 'Save outcome' }).click();
  await popup.getByText('You are not signed in to EnreachVoice.').waitFor();
  await popup.getByText('1 outcome is waiting to be saved. Sign in again to save it.').waitFor();
  await popup.getByText('“Number belongs to someone else”').waitFor();
  expect(await attempts(world)).toEqual([]);

  await (await signIn(world)).close();
  const saved = await until(() => attempts(world), (list) => list.length === 1);
  expect(saved[0]).toMatchObject({ requestId: SARA, Result: 'WrongNumber', Note: 'Number belongs to someone else' });
  await popup.close();
  // A reset brings back the seed's key, which the extension no longer holds: sign in once more.
  await world.sim('/__sim/reset', { method: 'POST' });
  await (await signIn(world)).close();
});
