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
import { createViewportGate } from './viewport-gate';
import type { Candidate } from './walk';
import { createWorkQueue } from './work-queue';
import { createWriteBatch } from './write-batch';

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
  let stopped = false;
  let scheduled = false;
  const writes = createWriteBatch();
  const marks = createDecorations();
  const restorer = createControlRestorer(marks);
  const shadowRoots = new Set<ShadowRoot>();
  const released = new WeakSet<Candidate>();

  const wake = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    schedule(runSlice);
  };
  const addShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    watch.observe(root);
    queue.push(root);
  };
  const queue = createWorkQueue(addShadowRoot);
  const gate = createViewportGate((near) => {
    for (const candidate of near) {
      released.add(candidate);
      queue.push(candidate);
    }
    wake();
  }, options.eagerLimit);
  const watch = watchMutations({
    changed: (node) => (queue.push(node), wake()),
    controlRemoved: (host) => (restorer.noteRemoved(host), wake()),
  });

  function handle(candidate: Candidate): void {
    const key = candidateKey(candidate);
    if (marks.isCurrent(candidate, key)) return;
    // Text without enough digits only comes here to lose an old control: nothing to defer.
    const cleanupOnly = candidate.nodeType === 3 && !mayContainPhoneNumber((candidate as Text).data);
    if (!cleanupOnly && !released.has(candidate) && gate.defer(candidate)) return;
    released.delete(candidate);
    const old = marks.detach(candidate);
    if (old.length > 0) writes.push(() => old.forEach((host) => host.remove()));
    const write = planCandidate(candidate, key, { country, adapter }, makeControl, marks);
    if (write) writes.push(write);
  }

  function restoreRemovedControls(): void {
    restorer.run((anchor, leftovers) => {
      writes.push(() => leftovers.forEach((host) => host.remove()));
      queue.push(anchor);
    });
  }

  function runSlice(): void {
    scheduled = false;
    if (stopped) return;
    if (options.isAlive && !options.isAlive()) return options.onDead?.();
    restoreRemovedControls();
    const more = queue.runUntil(performance.now() + sliceMs, handle);
    writes.applyIfDue(!more);
    if (more || writes.pending) wake();
  }

  return {
    start() {
      watch.observe(doc);
      queue.push(doc);
      wake();
    },
    flush() {
      restoreRemovedControls();
      queue.runUntil(Number.POSITIVE_INFINITY, handle);
      writes.applyIfDue(true);
    },
    setCountry(next) {
      if (next === country || stopped) return;
      country = next;
      writes.clear();
      marks.removeAll();
      queue.clear();
      queue.push(doc);
      shadowRoots.forEach((root) => queue.push(root));
      wake();
    },
    teardown() {
      stopped = true;
      watch.disconnect();
      gate.teardown();
      queue.clear();
      writes.clear();
      marks.removeAll();
    },
    get controlCount() {
      return marks.size;
    },
  };
}
