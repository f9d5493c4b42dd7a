// Finds numbers on the page and puts call controls next to them: the document and open shadow
// roots at start, then whatever the page adds or changes. Work runs in short slices (a few ms)
// as separate tasks; a slice only reads, and the controls it plans are inserted in batches
// (write-batch.ts). Nothing here reads layout.
import { mayContainPhoneNumber, type CountryCode } from '../../shared/phone';
import type { SiteAdapter } from '../adapters/site-adapter';
import type { MakeControl } from './decorate';
import { createDecorations } from './decorations';
import { createControlRestorer } from './restore-controls';
import { watchMutations } from './observe-mutations';
import { createTaskScheduler, type ScheduleTask } from './schedule-task';
import { candidateKey, planCandidate } from './plan-candidate';
import { NO_OPEN_REQUESTS, type OpenRequestLookup } from './open-requests';
import { createViewportGate } from './viewport-gate';
import type { Candidate } from './walk';
import { createLazyRegions, LAZY_CHILD_COUNT } from './lazy-regions';
import type { LabelledIdCache } from './pair-ids-with-numbers';
import { createPlacements } from './placements';
import { createFrameSteps } from './frame-steps';
import { createWorkQueue, type LaneName } from './work-queue';
import { createWriteBatch } from './write-batch';

const MUTATION_BURST = 2000;
const SCROLL_PAUSE_MS = 1000;
// What came into view or was just added is detected in the animation frame before the page draws
// it, up to this long (under the 50 ms of a long task with the placing); the rest in slices.
const FRAME_WORK_BUDGET_MS = 35;
// Rows a jump brought into view may take longer: what is left of them after the budget would wait
// for the next frame, which after a jump waits for the rows just drawn to be rasterised (measured on
// the 10,000-row grid: their controls 95–660 ms after the jump instead of 15–50 ms). A screen of rows
// is bounded work (a grid's screen: ~200 candidates, 7–35 ms here), and the jump's own frame is long
// for the page anyway (its paint and layerising: 80–230 ms measured), so finishing them costs the
// agent nothing they would notice. The cap keeps the task under 50 ms with the placing (at 60 ms,
// traced scrolls had 53 ms tasks), and a pathological page from holding the frame.
const FRAME_VIEW_BUDGET_MS = 42;

export interface ScannerOptions {
  doc: Document;
  country: CountryCode;
  adapter: SiteAdapter;
  makeControl: MakeControl;
  schedule?: ScheduleTask;
  sliceMs?: number;
  eagerLimit?: number;
  /** Checked before each slice; when false the scanner calls onDead instead of working. */
  isAlive?: () => boolean;
  onDead?: () => void;
}

export interface Scanner {
  start(): void;
  /** Does all queued work now (tests, benchmarks). */
  flush(): void;
  /**
   * My open requests changed: controls of the numbers in `changed` (gained or lost a request)
   * are planned again; the rest of the page is left alone.
   */
  setOpenRequests(lookup: OpenRequestLookup, changed: ReadonlySet<string>): void;
  /** Removes every control and scans again with the new default country. */
  setCountry(country: CountryCode): void;
  teardown(): void;
  readonly controlCount: number;
}

export function createScanner(options: ScannerOptions): Scanner {
  const { doc, adapter, makeControl } = options;
  const schedule = options.schedule ?? createTaskScheduler();
  const sliceMs = options.sliceMs ?? 4;
  let country = options.country;
  let openRequest: OpenRequestLookup = NO_OPEN_REQUESTS;
  let openNumbers: ReadonlySet<string> = new Set();
  let stopped = false;
  let scheduled = false;
  const writes = createWriteBatch();
  // Controls of big containers go into an overlay layer: no relayout of a 10,000-row table.
  const requestFrameStep = createFrameSteps(doc.defaultView);
  const placements = createPlacements(doc, LAZY_CHILD_COUNT, requestFrameStep);
  const marks = createDecorations(placements.remove, placements.isPending);
  const restorer = createControlRestorer(marks);
  const shadowRoots = new Set<ShadowRoot>();
  const released = new WeakSet<Candidate>();
  let eagerEnded = false;
  // Per slice: the page may change a record between slices.
  let labelledIds: LabelledIdCache = new WeakMap();
  let flushNow = false;

  const wake = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    schedule(runSlice);
  };
  const addShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    watch.observe(root);
    queue.pushUrgent(root);
  };
  // While the agent scrolls, the margins (a screen above and below) wait until the scrolling has
  // paused for a second: their detection and their frame would compete with the next rows coming
  // into view. A margin chunk that comes into view meanwhile is handed over again (lazy-regions.ts).
  let viewportDeliveries = 0;
  let marginsHeldUntil = 0;
  const cameNear = (visibleCount: number) => {
    viewportDeliveries += 1;
    // The first delivery is the page as loaded: its margins are wanted at once.
    if (visibleCount > 0 && viewportDeliveries > 1) marginsHeldUntil = performance.now() + SCROLL_PAUSE_MS;
    wake();
  };
  // Big containers are walked a chunk at a time as they come near the viewport (lazy-regions.ts),
  // handed over by the observer, or by geometry after a load or a scroll (takeInView).
  const handOver = (visible: Node[], margin: Node[]) => {
    if (visible.length === 0 && margin.length === 0) return;
    visible.forEach((node) => queue.pushUrgent(node, true));
    margin.forEach((node) => queue.pushSoon(node, true));
    cameNear(visible.length);
  };
  const regions = createLazyRegions(handOver);
  // A container taken over while the page is unchanged since load: what is in view and a screen
  // around it is found by geometry in the next slice, not a frame later by the observer (after a
  // load, the page's next frame waits for its first paint to be rasterised: 150–250 ms measured).
  let adoptedUnseen = false;
  const queue = createWorkQueue(addShadowRoot, (container) => {
    const adopted = regions.adopt(container);
    if (adopted && viewportDeliveries === 0) adoptedUnseen = true;
    return adopted;
  });
  // Content the page adds or changes is decorated at once, up to a burst of this many candidates;
  // past it (a page adding thousands of rows one by one) candidates wait for the viewport too.
  let burst = 0;
  const gate = createViewportGate((visible, margin) => {
    for (const candidate of visible) {
      released.add(candidate);
      queue.pushUrgent(candidate);
    }
    for (const candidate of margin) {
      released.add(candidate);
      queue.pushSoon(candidate);
    }
    cameNear(visible.length);
  }, options.eagerLimit);
  const watch = watchMutations({
    changed: (node) => ((changedSinceScroll = true), placements.changed(node), queue.pushUrgent(node), wake(), requestBeforeFrame()),
    controlRemoved: (host) => (restorer.noteRemoved(host), wake()),
    removed: () => ((changedSinceScroll = true), placements.removed()),
  });

  // Work on what the agent sees is also done in the animation frame before the page draws it, so
  // its controls are drawn in that frame rather than the next one, which on a big page waits for
  // the rows just drawn to be rasterised (measured: 100–250 ms on a loaded 2-core machine):
  // - a jump to another part of a big grid: its chunks now in view are found by geometry (the page's
  //   layout is clean after a mere scroll), detected, and their controls placed now. Left to the
  //   IntersectionObserver, they would be found only after the frame. A page that changed itself on
  //   the scroll (a virtualised grid re-rendering) is left to the observers: reading now would lay
  //   it out inside our callback;
  // - content the page just added (a "load more"): detected now; the page lays it out in this frame,
  //   and the container's resize report places its controls before the frame is painted.
  // The page changed its DOM since the last scroll (or since the scan started): its layout may be pending.
  let changedSinceScroll = false;
  let frameWorkRequested = false;
  const onScroll = () => {
    changedSinceScroll = false;
    requestBeforeFrame();
  };
  function requestBeforeFrame(): void {
    if (frameWorkRequested || stopped) return;
    frameWorkRequested = true;
    requestFrameStep('detect', workBeforeFrame);
  }
  function workBeforeFrame(): void {
    frameWorkRequested = false;
    if (stopped || (options.isAlive && !options.isAlive())) return;
    // From here: the reads below may lay out what the page changed, and that counts against the
    // budget too (measured: 17 ms of it before the detection started).
    const started = performance.now();
    let broughtIntoView = false;
    if (!changedSinceScroll) {
      const { visible, margin } = regions.takeInView();
      handOver(visible, margin);
      broughtIntoView = visible.length > 0;
    }
    if (!queue.urgentPending) return;
    labelledIds = new WeakMap();
    if (queue.runUntil(started + FRAME_WORK_BUDGET_MS, handle, true) && broughtIntoView) queue.runUntil(started + FRAME_VIEW_BUDGET_MS, handle, true);
    writes.applyIfDue(true);
    if (!changedSinceScroll) placements.placeNow();
  }

  function handle(candidate: Candidate, lane: LaneName, near: boolean): void {
    const key = candidateKey(candidate);
    if (marks.isCurrent(candidate, key)) return;
    // Text without enough digits only comes here to lose an old control: nothing to defer.
    const cleanupOnly = candidate.nodeType === 3 && !mayContainPhoneNumber((candidate as Text).data);
    const mayWait = !cleanupOnly && !near && !released.has(candidate) && (lane === 'background' || ++burst > MUTATION_BURST);
    if (mayWait && gate.defer(candidate)) {
      // The first deferral ends the eager start: put what it planned on the page now.
      if (!eagerEnded) eagerEnded = flushNow = true;
      return;
    }
    released.delete(candidate);
    const old = marks.detach(candidate);
    if (old.length > 0) writes.push(() => old.forEach(placements.remove));
    const write = planCandidate(candidate, key, { country, adapter, openRequest, labelledIds }, makeControl, marks, placements);
    if (write) writes.push(write);
  }

  function takeLoadedView(): void {
    adoptedUnseen = false;
    if (changedSinceScroll || viewportDeliveries > 0) return;
    const { visible, margin } = regions.takeInView(1);
    handOver(visible, margin);
  }

  function restoreRemovedControls(): void {
    restorer.run((anchor, leftovers) => {
      writes.push(() => leftovers.forEach(placements.remove));
      queue.pushUrgent(anchor);
    });
  }

  function runSlice(): void {
    scheduled = false;
    if (stopped) return;
    labelledIds = new WeakMap();
    if (options.isAlive && !options.isAlive()) return options.onDead?.();
    restoreRemovedControls();
    if (adoptedUnseen) takeLoadedView();
    const hadUrgent = queue.urgentPending;
    const hadSoon = queue.soonPending;
    const holdMargins = performance.now() < marginsHeldUntil;
    const more = queue.runUntil(performance.now() + sliceMs, handle, holdMargins);
    if (!queue.urgentPending && !queue.soonPending) burst = 0;
    // Each batch of controls costs the page a frame (and, inline, a relayout of their container: big
    // containers get overlay controls instead, placements.ts), so writes wait for a natural end: all
    // work done, what is in view done (its controls go in before the margins are read), the margins
    // done, or the eager start over. The background walk then goes on without touching the page.
    // As the page loads (the first delivery from the viewport), what is in view and its margins go
    // in together: the agent gets the whole screen and a screen around it in one frame.
    const asLoaded = viewportDeliveries <= 1;
    const laneDone = (hadUrgent && !queue.urgentPending && !(asLoaded && queue.soonPending)) || (hadSoon && !queue.soonPending);
    writes.applyIfDue(!more || laneDone || flushNow);
    flushNow = false;
    if (holdMargins && !queue.urgentPending && !writes.pending) return void setTimeout(wake, marginsHeldUntil - performance.now());
    if (more || writes.pending || adoptedUnseen) wake();
  }

  return {
    start() {
      doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
      watch.observe(doc);
      queue.push(doc);
      wake();
    },
    flush() {
      labelledIds = new WeakMap();
      restoreRemovedControls();
      // A slice ends where a lane is worked off, even without a deadline: run until all are.
      while (queue.runUntil(Number.POSITIVE_INFINITY, handle));
      writes.applyIfDue(true);
      flushNow = false;
    },
    setOpenRequests(lookup, numbers) {
      if (stopped) return;
      const before = openNumbers;
      openRequest = lookup;
      openNumbers = numbers;
      const affected = (host: HTMLElement) => {
        const e164 = host.getAttribute('data-evcb-number') ?? '';
        return before.has(e164) || numbers.has(e164);
      };
      for (const anchor of marks.anchorsWhere(affected)) {
        const old = marks.detach(anchor);
        writes.push(() => old.forEach(placements.remove));
        released.add(anchor as Candidate);
        queue.pushUrgent(anchor);
      }
      wake();
    },
    setCountry(next) {
      if (next === country || stopped) return;
      country = next;
      writes.clear();
      marks.removeAll();
      queue.clear();
      regions.reset();
      queue.push(doc);
      shadowRoots.forEach((root) => queue.push(root));
      wake();
    },
    teardown() {
      stopped = true;
      doc.removeEventListener('scroll', onScroll, { capture: true });
      watch.disconnect();
      gate.teardown();
      regions.reset();
      queue.clear();
      writes.clear();
      marks.removeAll();
      placements.teardown();
    },
    get controlCount() {
      return marks.size;
    },
  };
}
