// Reading a record whose parts sit in open shadow roots (Salesforce Lightning, other web
// components): text and queries that go into shadow roots the way the agent's eye does.

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * The record's text, text nodes joined with spaces (textContent would glue "…1d01" to a number in
 * the next cell), a shadow root's content read before the host's light children (label, then value).
 */
export function deepText(root: Node, maxLength: number): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(node, SHOW_ELEMENT_AND_TEXT);
    for (let current = walker.nextNode(); current && length < maxLength; current = walker.nextNode()) {
      if (current.nodeType === 3) {
        parts.push((current as Text).data);
        length += (current as Text).data.length + 1;
      } else if ((current as Element).shadowRoot) visit((current as Element).shadowRoot!);
    }
  };
  if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  visit(root);
  return parts.join(' ');
}

/** The first element matching the selector inside the root or any open shadow root below it. */
export function deepQuery(root: Element, selector: string, maxElements = 2000): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  let seen = 0;
  const hosts: Element[] = root.shadowRoot ? [root] : [];
  for (const element of root.querySelectorAll('*')) {
    if (++seen > maxElements) break;
    if (element.shadowRoot) hosts.push(element);
  }
  for (const host of hosts) {
    const inside = host.shadowRoot!.querySelector(selector);
    if (inside) return inside;
    for (const nested of host.shadowRoot!.querySelectorAll('*')) {
      const found = nested.shadowRoot ? deepQuery(nested, selector, maxElements) : null;
      if (found) return found;
    }
  }
  return null;
}
