/** @jest-environment jsdom */
import './mock-extension';
import { hostsIn, scanPage, setPage } from './page-helpers';

// jsdom has no IntersectionObserver: a fake that lets the test say what came near the viewport.
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  bringNear(targets: Element[], top?: number) {
    const box = top === undefined ? undefined : ({ top, bottom: top + 20 } as DOMRectReadOnly);
    this.callback(targets.map((target) => ({ target, isIntersecting: true, ...(box ? { boundingClientRect: box } : {}) })));
  }
}

beforeAll(() => {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver;
});
afterAll(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});

describe('viewport gate', () => {
  it('decorates the first candidates at once and the rest only when they come near the viewport', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `<li id="n${i}">040 123 456${i}</li>`);
    setPage(`<ul>${rows.join('')}</ul>`);
    const { scanner, tasks } = scanPage({ eagerLimit: 2 });
    expect(hostsIn()).toHaveLength(2);
    const observer = FakeIntersectionObserver.instances.at(-1)!;
    expect(observer.observed.size).toBe(4);

    observer.bringNear([document.getElementById('n4')!]);
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234560', '+358401234561', '+358401234564']);
    expect(observer.observed.has(document.getElementById('n4')!)).toBe(false);

    scanner.teardown();
    expect(observer.observed.size).toBe(0);
  });

  it('works off what is in view before what is a screen away, and shows both in one batch', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<li id="n${i}">040 123 456${i}</li>`);
    setPage(`<ul>${rows.join('')}</ul>`);
    const { scanner, tasks } = scanPage({ eagerLimit: 0 });
    const observer = FakeIntersectionObserver.instances.at(-1)!;
    // n3 is a screen below the viewport, n1 in it; they arrive in one callback, margin first.
    observer.bringNear([document.getElementById('n3')!], window.innerHeight + 100);
    observer.bringNear([document.getElementById('n1')!], 10);
    // The first slice ends when the visible lane is worked off; the page is written once, after
    // the margin lane too (each batch can cost a big table a relayout).
    tasks.shift()!();
    expect(hostsIn()).toHaveLength(0);
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234561', '+358401234563']);
    scanner.teardown();
  });
});
