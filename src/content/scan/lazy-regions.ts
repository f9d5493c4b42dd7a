// Big containers (a grid's tbody with 10,000 rows, a long list) are not walked at load: their
// children are cut into chunks, and a chunk is walked only when it comes near the viewport. So the
// cost of a page follows what the agent sees, not its size (issue 4, speed): at load the scanner
// touches a handful of sentinel elements per chunk instead of every cell of every row.
// IntersectionObserver does the geometry; we never read layout ourselves.

/** More element children than this make a container lazy. Forms and 50-row tables stay eager. */
export const LAZY_CHILD_COUNT = 100;
// Children per chunk: small enough that a chunk is about a screen of rows, so little is walked early.
const CHUNK = 16;

export interface LazyRegions {
  /** True when the container was taken over: its children come back through `onNear` later. */
  adopt(container: Element): boolean;
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
}

/**
 * `onNear(visible, margin)`: nodes of chunks that came into the viewport, and of chunks within a
 * screen of it. Each node is handed over once; content the page adds later comes through the
 * mutation observer as usual.
 */
export function createLazyRegions(onNear: (visible: Node[], margin: Node[]) => void): LazyRegions {
  if (typeof IntersectionObserver !== 'function') return { adopt: () => false, reset: () => undefined };
  const chunkOf = new Map<Element, Chunk>();
  // Margin work may wait (the scanner holds it while the agent scrolls): a margin chunk that then
  // comes into view must not wait with it, so margin chunks are also watched against the viewport.
  const marginChunkOf = new Map<Element, Chunk>();
  const inView = new IntersectionObserver((entries) => {
    const visible: Node[] = [];
    for (const entry of entries) {
      const chunk = entry.isIntersecting ? marginChunkOf.get(entry.target) : undefined;
      if (!chunk) continue;
      for (const sentinel of chunk.sentinels) {
        inView.unobserve(sentinel);
        marginChunkOf.delete(sentinel);
      }
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
      for (let start = 0; start < count; start += CHUNK) {
        const first = children[start]!;
        const last = children[Math.min(count, start + CHUNK) - 1]!;
        // Text directly in the container before its first element belongs to the first chunk.
        const from = start === 0 ? (container.firstChild ?? first) : first;
        const chunk: Chunk = { first: from, firstElement: first, end: children[start + CHUNK] ?? null, sentinels: first === last ? [first] : [first, last], released: false };
        for (const sentinel of chunk.sentinels) {
          chunkOf.set(sentinel, chunk);
          observer.observe(sentinel);
        }
      }
      return true;
    },
    reset() {
      observer.disconnect();
      inView.disconnect();
      chunkOf.clear();
      marginChunkOf.clear();
    },
  };
}

/** The chunk's nodes, from its first node up to the next chunk's first element. */
function collect(chunk: Chunk, into: Node[]): void {
  for (let node: Node | null = chunk.first; node && node !== chunk.end; node = node.nextSibling) into.push(node);
}
