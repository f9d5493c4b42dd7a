// Enterprise policy (issue 6.5) end to end: a real Chromium policy file sets the extension's managed
// storage; the options page shows the policy values, locked ones disabled with a note; the user's
// own stored values lose; and the background signs in through the locked discovery URL even when a
// message asks for another server.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../demo/extension-browser.mjs';
import { startSimulator } from '../../sim/server.mjs';
import { DEMO_AGENT, until } from './harness';
import { chromiumWithPolicy, unpackedExtensionId, type PolicyChromium } from './policy-chromium';

interface LogEntry { method: string; path: string }

let sim: { url: string; close: () => Promise<void> };
let policyChromium: PolicyChromium;
let browser: { context: BrowserContext; extensionId: string; extensionUrl: (page: string) => string; close: () => Promise<void> };
let options: Page;
let extension: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, log: false });
  // A copy of the build: the extension id follows its path, and the policy names that id.
  extension = join(mkdtempSync(join(tmpdir(), 'evcb-policy-ext-')), 'dist');
  cpSync('dist', extension, { recursive: true });
  policyChromium = chromiumWithPolicy(extension, {
    DiscoveryUrl: sim.url,
    CallChannel: 'softphone',
    DefaultCountry: 'SE',
    LockedSettings: ['DiscoveryUrl', 'CallChannel'],
  });
  browser = await launchWithExtension({ dist: extension, headless: true, executablePath: policyChromium.executablePath });
  // The policy names the extension by id: say so plainly if Chromium gave it another one.
  if (browser.extensionId !== unpackedExtensionId(extension)) throw new Error(`Extension id ${browser.extensionId} is not the one the policy names (${unpackedExtensionId(extension)}).`);
  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
});

afterAll(async () => {
  await browser?.close();
  policyChromium?.close();
  if (extension) rmSync(join(extension, '..'), { recursive: true, force: true });
  await sim?.close();
});

const simLog = async () => (await (await fetch(`${sim.url}/__sim/log`)).json()) as LogEntry[];

test('the options page shows policy values, and locked ones as locked', async () => {
  const softphone = options.getByLabel('Softphone', { exact: true });
  await until(() => softphone.isChecked(), (checked) => checked);
  await expect(softphone.isDisabled()).resolves.toBe(true);
  await expect(options.getByLabel('Mobile', { exact: true }).isDisabled()).resolves.toBe(true);
  const channelGroup = options.getByRole('group', { name: 'Call channel' });
  await expect(channelGroup.getByText('Set by your administrator').isVisible()).resolves.toBe(true);

  // Set but not locked: the policy value is shown and the agent may change it.
  const country = options.getByLabel('Default country');
  await expect(country.inputValue()).resolves.toBe('SE');
  await expect(country.isDisabled()).resolves.toBe(false);

  await options.getByText('Advanced', { exact: true }).click();
  const discovery = options.getByLabel('Discovery URL');
  await expect(discovery.inputValue()).resolves.toBe(sim.url);
  await expect(discovery.isDisabled()).resolves.toBe(true);
  await expect(discovery.getAttribute('aria-describedby')).resolves.toContain('discovery-url-locked');
  await expect(options.locator('#discovery-url-locked').textContent()).resolves.toBe('Set by your administrator');
  await expect(options.getByLabel('API endpoint').isDisabled()).resolves.toBe(false);
});

test("the policy beats the user's stored values", async () => {
  await options.evaluate(() => chrome.storage.local.set({ settings: { callChannel: 'mobile', discoveryUrl: 'https://elsewhere.invalid' } }));
  await options.reload();
  await until(() => options.getByLabel('Softphone', { exact: true }).isChecked(), (checked) => checked);
  await expect(options.getByLabel('Mobile', { exact: true }).isChecked()).resolves.toBe(false);
});

test('sign-in goes through the locked discovery URL, whatever the message asks for', async () => {
  const reply = await options.evaluate(
    (agent) => chrome.runtime.sendMessage({ type: 'session.signIn', payload: { ...agent, discoveryUrl: 'https://elsewhere.invalid' } }),
    DEMO_AGENT,
  );
  expect(reply).toMatchObject({ ok: true, data: { signedIn: true, email: DEMO_AGENT.email } });
  const log = await simLog();
  expect(log.some((entry) => entry.path.startsWith('/api/user'))).toBe(true);
});
