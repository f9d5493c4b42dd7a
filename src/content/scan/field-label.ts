// The label a page puts next to a value: "Order no." in a column header (table or ARIA grid), a
// <dt>, a <th> in the same row, the label element just before it, or a label attribute of the
// field around it (Salesforce's field-label, which sits in a shadow root the value is slotted into).
// A number under an id label is not called.
import { parentAcrossShadow } from './record';
import { columnHeaderText } from './table-header';

const MAX_LABEL_LENGTH = 60;
// Elements that lay out a field's value; above these the label search stops.
const FIELD_CONTAINERS = new Set(['td', 'th', 'dd', 'li', 'div', 'p', 'section', 'article', 'form', 'body']);
const MAX_INLINE_DEPTH = 4;
// Attributes by which components name the field their value belongs to.
const LABEL_ATTRIBUTES = ['field-label', 'data-label'];

/** The nearest label text before the value containing `text`, or null. */
export function fieldLabelOf(text: Text): string | null {
  let node: Node = text;
  for (let depth = 0; depth <= MAX_INLINE_DEPTH; depth += 1) {
    const before = previousMeaningfulSibling(node);
    if (before) return shortText(before);
    const parent: Element | null = node.parentElement ?? hostOf(node);
    if (!parent) return null;
    const attribute = labelAttribute(parent);
    if (attribute) return attribute;
    if (FIELD_CONTAINERS.has(parent.localName) || isAriaCell(parent)) return containerLabel(parent);
    node = parent;
  }
  return null;
}

// Text at the top of a shadow root: the component's host stands in for its parent.
function hostOf(node: Node): Element | null {
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

function labelAttribute(element: Element): string | null {
  for (let current: Element | null = element, depth = 0; current && depth < 3; current = parentAcrossShadow(current), depth += 1) {
    for (const name of LABEL_ATTRIBUTES) {
      const value = current.getAttribute(name)?.trim();
      if (value) return value.slice(0, MAX_LABEL_LENGTH);
    }
  }
  return null;
}

function isAriaCell(element: Element): boolean {
  const role = element.getAttribute('role');
  return role === 'gridcell' || role === 'cell';
}

function containerLabel(container: Element): string | null {
  if (container.localName === 'td' || isAriaCell(container)) {
    const previous = container.previousElementSibling;
    if (previous?.localName === 'th' || previous?.getAttribute('role') === 'rowheader') return shortText(previous);
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
