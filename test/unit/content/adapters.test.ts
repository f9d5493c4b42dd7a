/** @jest-environment jsdom */
// Adapter choice (host, then page signature, then generic) and the rule that the generic sources
// still run when a CRM adapter finds nothing.
import './mock-extension';
import { adapterFor } from '../../../src/content/adapters';
import { salesforceLightningAdapter } from '../../../src/content/adapters/salesforce-lightning';
import { pairIdsWithNumber } from '../../../src/content/scan/pair-ids-with-numbers';
import { setPage } from './page-helpers';

const ID = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('adapterFor', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/r/Contact/003/view', 'salesforce-lightning'],
    ['https://org1.crm4.dynamics.com/main.aspx?etn=contact', 'dynamics-365'],
    ['https://app.hubspot.com/contacts/123', 'hubspot'],
    ['https://acme.pipedrive.com/pipeline', 'pipedrive'],
    ['https://crm.example/contacts', 'generic'],
    ['https://notdynamics.com.example/', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(adapterFor(url, document).name).toBe(name);
  });

  it('recognises a CRM by its page when the host is its own (self-hosted, proxied)', () => {
    setPage('<div id="shell-container"></div>');
    expect(adapterFor('https://crm.internal.example/', document).name).toBe('dynamics-365');
    setPage('<one-app-nav-bar></one-app-nav-bar>');
    expect(adapterFor('about:blank', document).name).toBe('salesforce-lightning');
  });
});

describe('a CRM adapter that finds nothing', () => {
  it('leaves the generic sources to pair the id (data attribute, link, labelled text)', () => {
    setPage(`<table><tr data-callback-request-id="${ID}"><td id="a">040 123 4567</td></tr>
      <tr><td id="b">050 123 4567</td><td><a href="/x?callbackRequestId=${ID}">open</a></td></tr>
      <tr><td id="c">045 123 4567</td><td>Takaisinsoittopyyntö ${ID}</td></tr></table>`);
    for (const id of ['a', 'b', 'c']) {
      expect(pairIdsWithNumber(document.getElementById(id)!, salesforceLightningAdapter)).toEqual({ callbackRequestId: ID });
    }
  });
});
