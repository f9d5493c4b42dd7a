// Enterprise policy (issue 6.5) enforced where it matters: a sign-in message cannot choose another
// server than the one the administrator locked, whatever the options page (or a forged message) sent.
import { loadSettingsWithPolicy } from '../shared/storage/settings';

interface Endpoints {
  discoveryUrl?: string | undefined;
  apiEndpoint?: string | undefined;
}

export async function withPolicyEndpoints<T extends Endpoints>(input: T, load = loadSettingsWithPolicy): Promise<T> {
  const { settings, locked } = await load();
  const next: T = { ...input };
  if (locked.includes('discoveryUrl')) next.discoveryUrl = settings.discoveryUrl;
  if (locked.includes('apiEndpoint')) next.apiEndpoint = settings.apiEndpoint || undefined;
  return next;
}
