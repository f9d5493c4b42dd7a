// Reads callback ids from the places an adapter declares: fields (text or input value) and link
// URLs. Only standalone GUIDs are taken, so a CRM's own record ids of another shape never pass.
import { findGuids } from '../../shared/phone';
import { deepQuery, deepText } from '../scan/deep-dom';

export type IdKind = 'request' | 'list';

export function idFromDeclaredFields(record: Element | null, selectors: readonly string[] | undefined): string | undefined {
  if (!record || !selectors) return undefined;
  for (const selector of selectors) {
    const field = record.matches(selector) ? record : deepQuery(record, selector);
    if (!field) continue;
    const value = field.localName === 'input' ? (field as HTMLInputElement).value : deepText(field, 300);
    const guid = findGuids(value)[0];
    if (guid) return guid.value;
  }
  return undefined;
}

export function idFromDeclaredLinks(start: Element, record: Element | null, patterns: readonly RegExp[] | undefined): string | undefined {
  if (!patterns) return undefined;
  const links = [start.closest('a[href]'), ...(record?.querySelectorAll('a[href]') ?? [])];
  for (const link of links) {
    const href = decode(link?.getAttribute('href') ?? '');
    for (const pattern of patterns) {
      const match = pattern.exec(href);
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}

function decode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    // A malformed escape: match the URL as written.
    return href;
  }
}
