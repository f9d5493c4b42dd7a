// Sign-in errors, the popup's list and its Call button, sign-out, and a revoked key.
import type { Page } from 'playwright-core';
import { DEMO_AGENT, REQUEST_SARA, signIn, startWorld, until, type World } from './harness';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

async function openOptions(): Promise<Page> {
  const page = await world.context.newPage();
  await page.goto(world.extensionUrl('options.html'));
  return page;
}

async function tryPassword(page: Page, email: string, password: string, discoveryUrl: string) {
  await page.getByLabel('Email', { exact: true }).first().fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const advanced = page.getByLabel('Discovery URL');
  if (!(await advanced.isVisible())) await page.getByText('Advanced', { exact: true }).click();
  await advanced.fill(discoveryUrl);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('sign-in errors are clear and keep what was typed', async () => {
  const page = await openOptions();
  await tryPassword(page, DEMO_AGENT.email, 'wrong-password', world.simUrl);
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/did not accept/);
  await expect(page.getByLabel('Email', { exact: true }).first().inputValue()).resolves.toBe(DEMO_AGENT.email);

  await tryPassword(page, 'nobody@demo.example', 'x', world.simUrl);
  await until(() => page.getByRole('alert').textContent(), (t) => /does not know/.test(t ?? ''));

  await tryPassword(page, DEMO_AGENT.email, DEMO_AGENT.password, 'http://127.0.0.1:9');
  await until(() => page.getByRole('alert').textContent(), (t) => /Could not reach/.test(t ?? ''));
  await page.close();
});

test('the popup says when signed out and links to the settings', async () => {
  const popup = await world.context.newPage();
  await popup.goto(world.extensionUrl('popup.html'));
  await popup.getByText('You are not signed in to EnreachVoice.').waitFor();
  await expect(popup.getByRole('button', { name: 'Open settings' }).isVisible()).resolves.toBe(true);
  await popup.close();
});

test('the popup lists my requests and its Call button places a callback call', async () => {
  await (await signIn(world)).close();
  await world.sim('/__sim/reset', { method: 'POST' });
  const popup = await world.context.newPage();
  await popup.goto(world.extensionUrl('popup.html'));
  await popup.getByText('Sara Svensson').waitFor();
  await expect(popup.getByText('Matti Meikäläinen').isVisible()).resolves.toBe(true);
  await expect(popup.getByText('Support callbacks').first().isVisible()).resolves.toBe(true);

  await popup.getByRole('button', { name: 'Call +46 70 123 45 67', exact: true }).click();
  const calls = await until(() => world.sim<Array<Record<string, unknown>>>('/__sim/calls'), (c) => c.length > 0);
  expect(calls[0]).toMatchObject({ Kind: 'CallbackCall', PhoneNumber: '+46701234567', CallbackRequestId: REQUEST_SARA });
  await popup.getByText(/Callback call placed/).waitFor();
  await popup.close();
});

test('a revoked key signs the agent out with a reason; signing out works', async () => {
  await world.sim('/__sim/revoke-key', { body: { email: DEMO_AGENT.email } });
  const popup = await world.context.newPage();
  await popup.goto(world.extensionUrl('popup.html'));
  await popup.getByText(/not signed in|Sign in again/).first().waitFor();
  await popup.close();

  await (await signIn(world)).close();
  const options = await openOptions();
  await options.getByRole('button', { name: 'Sign out' }).click();
  await options.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await options.close();
});
