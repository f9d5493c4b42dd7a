// Controls of a big container (a 10,000-row grid) are not inserted into it: every insertion into a
// big table makes the browser lay the whole table out again (measured on the grid fixture: 100
// zero-size controls in cells → 140–250 ms of layout; the same 100 controls in a layer outside the
// table → 2–3 ms). They live in a layer: a zero-height block just before the container, holding
// absolutely positioned controls that are moved (by transform) to the end of their number's text.
// Screen readers still find each control in its cell: the cell `aria-owns` it (placements.ts).
//
// Positions are read in an animation-frame callback, just before the browser lays out and paints
// the frame: the layout a read may need is the one the frame would do anyway, and a control is
// inserted already in place, so each batch costs the page one layout, not two.
import { HOST_TAG } from '../ui/call-control';
import { SLOT_WIDTH_PX } from '../ui/control-styles';
import { CROWDED_ATTRIBUTE, hintUnder, isCrowded, lastBox, nextTextEdge } from './crowding';

/** The layer's tag: skipped by the scanner and removed with the controls. */
export const LAYER_TAG = 'evcb-layer';
export const OVERLAY_ATTRIBUTE = 'data-evcb-overlay';
export const PLACED_ATTRIBUTE = 'data-evcb-placed';

// The layer is three levels of zero-size boxes, measured on the 10,000-row grid (a frame that brings
// 50 controls in, with 2,000–20,000 controls in the layer):
// - the layer itself, just before the container, absolutely positioned at its static position (it
//   stays where it would be in the flow, so it moves with the container and shifts nothing). Out of
//   the flow, a change inside it costs no paint-property update of the page around it: PrePaint
//   0.5 ms, where an in-flow layer cost 35–50 ms. Where a scroll or clip box lies between the
//   container and the layer's containing block, the layer would not scroll with the container: there
//   it stays in the flow (static), as correct but slower;
// - a plane: the origin of the controls' positions, its own stacking context above the page's cells
//   (a positioned cell does not paint over the controls), layout containment;
// - groups of at most GROUP_SIZE controls, each a relayout boundary, so inserting a control lays out
//   its group only (Layout 3–4 ms, where one box of 20,000 controls took 20–30 ms).
// Controls are in-flow zero-size blocks moved by transform (control-styles.ts): absolutely positioned
// ones made the whole document the layout root (12–20 ms a frame).
const GROUP_SIZE = 128;
const BOX_RULES = ['all: initial', 'display: block', 'width: 0', 'height: 0', 'margin: 0', 'padding: 0', 'border: 0', 'float: none'];
const important = (rules: string[]) => rules.map((rule) => `${rule} !important`).join('; ');
const LAYER_STYLE_OUT_OF_FLOW = important([...BOX_RULES, 'position: absolute', 'pointer-events: none']);
const LAYER_STYLE_IN_FLOW = important([...BOX_RULES, 'position: static', 'pointer-events: none']);
const PLANE_STYLE = important([...BOX_RULES, 'position: relative', 'z-index: 1', 'contain: layout size style', 'pointer-events: none']);
const GROUP_STYLE = important([...BOX_RULES, 'contain: layout size style']);
const PLANE_TAG = 'evcb-plane';
const GROUP_TAG = 'evcb-group';

// Controls far from the viewport are set right in later frames, this many ms per frame.
const FAR_BUDGET_MS = 3;

interface Placed {
  /** The page node the control is drawn after (text, link, input). */
  after: Node;
  /** Its place among the controls drawn after the same node (control-styles.ts SLOT_PROPERTY). */
  slot: number;
  /** The page element that owns the control for assistive technology (aria-owns), once inserted. */
  owner: Element | null;
  /** Where it was last put in the layer: whole px, so V8 keeps them unboxed (no number object per control). */
  x: number;
  y: number;
  /** No room for the button after the number in its cell: shown on demand (crowding.ts). */
  crowded: boolean;
  /** The layer's layout generation when last measured (older: it may have moved), -1 before. */
  generation: number;
  /** In the reading-order list: placed at least once (a control not yet placed waits apart). */
  ordered: boolean;
  /** The group it is in, once ordered. */
  group: Element | null;
}

export interface OverlayLayer {
  readonly element: HTMLElement;
  readonly box: Element;
  /** Queues a control (the `slot`th after its node); it is inserted, in place, in the next frame. */
  add(host: HTMLElement, after: Node, slot: number): void;
  /** True when the control is this layer's (inserted or waiting for the next frame). */
  has(host: HTMLElement): boolean;
  /** Drops the control from the layer's books and its owner's aria-owns (it removes nothing). */
  forget(host: HTMLElement): boolean;
  /** The page changed inside the box or the box resized: positions may be stale. */
  invalidate(): void;
  /** Something was removed from the page: controls whose number left go too. */
  sweep(): void;
  /** In an animation frame: inserts queued controls and moves stale ones. True when work is left. */
  frame(): boolean;
  detachAll(): void;
}

/** `outOfFlow`: no scroll or clip box between the container and the layer's containing block. */
export function createOverlayLayer(box: Element, onOrphan: (host: HTMLElement) => void, outOfFlow: boolean): OverlayLayer {
  const doc = box.ownerDocument;
  const element = doc.createElement(LAYER_TAG);
  element.setAttribute('style', outOfFlow ? LAYER_STYLE_OUT_OF_FLOW : LAYER_STYLE_IN_FLOW);
  const plane = doc.createElement(PLANE_TAG);
  plane.setAttribute('style', PLANE_STYLE);
  element.append(plane);
  const newGroup = () => {
    const group = doc.createElement(GROUP_TAG);
    group.setAttribute('style', GROUP_STYLE);
    return group;
  };
  // Controls not placed yet (their number is hidden) wait here, hidden, outside the reading order.
  const waiting = newGroup();
  plane.append(waiting);
  // The scanner never walks into it, and page translators leave it alone.
  element.setAttribute('data-evcb-ignore', '');
  element.setAttribute('translate', 'no');
  const placed = new Map<HTMLElement, Placed>();
  const incoming: HTMLElement[] = [];
  // The layer's placed controls in the reading order of their numbers, so Tab goes through them row
  // by row however they were found (the viewport first, then its margins, then wherever the agent jumps).
  let inOrder: HTMLElement[] = [];
  // Forgotten controls leave the order list in one pass before the next insertion, not one by one
  // (a page that drops its 10,000 rows would otherwise cost a search per control).
  let forgotten = 0;
  const range = doc.createRange();
  let generation = 0;
  // True while some control may be out of place (a change since, or far ones left for later).
  let staleLeft = false;
  let sweepDue = false;
  let rtl: boolean | undefined;

  const hintStyle = (rect: DOMRect, hostLeft: number): string => {
    const { left, width } = hintUnder(rect, hostLeft, Boolean(rtl));
    return `--evcb-u:${left}px;--evcb-w:${width}px`;
  };

  function move(host: HTMLElement, entry: Placed, rect: DOMRect | undefined, edge: number | undefined, origin: DOMRect): void {
    entry.generation = generation;
    if (!rect) return host.removeAttribute(PLACED_ATTRIBUTE);
    const along = entry.slot * SLOT_WIDTH_PX;
    const end = rtl ? rect.left - along : rect.right + along;
    const x = Math.round((rtl ? end - 24 : end) - origin.left);
    // The baseline, near the bottom of the text's line box, like an inline control.
    const y = Math.round(rect.bottom - rect.height * 0.2 - origin.top);
    const crowded = isCrowded(rtl ? rect.left : rect.right, edge, entry.slot, Boolean(rtl));
    // Unmoved controls are not touched: a frame without changes costs the page nothing.
    if (x === entry.x && y === entry.y && crowded === entry.crowded && host.hasAttribute(PLACED_ATTRIBUTE)) return;
    entry.x = x;
    entry.y = y;
    entry.crowded = crowded;
    // An attribute, not host.style: a style object per control would cost memory on a big grid.
    host.setAttribute('style', crowded ? `--evcb-x:${x}px;--evcb-y:${y}px;${hintStyle(rect, x + origin.left)}` : `--evcb-x:${x}px;--evcb-y:${y}px`);
    host.toggleAttribute(CROWDED_ATTRIBUTE, crowded);
    host.setAttribute(PLACED_ATTRIBUTE, '');
  }

  // Reading order of two placed controls: by line, then along the line (right to left on an RTL
  // page). In a grid this is the order of the rows and cells, and it is far cheaper to compare than
  // document positions: comparing two rows of a 10,000-row table walks the rows between them.
  const readsBefore = (a: Placed, b: Placed) => a.y < b.y || (a.y === b.y && (rtl ? a.x > b.x : a.x < b.x));

  /** Binary search by reading order: O(log n) comparisons of two numbers per control. */
  function insertInOrder(host: HTMLElement, entry: Placed): void {
    let low = 0;
    let high = inOrder.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (readsBefore(entry, placed.get(inOrder[middle]!)!)) high = middle;
      else low = middle + 1;
    }
    const next = inOrder[low];
    const previous = inOrder[low - 1];
    // Before the next control in its group, else after the previous one, else in a first group.
    const group = next ? placed.get(next)!.group! : previous ? placed.get(previous)!.group! : plane.appendChild(newGroup());
    group.insertBefore(host, next ?? null);
    entry.group = group;
    inOrder.splice(low, 0, host);
    if (group.childElementCount > GROUP_SIZE) split(group);
  }

  /** Moves half of a full group into a new one after it (the half without the focused control). */
  function split(group: Element): void {
    const hosts = [...group.children] as HTMLElement[];
    const half = hosts.length >> 1;
    const focused = doc.activeElement;
    const focusInSecondHalf = hosts.indexOf(focused as HTMLElement) >= half;
    const moving = focusInSecondHalf ? hosts.slice(0, half) : hosts.slice(half);
    const fresh = newGroup();
    if (focusInSecondHalf) group.before(fresh);
    else group.after(fresh);
    fresh.append(...moving);
    for (const host of moving) placed.get(host)!.group = fresh;
  }

  return {
    element,
    box,
    add(host, after, slot) {
      host.setAttribute(OVERLAY_ATTRIBUTE, '');
      placed.set(host, { after, slot, owner: null, x: 0, y: 0, crowded: false, generation: -1, ordered: false, group: null });
      incoming.push(host);
    },
    has: (host) => placed.has(host),
    forget(host) {
      const entry = placed.get(host);
      if (!entry) return false;
      if (entry.owner) removeOwned(entry.owner, host.id);
      forgotten += 1;
      return placed.delete(host);
    },
    invalidate() {
      generation += 1;
      staleLeft = true;
    },
    sweep() {
      sweepDue = true;
    },
    frame() {
      if (!box.isConnected) return false;
      if (!element.isConnected) box.before(element);
      if (sweepDue) {
        sweepDue = false;
        for (const [host, entry] of placed) if (!entry.after.isConnected) onOrphan(host);
      }
      rtl ??= getComputedStyle(box).direction === 'rtl';
      const origin = plane.getBoundingClientRect();
      const near = (entry: Placed) => entry.generation === -1 || (origin.top + entry.y > -innerHeight && origin.top + entry.y < 2 * innerHeight);
      // All reads first, then all writes: the frame lays the page out once.
      const reads: [HTMLElement, Placed, DOMRect | undefined, number | undefined][] = [];
      const read = (host: HTMLElement, entry: Placed) => reads.push([host, entry, lastBox(entry.after, range), nextTextEdge(entry.after, Boolean(rtl), range)]);
      const fresh = incoming.splice(0);
      for (const host of fresh) {
        const entry = placed.get(host);
        if (entry) read(host, entry);
      }
      const far: HTMLElement[] = [];
      if (staleLeft) for (const [host, entry] of placed) {
        if (entry.generation === generation || entry.generation === -1) continue;
        if (near(entry)) read(host, entry);
        else far.push(host);
      }
      const deadline = performance.now() + FAR_BUDGET_MS;
      let left = 0;
      for (const host of far) {
        if (performance.now() > deadline) {
          left += 1;
          continue;
        }
        const entry = placed.get(host)!;
        read(host, entry);
      }
      staleLeft = left > 0;
      for (const [host, entry, rect, edge] of reads) move(host, entry, rect, edge, origin);
      const inserted = fresh.filter((host) => placed.has(host));
      const toOrder = reads.filter(([host, entry]) => !entry.ordered && placed.has(host) && host.hasAttribute(PLACED_ATTRIBUTE));
      if (toOrder.length > 0 && forgotten > 0) {
        inOrder = inOrder.filter((host) => placed.has(host));
        forgotten = 0;
        for (const group of [...plane.children]) if (group !== waiting && group.childElementCount === 0) group.remove();
      }
      for (const [host, entry] of toOrder) {
        entry.ordered = true;
        insertInOrder(host, entry);
      }
      // Not placed yet (its number is hidden): waits apart, hidden, until it is placed and ordered.
      for (const host of inserted) if (!host.isConnected) waiting.append(host);
      // The cell (or list item) owns its controls, so a screen reader reads each one in place.
      for (const host of inserted) {
        const entry = placed.get(host)!;
        entry.owner = entry.after.parentElement;
        if (entry.owner) addOwned(entry.owner, host.id);
      }
      return left > 0;
    },
    detachAll() {
      placed.clear();
      incoming.length = 0;
      inOrder = [];
      element.remove();
    },
  };
}

function addOwned(owner: Element, id: string): void {
  const owned = owner.getAttribute('aria-owns');
  owner.setAttribute('aria-owns', owned ? `${owned} ${id}` : id);
}

function removeOwned(owner: Element, id: string): void {
  dropOwnedIds(owner, (token) => token === id);
}

/** Removes the ids `drop` picks from the owner's aria-owns, keeping the page's own. */
export function dropOwnedIds(owner: Element, drop: (id: string) => boolean): void {
  const rest = (owner.getAttribute('aria-owns') ?? '').split(/\s+/).filter((token) => token && !drop(token));
  if (rest.length > 0) owner.setAttribute('aria-owns', rest.join(' '));
  else owner.removeAttribute('aria-owns');
}

export function isLayer(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === LAYER_TAG;
}

/** The layer's own boxes inside it (plane, groups): the page's mutation watch ignores them. */
export function isLayerPart(node: Node): boolean {
  return node.nodeType === 1 && ((node as Element).localName === GROUP_TAG || (node as Element).localName === PLANE_TAG);
}

/** Hosts in a layer, for the mutation observer when a page removes a layer. */
export function layerHosts(layer: Element): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(HOST_TAG)];
}
