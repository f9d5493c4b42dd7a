// The page removed one of our controls but kept its number (a framework re-render, a script
// tidying its DOM): put the control back, a few times at most, so we never fight a page in a loop.
import type { Decorations } from './decorations';

const MAX_RESTORES = 3;

export interface ControlRestorer {
  /** Called from the mutation observer: only remembers the host. */
  noteRemoved(host: HTMLElement): void;
  /** Hands each anchor that needs its control back to `redecorate`, with its leftover controls. */
  run(redecorate: (anchor: Node, leftovers: HTMLElement[]) => void): void;
}

export function createControlRestorer(marks: Decorations): ControlRestorer {
  let removed: HTMLElement[] = [];
  const restores = new WeakMap<Node, number>();
  return {
    noteRemoved: (host) => void removed.push(host),
    run(redecorate) {
      if (removed.length === 0) return;
      for (const host of removed) {
        // Back on the page (moved, as the overlay layer moves controls between its groups): nothing to do.
        if (host.isConnected) continue;
        const anchor = marks.anchorOf(host);
        if (marks.removedByUs(host) || !anchor?.isConnected) continue;
        const count = (restores.get(anchor) ?? 0) + 1;
        restores.set(anchor, count);
        if (count <= MAX_RESTORES) redecorate(anchor, marks.detach(anchor));
      }
      removed = [];
      // Controls that left with their rows are dropped here, so a long-lived SPA does not keep them.
      marks.prune();
    },
  };
}
