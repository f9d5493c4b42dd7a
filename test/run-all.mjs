// `npm test`: type check, lint, unit tests, build, end-to-end tests in Chromium; then one plain
// summary line "N passed, N failed" counting every test and every check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('.tmp', { recursive: true });

// A step that hangs (a stray handle, a wedged browser) must fail the run, never stall CI.
const STEP_TIMEOUT_MS = 6 * 60 * 1000;

function run(name, command, args, { jestJson, timeoutMs = STEP_TIMEOUT_MS } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  if (jestJson) rmSync(jestJson, { force: true });
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: process.env, timeout: timeoutMs, killSignal: 'SIGKILL' });
  if (outcome.error) console.log(`  ${name} stopped: ${outcome.error.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (jestJson) {
    let report = null;
    try {
      report = JSON.parse(readFileSync(jestJson, 'utf8'));
    } catch {
      // No report means jest could not start: counted below as one failed check.
    }
    if (report) {
      // Suites that fail to load have no test results but must still fail the run.
      const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
      results.push({ name, passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites, skipped: report.numPendingTests + report.numTodoTests, seconds });
      return;
    }
  }
  const ok = outcome.status === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

const npx = 'npx';
run('type check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('type check (simulator)', npx, ['tsc', '--noEmit', '-p', 'sim/tsconfig.json']);
run('lint', npx, ['eslint', '.', '--max-warnings=0']);
run('unit tests', npx, ['jest', '--config', 'jest.config.cjs', '--forceExit', '--json', '--outputFile=.tmp/unit.json'], { jestJson: '.tmp/unit.json' });
run('build', 'node', ['build.mjs']);
const buildFailed = Boolean(results.at(-1)?.failed);
// The Firefox package as AMO would check it: exits non-zero on any error (warnings are printed).
if (!buildFailed) run('web-ext lint (Firefox package)', npx, ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--no-config-discovery', '--output', 'text'], { timeoutMs: 2 * 60 * 1000 });
if (buildFailed) {
  console.log('\n▶ end-to-end tests skipped: the build failed (counted as failed)');
  results.push({ name: 'end-to-end tests (Chromium)', passed: 0, failed: 1, skipped: 0, seconds: '0.0' });
} else {
  run('end-to-end tests (Chromium)', npx, ['jest', '--config', 'jest.e2e.config.cjs', '--forceExit', '--json', '--outputFile=.tmp/e2e.json'], { jestJson: '.tmp/e2e.json', timeoutMs: 10 * 60 * 1000 });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''} (${r.seconds} s)`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
