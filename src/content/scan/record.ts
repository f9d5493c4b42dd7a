// The record a number belongs to: the unit of a CRM page that describes one contact or request.
// Rule: the nearest ancestor (crossing open shadow roots to their host) that is a <tr>, <li>,
// <article>, <form>, [role=row], [data-record], or has a class *token* that is or ends in
// "card"/"record" (card, contact-card, slds-card, recordCard; not card-body or discard).
// <body> and <html> are never records: a page-wide "record" would pair every number with one id.

const RECORD_TAGS = new Set(['tr', 'li', 'article', 'form']);
const RECORD_CLASS_TOKEN = /^(?:card|record)$|[-_](?:card|record)$|[a-z](?:Card|Record)$/;

export function isRecord(element: Element): boolean {
  if (RECORD_TAGS.has(element.localName)) return true;
  if (element.getAttribute('role') === 'row' || element.hasAttribute('data-record')) return true;
  for (const token of element.classList) if (RECORD_CLASS_TOKEN.test(token)) return true;
  return false;
}

/** The element's parent, or the host of the shadow root it sits at the top of. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

export function findRecord(start: Element): Element | null {
  for (let element: Element | null = start; element; element = parentAcrossShadow(element)) {
    if (element.localName === 'body' || element.localName === 'html') return null;
    if (isRecord(element)) return element;
  }
  return null;
}
