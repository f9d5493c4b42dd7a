// Where a page keeps callback request (and list) ids near a number. Each source returns the raw
// value; pair-ids-with-numbers.ts decides the order they are tried in.
import { findGuids, GUID_SOURCE as GUID } from '../../shared/phone';
import { deepText } from './deep-dom';
import { parentAcrossShadow } from './record';
import { columnHeaderText } from './table-header';

export type IdKind = 'request' | 'list';

const ID_ATTRIBUTES: Record<IdKind, readonly string[]> = {
  request: ['data-callback-request-id', 'data-callback-id', 'data-cbr-id'],
  list: ['data-callback-list-id'],
};
// The contract caps ids at 100 characters; a longer page value is cut so the background can
// still answer with "not a valid callback request id" rather than a schema error.
const MAX_ID_LENGTH = 100;

/** A data attribute on the element or an ancestor, else on any element inside the record. */
export function idFromAttributes(start: Element, record: Element | null, kind: IdKind): string | undefined {
  const names = ID_ATTRIBUTES[kind];
  for (let element: Element | null = start; element; element = parentAcrossShadow(element)) {
    const value = firstAttribute(element, names);
    if (value) return value;
  }
  const inside = record?.querySelector(names.map((name) => `[${name}]`).join(','));
  return inside ? firstAttribute(inside, names) : undefined;
}

function firstAttribute(element: Element, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value.slice(0, MAX_ID_LENGTH);
  }
  return undefined;
}

const URL_PATTERNS: Record<IdKind, readonly RegExp[]> = {
  request: [
    new RegExp(`[?&#](?:callbackRequestId|callback_request_id|cbrId)=\\{?(${GUID})`, 'i'),
    new RegExp(`/(?:callbacks|callback-?requests)/\\{?(${GUID})`, 'i'),
  ],
  list: [
    new RegExp(`[?&#](?:callbackListId|callback_list_id)=\\{?(${GUID})`, 'i'),
    new RegExp(`/callback-?lists/\\{?(${GUID})`, 'i'),
  ],
};

/** An id in the URL of a link around the number or inside the record. */
export function idFromLinks(start: Element, record: Element | null, kind: IdKind): string | undefined {
  const links: Element[] = [];
  const around = start.closest('a[href]');
  if (around) links.push(around);
  if (record) links.push(...record.querySelectorAll('a[href]'));
  for (const link of links) {
    const href = decodeHref(link.getAttribute('href') ?? '');
    for (const pattern of URL_PATTERNS[kind]) {
      const match = pattern.exec(href);
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}

function decodeHref(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

const LABELS: Record<IdKind, RegExp> = {
  request: /callback[\s-]*request|takaisinsoittopyyntö|återuppringningsbegäran/i,
  list: /callback[\s-]*list|takaisinsoittolista|återuppringningslista/i,
};
// Label, then at most a few words ("id", "tunnus", ":"), then the GUID.
const LABELLED_GAP = 30;

/** A GUID right after a "Callback request" label in the record's text, or under such a column header. */
export function idFromLabelledText(record: Element | null, kind: IdKind): string | undefined {
  if (!record) return undefined;
  const text = deepText(record, MAX_RECORD_TEXT);
  const guids = findGuids(text);
  for (const guid of guids) {
    const before = text.slice(Math.max(0, guid.start - LABELLED_GAP - 30), guid.start);
    if (endsNearLabel(before, LABELS[kind])) return guid.value;
  }
  // The whole record read and no GUID in it: none in a cell either (most rows of a grid).
  if (guids.length === 0 && text.length < MAX_RECORD_TEXT - 1) return undefined;
  return idUnderHeader(record, kind);
}

// Text nodes joined with spaces, shadow roots included (see deep-dom.ts).
const MAX_RECORD_TEXT = 5000;

function endsNearLabel(before: string, label: RegExp): boolean {
  const all = [...before.matchAll(new RegExp(label.source, 'gi'))];
  const last = all[all.length - 1];
  return last !== undefined && before.length - ((last.index ?? 0) + last[0].length) <= LABELLED_GAP;
}

// The cells of a table row or an ARIA grid row; other records have no column headers.
function idUnderHeader(record: Element, kind: IdKind): string | undefined {
  const cells = record.localName === 'tr' ? [...(record as HTMLTableRowElement).cells] : record.getAttribute('role') === 'row' ? [...record.children] : [];
  // The header first: it rules out most cells without reading their text.
  for (const cell of cells) {
    if (!LABELS[kind].test(columnHeaderText(cell) ?? '')) continue;
    const guid = findGuids(deepText(cell, 200))[0];
    if (guid) return guid.value;
  }
  return undefined;
}
