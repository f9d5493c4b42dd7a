/** @jest-environment jsdom */
import './helpers/mock-extension';
import { AppError } from '../../../src/shared/errors';
import { sendToBackground } from '../../../src/shared/messages/send';
import { App } from '../../../src/popup/app';
import { buttonNamed, click, mount, settle, textsOfRole, unmountAll } from './helpers/dom';
import { broadcast, fakeBrowser, listenerCount } from './helpers/fake-browser';
import { HOUR, MINUTE, isoAt, makeRequest } from './helpers/fixtures';

const send = sendToBackground as jest.Mock;
const SIGNED_IN = { signedIn: true, email: 'agent@demo.example', userId: 'u1', displayName: 'Aino Agent', apiEndpoint: 'https://api.example' };

afterEach(async () => {
  await unmountAll();
  send.mockReset();
  fakeBrowser.runtime.openOptionsPage.mockClear();
});

describe('popup when signed out', () => {
  beforeEach(() => send.mockResolvedValue({ signedIn: false }));

  it('says so and opens the settings', async () => {
    const root = await mount(<App />);
    expect(root.textContent).toContain('You are not signed in to EnreachVoice.');
    await click(buttonNamed(root, 'Open settings'));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalledWith('callbacks.mine', expect.anything());
  });

  it('shows why the session ended', async () => {
    send.mockResolvedValue({ signedIn: false, reason: 'EnreachVoice no longer accepts your key. Sign in again.' });
    const root = await mount(<App />);
    expect(root.textContent).toContain('Sign in again.');
  });
});

describe('popup when signed in', () => {
  it('shows the user and my requests, most urgent first', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'session.get'
        ? SIGNED_IN
        : {
            requests: [
              makeRequest({ id: 'later', contactName: 'Sara Svensson', number: '+46701234567', dueTime: isoAt(Date.now() + 3 * HOUR) }),
              makeRequest({ id: 'late', contactName: 'Matti Meikäläinen', dueTime: isoAt(Date.now() - 2 * HOUR - MINUTE / 4) }),
            ],
          },
    );
    const root = await mount(<App />);
    expect(root.querySelector('h1')?.textContent).toBe('EnreachVoice callbacks');
    expect(root.textContent).toContain('Aino Agent (agent@demo.example)');
    expect(root.querySelector('#requests-heading')?.textContent).toBe('My callback requests (2)');
    const contacts = [...root.querySelectorAll('.request .contact')].map((element) => element.textContent);
    expect(contacts).toEqual(['Matti Meikäläinen', 'Sara Svensson']);
  });

  it('shows a loading error with Retry, and retries', async () => {
    let fail = true;
    send.mockImplementation(async (type: string) => {
      if (type === 'session.get') return SIGNED_IN;
      if (fail) throw new AppError('network', 'Could not reach EnreachVoice. Check your connection.');
      return { requests: [makeRequest()] };
    });
    const root = await mount(<App />);
    expect(textsOfRole(root, 'alert')).toEqual(['Could not reach EnreachVoice. Check your connection.']);
    fail = false;
    await click(buttonNamed(root, 'Retry'));
    expect(textsOfRole(root, 'alert')).toEqual([]);
    expect(root.textContent).toContain('Matti Meikäläinen');
  });

  it('reloads the list on state.changed (callbacks) and ignores junk messages', async () => {
    let requests = [makeRequest({ id: 'a', contactName: 'First Caller' })];
    send.mockImplementation(async (type: string) => (type === 'session.get' ? SIGNED_IN : { requests }));
    const root = await mount(<App />);
    requests = [...requests, makeRequest({ id: 'b', contactName: 'Second Caller' })];
    await broadcast({ event: 'state.changed', what: 'nonsense' });
    await broadcast('hello');
    expect(root.textContent).not.toContain('Second Caller');
    await broadcast({ event: 'state.changed', what: 'callbacks' });
    await settle(); // lets the reload finish
    expect(root.textContent).toContain('Second Caller');
  });

  it('goes to the signed-out view when the session ends', async () => {
    let session: object = SIGNED_IN;
    send.mockImplementation(async (type: string) => (type === 'session.get' ? session : { requests: [] }));
    const root = await mount(<App />);
    expect(root.textContent).toContain('No callback requests are assigned to you.');
    session = { signedIn: false };
    await broadcast({ event: 'state.changed', what: 'session' });
    await settle();
    expect(root.textContent).toContain('You are not signed in to EnreachVoice.');
  });

  it('removes its message listeners when closed', async () => {
    send.mockImplementation(async (type: string) => (type === 'session.get' ? SIGNED_IN : { requests: [makeRequest()] }));
    await mount(<App />);
    expect(listenerCount()).toBeGreaterThan(0);
    await unmountAll();
    expect(listenerCount()).toBe(0);
  });
});

describe('popup when the background does not answer', () => {
  it('shows the error with Retry', async () => {
    send.mockRejectedValue(new AppError('internal', "The extension's background did not answer."));
    const root = await mount(<App />);
    expect(textsOfRole(root, 'alert')).toEqual(["The extension's background did not answer."]);
    send.mockResolvedValue({ signedIn: false });
    await click(buttonNamed(root, 'Retry'));
    expect(root.textContent).toContain('You are not signed in to EnreachVoice.');
  });
});
