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

export function pairIdsWithNumber(start: Element, adapter: SiteAdapter): CallbackIds {
  const record = adapter.findRecord(start);
  const find = (kind: IdKind) =>
    adapter.findId(start, record, kind) ??
    idFromAttributes(start, record, kind) ?? idFromLinks(start, record, kind) ?? idFromLabelledText(record, kind);
  const callbackRequestId = find('request');
  // A list id alone does not make a callback call; it only helps the background with a request.
  if (!callbackRequestId) return {};
  const callbackListId = find('list');
  return callbackListId ? { callbackRequestId, callbackListId } : { callbackRequestId };
}
