// Helpers for content-script tests on jsdom documents.
import { genericAdapter } from '../../../src/content/adapters/generic';
import { createScanner, type Scanner } from '../../../src/content/scan/scanner';
import { createCallControl, HOST_TAG, type ControlClickHandler } from '../../../src/content/ui/call-control';
import type { CountryCode } from '../../../src/shared/phone';

export function setPage(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A scanner whose slices run only when the test calls flush() (or drains the task list). */
// Every scanner a test starts is torn down after it: a scanner left running would keep watching
// the shared document and, through its animation-frame work, decorate the next test's page too.
const running: Scanner[] = [];
afterEach(() => {
  running.splice(0).forEach((scanner) => scanner.teardown());
});

export function scanPage(
  options: { country?: CountryCode; onClick?: ControlClickHandler; eagerLimit?: number; root?: Document } = {},
): { scanner: Scanner; tasks: (() => void)[] } {
  const doc = options.root ?? document;
  const tasks: (() => void)[] = [];
  const scanner = createScanner({
    doc,
    country: options.country ?? 'FI',
    adapter: genericAdapter,
    makeControl: (target) => createCallControl(doc, target, options.onClick ?? (() => undefined)).host,
    schedule: (task) => void tasks.push(task),
    eagerLimit: options.eagerLimit,
  });
  running.push(scanner);
  scanner.start();
  scanner.flush();
  return { scanner, tasks };
}

export function hostsIn(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(HOST_TAG)];
}

export function buttonOf(host: Element): HTMLButtonElement {
  const button = host.shadowRoot?.querySelector('button');
  if (!button) throw new Error('control without a button');
  return button;
}

export function namesIn(root: ParentNode = document): string[] {
  return hostsIn(root).map((host) => buttonOf(host).getAttribute('aria-label') ?? '');
}

/** The page's own text: everything except our controls (which add no light-DOM text anyway). */
export function pageText(root: Node): string {
  if (root.nodeType === 3) return (root as Text).data;
  if (root.nodeType === 1 && (root as Element).localName === HOST_TAG) return '';
  return [...root.childNodes].map(pageText).join('');
}

/** Lets MutationObserver callbacks (microtasks) run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The fake browser that mock-extension.ts put in place of src/shared/browser. */
export function fakeBrowser(): typeof import('./fake-browser') {
  return jest.requireMock('../../../src/shared/browser');
}
