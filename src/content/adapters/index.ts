// Picks the adapter for a page: the first whose hosts match, else the first whose signature the
// document shows (self-hosted or proxied instances), else the generic one.
import { dynamics365Adapter } from './dynamics-365';
import { genericAdapter } from './generic';
import { hubspotAdapter } from './hubspot';
import { pipedriveAdapter } from './pipedrive';
import { salesforceLightningAdapter } from './salesforce-lightning';
import type { SiteAdapter } from './site-adapter';

export type { SiteAdapter };

export const CRM_ADAPTERS: readonly SiteAdapter[] = [salesforceLightningAdapter, dynamics365Adapter, hubspotAdapter, pipedriveAdapter];

export function adapterFor(href: string, doc?: Document): SiteAdapter {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    // No usable URL (about:blank frames): the document may still say which CRM it is.
  }
  const byHost = url ? CRM_ADAPTERS.find((adapter) => adapter.matches(url)) : undefined;
  return byHost ?? (doc && CRM_ADAPTERS.find((adapter) => adapter.recognises(doc))) ?? genericAdapter;
}
