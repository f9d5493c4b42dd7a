// A number that fills its cell (a dense grid) leaves no room for its control's button: drawn after
// the number, the button would cover the start of the next cell's text. Such a control is "crowded":
// a dotted line under the number marks it (control-styles.ts), and its button shows while the agent
// points at the number's cell, tabs to it or has a call going from it.
// Overlay controls are measured by their layer as it places them (overlay-layer.ts); inline ones in
// table cells after each layout that resizes their table (createInlineCrowding).
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

// A button is drawn 3 px after the number (or the button before it); 1 px of that gap is enough.
const SPARE_GAP_PX = 2;

/** True when the `slot`th button after a number ending at `end` would reach the next text, at `edge`. */
export function isCrowded(end: number, edge: number | undefined, slot: number, rtl: boolean): boolean {
  if (edge === undefined) return false;
  return (rtl ? end - edge : edge - end) < (slot + 1) * SLOT_WIDTH_PX - SPARE_GAP_PX;
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
    const cell = view && at instanceof view.Element ? cellOf(at) : null;
    const next = cell ? crowdedControlsOf(doc, cell) : [];
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

export interface InlineCrowding {
  /** Inline controls were just put after `after`: measured in the next frame when in a table cell. */
  inserted(after: Node): void;
  teardown(): void;
}

/**
 * Inline controls in the cells of small tables (a virtualised grid renders a few dozen rows). Their
 * table is watched by a ResizeObserver, which reports after the frame's layout: once when controls
 * are put in it (observed anew, it reports at once), and whenever its size changes (a column that
 * widens or narrows). Each report measures the table's controls again.
 */
export function createInlineCrowding(doc: Document, reveal: CrowdedReveal): InlineCrowding {
  const view = doc.defaultView;
  const range = doc.createRange();
  const measure = (tables: Element[]) => {
    // All reads first, then all writes: the frame lays the page out once.
    const verdicts: [HTMLElement, { left: number; width: number } | null][] = [];
    for (const table of tables) {
      if (!table.isConnected) continue;
      const rtl = getComputedStyle(table).direction === 'rtl';
      for (const host of table.querySelectorAll<HTMLElement>(HOST_TAG)) {
        // The node the control follows, and how many controls of that node come before it.
        let slot = 0;
        let after = host.previousSibling;
        while (after && isControlHost(after)) {
          slot += 1;
          after = after.previousSibling;
        }
        const number = after && lastBox(after, range);
        if (!after || !number) continue;
        const crowded = isCrowded(rtl ? number.left : number.right, nextTextEdge(after, rtl, range), slot, rtl);
        verdicts.push([host, crowded ? hintUnder(number, host.getBoundingClientRect().left, rtl) : null]);
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
  const tables = view && typeof view.ResizeObserver === 'function' ? new view.ResizeObserver((entries) => measure(entries.map((entry) => entry.target))) : null;
  return {
    inserted(after) {
      const cell = cellAround(after);
      const table = cell && (cell.closest(TABLE_SELECTOR) ?? cell.parentElement);
      if (!tables || !table) return;
      tables.unobserve(table);
      tables.observe(table);
    },
    teardown() {
      tables?.disconnect();
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
