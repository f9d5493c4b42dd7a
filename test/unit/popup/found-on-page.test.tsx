/** @jest-environment jsdom */
import './helpers/mock-extension';
import type { PageFound } from '../../../src/shared/messages/sites-contract';
import { sendToBackground } from '../../../src/shared/messages/send';
import { FoundOnPage } from '../../../src/popup/components/found-on-page';
import { requestFor } from '../../../src/popup/use-found-on-page';
import { buttonNamed, click, mount, queryButton, unmountAll } from './helpers/dom';
import { makeRequest } from './helpers/fixtures';

const send = sendToBackground as jest.Mock;
const REQUEST_ID = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const MATTI = makeRequest({ id: REQUEST_ID, number: '+358401234567', contactName: 'Matti Meikäläinen', listName: 'Sales callbacks' });

function answer(page: PageFound, ignored = { site: 'http://127.0.0.1/*', removedPattern: true }) {
  send.mockImplementation(async (type: string) => {
    if (type === 'page.found') return page;
    if (type === 'callbacks.mine') return { requests: [MATTI] };
    if (type === 'sites.ignore') return ignored;
    throw new Error(`unexpected ${type}`);
  });
}

beforeEach(() => {
  send.mockReset();
  window.history.replaceState(null, '', '/popup.html?tab=7');
});
afterEach(() => unmountAll());

it('lists each number with its E.164 form and the request it belongs to', async () => {
  answer({
    access: 'granted',
    site: 'http://127.0.0.1/*',
    enabled: true,
    total: 3,
    numbers: [
      { shown: '+358 40 123 4567', e164: '+358401234567', callbackRequestId: REQUEST_ID, count: 1 },
      { shown: '09 1234 5678', e164: '+358912345678', count: 2 },
    ],
  });
  const root = await mount(<FoundOnPage />);
  expect(send).toHaveBeenCalledWith('page.found', { tabId: 7 });
  const rows = [...root.querySelectorAll('li')].map((li) => li.textContent);
  expect(rows[0]).toContain('+358401234567');
  expect(rows[0]).toContain('Callback request Matti Meikäläinen, Sales callbacks');
  expect(rows[1]).toContain('+358912345678');
  expect(rows[1]).toContain('×2');
  expect(rows[1]).not.toContain('Callback request');
});

it('"Ignore this site" says what it did and shows the page as off', async () => {
  answer({ access: 'granted', site: 'http://127.0.0.1/*', enabled: true, total: 1, numbers: [{ shown: '09 1234 5678', e164: '+358912345678', count: 1 }] });
  const root = await mount(<FoundOnPage />);
  answer({ access: 'granted', site: 'http://127.0.0.1/*', enabled: false, total: 0, numbers: [] });
  await click(buttonNamed(root, 'Ignore this site'));
  expect(send).toHaveBeenCalledWith('sites.ignore', { tabId: 7 });
  expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Removed http:\/\/127\.0\.0\.1\/\* and gave back access/);
  expect(root.textContent).toContain('Call buttons are off on this site');
  expect(queryButton(root, 'Ignore this site')).toBeUndefined();
});

it.each([
  [{ access: 'none' } as PageFound, /no access to this page/, false],
  [{ access: 'granted', site: 'https://x.example/*', enabled: false, total: 0, numbers: [] } as PageFound, /off on this site \(https:\/\/x\.example\/\*\)/, false],
  // Enabled but empty: the agent may still want the site left alone.
  [{ access: 'granted', site: 'https://x.example/*', enabled: true, total: 0, numbers: [] } as PageFound, /No phone numbers found/, true],
])('says clearly when there is nothing to list (%#)', async (page, text, canIgnore) => {
  answer(page);
  const root = await mount(<FoundOnPage />);
  expect(root.textContent).toMatch(text);
  expect(Boolean(queryButton(root, 'Ignore this site'))).toBe(canIgnore);
});

it('matches a request by id first, else by an open request with the same number', () => {
  const other = makeRequest({ id: 'other', number: '+358912345678' });
  expect(requestFor({ shown: '', e164: '+358401234567', callbackRequestId: REQUEST_ID.toUpperCase(), count: 1 }, [MATTI])).toBe(MATTI);
  expect(requestFor({ shown: '', e164: '+358912345678', count: 1 }, [MATTI, other])).toBe(other);
  expect(requestFor({ shown: '', e164: '+358912345678', callbackRequestId: 'unknown', count: 1 }, [other])).toBeUndefined();
});
