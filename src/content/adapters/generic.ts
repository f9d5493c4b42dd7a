// Works on any page using the generic record rule and id sources. Per-CRM adapters go before it
// in adapters/index.ts; when one of them finds nothing, the generic rules still run.
import { findRecord } from '../scan/record';
import type { SiteAdapter } from './site-adapter';

export const genericAdapter: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  recognises: () => true,
  findRecord,
  findId: () => undefined,
};
