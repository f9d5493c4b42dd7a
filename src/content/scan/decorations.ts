// Which page nodes carry controls, so nothing is decorated twice, a changed text is decorated
// again, and everything can be removed on teardown.

interface Decoration {
  /** Fingerprint of the node's content when decorated (text, href + text, input value): a change means rescan. */
  key: number;
  hosts: HTMLElement[];
}

export interface Decorations {
  isCurrent(node: Node, key: string): boolean;
  record(node: Node, key: string, hosts: HTMLElement[]): void;
  /** Removes the node's controls (if any) and forgets it. */
  forget(node: Node): void;
  /** Forgets the node and returns its controls, for the caller to remove in its write batch. */
  detach(node: Node): HTMLElement[];
  /** The page node a control belongs to. */
  anchorOf(host: HTMLElement): Node | undefined;
  /** True when we removed this control ourselves (the observer then ignores its removal). */
  removedByUs(host: HTMLElement): boolean;
  /** The page nodes with a live control that `pick` chooses (e.g. by number), each once. */
  anchorsWhere(pick: (host: HTMLElement) => boolean): Node[];
  /** Drops controls the page has removed, so a long-lived SPA does not keep them alive. */
  prune(): void;
  removeAll(): void;
  readonly size: number;
}

// A fingerprint of each candidate's content is kept, not a copy of its text: a big grid has tens of
// thousands of candidates (issue 4: heap under 10 MB). Most have no number (dates, amounts, ids):
// for those the fingerprint is all that is kept. 30 bits, so V8 stores it unboxed (a small integer,
// no number object per candidate). A change goes unnoticed only if both hashes collide (1 in 2^30).
function fingerprint(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (Math.imul(hash ^ key.length, 0x01000193) >>> 2) & 0x3fffffff;
}

/**
 * `removeControl` takes a control off the page (inline or from an overlay layer); `isPending` tells
 * a control that is not on the page yet (an overlay control waits for the next frame) from one the page removed.
 */
export function createDecorations(removeControl: (host: HTMLElement) => void = (host) => host.remove(), isPending: (host: HTMLElement) => boolean = () => false): Decorations {
  let byNode = new WeakMap<Node, Decoration>();
  let quiet = new WeakMap<Node, number>();
  const anchors = new WeakMap<HTMLElement, Node>();
  const ourRemovals = new WeakSet<HTMLElement>();
  const live = new Set<HTMLElement>();

  const release = (host: HTMLElement) => {
    ourRemovals.add(host);
    live.delete(host);
  };
  const removeHost = (host: HTMLElement) => {
    release(host);
    removeControl(host);
  };

  return {
    isCurrent(node, key) {
      const kept = byNode.get(node)?.key ?? quiet.get(node);
      return kept !== undefined && kept === fingerprint(key);
    },
    record(node, key, hosts) {
      if (hosts.length === 0) {
        byNode.delete(node);
        quiet.set(node, fingerprint(key));
        return;
      }
      quiet.delete(node);
      byNode.set(node, { key: fingerprint(key), hosts });
      for (const host of hosts) {
        anchors.set(host, node);
        live.add(host);
      }
    },
    forget(node) {
      byNode.get(node)?.hosts.forEach(removeHost);
      byNode.delete(node);
      quiet.delete(node);
    },
    detach(node) {
      const hosts = byNode.get(node)?.hosts ?? [];
      hosts.forEach(release);
      byNode.delete(node);
      quiet.delete(node);
      return hosts;
    },
    anchorOf: (host) => anchors.get(host),
    removedByUs: (host) => ourRemovals.has(host),
    anchorsWhere(pick) {
      const found = new Set<Node>();
      for (const host of live) {
        const anchor = anchors.get(host);
        if (anchor && pick(host)) found.add(anchor);
      }
      return [...found];
    },
    prune() {
      for (const host of live) if (!host.isConnected && !isPending(host)) live.delete(host);
    },
    removeAll() {
      for (const host of [...live]) removeHost(host);
      byNode = new WeakMap();
      quiet = new WeakMap();
    },
    get size() {
      return live.size;
    },
  };
}
