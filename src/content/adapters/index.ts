// Picks the adapter for a page: the first that matches, the generic one last.
import { genericAdapter } from './generic';
import type { SiteAdapter } from './site-adapter';

export type { SiteAdapter };

const ADAPTERS: readonly SiteAdapter[] = [genericAdapter];

export function adapterFor(href: string): SiteAdapter {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return genericAdapter;
  }
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}
