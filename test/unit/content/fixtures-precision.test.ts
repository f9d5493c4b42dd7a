/** @jest-environment jsdom */
// Precision and recall on each static CRM fixture against its truth file (test/fixtures/*.truth.json).
// Frames are scanned as the separate documents they are (the content script runs in all frames).
import './mock-extension';
import { formatScore, score, type ScoredEntry } from '../../fixtures/score';
import { expectedFor, foundIn, loadFixture, scanFixture } from './fixture-page';
import { settle } from './page-helpers';

const totals: ScoredEntry[][] = [[], []];
const check = (name: string, found: ScoredEntry[], expected: ScoredEntry[]) => {
  const result = score(found, expected);
  console.log(formatScore(name, result), result.extras, result.misses);
  totals[0]!.push(...found);
  totals[1]!.push(...expected);
  expect(result.misses).toEqual([]);
  expect(result.extras).toEqual([]);
};

afterEach(() => {
  document.body.innerHTML = '';
});
afterAll(() => console.log(formatScore('all static fixtures (jsdom)', score(totals[0]!, totals[1]!))));

describe('static fixtures: every number found, no decoy called', () => {
  it.each(['formats', 'negatives', 'salesforce', 'pipedrive'])('%s', (name) => {
    loadFixture(`${name}.html`);
    const scanner = scanFixture();
    check(name, foundIn(document, `${name}.html`), expectedFor(name));
    scanner.teardown();
  });

  it('dynamics: the form page and the grid frame', () => {
    const expected = expectedFor('dynamics');
    const found: ScoredEntry[] = [];
    for (const file of ['dynamics.html', 'dynamics-grid.html']) {
      loadFixture(file);
      const scanner = scanFixture();
      found.push(...foundIn(document, file));
      scanner.teardown();
    }
    check('dynamics', found, expected);
  });

  it('hubspot: rows rendered after load, in-page navigation, full re-render', async () => {
    loadFixture('hubspot.html');
    const scanner = scanFixture();
    const app = window as unknown as { hubspotFixture: { render(view: string): void; rerender(): void } };
    const found: ScoredEntry[] = [];
    for (const view of ['contacts', 'callbacks']) {
      app.hubspotFixture.render(view);
      await settle();
      scanner.flush();
      app.hubspotFixture.rerender();
      await settle();
      scanner.flush();
      found.push(...foundIn(document, `hubspot.html#${view}`));
    }
    check('hubspot', found, expectedFor('hubspot'));
    scanner.teardown();
  });
});
