// From what the user typed to a validated sign-in message. Pure: no DOM, no browser APIs.
// The password is passed through untouched (spaces can be part of it) and never logged.
import { t } from '../shared/i18n';
import type { RequestOf } from '../shared/messages/contract';
import { DEFAULT_DISCOVERY_URL } from '../shared/storage/settings';

export type SignInMode = 'password' | 'key';

export interface SignInValues {
  mode: SignInMode;
  email: string;
  password: string;
  secretKey: string;
  rememberMe: boolean;
  discoveryUrl: string;
  apiEndpoint: string;
}

export type SignInRequest =
  | { type: 'session.signIn'; payload: RequestOf<'session.signIn'> }
  | { type: 'session.signInWithKey'; payload: RequestOf<'session.signInWithKey'> };

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false; // Not a URL at all: reported to the user below.
  }
}

/** What is wrong with the form, as a sentence for the user, or undefined when it can be sent. */
export function validateSignIn(values: SignInValues): string | undefined {
  const email = values.email.trim();
  if (!email) return t('signin_enter_email');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return t('signin_invalid_email');
  if (values.mode === 'password' && !values.password) return t('signin_enter_password');
  if (values.mode === 'key' && values.secretKey.trim().length < 8) {
    return t('signin_paste_key');
  }
  const { discoveryUrl, apiEndpoint } = advancedSettingsOf(values);
  if (!isHttpUrl(discoveryUrl)) return t('signin_bad_discovery_url', DEFAULT_DISCOVERY_URL);
  if (apiEndpoint && !isHttpUrl(apiEndpoint)) return t('signin_bad_api_endpoint');
  return undefined;
}

/** The Advanced values as they are saved to settings: trimmed, discovery URL never blank. */
export function advancedSettingsOf(values: Pick<SignInValues, 'discoveryUrl' | 'apiEndpoint'>) {
  return { discoveryUrl: values.discoveryUrl.trim() || DEFAULT_DISCOVERY_URL, apiEndpoint: values.apiEndpoint.trim() };
}

export function buildSignInRequest(values: SignInValues): SignInRequest {
  const { discoveryUrl, apiEndpoint } = advancedSettingsOf(values);
  const common = {
    email: values.email.trim(),
    rememberMe: values.rememberMe,
    discoveryUrl,
    ...(apiEndpoint ? { apiEndpoint } : {}),
  };
  if (values.mode === 'key') {
    return { type: 'session.signInWithKey', payload: { ...common, secretKey: values.secretKey.trim() } };
  }
  return { type: 'session.signIn', payload: { ...common, password: values.password } };
}
