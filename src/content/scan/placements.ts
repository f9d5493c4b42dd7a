// Where a control goes: inline, right after its number (forms, cards, small tables), or in the
// overlay layer of a big container (overlay-layer.ts), where inserting it would make the browser
// lay out the whole container again. Decided in the read phase; `put` runs in the write phase.
import { createOverlayLayer, layerHosts, OVERLAY_ATTRIBUTE, type OverlayLayer } from './overlay-layer';
import { createCrowdedReveal, createInlineCrowding } from './crowding';
import { SLOT_PROPERTY } from '../ui/control-styles';
import type { RequestFrameStep } from './frame-steps';

export interface Placement {
  /** Shows the controls just after `after` (a text node, link or input of the page). */
  put(after: Node, hosts: HTMLElement[]): void;
}

export interface Placements {
  /** Read phase: how controls for `node` are placed. */
  forNode(node: Node): Placement;
  /** Removes a control wherever it was placed. */
  remove(host: HTMLElement): void;
  /** True for a control that waits for the next frame to be inserted (not connected yet, but live). */
  isPending(host: HTMLElement): boolean;
  /** From the mutation observer: the page changed `node` (added or edited). */
  changed(node: Node): void;
  /** From the mutation observer: the page removed nodes. */
  removed(): void;
  /**
   * From the scanner's frame work (right after a scroll): places waiting controls in this frame, after
   * the detection, rather than the next, unless the page just changed a container (its layout is pending).
   */
  placeNow(): void;
  teardown(): void;
}

const INSERT_AFTER: Placement = {
  put(after, hosts) {
    // Zero-width hosts after one node would draw their buttons on top of each other: side by side.
    hosts.forEach((host, slot) => slot > 0 && host.style.setProperty(SLOT_PROPERTY, String(slot)));
    (after as ChildNode).after(...hosts);
  },
};

// Parents in which a zero-height block before the container shifts nothing: block layout. In a
// flex or grid parent the layer would be an item (gaps, alignment): those keep inline controls.
const BLOCK_FLOW = new Set(['block', 'inline-block', 'flow-root', 'list-item', 'table-cell', 'table-caption']);
const BLOCK_LEVEL = new Set(['block', 'table', 'flow-root', 'list-item', 'flex', 'grid']);
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr']);

/** The element the layer goes before: the table of a tbody, or the container itself. */
function boxOf(container: Element): Element {
  return (TABLE_PARTS.has(container.localName) && container.closest('table')) || container;
}

/** True when a layer before `box` stays in place relative to it whatever the page does. */
function canOverlay(box: Element): boolean {
  const parent = box.parentElement;
  if (!parent || parent === box.ownerDocument.documentElement) return false;
  const boxStyle = getComputedStyle(box);
  // An absolutely positioned, sticky or floating box moves independently of the flow the layer is in.
  if (!BLOCK_LEVEL.has(boxStyle.display) || !['static', 'relative'].includes(boxStyle.position) || boxStyle.float !== 'none') return false;
  return BLOCK_FLOW.has(getComputedStyle(parent).display);
}

/**
 * True when the layer may leave the flow (overlay-layer.ts): no scroll or clip box between the
 * container and the nearest box that would contain an absolutely positioned layer, so the layer
 * scrolls and clips with the container.
 */
function canLeaveFlow(box: Element): boolean {
  const doc = box.ownerDocument;
  for (let element = box.parentElement; element && element !== doc.documentElement; element = element.parentElement) {
    const style = getComputedStyle(element);
    if (containsAbsolute(style)) return true;
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    // The body's overflow scrolls the viewport, unless the root element has its own.
    if (clips && (element !== doc.body || getComputedStyle(doc.documentElement).overflowY !== 'visible')) return false;
  }
  return true;
}

/** Whether an element is the containing block of absolutely positioned descendants. */
function containsAbsolute(style: CSSStyleDeclaration): boolean {
  return (
    style.position !== 'static' ||
    (style.transform !== undefined && style.transform !== 'none') ||
    (style.perspective !== undefined && style.perspective !== 'none') ||
    (style.filter !== undefined && style.filter !== 'none') ||
    /layout|paint|strict|content/.test(style.contain ?? '') ||
    /transform|perspective|filter/.test(style.willChange ?? '')
  );
}

let idCounter = 0;
const idPrefix = `evcb-${Math.random().toString(36).slice(2, 8)}-`;

/** `requestFrameStep`: runs the placing in an animation frame (the scanner orders it after its reads). */
export function createPlacements(doc: Document, bigChildCount: number, requestFrameStep: RequestFrameStep): Placements {
  const view = doc.defaultView;
  if (!view || typeof view.ResizeObserver !== 'function' || typeof view.requestAnimationFrame !== 'function') {
    return { forNode: () => INSERT_AFTER, remove: (host) => host.remove(), isPending: () => false, changed: () => undefined, removed: () => undefined, placeNow: () => undefined, teardown: () => undefined };
  }
  const decided = new WeakMap<Element, OverlayLayer | null>();
  const placementOf = new WeakMap<OverlayLayer, Placement>();
  const layers = new Map<Element, OverlayLayer>();
  const seenBoxes = new WeakSet<Element>();
  let frameRequested = false;
  // The page just changed its container: the frame about to run will lay it out. Reading positions
  // now would do that layout inside our callback; one frame later it is done (a page that keeps
  // changing waits one frame at most).
  let settling = false;

  const onFrame = () => {
    frameRequested = false;
    if (settling) {
      settling = false;
      return requestFrame();
    }
    placeAll();
  };
  function placeAll(): void {
    let more = false;
    for (const layer of layers.values()) more = layer.frame() || more;
    if (more) requestFrame();
  }
  function requestFrame(): void {
    if (frameRequested) return;
    frameRequested = true;
    requestFrameStep('place', onFrame);
  }

  // A box that changes size (rows added, hidden, columns widened) may have moved its numbers. The
  // observer reports after the frame's layout and before its paint: positions read now cost no
  // layout, and controls placed now are drawn in the same frame as the rows the page just added
  // (rather than a frame or two later, after a 10,000-row table's relayout of 0.5–1 s).
  const resized = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const layer = layers.get(entry.target);
      if (!layer) continue;
      if (seenBoxes.has(layer.box)) layer.invalidate();
      seenBoxes.add(layer.box);
    }
    settling = false;
    placeAll();
  });

  // Controls with no room for their button in their number's cell show it on demand (crowding.ts).
  const reveal = createCrowdedReveal(doc);
  const inlineCrowding = createInlineCrowding(doc, reveal);
  const inline: Placement = {
    put(after, hosts) {
      INSERT_AFTER.put(after, hosts);
      inlineCrowding.inserted(after);
    },
  };

  function removeHost(host: HTMLElement): void {
    // Few layers (one per big container): asking each is cheaper than a map entry per control.
    if (host.hasAttribute(OVERLAY_ATTRIBUTE)) for (const layer of layers.values()) if (layer.forget(host)) break;
    host.remove();
  }

  function layerFor(container: Element): OverlayLayer | null {
    let layer = decided.get(container);
    if (layer !== undefined) return layer;
    const box = boxOf(container);
    layer = layers.get(box) ?? (canOverlay(box) ? createOverlayLayer(box, removeHost, canLeaveFlow(box)) : null);
    decided.set(container, layer);
    return layer;
  }

  function overlayPlacement(layer: OverlayLayer): Placement {
    return {
      put(after, hosts) {
        if (!layers.has(layer.box)) {
          layers.set(layer.box, layer);
          resized.observe(layer.box);
        }
        reveal.watch();
        hosts.forEach((host, slot) => {
          // For the owning cell's aria-owns.
          host.id = `${idPrefix}${(idCounter += 1)}`;
          layer.add(host, after, slot);
        });
        requestFrame();
      },
    };
  }

  return {
    forNode(node) {
      const body = doc.body;
      for (let element = node.parentElement; element && element !== body; element = element.parentElement) {
        const known = decided.get(element);
        if (known === undefined && element.childElementCount <= bigChildCount) continue;
        const layer = known ?? layerFor(element);
        if (!layer) return inline;
        let placement = placementOf.get(layer);
        if (!placement) placementOf.set(layer, (placement = overlayPlacement(layer)));
        return placement;
      }
      return inline;
    },
    remove: removeHost,
    isPending(host) {
      if (host.isConnected || !host.hasAttribute(OVERLAY_ATTRIBUTE)) return false;
      for (const layer of layers.values()) if (layer.has(host)) return true;
      return false;
    },
    changed(node) {
      for (const layer of layers.values()) {
        if (!layer.box.contains(node)) continue;
        layer.invalidate();
        if (!frameRequested) settling = true;
        requestFrame();
      }
    },
    placeNow() {
      // From the scanner's frame work: its placing step, after it, places them in this frame.
      requestFrame();
    },
    removed() {
      if (layers.size === 0) return;
      layers.forEach((layer) => layer.sweep());
      requestFrame();
    },
    teardown() {
      resized.disconnect();
      reveal.teardown();
      inlineCrowding.teardown();
      for (const layer of layers.values()) {
        for (const host of layerHosts(layer.element)) removeHost(host);
        layer.detachAll();
      }
      layers.clear();
    },
  };
}
