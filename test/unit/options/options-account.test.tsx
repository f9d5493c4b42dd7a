/** @jest-environment jsdom */
import '../popup/helpers/mock-extension';
import { AppError } from '../../../src/shared/errors';
import { sendToBackground } from '../../../src/shared/messages/send';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../src/shared/storage/settings';
import { App } from '../../../src/options/app';
import { buttonNamed, byLabel, click, mount, settle, textsOfRole, typeInto, unmountAll } from '../popup/helpers/dom';
import { broadcast } from '../popup/helpers/fake-browser';

const send = sendToBackground as jest.Mock;
const load = loadSettings as jest.Mock;
const save = saveSettings as jest.Mock;
const SIGNED_IN = { signedIn: true, email: 'agent@demo.example', userId: 'u1', displayName: 'Aino Agent', apiEndpoint: 'https://api.example' };

beforeEach(() => {
  load.mockResolvedValue(DEFAULT_SETTINGS);
  save.mockImplementation(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch }));
  send.mockResolvedValue({ signedIn: false });
  window.location.hash = '';
});

afterEach(async () => {
  await unmountAll();
  send.mockReset();
  save.mockReset();
});

async function fillPasswordForm(root: HTMLElement, email: string, password: string) {
  await typeInto(byLabel(root, 'Email'), email);
  await typeInto(byLabel(root, 'Password'), password);
}

describe('options page when signed out', () => {
  it('has labelled Email, Password, Remember me (ticked) and a folded Advanced section', async () => {
    const root = await mount(<App />);
    expect(byLabel(root, 'Email').type).toBe('email');
    expect(byLabel(root, 'Password').type).toBe('password');
    expect(byLabel(root, 'Remember me').checked).toBe(true);
    const details = root.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Advanced');
    expect(details?.open).toBe(false);
    expect(byLabel(root, 'Discovery URL').value).toBe('https://discover.enreachvoice.com');
    expect(byLabel(root, 'API endpoint').value).toBe('');
    const submit = buttonNamed(root, 'Sign in');
    expect(submit.type).toBe('submit');
  });

  it('prefills Advanced from the saved settings', async () => {
    load.mockResolvedValue({ ...DEFAULT_SETTINGS, discoveryUrl: 'http://127.0.0.1:7000', apiEndpoint: 'http://127.0.0.1:7001' });
    const root = await mount(<App />);
    expect(byLabel(root, 'Discovery URL').value).toBe('http://127.0.0.1:7000');
    expect(byLabel(root, 'API endpoint').value).toBe('http://127.0.0.1:7001');
  });

  it('signs in with what was typed, saving the Advanced values first', async () => {
    const root = await mount(<App />);
    await fillPasswordForm(root, 'agent@demo.example', 'demo-password');
    await click(byLabel(root, 'Remember me'));
    await typeInto(byLabel(root, 'Discovery URL'), 'http://127.0.0.1:7000');
    send.mockImplementation(async (type: string) => (type === 'session.signIn' ? SIGNED_IN : { signedIn: false }));
    await click(buttonNamed(root, 'Sign in'));
    expect(save).toHaveBeenCalledWith({ discoveryUrl: 'http://127.0.0.1:7000', apiEndpoint: '' });
    expect(send).toHaveBeenCalledWith('session.signIn', {
      email: 'agent@demo.example',
      password: 'demo-password',
      rememberMe: false,
      discoveryUrl: 'http://127.0.0.1:7000',
    });
    expect(root.textContent).toContain('Signed in as Aino Agent (agent@demo.example)');
  });

  it('shows "Signing in…" on a disabled button while waiting', async () => {
    const root = await mount(<App />);
    await fillPasswordForm(root, 'agent@demo.example', 'pw');
    send.mockImplementation(() => new Promise(() => {}));
    await click(buttonNamed(root, 'Sign in'));
    const button = buttonNamed(root, 'Signing in…');
    expect(button.disabled).toBe(true);
  });

  it('shows the error in an alert and keeps the e-mail and password', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    const root = await mount(<App />);
    await fillPasswordForm(root, 'agent@demo.example', 'wrong-password');
    send.mockRejectedValue(new AppError('wrong-credentials', 'EnreachVoice did not accept this e-mail and password.'));
    await click(buttonNamed(root, 'Sign in'));
    expect(textsOfRole(root, 'alert')).toEqual(['EnreachVoice did not accept this e-mail and password.']);
    expect(byLabel(root, 'Email').value).toBe('agent@demo.example');
    expect(byLabel(root, 'Password').value).toBe('wrong-password');
    expect(buttonNamed(root, 'Sign in').disabled).toBe(false);
    expect(JSON.stringify(log.mock.calls)).not.toContain('wrong-password');
    log.mockRestore();
  });

  it('signs in once however often the form is submitted', async () => {
    const root = await mount(<App />);
    await fillPasswordForm(root, 'agent@demo.example', 'pw');
    send.mockImplementation(() => new Promise(() => {}));
    const form = root.querySelector('form') as HTMLFormElement;
    form.requestSubmit();
    form.requestSubmit();
    await settle();
    expect(send.mock.calls.filter(([type]) => type === 'session.signIn')).toHaveLength(1);
  });

  it('explains a form problem without asking the background', async () => {
    const root = await mount(<App />);
    await typeInto(byLabel(root, 'Email'), 'agent@demo.example');
    await click(buttonNamed(root, 'Sign in'));
    expect(textsOfRole(root, 'alert')).toEqual(['Enter your password.']);
    expect(send).not.toHaveBeenCalledWith('session.signIn', expect.anything());
  });

  it('offers sign-in with an API secret key', async () => {
    const root = await mount(<App />);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Sign in with an API secret key');
    await click(link as HTMLElement);
    expect(root.querySelector('#password')).toBeNull();
    await typeInto(byLabel(root, 'Email'), 'sso@demo.example');
    await typeInto(byLabel(root, 'Secret key'), 'key-1234567890');
    send.mockImplementation(async (type: string) => (type === 'session.signInWithKey' ? { ...SIGNED_IN, displayName: undefined, email: 'sso@demo.example' } : { signedIn: false }));
    await click(buttonNamed(root, 'Sign in'));
    expect(send).toHaveBeenCalledWith('session.signInWithKey', {
      email: 'sso@demo.example',
      secretKey: 'key-1234567890',
      rememberMe: true,
      discoveryUrl: 'https://discover.enreachvoice.com',
    });
    expect(root.textContent).toContain('Signed in as sso@demo.example');
  });

  it('shows why the last session ended', async () => {
    send.mockResolvedValue({ signedIn: false, reason: 'Your key was revoked. Sign in again.' });
    const root = await mount(<App />);
    expect(root.textContent).toContain('Your key was revoked. Sign in again.');
  });
});

describe('options page when signed in', () => {
  beforeEach(() => send.mockImplementation(async (type: string) => (type === 'session.signOut' ? { signedIn: false } : SIGNED_IN)));

  it('shows who and where, and signs out', async () => {
    const root = await mount(<App />);
    expect(root.querySelector('.signed-in-as')?.textContent).toBe('Signed in as Aino Agent (agent@demo.example)');
    expect(root.textContent).toContain('API endpoint: https://api.example');
    await click(buttonNamed(root, 'Sign out'));
    expect(send).toHaveBeenCalledWith('session.signOut', {});
    expect(buttonNamed(root, 'Sign in').type).toBe('submit');
  });

  it('shows a sign-out failure in an alert', async () => {
    const root = await mount(<App />);
    send.mockRejectedValue(new AppError('internal', "The extension's background did not answer."));
    await click(buttonNamed(root, 'Sign out'));
    expect(textsOfRole(root, 'alert')).toEqual(["The extension's background did not answer."]);
  });

  it('refreshes on state.changed (session)', async () => {
    const root = await mount(<App />);
    send.mockResolvedValue({ signedIn: false, reason: 'Signed out in another window.' });
    await broadcast({ event: 'state.changed', what: 'session' });
    await settle();
    expect(root.textContent).toContain('Signed out in another window.');
    expect(byLabel(root, 'Email')).toBeTruthy();
  });
});
