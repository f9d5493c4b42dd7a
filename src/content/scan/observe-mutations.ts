// Watches the page for new and changed content. The callback only queues: no DOM reads beyond
// node types and names, no layout, no detection. The scanner works the queue off in slices.
import { isControlHost } from '../ui/call-control';

export interface MutationSink {
  /** Added nodes and text whose content changed. */
  changed(node: Node): void;
  /** A control that left the DOM (by our hand or the page's). */
  controlRemoved(host: HTMLElement): void;
}

export interface MutationWatch {
  observe(root: Document | ShadowRoot): void;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchMutations(sink: MutationSink): MutationWatch {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        sink.changed(record.target);
        continue;
      }
      record.addedNodes.forEach((node) => {
        if (!isControlHost(node)) sink.changed(node);
      });
      record.removedNodes.forEach((node) => {
        if (isControlHost(node)) sink.controlRemoved(node);
      });
    }
  });
  return {
    observe: (root) => observer.observe(root, OPTIONS),
    disconnect: () => observer.disconnect(),
  };
}
