// A number split over adjacent inline elements: <b>040</b> 123 4567, <span>+358</span><span>40…</span>.
// No single text node holds it, so we read the short block around it as one text and put the
// control after the part where the number ends.
import { findPhoneNumbers, mayContainPhoneNumber, normaliseShownNumber } from '../../shared/phone';
import type { CallTarget } from './call-target';
import type { DetectContext } from './detect';
import { withOpenRequest } from './open-requests';
import { pairIdsWithNumber } from './pair-ids-with-numbers';

// Formatting elements a page wraps number parts in.
const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'u', 'small', 'font', 'mark', 'sub', 'sup', 'a', 'bdi', 'data']);
const MAX_INLINE_DEPTH = 3;
// A phone number with its label fits in this; longer blocks are paragraphs, not split numbers.
const MAX_CONTAINER_TEXT = 64;

/** For a text node with some digits in an inline element: the block that may hold a split number. */
export function splitNumberContainer(text: Text): Element | null {
  if (!/\d/.test(text.data) || mayContainPhoneNumber(text.data)) return null;
  let element = text.parentElement;
  if (!element || !INLINE_TAGS.has(element.localName)) return null;
  for (let depth = 0; element && INLINE_TAGS.has(element.localName); depth += 1) {
    if (depth >= MAX_INLINE_DEPTH) return null;
    element = element.parentElement;
  }
  const content = element?.textContent ?? '';
  return element && content.length <= MAX_CONTAINER_TEXT && mayContainPhoneNumber(content) ? element : null;
}

export interface SplitHit {
  /** The container's child after which the control goes. */
  after: Node;
  target: CallTarget;
}

/** Numbers in the container that span several text nodes, none of which holds a number alone. */
export function detectSplitNumbers(container: Element, context: DetectContext): SplitHit[] {
  const pieces = textPieces(container);
  const text = pieces.map((piece) => piece.node.data).join('');
  const hits: SplitHit[] = [];
  for (const hit of findPhoneNumbers(text, context.country)) {
    const covered = pieces.filter((piece) => piece.start < hit.end && hit.start < piece.end);
    const last = covered[covered.length - 1];
    if (covered.length < 2 || !last) continue;
    // A part that is a number by itself is decorated on its own (see detect.ts), unless that
    // number runs on into the neighbouring element: "<b>040</b> 135 7911" is one number.
    if (covered.some((piece) => findPhoneNumbers(piece.node.data, context.country).some((own) => !continuesAcrossElements(piece.node, own)))) continue;
    const after = childContaining(container, last.node);
    const ids = pairIdsWithNumber(last.node.parentElement ?? container, context.adapter, context.labelledIds);
    hits.push({ after, target: { shown: normaliseShownNumber(hit.raw), e164: hit.e164, ...withOpenRequest(ids, hit.e164, context) } });
  }
  return hits;
}

// Characters that, next to a number across an element boundary, make it part of a longer one: a
// digit, a plus, or a bracketed area code ("(09)", "(0)"). A bracket around words ("(work)") does not.
const NUMBER_BEFORE = /(?:[\d+]|\d\s*\))$/;
const NUMBER_AFTER = /^(?:\d|\(\s*\d)/;

/**
 * True when a number found in one text node runs on into an adjacent inline element
 * ("<span>+358</span> 40 123 4567"): then the split-number search reads the whole, and the
 * part alone must not get a control of its own (it would be a different, wrong number).
 */
export function continuesAcrossElements(text: Text, hit: { start: number; end: number }): boolean {
  const atStart = text.data.slice(0, hit.start).trim() === '';
  const atEnd = text.data.slice(hit.end).trim() === '';
  return (atStart && NUMBER_BEFORE.test(neighbourText(text, 'previous'))) || (atEnd && NUMBER_AFTER.test(neighbourText(text, 'next')));
}

// The inline text right before or after the node (spaces trimmed), stopping at block boundaries.
function neighbourText(node: Node, side: 'previous' | 'next'): string {
  let current: Node | null = node;
  for (let depth = 0; current && depth <= MAX_INLINE_DEPTH; depth += 1) {
    let sibling: Node | null = side === 'previous' ? current.previousSibling : current.nextSibling;
    while (sibling && sibling.nodeType === 3 && !(sibling as Text).data.trim()) sibling = side === 'previous' ? sibling.previousSibling : sibling.nextSibling;
    if (sibling) {
      if (sibling.nodeType === 1 && !INLINE_TAGS.has((sibling as Element).localName)) return '';
      return (sibling.textContent ?? '').trim();
    }
    const parent: Element | null = current.parentElement;
    if (!parent || !INLINE_TAGS.has(parent.localName)) return '';
    current = parent;
  }
  return '';
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

function textPieces(container: Element): Piece[] {
  const walker = container.ownerDocument.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
  const pieces: Piece[] = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: offset, end: offset + node.data.length });
    offset += node.data.length;
  }
  return pieces;
}

function childContaining(container: Element, node: Node): Node {
  let child = node;
  while (child.parentNode && child.parentNode !== container) child = child.parentNode;
  return child;
}
