// Big containers (a grid's tbody with 10,000 rows, a long list) are not walked at load: their
// children are cut into chunks, and a chunk is walked only when it comes near the viewport. So the
// cost of a page follows what the agent sees, not its size (issue 4, speed): at load the scanner
// touches a handful of sentinel elements per chunk instead of every cell of every row.
// IntersectionObserver does the geometry, except right after a load or a scroll (takeInView), when
// the page's layout is clean and a few reads find the chunks in view before the frame is drawn.

/** More element children than this make a container lazy. Forms and 50-row tables stay eager. */
export const LAZY_CHILD_COUNT = 100;
// Children per chunk: small enough that a chunk is about a screen of rows, so little is walked early.
const CHUNK = 16;

export interface LazyRegions {
  /** True when the container was taken over: its children come back through `onNear` later. */
  adopt(container: Element): boolean;
  /**
   * Right after a scroll (before the frame) or a load: the nodes now in the viewport that were not
   * handed over as visible yet (`visible`), and the rest of the chunks within `screens` screens of it
   * (`margin`). Reads layout: call it only when the page has not changed since it was last laid
   * out, or the read lays it out.
   */
  takeInView(screens?: number): { visible: Node[]; margin: Node[] };
  /** Forgets every container (teardown, or a new scan of the page). */
  reset(): void;
}

interface Chunk {
  /** Where the chunk's nodes start: its first element, or text before the container's first element. */
  first: Node;
  firstElement: Element;
  /** The first element of the next chunk (walking stops there), or null for the last chunk. */
  end: Element | null;
  sentinels: Element[];
  released: boolean;
  /** Nodes takeInView handed over as margin only (outside the viewport then); null when none. */
  rest: Node[] | null;
}

// Viewport-relative top of a chunk's first element and bottom of its last.
const topOf = (chunk: Chunk) => chunk.sentinels[0]!.getBoundingClientRect().top;
const bottomOf = (chunk: Chunk) => chunk.sentinels[chunk.sentinels.length - 1]!.getBoundingClientRect().bottom;

/**
 * `onNear(visible, margin)`: nodes of chunks that came into the viewport, and of chunks within a
 * screen of it. Each node is handed over once; content the page adds later comes through the
 * mutation observer as usual.
 */
export function createLazyRegions(onNear: (visible: Node[], margin: Node[]) => void): LazyRegions {
  if (typeof IntersectionObserver !== 'function') return { adopt: () => false, takeInView: () => ({ visible: [], margin: [] }), reset: () => undefined };
  const chunkOf = new Map<Element, Chunk>();
  // Each adopted container's chunks, in page order (for takeInView's binary search); dropped with
  // the container, so a grid the page throws away is not kept alive.
  let chunkLists: { container: Element; chunks: Chunk[] }[] = [];
  const dropRemovedContainers = () => {
    if (chunkLists.some((list) => !list.container.isConnected)) chunkLists = chunkLists.filter((list) => list.container.isConnected);
  };
  // Margin work may wait (the scanner holds it while the agent scrolls): a margin chunk that then
  // comes into view must not wait with it, so margin chunks are also watched against the viewport.
  const marginChunkOf = new Map<Element, Chunk>();
  const inView = new IntersectionObserver((entries) => {
    const visible: Node[] = [];
    for (const entry of entries) {
      const chunk = entry.isIntersecting ? marginChunkOf.get(entry.target) : undefined;
      if (!chunk) continue;
      unwatchInView(chunk);
      collect(chunk, visible);
    }
    if (visible.length > 0) onNear(visible, []);
  });
  const watchInView = (chunk: Chunk) => {
    for (const sentinel of chunk.sentinels) {
      marginChunkOf.set(sentinel, chunk);
      inView.observe(sentinel);
    }
  };
  const unwatchInView = (chunk: Chunk) => {
    for (const sentinel of chunk.sentinels) {
      inView.unobserve(sentinel);
      marginChunkOf.delete(sentinel);
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const visible: Node[] = [];
      const margin: Node[] = [];
      const viewportHeight = window.innerHeight;
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const chunk = chunkOf.get(entry.target);
        if (!chunk || chunk.released) continue;
        release(chunk);
        const box = entry.boundingClientRect;
        // A chunk whose first element is above the viewport, or whose last is below it, may
        // reach into the viewport: what is in view must not wait with the margins.
        const isFirst = entry.target === chunk.firstElement;
        const isInView = (box.bottom > 0 && box.top < viewportHeight) || (isFirst ? box.bottom <= 0 : box.top >= viewportHeight);
        if (isInView) collect(chunk, visible);
        else {
          collect(chunk, margin);
          watchInView(chunk);
        }
        // A sentinel taller than a screen's share of a chunk: the chunk may reach past the margin.
        // Its neighbours are near too, so they go now rather than when their own sentinels arrive.
        if (box.height * CHUNK > viewportHeight) releaseNeighbours(chunk, margin);
      }
      if (visible.length > 0 || margin.length > 0) onNear(visible, margin);
    },
    { rootMargin: '100% 0px 100% 0px' },
  );

  function release(chunk: Chunk): void {
    chunk.released = true;
    for (const sentinel of chunk.sentinels) {
      observer.unobserve(sentinel);
      chunkOf.delete(sentinel);
    }
  }

  function releaseNeighbours(chunk: Chunk, into: Node[]): void {
    const before = chunk.firstElement.previousElementSibling;
    for (const neighbour of [before && chunkOf.get(before), chunk.end && chunkOf.get(chunk.end)]) {
      if (neighbour && !neighbour.released) {
        release(neighbour);
        collect(neighbour, into);
        watchInView(neighbour);
      }
    }
  }

  return {
    adopt(container) {
      const children = container.children;
      const count = children.length;
      if (count <= LAZY_CHILD_COUNT) return false;
      const chunks: Chunk[] = [];
      dropRemovedContainers();
      chunkLists.push({ container, chunks });
      for (let start = 0; start < count; start += CHUNK) {
        const first = children[start]!;
        const last = children[Math.min(count, start + CHUNK) - 1]!;
        // Text directly in the container before its first element belongs to the first chunk.
        const from = start === 0 ? (container.firstChild ?? first) : first;
        const chunk: Chunk = { first: from, firstElement: first, end: children[start + CHUNK] ?? null, sentinels: first === last ? [first] : [first, last], released: false, rest: null };
        chunks.push(chunk);
        for (const sentinel of chunk.sentinels) {
          chunkOf.set(sentinel, chunk);
          observer.observe(sentinel);
        }
      }
      return true;
    },
    takeInView(screens = 0) {
      const visible: Node[] = [];
      const margin: Node[] = [];
      const viewportHeight = window.innerHeight;
      const top = -screens * viewportHeight;
      const bottom = (1 + screens) * viewportHeight;
      // Only the rows in view go now: a chunk at the edge of the viewport is mostly outside it, and
      // what is outside waits with the margins (until it comes into view itself).
      // Hands over the nodes in view; the chunk keeps the others. Returns those others.
      const takeVisible = (chunk: Chunk, nodes: Node[]): Node[] => {
        const left: Node[] = [];
        for (const node of nodes) (isInView(node, viewportHeight) ? visible : left).push(node);
        chunk.rest = left.length > 0 ? left : null;
        return left;
      };
      dropRemovedContainers();
      for (const { chunks } of chunkLists) {
        // The first chunk that reaches below the top of the viewport, then on until one starts below it.
        let low = 0;
        let high = chunks.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (bottomOf(chunks[middle]!) <= top) low = middle + 1;
          else high = middle;
        }
        for (let index = low; index < chunks.length; index += 1) {
          const chunk = chunks[index]!;
          if (topOf(chunk) >= bottom) break;
          if (!chunk.released) {
            release(chunk);
            const nodes: Node[] = [];
            collect(chunk, nodes);
            margin.push(...takeVisible(chunk, nodes));
          } else if (marginChunkOf.has(chunk.sentinels[0]!)) {
            // Handed over as margin work, which may be held while the agent scrolls: now it is in view.
            unwatchInView(chunk);
            collect(chunk, visible);
          } else if (chunk.rest) takeVisible(chunk, chunk.rest);
        }
      }
      return { visible, margin };
    },
    reset() {
      observer.disconnect();
      inView.disconnect();
      chunkOf.clear();
      marginChunkOf.clear();
      chunkLists = [];
    },
  };
}

function isInView(node: Node, viewportHeight: number): boolean {
  if (node.nodeType !== 1) return true;
  const box = (node as Element).getBoundingClientRect();
  return box.bottom > 0 && box.top < viewportHeight;
}

/** The chunk's nodes, from its first node up to the next chunk's first element. */
function collect(chunk: Chunk, into: Node[]): void {
  for (let node: Node | null = chunk.first; node && node !== chunk.end; node = node.nextSibling) into.push(node);
}
