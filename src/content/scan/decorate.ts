// Plans the DOM writes that put controls next to numbers. Planning only reads; the returned
// write runs later with the rest of its batch, so a slice of work causes one re-layout, not many.
import type { CallTarget } from './call-target';
import type { Decorations } from './decorations';
import type { TextHit } from './detect';
import type { Placements } from './placements';
import type { SplitHit } from './split-number';

export type DomWrite = () => void;
export type MakeControl = (target: CallTarget) => HTMLElement;

// Interactive content cannot hold a button: the control goes after the whole link or button.
const INTERACTIVE = 'a, button, label, summary, [role="button"], [role="link"]';

// The page's text nodes are never split or changed: a framework (React, Angular, LWC) keeps
// references to them and later rewrites or removes them, which would leave split-off halves behind
// as stale visible text. So all controls of a text node go right after it, in number order.
export function planTextDecoration(text: Text, hits: TextHit[], make: MakeControl, marks: Decorations, placements: Placements): DomWrite {
  const key = text.data;
  const hosts = hits.map((hit) => make(hit.target));
  // Mark now, so the same node queued twice in one slice is not planned twice.
  marks.record(text, key, hosts);
  const after = text.parentElement?.closest(INTERACTIVE) ?? text;
  const placement = placements.forNode(after);
  return () => {
    if (!text.isConnected || text.data !== key) return void marks.forget(text);
    placement.put(after, hosts);
  };
}

/** Controls for numbers split over inline elements go after the part where each number ends. */
export function planSplitDecoration(container: Element, key: string, hits: SplitHit[], make: MakeControl, marks: Decorations, placements: Placements): DomWrite {
  const hosts = hits.map((hit) => make(hit.target));
  marks.record(container, key, hosts);
  const interactive = container.closest(INTERACTIVE);
  const placement = placements.forNode(interactive ?? container);
  return () => {
    if (!container.isConnected) return void marks.forget(container);
    if (interactive) return placement.put(interactive, hosts);
    hits.forEach((hit, index) => hit.after.parentNode === container && hosts[index] && placement.put(hit.after, [hosts[index]]));
  };
}

export function planElementDecoration(element: Element, key: string, target: CallTarget, make: MakeControl, marks: Decorations, placements: Placements): DomWrite {
  const host = make(target);
  marks.record(element, key, [host]);
  const placement = placements.forNode(element);
  return () => {
    if (!element.isConnected) return void marks.forget(element);
    placement.put(element, [host]);
  };
}
