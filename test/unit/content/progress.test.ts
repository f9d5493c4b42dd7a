/** @jest-environment jsdom */
import './mock-extension';
import type { CallControl } from '../../../src/content/ui/call-control';
import { handleControlClick, type ClickDeps } from '../../../src/content/ui/click-handler';
import { AppError } from '../../../src/shared/errors';
import { deferred, setup, trusted } from './control-setup';
import { fakeBrowser } from './page-helpers';

const { browser, resetFakeBrowser } = fakeBrowser();

beforeEach(() => resetFakeBrowser());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('call progress', () => {
  it('follows call.progress broadcasts for its own click only', async () => {
    const { control, deps, status } = setup();
    const answer = deferred<unknown>();
    (deps.send as jest.Mock).mockReturnValueOnce(answer.promise);
    const click = handleControlClick(trusted(), control, deps);
    expect(control.host.dataset.evcbState).toBe('resolving');
    expect(status().textContent).toBe('Working…');
    // Through the real runtime.onMessage listener.
    browser.runtime.onMessage.emit({ event: 'call.progress', clickId: 'click-1', state: 'activating' });
    expect(control.host.dataset.evcbState).toBe('activating');
    browser.runtime.onMessage.emit({ event: 'call.progress', clickId: 'other', state: 'failed', message: 'nope' });
    browser.runtime.onMessage.emit({ event: 'call.progress', clickId: 'click-1', state: 'bogus' });
    browser.runtime.onMessage.emit('garbage');
    expect(control.host.dataset.evcbState).toBe('activating');
    browser.runtime.onMessage.emit({ event: 'call.progress', clickId: 'click-1', state: 'calling' });
    expect(status().textContent).toBe('Calling…');
    answer.resolve({ kind: 'callback', e164: '+358401234567' });
    await click;
    expect(control.host.dataset.evcbState).toBe('placed');
  });

  it('does not let a late answer overwrite a newer call', async () => {
    const { control, deps } = setup();
    const old = deferred<unknown>();
    (deps.send as jest.Mock).mockReturnValueOnce(old.promise).mockReturnValueOnce(new Promise(() => undefined));
    const first = handleControlClick(trusted(), control, deps);
    browser.runtime.onMessage.emit({ event: 'call.progress', clickId: 'click-1', state: 'placed' });
    void handleControlClick(trusted(), control, deps as ClickDeps);
    expect(control.activeClickId).toBe('click-2');
    old.reject(new AppError('timeout', 'late'));
    await first;
    expect((control as CallControl).state).toBe('resolving');
  });

  it('stops listening for progress on teardown', () => {
    const { router } = setup();
    expect(browser.runtime.onMessage.listeners.size).toBe(1);
    router.teardown();
    expect(browser.runtime.onMessage.listeners.size).toBe(0);
  });
});
