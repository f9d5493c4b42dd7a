// Signed in: who, where, and Sign out.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { SessionInfo } from '../../shared/messages/contract';
import { sendToBackground } from '../../shared/messages/send';

type SignedIn = Extract<SessionInfo, { signedIn: true }>;

interface Props {
  session: SignedIn;
  onSignedOut: (session: SessionInfo) => void;
}

export function signedInAs({ displayName, email }: Pick<SignedIn, 'displayName' | 'email'>): string {
  return t('signed_in_as', displayName && displayName !== email ? t('common_name_with_email', displayName, email) : email);
}

export function SignedInView({ session, onSignedOut }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const signOut = async () => {
    setPending(true);
    setError(undefined);
    try {
      onSignedOut(await sendToBackground('session.signOut', {}));
    } catch (caught) {
      setError(toAppError(caught).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <div class="signed-in">
      <p class="signed-in-as">{signedInAs(session)}</p>
      <p class="muted">
        {t('signed_in_api_endpoint')} <code>{session.apiEndpoint}</code>
      </p>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={() => void signOut()} disabled={pending}>
        {pending ? t('signing_out') : t('sign_out')}
      </button>
    </div>
  );
}
