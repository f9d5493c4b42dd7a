/** @jest-environment jsdom */
import './mock-extension';
import { createCallControl } from '../../../src/content/ui/call-control';
import { handleControlClick, newClickId } from '../../../src/content/ui/click-handler';
import { AppError } from '../../../src/shared/errors';
import { deferred, LIST, REQUEST, setup, trusted } from './control-setup';
import { buttonOf, fakeBrowser } from './page-helpers';

const { resetFakeBrowser } = fakeBrowser();

beforeEach(() => resetFakeBrowser());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('clicking a call control', () => {
  it('names callback and plain controls exactly', () => {
    const { control } = setup();
    expect(buttonOf(control.host).getAttribute('aria-label')).toBe('Callback call 040 123 4567');
    const plain = createCallControl(document, { shown: '09 1234 5678', e164: '+358912345678' }, () => undefined);
    expect(buttonOf(plain.host).getAttribute('aria-label')).toBe('Call 09 1234 5678');
    expect(plain.host.dataset.evcbKind).toBe('call');
  });

  it('ignores an untrusted (synthetic) click', async () => {
    const { control, deps } = setup();
    buttonOf(control.host).click();
    buttonOf(control.host).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(deps.send).not.toHaveBeenCalled();
    expect(control.state).toBe('idle');
  });

  it('sends call.start for a trusted click and shows the call as placed', async () => {
    const { control, deps, status } = setup();
    const event = trusted();
    await handleControlClick(event, control, deps);
    expect(deps.send).toHaveBeenCalledWith('call.start', {
      number: '+358401234567',
      callbackRequestId: REQUEST,
      callbackListId: LIST,
      pageUrl: 'https://crm.example/queue',
      clickId: 'click-1',
    });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
    expect(control.host.dataset.evcbState).toBe('placed');
    expect(status().textContent).toBe('Callback call placed');
  });

  it('starts no second call while one is in progress', async () => {
    const { control, deps } = setup();
    const answer = deferred<unknown>();
    (deps.send as jest.Mock).mockReturnValueOnce(answer.promise);
    const first = handleControlClick(trusted(), control, deps);
    expect(control.busy).toBe(true);
    await handleControlClick(trusted(), control, deps);
    await handleControlClick(trusted(), control, deps);
    expect(deps.send).toHaveBeenCalledTimes(1);
    answer.resolve({ kind: 'callback', e164: '+358401234567' });
    await first;
    expect(control.busy).toBe(false);
  });

  it('shows why a call failed, in the live region and its title', async () => {
    const { control, deps, status } = setup();
    (deps.send as jest.Mock).mockRejectedValueOnce(new AppError('invalid-input', '"CBR-0042" is not a valid id for a callback request.'));
    await handleControlClick(trusted(), control, deps);
    expect(control.host.dataset.evcbState).toBe('failed');
    expect(status().textContent).toBe('Call failed: "CBR-0042" is not a valid id for a callback request.');
    expect(status().getAttribute('title')).toBe(status().textContent);
    expect(control.busy).toBe(false);
  });

  it('reports an invalidated extension context instead of showing an error', async () => {
    const { control, deps } = setup();
    (deps.send as jest.Mock).mockRejectedValueOnce(
      new AppError('internal', "The extension's background did not answer (Extension context invalidated.). Reload the page and try again."),
    );
    await handleControlClick(trusted(), control, deps);
    expect(deps.onContextInvalidated).toHaveBeenCalled();
  });
});

describe('newClickId', () => {
  it('is unique and fits the contract', () => {
    const ids = new Set(Array.from({ length: 50 }, newClickId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
  });
});
