// State and submission of the sign-in form (password or API secret key).
import { useEffect, useRef, useState } from 'preact/hooks';
import { AppError, toAppError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { SessionInfo } from '../shared/messages/contract';
import { sendToBackground } from '../shared/messages/send';
import type { Settings } from '../shared/storage/settings';
import { advancedSettingsOf, buildSignInRequest, validateSignIn, type SignInMode, type SignInRequest, type SignInValues } from './sign-in-request';

/** The secret-key path has its own address (options.html#sign-in-with-key), so it can be linked to. */
export const KEY_MODE_HASH = '#sign-in-with-key';
export const PASSWORD_MODE_HASH = '#sign-in-with-password';

type SaveSettings = (patch: Partial<Settings>) => Promise<Settings>;
type SignedIn = Extract<SessionInfo, { signedIn: true }>;

function modeFromHash(): SignInMode {
  return location.hash === KEY_MODE_HASH ? 'key' : 'password';
}

function send(request: SignInRequest): Promise<SessionInfo> {
  return request.type === 'session.signIn'
    ? sendToBackground('session.signIn', request.payload)
    : sendToBackground('session.signInWithKey', request.payload);
}

/** Checks the form, saves the Advanced values, and asks the background to sign in. Throws AppError. */
export async function signIn(values: SignInValues, save: SaveSettings): Promise<SignedIn> {
  const problem = validateSignIn(values);
  if (problem) throw new AppError('invalid-input', problem);
  await save(advancedSettingsOf(values));
  const session = await send(buildSignInRequest(values));
  if (!session.signedIn) throw new AppError('signed-out', session.reason ?? t('signin_not_finished'));
  return session;
}

export interface SignInOptions {
  settings: Pick<Settings, 'discoveryUrl' | 'apiEndpoint'>;
  save: SaveSettings;
  onSignedIn: (session: SessionInfo) => void;
}

export function useSignIn({ settings, save, onSignedIn }: SignInOptions) {
  const [values, setValues] = useState<SignInValues>(() => ({
    mode: modeFromHash(),
    email: '',
    password: '',
    secretKey: '',
    rememberMe: true,
    discoveryUrl: settings.discoveryUrl,
    apiEndpoint: settings.apiEndpoint,
  }));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const inFlight = useRef(false);
  const update = (patch: Partial<SignInValues>) => setValues((previous) => ({ ...previous, ...patch }));
  useEffect(() => {
    const onHashChange = () => update({ mode: modeFromHash() });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const submit = async () => {
    if (inFlight.current) return; // Enter pressed twice: one sign-in.
    inFlight.current = true;
    setError(undefined);
    setPending(true);
    try {
      onSignedIn(await signIn(values, save));
    } catch (caught) {
      setError(toAppError(caught).message);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };
  return { values, update, pending, error, submit };
}
