// The label a page puts next to a value: "Order no." in a column header, a <dt>, a <th> in the
// same row, or the label element just before it. A number under an id label is not called.
import { columnHeaderText } from './table-header';

const MAX_LABEL_LENGTH = 60;
// Elements that lay out a field's value; above these the label search stops.
const FIELD_CONTAINERS = new Set(['td', 'th', 'dd', 'li', 'div', 'p', 'section', 'article', 'form', 'body']);
const MAX_INLINE_DEPTH = 4;

/** The nearest label text before the value containing `text`, or null. */
export function fieldLabelOf(text: Text): string | null {
  let node: Node = text;
  for (let depth = 0; depth <= MAX_INLINE_DEPTH; depth += 1) {
    const before = previousMeaningfulSibling(node);
    if (before) return shortText(before);
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    if (FIELD_CONTAINERS.has(parent.localName)) return containerLabel(parent);
    node = parent;
  }
  return null;
}

function containerLabel(container: Element): string | null {
  if (container.localName === 'td') {
    const previous = container.previousElementSibling;
    if (previous?.localName === 'th') return shortText(previous);
    return columnHeaderText(container);
  }
  if (container.localName === 'dd') {
    const previous = container.previousElementSibling;
    return previous?.localName === 'dt' ? shortText(previous) : null;
  }
  const previous = container.previousElementSibling;
  return previous ? shortText(previous) : null;
}

function previousMeaningfulSibling(node: Node): Node | null {
  let sibling = node.previousSibling;
  while (sibling && sibling.nodeType === 3 && !(sibling.textContent ?? '').trim()) sibling = sibling.previousSibling;
  // Comments and our own controls are not labels.
  while (sibling && sibling.nodeType !== 1 && sibling.nodeType !== 3) sibling = sibling.previousSibling;
  return sibling;
}

function shortText(node: Node): string | null {
  const value = (node.textContent ?? '').trim();
  return value && value.length <= MAX_LABEL_LENGTH ? value : null;
}
