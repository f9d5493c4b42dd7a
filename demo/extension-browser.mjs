// Starts Debian's Chromium with the built extension loaded (for the demo, tests and benchmarks).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { rememberGrantedOrigins } from './site-access.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * @param {{ dist?: string, headless?: boolean, slowMo?: number, executablePath?: string, grantedOrigins?: string[] }} [options]
 *   grantedOrigins: host permissions the user allowed in an earlier session (site-access.mjs), so
 *   enabling those sites on the options page needs no native prompt.
 *   executablePath: a wrapper that starts Chromium (the enterprise-policy test uses one).
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, extensionUrl: (page: string) => string, close: () => Promise<void> }>}
 */
export async function launchWithExtension({ dist = 'dist', headless = true, slowMo, executablePath = CHROMIUM_PATH, grantedOrigins = [] } = {}) {
  const extensionPath = resolve(dist);
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`No built extension at ${extensionPath}: run npm run build first.`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'evcb-profile-'));
  if (grantedOrigins.length > 0) rememberGrantedOrigins({ profile, extensionPath, origins: grantedOrigins });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ...(slowMo ? { slowMo } : {}),
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      // Without --disable-extensions-except, Chromium silently does not load the extension.
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  await closeWelcomeTab(context, extensionId);
  return {
    context,
    extensionId,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Installing opens the options page for a first sign-in; close it so it cannot race our own tabs. */
async function closeWelcomeTab(context, extensionId) {
  const isWelcome = (page) => page.url().startsWith(`chrome-extension://${extensionId}/options.html`);
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find(isWelcome);
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Signs in through the options page as a person would.
 * @param {{ context: import('playwright-core').BrowserContext, extensionUrl: (page: string) => string }} browser
 * @param {{ email: string, password: string, discoveryUrl?: string, apiEndpoint?: string }} account
 */
export async function signInThroughOptions(browser, { email, password, discoveryUrl, apiEndpoint }) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByLabel('Email', { exact: true }).first().fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByText('Advanced', { exact: true }).click();
  if (discoveryUrl !== undefined) await page.getByLabel('Discovery URL').fill(discoveryUrl);
  if (apiEndpoint !== undefined) await page.getByLabel('API endpoint').fill(apiEndpoint);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(/Signed in as/).waitFor({ timeout: 15_000 });
  return page;
}
