// Service discovery [doc][code]: e-mail → the API endpoint of the user's silo.
import { AppError } from '../errors';
import { requestJson } from './client';
import { discoveryResponseSchema } from './schemas';

export function normaliseEndpoint(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new AppError('invalid-input', `“${url}” is not a valid web address.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AppError('invalid-input', `“${url}” must start with https://.`);
  }
  return trimmed;
}

export async function discoverApiEndpoint(discoveryUrl: string, email: string): Promise<string> {
  const base = normaliseEndpoint(discoveryUrl);
  const url = `${base}/api/user?user=${encodeURIComponent(email)}`;
  const entries = await requestJson(url, null, { schema: discoveryResponseSchema, what: 'look up your EnreachVoice account' });
  const first = entries[0];
  if (!first) {
    throw new AppError('unknown-email', `EnreachVoice does not know the address ${email}. Check the e-mail address, or set the API endpoint under Advanced.`);
  }
  return normaliseEndpoint(first.apiEndpoint);
}
