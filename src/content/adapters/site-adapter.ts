// Per-CRM knowledge lives in one adapter per site (adapters/<crm>.ts). Only the generic adapter
// exists so far; a CRM-specific one would narrow records or add id sources for its markup.
export interface SiteAdapter {
  readonly name: string;
  /** Whether this adapter knows the page at that URL. */
  matches(url: URL): boolean;
  /** The record (row, card, form) a number belongs to, or null; see scan/record.ts for the rule. */
  findRecord(element: Element): Element | null;
}
