// Which parts of a page the scanner never looks into.
import { HOST_TAG } from '../ui/call-control';

// Code, styles, form fields the agent types in, and content that is not text on screen.
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'optgroup', 'datalist',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'code', HOST_TAG,
]);

// Input types whose value is a phone-like text when the field is read-only.
const TEXT_INPUT_TYPES = new Set(['', 'text', 'tel', 'search']);

/** True when the element and everything under it must be left alone. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('data-evcb-ignore')) return true;
  if (element.localName === 'input') return !isReadOnlyTextInput(element);
  return isEditable(element);
}

/** A read-only text field: its value is shown, not typed, so it can get a call control. */
export function isReadOnlyTextInput(element: Element): element is HTMLInputElement {
  if (element.localName !== 'input' || !element.hasAttribute('readonly')) return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** `contenteditable` regions (rich-text editors): inserting elements there would corrupt the edit. */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** `a[href^=tel:]` / `a[href^=callto:]` links: the link itself gets the control. */
export function isTelLink(element: Element): element is HTMLAnchorElement {
  if (element.localName !== 'a') return false;
  const href = element.getAttribute('href') ?? '';
  return /^\s*(?:tel|callto):/i.test(href);
}
