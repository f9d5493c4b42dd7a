/** @jest-environment jsdom */
import './helpers/mock-extension';
import { AppError } from '../../../src/shared/errors';
import type { CallResult } from '../../../src/shared/messages/contract';
import { sendToBackground } from '../../../src/shared/messages/send';
import { RequestList } from '../../../src/popup/components/request-list';
import { buttonNamed, click, mount, settle, textsOfRole, unmountAll } from './helpers/dom';
import { broadcast } from './helpers/fake-browser';
import { makeRequest } from './helpers/fixtures';

const send = sendToBackground as jest.Mock;
const REQUEST = makeRequest({ id: 'cbr-7', listId: 'list-3', number: '+46701234567', contactName: 'Sara Svensson' });
const RESULT: CallResult = { kind: 'callback', e164: '+46701234567', callbackRequestId: 'cbr-7', callbackListId: 'list-3' };

/** A call.start answer the test resolves or rejects when it wants. */
function pendingCall() {
  const control: { resolve: (result: CallResult) => void; reject: (error: Error) => void } = { resolve: () => {}, reject: () => {} };
  send.mockImplementation(() => new Promise((resolve, reject) => Object.assign(control, { resolve, reject })));
  return control;
}

const lastClickId = (): string => (send.mock.calls.at(-1)?.[1] as { clickId: string }).clickId;

async function renderRow() {
  const root = await mount(<RequestList now={Date.now()} requests={[REQUEST]} />);
  return { root, button: buttonNamed(root, 'Call +46 70 123 45 67') };
}

afterEach(async () => {
  await unmountAll();
  send.mockReset();
});

describe('Call from the popup', () => {
  it('sends call.start with the number, request and list ids and a click id', async () => {
    send.mockResolvedValue(RESULT);
    const { root, button } = await renderRow();
    await click(button);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('call.start', {
      number: '+46701234567',
      callbackRequestId: 'cbr-7',
      callbackListId: 'list-3',
      clickId: expect.stringMatching(/^popup-/),
    });
    expect(textsOfRole(root, 'status')).toEqual(['Callback call placed']);
    expect(button.disabled).toBe(false);
  });

  it('shows progress for its own click id and ignores others', async () => {
    const call = pendingCall();
    const { root, button } = await renderRow();
    await click(button);
    expect(button.disabled).toBe(true);
    expect(textsOfRole(root, 'status')).toEqual(['Checking the request…']);
    await broadcast({ event: 'call.progress', clickId: lastClickId(), state: 'activating' });
    expect(textsOfRole(root, 'status')).toEqual(['Activating the callback…']);
    await broadcast({ event: 'call.progress', clickId: 'someone-else', state: 'failed', message: 'Not ours' });
    await broadcast({ event: 'call.progress', clickId: lastClickId(), state: 'calling' });
    expect(textsOfRole(root, 'status')).toEqual(['Calling…']);
    call.resolve(RESULT);
    await settle();
    expect(textsOfRole(root, 'status')).toEqual(['Callback call placed']);
  });

  it('sends one call.start however often the button is clicked', async () => {
    const call = pendingCall();
    const { button } = await renderRow();
    button.click();
    button.click();
    await click(button);
    expect(send).toHaveBeenCalledTimes(1);
    call.resolve(RESULT);
    await settle();
    await click(button);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('shows the error message in an alert and lets the agent try again', async () => {
    send.mockRejectedValue(new AppError('window-exceeded', 'The call did not start within 10 seconds of activation, so it was not placed.'));
    const { root, button } = await renderRow();
    await click(button);
    expect(textsOfRole(root, 'alert')).toEqual(['The call did not start within 10 seconds of activation, so it was not placed.']);
    expect(button.disabled).toBe(false);
  });

  it('ignores progress that arrives after the answer', async () => {
    send.mockResolvedValue(RESULT);
    const { root, button } = await renderRow();
    await click(button);
    const clickId = lastClickId();
    await broadcast({ event: 'call.progress', clickId, state: 'calling' });
    expect(textsOfRole(root, 'status')).toEqual(['Callback call placed']);
  });
});
