// Works on any page using the generic record rule. Per-CRM adapters go before it in adapters/index.ts.
import { findRecord } from '../scan/record';
import type { SiteAdapter } from './site-adapter';

export const genericAdapter: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  findRecord,
};
