// Service discovery [doc][code]: e-mail → the API endpoint of the user's silo.
import { AppError } from '../errors';
import { t } from '../i18n';
import { requestJson } from './client';
import { discoveryResponseSchema } from './schemas';

export function normaliseEndpoint(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new AppError('invalid-input', t('err_invalid_url', url));
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AppError('invalid-input', t('err_url_scheme', url));
  }
  return trimmed;
}

export async function discoverApiEndpoint(discoveryUrl: string, email: string): Promise<string> {
  const base = normaliseEndpoint(discoveryUrl);
  const url = `${base}/api/user?user=${encodeURIComponent(email)}`;
  const entries = await requestJson(url, null, { schema: discoveryResponseSchema, what: t('what_look_up_account') });
  const first = entries[0];
  if (!first) {
    throw new AppError('unknown-email', t('err_unknown_email', email));
  }
  return normaliseEndpoint(first.apiEndpoint);
}
