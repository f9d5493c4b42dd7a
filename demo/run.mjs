// `npm run demo`: installs what is missing, builds the extension, starts the EnreachVoice simulator and
// a sample CRM page, and opens Chromium with the extension loaded and signed in as the demo agent.
// With no display it runs the same demo headless: it makes a callback call and a direct call, prints
// each step with timings and the simulator's verdict, saves screenshots in artifacts/demo/, and exits.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const simPort = Number(process.env.SIM_PORT ?? 8787);
const pagePort = Number(process.env.DEMO_PAGE_PORT ?? 8788);
const started = Date.now();
const step = (text) => console.log(`[${String(Date.now() - started).padStart(6)} ms] ${text}`);

function ensureInstalled() {
  if (!existsSync('node_modules/playwright-core')) {
    step('Installing packages (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    step('Installing Chromium from Debian (apt-get install -y chromium)…');
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}

async function main() {
  ensureInstalled();
  const { buildExtension } = await import('../build.mjs');
  const { startSimulator } = await import('../sim/server.mjs');
  const { startStaticServer } = await import('./static-server.mjs');
  const { launchWithExtension, signInThroughOptions } = await import('./extension-browser.mjs');
  const { runScenario } = await import('./scenario.mjs');
  const { enableSitesThroughOptions } = await import('./site-access.mjs');

  const built = await buildExtension();
  step(`Built the extension: dist/ and ${built.zipPath}`);
  const sim = await startSimulator({ port: simPort, log: false });
  step(`EnreachVoice simulator on ${sim.url}`);
  const pages = await startStaticServer({ roots: { '/': 'demo/crm' }, port: pagePort });
  step(`Sample CRM page on ${pages.url}/`);
  // The extension works only on sites the agent enables (issue 4.6); see site-access.mjs.
  const crmSite = 'http://127.0.0.1/*';
  const browser = await launchWithExtension({ headless, grantedOrigins: [crmSite] });
  step(`Chromium started ${headless ? 'headless (no display found)' : 'with a window'}, extension ${browser.extensionId}`);
  const options = await signInThroughOptions(browser, { email: 'agent@demo.example', password: 'demo-password', discoveryUrl: sim.url });
  step('Signed in through the options page as agent@demo.example (Aino Agent)');
  await enableSitesThroughOptions(browser, [crmSite]);
  step(`Enabled the CRM site ${crmSite} on the options page`);

  const crm = await browser.context.newPage();
  await crm.goto(`${pages.url}/`);
  await crm.bringToFront();
  step('Opened the sample CRM page');

  const shutdown = async () => {
    await browser.close();
    await pages.close();
    await sim.close();
  };
  if (!headless) {
    await options.close();
    step('Ready. Click a call button on the CRM page or open the toolbar popup. Ctrl-C ends the demo.');
    process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
    return;
  }
  mkdirSync('artifacts/demo', { recursive: true });
  const ok = await runScenario({ browser, crm, options, sim, step });
  await shutdown();
  step(ok ? 'Demo finished: every check passed.' : 'Demo finished with a failed check (see above).');
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
