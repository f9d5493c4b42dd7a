// A call control wired to a real click handler and progress router, with a mocked send.
import { createCallControl } from '../../../src/content/ui/call-control';
import { handleControlClick, type ClickDeps } from '../../../src/content/ui/click-handler';
import { createProgressRouter } from '../../../src/content/ui/progress-router';
import type { CallTarget } from '../../../src/content/scan/call-target';

export const REQUEST = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
export const LIST = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

export function trusted() {
  return { isTrusted: true, preventDefault: jest.fn(), stopPropagation: jest.fn() };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

export function setup(target: CallTarget = { shown: '040 123 4567', e164: '+358401234567', callbackRequestId: REQUEST, callbackListId: LIST }) {
  const router = createProgressRouter();
  let ids = 0;
  const deps: ClickDeps = {
    send: jest.fn().mockResolvedValue({ kind: 'callback', e164: target.e164 }) as unknown as ClickDeps['send'],
    router,
    pageUrl: () => 'https://crm.example/queue',
    newClickId: () => `click-${++ids}`,
    onContextInvalidated: jest.fn(),
  };
  const control = createCallControl(document, target, (event, c) => void handleControlClick(event, c, deps));
  document.body.append(control.host);
  return { control, deps, router, status: () => control.host.shadowRoot!.querySelector('[role="status"]')! };
}
