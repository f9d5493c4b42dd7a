// Accessibility (issue 6.3): axe-core finds no violation in the popup (signed out; signed in with
// requests; outcome form open), the options page (signed out, signed in) and a CRM page's injected
// call controls (axe reaches their open shadow roots), in light and in dark colour schemes.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeViolations, runAxe } from './axe';
import { signIn, startWorld, type World } from './harness';

let world: World;
const SCHEMES = ['light', 'dark'] as const;
/** What each check found, printed at the end: the figures for the closing note. */
const results: string[] = [];
/** Screenshots of every checked state, for a person to look at (dark mode, focus, Finnish). */
const SHOTS = 'artifacts/accessibility';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  world = await startWorld();
});

afterAll(async () => {
  console.log(`axe-core results (violations per page and colour scheme):\n${results.join('\n')}`);
  await world?.close();
});

/** Runs axe in the light and the dark colour scheme; fails with every violation and its target. */
async function expectNoViolations(page: Page, name: string, include?: string): Promise<void> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const { violations, buttonsChecked } = await runAxe(page, include);
    results.push(`  ${name} (${colorScheme}): ${violations.length} violations (${buttonsChecked} buttons checked)`);
    await page.screenshot({ path: `${SHOTS}/${name.replace(/\W+/g, '-')}-${colorScheme}.png` });
    expect(buttonsChecked).toBeGreaterThan(0);
    if (violations.length) found.push(describeViolations(`${name} (${colorScheme})`, violations));
  }
  if (found.length) console.log(found.join('\n'));
  expect(found).toEqual([]);
}

async function open(path: string, ready: string): Promise<Page> {
  const page = await world.context.newPage();
  await page.goto(world.extensionUrl(path));
  await page.locator(ready).first().waitFor();
  return page;
}

test('signed out: popup and options page', async () => {
  const popup = await open('popup.html', '.signed-out');
  await expectNoViolations(popup, 'popup, signed out');
  await popup.close();
  const options = await open('options.html', 'form.sign-in');
  await options.locator('details.advanced summary').click(); // the Advanced fields too
  await expectNoViolations(options, 'options, signed out');
  await options.close();
});

test('signed in: popup with requests, outcome form open, options page', async () => {
  const options = await signIn(world);
  await options.locator('.signed-in').waitFor();
  await expectNoViolations(options, 'options, signed in');
  await options.close();

  const popup = await open('popup.html', 'li.request');
  await popup.locator('.list-counters').waitFor();
  await expectNoViolations(popup, 'popup, signed in with requests');
  await popup.locator('li.request .row-actions button').first().click(); // Outcome
  await popup.locator('form.outcome-form').waitFor();
  await expectNoViolations(popup, 'popup, outcome form open');
  await popup.close();
});

test('in Finnish (the language setting overrides the browser): popup with requests', async () => {
  const options = await open('options.html', '#language');
  await options.selectOption('#language', 'fi');
  await options.locator('html[lang="fi"]').waitFor();
  await options.close();
  const popup = await open('popup.html', 'li.request');
  expect(await popup.locator('h1').textContent()).toBe('EnreachVoice-soittopyynnöt');
  expect(await popup.getAttribute('html', 'lang')).toBe('fi');
  await popup.getByRole('button', { name: 'Hae seuraava soittopyyntö' }).waitFor();
  await expectNoViolations(popup, 'popup in Finnish');
  await popup.close();
  // Back to the browser's language for the tests that follow.
  const reset = await open('options.html', '#language');
  await reset.selectOption('#language', 'auto');
  await reset.locator('html[lang="en"]').waitFor();
  await reset.close();
});

test('big grid: controls drawn from the overlay layer, each read in its own cell', async () => {
  const grid = await world.context.newPage();
  // More than 100 rows: the controls live in a layer before the table (no relayout of the table).
  await grid.goto(`${world.pagesUrl}/fixtures/grid/grid.html?rows=150&seed=3`);
  await grid.locator('evcb-layer evcb-call[data-evcb-placed] button').first().waitFor();
  expect(await grid.locator('#grid evcb-call').count()).toBe(0);
  await expectNoViolations(grid, 'big grid, overlay controls', 'evcb-layer, #grid');
  // The accessibility tree puts each button inside the cell that owns it (aria-owns), next to its number.
  const cdp = await world.context.newCDPSession(grid);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; role?: { value: string }; name?: { value: string } }[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const buttons = nodes.filter((node) => node.role?.value === 'button' && /^Call /.test(node.name?.value ?? ''));
  expect(buttons.length).toBeGreaterThan(10);
  for (const button of buttons.slice(0, 10)) {
    let parent = button.parentId ? byId.get(button.parentId) : undefined;
    while (parent && !['cell', 'gridcell'].includes(parent.role?.value ?? '')) parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    expect(parent?.role?.value).toMatch(/cell/);
  }
  await grid.close();
});

test('CRM page: the injected call controls', async () => {
  const crm = await world.context.newPage();
  await crm.goto(`${world.pagesUrl}/demo/crm/`);
  // The host is zero-sized (no layout shift); its button, in the open shadow root, is what shows.
  await crm.locator('evcb-call[data-evcb-kind="callback"] button').first().waitFor();
  // The controls only: the sample page's own markup is not what the extension ships.
  await expectNoViolations(crm, 'CRM page, call controls', 'evcb-call');
  // The per-call channel menu (↓ on a control), reached with the keyboard alone.
  const button = crm.locator('evcb-call[data-evcb-kind="callback"] button').first();
  await button.focus();
  await crm.keyboard.press('ArrowDown');
  await crm.locator('evcb-call [role="menu"]').first().waitFor();
  await expectNoViolations(crm, 'CRM page, channel menu open', 'evcb-call');
  await crm.keyboard.press('Escape');
  await crm.close();
});
