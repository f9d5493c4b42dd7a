/** @jest-environment jsdom */
// Precision and recall on the generated CRM grid (the benchmark's 10,000-row page, here its first
// 400 rows: jsdom is slow), against ground truth generated alongside the page.
import './mock-extension';
import { formatScore, score, type ScoredEntry } from '../../fixtures/score';
import { generateRows, headerHtml, rowHtml } from '../../fixtures/grid/grid-data';
import { hostsIn, scanPage, setPage } from './page-helpers';

const ROWS = 400;

it('finds the grid numbers with their callback requests: precision and recall at least 0.98', () => {
  const rows = generateRows(42, ROWS);
  setPage(`<table><thead>${headerHtml()}</thead><tbody>${rows.map(rowHtml).join('')}</tbody></table>`);
  scanPage();
  const found: ScoredEntry[] = hostsIn().map((host) => ({
    scope: host.closest('tr')?.getAttribute('data-row') ?? 'outside',
    e164: host.dataset.evcbNumber ?? '',
    callbackRequestId: host.dataset.evcbCallbackRequestId,
  }));
  const expected = rows.flatMap((row) => row.expected.map((entry) => ({ scope: String(row.index), ...entry })));
  const result = score(found, expected);
  console.log(formatScore(`grid (jsdom, ${ROWS} rows, ${rows.length * 6} decoys)`, result), result.extras.slice(0, 8), result.misses.slice(0, 8));
  expect(result.expected).toBe(ROWS * 2);
  expect(result.precision).toBeGreaterThanOrEqual(0.98);
  expect(result.recall).toBeGreaterThanOrEqual(0.98);
});
