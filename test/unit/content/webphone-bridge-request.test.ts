/** @jest-environment jsdom */
// Issue 5: the content script asks for the webphone bridge only where the page has the element:
// at start when it is there already, else with the first webphone call; once per document.
import './mock-extension';
import { sendToBackground } from '../../../src/shared/messages/send';
import { ensureBridge, placeViaWebphone, prepareWebphone } from '../../../src/content/webphone/webphone-client';

const send = sendToBackground as jest.Mock;

function newDocument(withWebphone: boolean): Document {
  const doc = document.implementation.createHTMLDocument('crm');
  if (withWebphone) doc.body.append(doc.createElement('webrtc-client-ui'));
  return doc;
}

afterEach(() => send.mockReset());

it('asks at start only on a page that hosts the webphone', async () => {
  send.mockResolvedValue({ injected: true });
  prepareWebphone(newDocument(false));
  expect(send).not.toHaveBeenCalled();
  prepareWebphone(newDocument(true));
  expect(send).toHaveBeenCalledWith('webphone.bridge', {});
});

it('asks once per document, and again after a failed request', async () => {
  const doc = newDocument(true);
  send.mockRejectedValueOnce(new Error('no access')).mockResolvedValue({ injected: true });
  await expect(ensureBridge(doc)).rejects.toThrow('no access');
  await ensureBridge(doc);
  await ensureBridge(doc);
  expect(send).toHaveBeenCalledTimes(2);
});

it('a webphone call on a page without the element asks for nothing and says why', async () => {
  const reply = await placeViaWebphone(newDocument(false), { command: 'webphone.place', e164: '+358401234567', windowMs: 8000 });
  expect(reply).toMatchObject({ ok: false, error: { code: 'no-webphone' } });
  expect(send).not.toHaveBeenCalled();
});
