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
  bringNear(targets: Element[]) {
    this.callback(targets.map((target) => ({ target, isIntersecting: true })));
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
});
