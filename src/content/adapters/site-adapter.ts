// Per-CRM knowledge, declared: where a CRM runs, where its records are, and where it keeps callback
// request and list ids. One file per CRM (adapters/<crm>.ts) holds only such a declaration;
// createAdapter turns it into the adapter the scanner uses. Everything an adapter does not find,
// the generic rules (scan/record.ts, scan/callback-id-sources.ts) still look for.
import { findRecord as findGenericRecord, parentAcrossShadow } from '../scan/record';
import { idFromDeclaredFields, idFromDeclaredLinks, type IdKind } from './declared-ids';

export interface AdapterSpec {
  readonly name: string;
  /** Hostnames (the host or any subdomain of it) where the CRM runs. */
  readonly hosts: readonly string[];
  /** A CSS selector only this CRM's pages match (self-hosted or proxied instances, the fixtures). */
  readonly signature: string;
  /** Records (row, card, form, record page), nearest ancestor first; across shadow roots. */
  readonly records: readonly string[];
  /** Elements inside a record whose text or input value is the id. */
  readonly idFields?: Partial<Record<IdKind, readonly string[]>>;
  /** Link URLs that name the id: patterns with the GUID as their first group. */
  readonly idLinks?: Partial<Record<IdKind, readonly RegExp[]>>;
}

export interface SiteAdapter {
  readonly name: string;
  /** Whether this adapter knows the page at that URL. */
  matches(url: URL): boolean;
  /** Whether the document looks like this CRM (checked only when no adapter matched the host). */
  recognises(doc: Document): boolean;
  /** The record (row, card, form) a number belongs to, or null; see scan/record.ts for the rule. */
  findRecord(element: Element): Element | null;
  /** An id the CRM keeps in its own places; undefined lets the generic sources look. */
  findId(start: Element, record: Element | null, kind: IdKind): string | undefined;
}

export type { IdKind };

// A CRM's app shell (its root container, its navigation bar) comes early in the document. Looking
// only there keeps recognition cheap on a 10,000-row page, where a querySelector that finds nothing
// would visit every element (and `matches` on thousands costs tens of ms on a slow machine).
const SIGNATURE_SEARCH_LIMIT = 400;

function showsSignature(doc: Document, signature: string): boolean {
  const walker = doc.createTreeWalker(doc, 0x1 /* SHOW_ELEMENT */);
  for (let i = 0; i < SIGNATURE_SEARCH_LIMIT && walker.nextNode(); i += 1) {
    if ((walker.currentNode as Element).matches(signature)) return true;
  }
  return false;
}

export function createAdapter(spec: AdapterSpec): SiteAdapter {
  const recordSelector = spec.records.join(', ');
  return {
    name: spec.name,
    matches: (url) => spec.hosts.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`)),
    recognises: (doc) => spec.signature !== '' && showsSignature(doc, spec.signature),
    findRecord(element) {
      if (recordSelector) {
        for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
          if (current.localName === 'body' || current.localName === 'html') break;
          if (current.matches(recordSelector)) return current;
        }
      }
      return findGenericRecord(element);
    },
    findId(start, record, kind) {
      return idFromDeclaredFields(record, spec.idFields?.[kind]) ?? idFromDeclaredLinks(start, record, spec.idLinks?.[kind]);
    },
  };
}
