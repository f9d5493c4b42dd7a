/** @jest-environment jsdom */
// A number that matches one of my open requests is offered as a callback call (issue 4.2), and
// goes back to a plain call when the request is no longer mine; ids on the page win.
import './mock-extension';
import { startContentScript, type ContentScript } from '../../../src/content/start';
import { sendToBackground } from '../../../src/shared/messages/send';
import { fakeBrowser, hostsIn, namesIn, setPage, settle } from './page-helpers';

const { resetFakeBrowser } = fakeBrowser();
const send = sendToBackground as jest.Mock;
const MATTI = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const LIST = '5b0d1c3e-2a4f-4e6b-8c7d-9e0f1a2b3c01';
const ON_PAGE = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d02';

let tasks: (() => void)[] = [];
let script: ContentScript | null = null;
const drain = async () => {
  for (let round = 0; round < 5; round += 1) {
    await settle();
    while (tasks.length > 0) tasks.shift()!();
  }
};
const answer = (numbers: [string, string, string][], version: number) =>
  send.mockImplementation(async (type: string) => (type === 'callbacks.openNumbers' ? { numbers, version } : null));

beforeEach(() => {
  resetFakeBrowser();
  send.mockReset();
  tasks = [];
});
afterEach(() => {
  script?.teardown();
  document.body.innerHTML = '';
});

it('offers a number of my open request as a callback call, and a page id still wins', async () => {
  answer([['+358401234567', MATTI, LIST], ['+358509876543', MATTI, LIST]], 1);
  setPage(`<ul><li>Matti 040 123 4567</li><li>Other 041 765 4321</li><li data-callback-request-id="${ON_PAGE}">Sara 050 987 6543</li></ul>`);
  script = await startContentScript(document, { scannerOverrides: { schedule: (task) => void tasks.push(task) } });
  await drain();
  expect(namesIn()).toEqual(['Callback call 040 123 4567', 'Call 041 765 4321', 'Callback call 050 987 6543']);
  expect(hostsIn().map((host) => host.dataset.evcbCallbackRequestId)).toEqual([MATTI, undefined, ON_PAGE]);
  expect(hostsIn()[0]!.dataset.evcbCallbackListId).toBe(LIST);
});

it('re-plans only the affected controls when my open requests change', async () => {
  answer([], 1);
  setPage('<ul><li>Matti 040 123 4567</li><li>Other 041 765 4321</li></ul>');
  script = await startContentScript(document, { scannerOverrides: { schedule: (task) => void tasks.push(task) } });
  await drain();
  const untouched = hostsIn()[1];
  expect(namesIn()).toEqual(['Call 040 123 4567', 'Call 041 765 4321']);
  script!.scanner.setOpenRequests((e164) => (e164 === '+358401234567' ? { callbackRequestId: MATTI } : undefined), new Set(['+358401234567']));
  await drain();
  expect(namesIn()).toEqual(['Callback call 040 123 4567', 'Call 041 765 4321']);
  expect(hostsIn()[1]).toBe(untouched);
  script!.scanner.setOpenRequests(() => undefined, new Set());
  await drain();
  expect(namesIn()).toEqual(['Call 040 123 4567', 'Call 041 765 4321']);
});
