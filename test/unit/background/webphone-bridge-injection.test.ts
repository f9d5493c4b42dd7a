// Issue 5: the webphone bridge goes into the page's own world only of the frame that asked (its
// content script found <webrtc-client-ui>), with the tab and frame taken from the sender.
import { injectWebphoneBridge, WEBPHONE_BRIDGE_FILE } from '../../../src/background/webphone-bridge-injection';

it('injects the bridge into the asking frame, in the main world', async () => {
  const executeScript = jest.fn(async () => []);
  expect(await injectWebphoneBridge({ from: 'content', tabId: 4, frameId: 2 }, { executeScript })).toEqual({ injected: true });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [2] }, files: [WEBPHONE_BRIDGE_FILE], world: 'MAIN', injectImmediately: true });
});

it('refuses a request that does not come from a page', async () => {
  const executeScript = jest.fn(async () => []);
  await expect(injectWebphoneBridge({ from: 'extension' }, { executeScript })).rejects.toMatchObject({ code: 'invalid-input' });
  expect(executeScript).not.toHaveBeenCalled();
});
