// Watches the page for new and changed content. The callback only queues: no DOM reads beyond
// node types and names, no layout, no detection. The scanner works the queue off in slices.
import { isControlHost } from '../ui/call-control';
import { isLayer, isLayerPart, layerHosts } from './overlay-layer';

export interface MutationSink {
  /** Added nodes and text whose content changed. */
  changed(node: Node): void;
  /** A control that left the DOM (by our hand or the page's). */
  controlRemoved(host: HTMLElement): void;
  /** The page removed some of its own nodes (controls drawn over them must go too). */
  removed(): void;
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
        if (!isControlHost(node) && !isLayer(node) && !isLayerPart(node)) sink.changed(node);
      });
      let pageNodes = false;
      record.removedNodes.forEach((node) => {
        if (isControlHost(node)) sink.controlRemoved(node);
        // A page that re-renders the parent of an overlay layer takes its controls with it.
        else if (isLayer(node)) layerHosts(node as Element).forEach(sink.controlRemoved);
        else if (!isLayerPart(node)) pageNodes = true;
      });
      if (pageNodes) sink.removed();
    }
  });
  return {
    observe: (root) => observer.observe(root, OPTIONS),
    disconnect: () => observer.disconnect(),
  };
}
