// Pairs a number with the callback request (and list) it belongs to, searching the number's
// record. Order of trust: the CRM adapter's declared fields and links, data attributes (set by
// the page for machines), then link URLs, then text labelled "Callback request" (or its Finnish/
// Swedish names).
import type { SiteAdapter } from '../adapters/site-adapter';
import { idFromAttributes, idFromLabelledText, idFromLinks, type IdKind } from './callback-id-sources';

export interface CallbackIds {
  callbackRequestId?: string;
  callbackListId?: string;
}

/**
 * Ids found in a record's labelled text, kept for one slice of work: a grid row has two numbers,
 * and reading the row's text twice was a tenth of the detection time on the 10,000-row grid.
 */
export type LabelledIdCache = WeakMap<Element, Partial<Record<IdKind, string | null>>>;

function labelledId(record: Element | null, kind: IdKind, cache: LabelledIdCache | undefined): string | undefined {
  if (!record || !cache) return idFromLabelledText(record, kind);
  const known = cache.get(record) ?? {};
  if (known[kind] === undefined) {
    known[kind] = idFromLabelledText(record, kind) ?? null;
    cache.set(record, known);
  }
  return known[kind] ?? undefined;
}

export function pairIdsWithNumber(start: Element, adapter: SiteAdapter, cache?: LabelledIdCache): CallbackIds {
  const record = adapter.findRecord(start);
  const find = (kind: IdKind) =>
    adapter.findId(start, record, kind) ??
    idFromAttributes(start, record, kind) ?? idFromLinks(start, record, kind) ?? labelledId(record, kind, cache);
  const callbackRequestId = find('request');
  // A list id alone does not make a callback call; it only helps the background with a request.
  if (!callbackRequestId) return {};
  const callbackListId = find('list');
  return callbackListId ? { callbackRequestId, callbackListId } : { callbackRequestId };
}
