// The README's main job, `npm run demo`, run headless exactly as an agent's machine without a
// display would: it must end with every check passed and the simulator's verdicts.
import { spawnSync } from 'node:child_process';

test('the headless demo passes every step with a callback call and a direct call', () => {
  // Ports 0 would not be printed for the agent; use a pair no other e2e file uses.
  const run = spawnSync('node', ['demo/run.mjs', '--headless'], {
    env: { ...process.env, SIM_PORT: '18787', DEMO_PAGE_PORT: '18788' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect({ status: run.status, output }).toMatchObject({ status: 0 });
  expect(output).toMatch(/PASS simulator verdict: CallbackCall of request 7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01/);
  expect(output).toMatch(/PASS simulator verdict: DirectCall to \+358912345678/);
  expect(output).toMatch(/Demo finished: every check passed\./);
}, 150_000);
