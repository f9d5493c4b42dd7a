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
});

describe('the page as loaded', () => {
  it('puts what is in view and its margins in together: one batch, one relayout', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<li id="n${i}">040 123 456${i}</li>`);
    setPage(`<ul>${rows.join('')}</ul>`);
    const { scanner, tasks } = scanPage({ eagerLimit: 0 });
    const observer = FakeIntersectionObserver.instances.at(-1)!;
    const entry = (id: string, top: number) => ({ target: document.getElementById(id)!, isIntersecting: true, boundingClientRect: { top, bottom: top + 20 } as DOMRectReadOnly });
    observer.callback([entry('n1', 10), entry('n3', window.innerHeight + 100)]);
    tasks.shift()!();
    // The visible lane is done, but nothing is written until the margin is too.
    expect(hostsIn()).toHaveLength(0);
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234561', '+358401234563']);
    scanner.teardown();
  });
});

describe('margins while the agent scrolls', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  it('holds the margins until the scrolling pauses, and does what comes into view first', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<li id="n${i}">040 123 456${i}</li>`);
    setPage(`<ul>${rows.join('')}</ul>`);
    const { scanner, tasks } = scanPage({ eagerLimit: 0 });
    const observer = FakeIntersectionObserver.instances.at(-1)!;
    const run = () => {
      while (tasks.length > 0) tasks.shift()!();
    };
    observer.bringNear([document.getElementById('n0')!], 10); // the page as loaded
    run();
    // A scroll: n2 comes into view, n4 within a screen of it.
    observer.bringNear([document.getElementById('n2')!], 10);
    observer.bringNear([document.getElementById('n4')!], window.innerHeight + 100);
    run();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234560', '+358401234562']);
    jest.advanceTimersByTime(1100);
    run();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+358401234560', '+358401234562', '+358401234564']);
    scanner.teardown();
  });
});

describe('lazy regions (big containers)', () => {
  const bigList = (count: number) => `<ul id="big">${Array.from({ length: count }, (_, i) => `<li id="r${i}">040 123 ${String(1000 + i)}</li>`).join('')}</ul>`;

  it('walks none of a big container at load: its chunks wait for the viewport', () => {
    setPage(`<p>Desk 09 123 4567</p>${bigList(400)}`);
    const { scanner } = scanPage();
    // Only the number outside the container is decorated; the list is left for its chunks.
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+35891234567']);
    const regions = FakeIntersectionObserver.instances.find((observer) => observer.observed.has(document.getElementById('r0')!))!;
    // Sentinels only: the first and last element of each chunk of 16, not every row.
    expect(regions.observed.size).toBe(50);
    scanner.teardown();
  });

  it('decorates a chunk that comes into view, and the next one when it comes near', () => {
    setPage(bigList(400));
    const { scanner, tasks } = scanPage();
    const regions = FakeIntersectionObserver.instances.find((observer) => observer.observed.has(document.getElementById('r0')!))!;
    regions.bringNear([document.getElementById('r32')!], 10);
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn()).toHaveLength(16);
    expect(hostsIn()[0]!.closest('li')!.id).toBe('r32');
    expect(regions.observed.has(document.getElementById('r47')!)).toBe(false);
    regions.bringNear([document.getElementById('r63')!], window.innerHeight + 50);
    while (tasks.length > 0) tasks.shift()!();
    expect(hostsIn()).toHaveLength(32);
    scanner.teardown();
    expect(regions.observed.size).toBe(0);
  });

  it('treats a chunk that starts above the viewport as in view: its rows may reach into it', () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    setPage(bigList(400));
    const { scanner, tasks } = scanPage();
    const regions = FakeIntersectionObserver.instances.find((observer) => observer.observed.has(document.getElementById('r0')!))!;
    const run = () => {
      while (tasks.length > 0) tasks.shift()!();
    };
    regions.bringNear([document.getElementById('r0')!], 10); // the page as loaded
    run();
    // Scrolling: chunk r32–r47 starts a little above the viewport, chunk r64–r79 a screen below.
    regions.bringNear([document.getElementById('r32')!], -100);
    regions.bringNear([document.getElementById('r64')!], window.innerHeight + 100);
    run();
    const rowsWithControls = () => new Set(hostsIn().map((host) => host.closest('li')!.id));
    expect(rowsWithControls().has('r40')).toBe(true);
    expect(rowsWithControls().has('r70')).toBe(false);
    jest.advanceTimersByTime(1100);
    run();
    expect(rowsWithControls().has('r70')).toBe(true);
    scanner.teardown();
    jest.useRealTimers();
  });

  describe('a jump to another part of the container', () => {
    const ROW_PX = 20;
    let scrolledTo = 0;
    let frames: FrameRequestCallback[] = [];
    let clock = 0;
    let msPerClockRead = 0;
    // The first geometry read of a frame lays out what changed since the last one: this long.
    let layoutMs = 0;
    let layoutDirty = false;
    beforeEach(() => {
      scrolledTo = 0;
      frames = [];
      clock = 0;
      layoutMs = 0;
      jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => (frames.push(callback), frames.length));
      // Row i of the list is i × 20 px down the page; nothing else has a size.
      jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
        if (layoutDirty) [clock, layoutDirty] = [clock + layoutMs, false];
        const top = this.localName === 'li' ? Number(this.id.slice(1)) * ROW_PX - scrolledTo : 0;
        return { top, bottom: top + ROW_PX, left: 0, right: 100, width: 100, height: ROW_PX, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
      });
      // A slow machine: each look at the clock finds time gone.
      jest.spyOn(performance, 'now').mockImplementation(() => (clock += msPerClockRead));
      Object.defineProperty(window, 'innerHeight', { value: 400, configurable: true });
    });
    afterEach(() => {
      jest.restoreAllMocks();
      Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    });

    /** Scrolls so row `first` is at the top, runs the one animation frame before the page draws; its length in ms. */
    function jumpTo(first: number): number {
      scrolledTo = first * ROW_PX;
      layoutDirty = true;
      document.dispatchEvent(new Event('scroll'));
      const before = clock;
      frames.splice(0).forEach((callback) => callback(0));
      return clock - before;
    }
    const rowsWithControls = () => new Set(hostsIn().map((host) => host.closest('li')!.id));
    const rowsInView = (first: number) => Array.from({ length: 400 / ROW_PX }, (_, i) => `r${first + i}`);

    function loadedAtTop() {
      setPage(bigList(400));
      const { scanner, tasks } = scanPage();
      while (tasks.length > 0) tasks.shift()!();
      expect(rowsWithControls().has('r0')).toBe(true);
      expect(rowsWithControls().has('r200')).toBe(false);
      return scanner;
    }

    it('puts controls on every row it brought into view in the frame before it is drawn, past the usual 35 ms', () => {
      const scanner = loadedAtTop();
      msPerClockRead = 1;
      const frameMs = jumpTo(200);
      // The rows would not have fitted the usual budget; what is left would wait for the next frame.
      expect(frameMs).toBeGreaterThan(35);
      expect(rowsInView(200).filter((row) => !rowsWithControls().has(row))).toEqual([]);
      // Only what is in view: the rows a screen below wait for a pause in the scrolling.
      expect(rowsWithControls().has('r230')).toBe(false);
      scanner.teardown();
    });

    it('still ends the frame\'s work at 42 ms on a page too slow for it: the rest follows in slices', () => {
      const scanner = loadedAtTop();
      msPerClockRead = 4;
      const frameMs = jumpTo(200);
      expect(frameMs).toBeLessThan(42 + 4 * 8);
      const missing = rowsInView(200).filter((row) => !rowsWithControls().has(row));
      expect(missing.length).toBeGreaterThan(0);
      scanner.teardown();
    });

    it('counts a layout its first look at the rows forces against the same 42 ms', () => {
      const scanner = loadedAtTop();
      msPerClockRead = 1;
      layoutMs = 20;
      const frameMs = jumpTo(200);
      expect(frameMs).toBeGreaterThan(20);
      expect(frameMs).toBeLessThan(42 + 8);
      // What did not fit follows in slices, as on a slow page.
      expect(rowsWithControls().has('r200')).toBe(true);
      scanner.teardown();
    });
  });

  it('decorates rows the page adds to a big container at once, without waiting for the viewport', () => {
    setPage(bigList(200));
    const { scanner, tasks } = scanPage();
    document.getElementById('big')!.insertAdjacentHTML('beforeend', '<li id="added">050 765 4321</li>');
    return Promise.resolve().then(() => {
      while (tasks.length > 0) tasks.shift()!();
      expect(hostsIn().map((host) => host.closest('li')!.id)).toEqual(['added']);
      scanner.teardown();
    });
  });
});
