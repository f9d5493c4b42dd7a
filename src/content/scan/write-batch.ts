// DOM writes of the scanner, collected and applied together. Every batch of inserted controls
// can make the browser lay out a big table again (hundreds of ms for a 10,000-row grid on a slow
// machine), so a batch waits until the work runs out, or at most a short while: long enough that
// a screen of rows and its margins (100-150 ms of work on a slow machine) go in as one batch.
import type { DomWrite } from './decorate';

const MAX_BATCH = 1000;
const MAX_DELAY_MS = 250;

export interface WriteBatch {
  push(write: DomWrite): void;
  /** Applies the batch when it is big or old enough, or when `force`. */
  applyIfDue(force: boolean): void;
  readonly pending: boolean;
  clear(): void;
}

export function createWriteBatch(): WriteBatch {
  let writes: DomWrite[] = [];
  let firstAt: number | undefined;
  const due = () => writes.length >= MAX_BATCH || performance.now() - (firstAt ??= performance.now()) >= MAX_DELAY_MS;
  return {
    push: (write) => void writes.push(write),
    applyIfDue(force) {
      if (writes.length === 0 || (!force && !due())) return;
      const batch = writes;
      writes = [];
      firstAt = undefined;
      batch.forEach((write) => write());
    },
    get pending() {
      return writes.length > 0;
    },
    clear() {
      writes = [];
      firstAt = undefined;
    },
  };
}
