// Lets cost follow what the agent sees: after the first few hundred candidates of a page,
// candidates are decorated only when they come near the viewport. IntersectionObserver does the
// geometry off the main thread's critical path; we never read layout ourselves.
import type { Candidate } from './walk';

export interface ViewportGate {
  /** True when the candidate was deferred (it will be passed to `onNear` later). */
  defer(candidate: Candidate): boolean;
  teardown(): void;
}

// Small pages (and the top of big ones) are decorated at once, without waiting for geometry.
const DEFAULT_EAGER_LIMIT = 300;

/**
 * `onNear(visible, margin)`: candidates that came into the viewport, and those that came within a
 * screen of it (ready before the agent scrolls there, but after what is in view).
 */
export function createViewportGate(onNear: (visible: Candidate[], margin: Candidate[]) => void, eagerLimit = DEFAULT_EAGER_LIMIT): ViewportGate {
  if (typeof IntersectionObserver !== 'function') return { defer: () => false, teardown: () => undefined };
  let eager = 0;
  const waiting = new Map<Element, Candidate[]>();
  const observer = new IntersectionObserver(
    (entries) => {
      const visible: Candidate[] = [];
      const margin: Candidate[] = [];
      // The entry's own geometry, computed by the observer: no layout read of ours.
      const viewportHeight = window.innerHeight;
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const box = entry.boundingClientRect as DOMRectReadOnly | undefined;
        const inView = !box || (box.bottom > 0 && box.top < viewportHeight);
        (inView ? visible : margin).push(...(waiting.get(entry.target) ?? []));
        waiting.delete(entry.target);
      }
      if (visible.length > 0 || margin.length > 0) onNear(visible, margin);
    },
    // A screen above and below: controls are in place before the agent scrolls to them.
    { rootMargin: '100% 0px 100% 0px' },
  );
  return {
    defer(candidate) {
      const target = observedElementFor(candidate);
      if (++eager <= eagerLimit || !target) return false;
      const list = waiting.get(target);
      if (list) list.push(candidate);
      else {
        waiting.set(target, [candidate]);
        observer.observe(target);
      }
      return true;
    },
    teardown() {
      observer.disconnect();
      waiting.clear();
    },
  };
}

// One observation per row, not per cell: a 10,000-row grid then costs 10,000 targets, not 50,000.
function observedElementFor(candidate: Candidate): Element | null {
  const element = candidate.nodeType === 3 ? candidate.parentElement : (candidate as Element);
  return element?.closest('tr, li, [role="row"]') ?? element;
}
