// Walks a subtree for candidates: text nodes with enough digits, tel:/callto: links, read-only
// inputs and blocks holding a number split over inline elements. Skipped regions (skip-rules.ts)
// are jumped over whole; open shadow roots are reported so the scanner walks and observes them too.
import { mayContainPhoneNumber } from '../../shared/phone';
import { isReadOnlyTextInput, isSkippedElement, isTelLink } from './skip-rules';
import { LAZY_CHILD_COUNT } from './lazy-regions';
import { splitNumberContainer } from './split-number';

/** A text node, a tel link, a read-only input, or the block around a split number. */
export type Candidate = Text | Element;

/** What a text node asks the scanner to look at: itself, the block around a split number, or nothing. */
export function candidateForText(text: Text): Candidate | undefined {
  if (mayContainPhoneNumber(text.data)) return text;
  return splitNumberContainer(text) ?? undefined;
}

export interface RootWalk {
  /** A candidate; `undefined` when the step found nothing yet (check the clock); null when done. */
  step(): Candidate | null | undefined;
}

/**
 * `adopt`: offered every element with many children (lazy-regions.ts); when it takes one, the walk
 * goes past it, and its children come back later as roots of their own.
 */
export function walkRoot(root: Node, onShadowRoot: (root: ShadowRoot) => void, adopt: (container: Element) => boolean = () => false): RootWalk {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: checking in the loop lets us jump over a rejected subtree ourselves.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let skipChildren = false;
  return {
    step() {
      const node = skipChildren ? nextAfterSubtree(walker) : walker.nextNode();
      skipChildren = false;
      if (!node) return null;
      if (node.nodeType === 3) return candidateForText(node as Text);
      const element = node as Element;
      if (isSkippedElement(element)) {
        skipChildren = true;
        return undefined;
      }
      if (element.shadowRoot) onShadowRoot(element.shadowRoot);
      if (isTelLink(element) || isReadOnlyTextInput(element)) {
        skipChildren = true;
        return element;
      }
      if (element.childElementCount > LAZY_CHILD_COUNT && adopt(element)) skipChildren = true;
      return undefined;
    },
  };
}

function nextAfterSubtree(walker: TreeWalker): Node | null {
  do {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  } while (walker.parentNode());
  return null;
}

/**
 * For a node added or changed on a live page: the candidate it belongs to (itself, or the tel
 * link around it), or null when it sits in a skipped region. Roots that are plain elements
 * are returned as is, to be walked.
 */
export function resolveRoot(node: Node): Node | null {
  let telLink: Element | null = null;
  for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return null;
    if (!telLink && isTelLink(element)) telLink = element;
  }
  return telLink ?? node;
}
