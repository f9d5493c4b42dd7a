// A number that fills its cell (a dense grid) leaves no room for its control's button: drawn after
// the number, the button would cover the start of the next cell's text. Such a control is "crowded":
// a dotted line under the number marks it (control-styles.ts), and its button shows while the agent
// points at the number's cell, tabs to it or has a call going from it.
// The same goes for a number anywhere else whose line goes on right after it ("<span>040 123 4567</span>
// today", a link followed by ", ext. 12", the next item of a flex row): the button would cover the
// words that follow.
// Overlay controls are measured by their layer as it places them (overlay-layer.ts); inline ones
// after each layout that resizes their table, or the element that holds their number
// (createInlineCrowding).
import { HOST_TAG, isControlHost } from '../ui/call-control';
import { SLOT_WIDTH_PX } from '../ui/control-styles';
import { cellOf } from './table-header';

export const CROWDED_ATTRIBUTE = 'data-evcb-crowded';
const REVEALED_ATTRIBUTE = 'data-evcb-revealed';
// The dotted line under a crowded number is at most this long (a long text that ends in the number).
const MAX_HINT_PX = 160;

/**
 * Where the text of the next cell along the row begins (the next cell in the page's order, to the
 * left of a right-to-left row): the button may use both cells' padding, never that text. Undefined
 * outside a cell, in the last cell, or before an empty one.
 */
export function nextTextEdge(node: Node, rtl: boolean, range: Range): number | undefined {
  const next = cellAround(node)?.nextElementSibling;
  if (!next) return undefined;
  range.selectNodeContents(next);
  const box = range.getBoundingClientRect();
  if (box.width === 0) return undefined;
  return rtl ? box.right : box.left;
}

// Text nodes of white space looked past for the text after a control (pretty-printed markup).
const MAX_BLANK_TEXTS = 8;

/**
 * Where the text right after a control begins, when it is on the number's line (`number`, its last
 * line box): the first character of the next text in the page's order. Undefined when what follows
 * starts on another line, or nothing follows.
 */
export function nextTextOnLine(host: Element, number: DOMRect, rtl: boolean, range: Range): number | undefined {
  const root = host.getRootNode();
  const walker = host.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  walker.currentNode = host;
  for (let looked = 0; looked <= MAX_BLANK_TEXTS; looked += 1) {
    const text = walker.nextNode() as Text | null;
    if (!text) return undefined;
    const start = text.data.search(/\S/);
    if (start < 0) continue;
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    const first = range.getClientRects()[0];
    if (!first) return undefined;
    const sameLine = first.top < number.bottom && first.bottom > number.top;
    return sameLine ? (rtl ? first.right : first.left) : undefined;
  }
  return undefined;
}

// A button is drawn 3 px after the number (or the button before it); 1 px of that gap is enough.
const SPARE_GAP_PX = 2;

/** True when the `slot`th button after a number ending at `end` would reach the next text, at `edge`. */
export function isCrowded(end: number, edge: number | undefined, slot: number, rtl: boolean): boolean {
  if (edge === undefined) return false;
  return (rtl ? end - edge : edge - end) < (slot + 1) * SLOT_WIDTH_PX - SPARE_GAP_PX;
}

// What a written number is made of, besides digits: the dotted line ends where these end.
const NUMBER_CHARACTERS = new Set([...' +-./()\u00a0']);
const isDigit = (char: string) => char >= '0' && char <= '9';

/**
 * The box of the last number in a text a control follows, for its dotted line: "Call 040 123 4567
 * today or" underlines the number, not the words after it. `whole`: the text's last line box.
 */
export function numberBox(after: Node, whole: DOMRect, range: Range): DOMRect {
  if (after.nodeType !== 3) return whole;
  const data = (after as Text).data;
  let end = data.length;
  while (end > 0 && !isDigit(data[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && (isDigit(data[start - 1]!) || NUMBER_CHARACTERS.has(data[start - 1]!))) start -= 1;
  while (start < end && !isDigit(data[start]!) && data[start] !== '+' && data[start] !== '(') start += 1;
  if (start >= end || (start === 0 && end === data.length)) return whole;
  range.setStart(after, start);
  range.setEnd(after, end);
  const rects = range.getClientRects();
  return rects[rects.length - 1] ?? whole;
}

/** The dotted line under the number (`rect`), relative to its control's host at `hostLeft`. */
export function hintUnder(rect: DOMRect, hostLeft: number, rtl: boolean): { left: number; width: number } {
  const width = Math.round(Math.min(rect.width, MAX_HINT_PX));
  return { left: Math.round((rtl ? rect.left : rect.right - width) - hostLeft), width };
}

export interface CrowdedReveal {
  /** Starts showing crowded buttons on demand (once; cheap to call again). */
  watch(): void;
  teardown(): void;
}

/** One capture listener per document: pointing at a cell shows its crowded buttons, and hides the others. */
export function createCrowdedReveal(doc: Document): CrowdedReveal {
  const view = doc.defaultView;
  let revealed: HTMLElement[] = [];
  let watching = false;
  const onPointerOver = (event: Event) => {
    // On a shown button (the event comes retargeted from its shadow root): it stays as it is.
    if (isControlHost(event.target as Node)) return;
    // The element itself, also inside a page component's open shadow root.
    const at = event.composedPath()[0];
    const element = view && at instanceof view.Element ? at : null;
    const cell = element && cellOf(element);
    const next = cell ? crowdedControlsOf(doc, cell) : element ? crowdedControlsAt(element) : [];
    for (const host of revealed) if (!next.includes(host)) host.removeAttribute(REVEALED_ATTRIBUTE);
    for (const host of next) host.setAttribute(REVEALED_ATTRIBUTE, '');
    revealed = next;
  };
  return {
    watch() {
      if (watching) return;
      watching = true;
      doc.addEventListener('pointerover', onPointerOver, { capture: true, passive: true });
    },
    teardown() {
      doc.removeEventListener('pointerover', onPointerOver, { capture: true });
      watching = false;
      revealed = [];
    },
  };
}

/** A cell's crowded controls: in it (inline) and those it owns in an overlay layer (aria-owns). */
function crowdedControlsOf(doc: Document, cell: Element): HTMLElement[] {
  const inside = [...cell.querySelectorAll<HTMLElement>(`${HOST_TAG}[${CROWDED_ATTRIBUTE}]`)];
  const owned = cell.getAttribute('aria-owns');
  if (!owned) return inside;
  const drawn = owned
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id) : null))
    .filter((host): host is HTMLElement => host !== null && isControlHost(host) && host.hasAttribute(CROWDED_ATTRIBUTE));
  return [...inside, ...drawn];
}

// An element with more children than this is no line around a number (a page's body, a long list).
const MAX_LINE_CHILDREN = 64;

/**
 * Outside cells: the crowded controls of the number the pointer is at. A control follows its number's
 * text in the same element (<span>040 123 4567<control></span>) or follows the link (<a>…</a><control>).
 */
function crowdedControlsAt(element: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const isCrowdedHost = (node: Element | null): node is HTMLElement => node !== null && isControlHost(node) && node.hasAttribute(CROWDED_ATTRIBUTE);
  if (element.childElementCount <= MAX_LINE_CHILDREN) for (const child of element.children) if (isCrowdedHost(child)) found.push(child);
  for (let next = element.nextElementSibling; next && isControlHost(next); next = next.nextElementSibling) if (isCrowdedHost(next)) found.push(next);
  return found;
}

export interface InlineCrowding {
  /** Inline controls were just put after `after`: measured after the next layout of their table or line. */
  inserted(after: Node): void;
  teardown(): void;
}

/**
 * Inline controls: those in the cells of small tables (a virtualised grid renders a few dozen rows),
 * and those in running text. Their table, or the element that holds their number, is watched by a
 * ResizeObserver, which reports after the frame's layout: once when controls are put in it (observed
 * anew, it reports at once), and whenever its size changes (a column or a line that widens or
 * narrows). Each report measures its controls again.
 */
export function createInlineCrowding(doc: Document, reveal: CrowdedReveal): InlineCrowding {
  const view = doc.defaultView;
  const range = doc.createRange();
  const tablesWatched = new WeakSet<Element>();
  const measure = (targets: Element[]) => {
    // All reads first, then all writes: the frame lays the page out once.
    const verdicts: [HTMLElement, { left: number; width: number } | null][] = [];
    for (const target of targets) {
      // Removed by the page (its size became 0): not kept alive by our observer.
      if (!target.isConnected) {
        resized?.unobserve(target);
        continue;
      }
      const rtl = getComputedStyle(target).direction === 'rtl';
      const inTable = tablesWatched.has(target);
      // A table's controls are in its cells; a line holder's are its children.
      const hosts = inTable ? target.querySelectorAll<HTMLElement>(HOST_TAG) : target.querySelectorAll<HTMLElement>(`:scope > ${HOST_TAG}`);
      for (const host of hosts) {
        // The node the control follows, and how many controls of that node come before it.
        let slot = 0;
        let after = host.previousSibling;
        while (after && isControlHost(after)) {
          slot += 1;
          after = after.previousSibling;
        }
        const number = after && lastBox(after, range);
        if (!after || !number) continue;
        // In a cell: the next cell's text, or words after the number in the same cell, whichever is nearer.
        const edges = [nextTextOnLine(host, number, rtl, range), inTable ? nextTextEdge(after, rtl, range) : undefined].filter((edge): edge is number => edge !== undefined);
        const edge = edges.length === 0 ? undefined : rtl ? Math.max(...edges) : Math.min(...edges);
        const crowded = isCrowded(rtl ? number.left : number.right, edge, slot, rtl);
        verdicts.push([host, crowded ? hintUnder(numberBox(after, number, range), host.getBoundingClientRect().left, rtl) : null]);
      }
    }
    for (const [host, hint] of verdicts) {
      host.toggleAttribute(CROWDED_ATTRIBUTE, hint !== null);
      if (!hint) continue;
      host.style.setProperty('--evcb-u', `${hint.left}px`);
      host.style.setProperty('--evcb-w', `${hint.width}px`);
    }
    if (verdicts.some(([, hint]) => hint)) reveal.watch();
  };
  const resized = view && typeof view.ResizeObserver === 'function' ? new view.ResizeObserver((entries) => measure(entries.map((entry) => entry.target))) : null;
  return {
    inserted(after) {
      if (!resized) return;
      const cell = cellAround(after);
      const table = cell && (cell.closest(TABLE_SELECTOR) ?? cell.parentElement);
      if (table) tablesWatched.add(table);
      const target = table ?? after.parentElement;
      if (!target) return;
      resized.unobserve(target);
      resized.observe(target);
    },
    teardown() {
      resized?.disconnect();
    },
  };
}

const TABLE_SELECTOR = 'table, [role="grid"], [role="treegrid"], [role="table"]';

/** The table or grid cell a text, link or input is in. */
function cellAround(node: Node): Element | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element && cellOf(element);
}

/** The last line box of a text, link or input: where its number ends (undefined: not shown). */
export function lastBox(node: Node, range: Range): DOMRect | undefined {
  if (!node.isConnected) return undefined;
  let rects: DOMRectList;
  if (node.nodeType === 3) {
    range.selectNodeContents(node);
    rects = range.getClientRects();
  } else rects = (node as Element).getClientRects();
  for (let index = rects.length - 1; index >= 0; index -= 1) {
    const rect = rects[index]!;
    if (rect.width > 0 || rect.height > 0) return rect;
  }
  return undefined;
}
