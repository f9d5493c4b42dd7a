// The headless demo's story: a callback call and a direct call from the CRM page, the popup, and the
// simulator's verdict on each, with timings and screenshots.

async function simJson(sim, path) {
  return (await fetch(`${sim.url}${path}`)).json();
}

async function waitForCalls(sim, count, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const calls = await simJson(sim, '/__sim/calls');
    if (calls.length >= count || Date.now() > deadline) return calls;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function mobileCallAt(sim, number) {
  const log = await simJson(sim, '/__sim/log');
  const entry = log.find((e) => e.path === '/users/me/action/mobile/call/' && e.body?.PhoneNumber === number);
  return entry ? Date.parse(entry.at) : undefined;
}

async function callFromPage({ crm, sim, step }, buttonName, number, expectedCalls) {
  const button = crm.getByRole('button', { name: buttonName, exact: true });
  await button.waitFor();
  const clickAt = Date.now();
  await button.click();
  const calls = await waitForCalls(sim, expectedCalls);
  const arrivedAt = await mobileCallAt(sim, number);
  const call = calls.at(-1);
  step(`Clicked “${buttonName}”: the simulator received the mobile call ${arrivedAt ? arrivedAt - clickAt : '?'} ms after the click`);
  return call;
}

export async function runScenario({ browser, crm, options, sim, step }) {
  let ok = true;
  const check = (condition, text) => {
    step(`${condition ? 'PASS' : 'FAIL'} ${text}`);
    ok &&= condition;
  };
  await options.screenshot({ path: 'artifacts/demo/options-signed-in.png' });
  await crm.locator('[data-evcb-control]').first().waitFor({ state: 'attached' }); // the host is zero-size: its button draws over the page
  const controls = await crm.locator('[data-evcb-control]').count();
  step(`The CRM page shows ${controls} call controls`);
  await crm.screenshot({ path: 'artifacts/demo/crm-page.png', fullPage: true });

  const callback = await callFromPage({ crm, sim, step }, 'Callback call +358 40 123 4567', '+358401234567', 1);
  check(callback?.Kind === 'CallbackCall', `simulator verdict: ${callback?.Kind} of request ${callback?.CallbackRequestId}, list ${callback?.CallbackListId}, activation → call ${callback?.ActivationToCallMs} ms (limit 10 000 ms)`);
  await crm.screenshot({ path: 'artifacts/demo/crm-after-callback-call.png', fullPage: true });

  const direct = await callFromPage({ crm, sim, step }, 'Call 09 1234 5678', '+358912345678', 2);
  check(direct?.Kind === 'DirectCall', `simulator verdict: ${direct?.Kind} to ${direct?.PhoneNumber} (no activation for a plain number)`);

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.getByRole('button', { name: /^Call / }).first().waitFor();
  const rows = await popup.getByRole('button', { name: /^Call / }).count();
  step(`The popup lists ${rows} callback requests assigned to the agent`);
  await popup.screenshot({ path: 'artifacts/demo/popup.png' });
  step('Screenshots saved in artifacts/demo/');
  return ok;
}
