// Signed in: who, where, and Sign out.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import type { SessionInfo } from '../../shared/messages/contract';
import { sendToBackground } from '../../shared/messages/send';

type SignedIn = Extract<SessionInfo, { signedIn: true }>;

interface Props {
  session: SignedIn;
  onSignedOut: (session: SessionInfo) => void;
}

export function signedInAs({ displayName, email }: Pick<SignedIn, 'displayName' | 'email'>): string {
  return displayName && displayName !== email ? `Signed in as ${displayName} (${email})` : `Signed in as ${email}`;
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
        API endpoint: <code>{session.apiEndpoint}</code>
      </p>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={() => void signOut()} disabled={pending}>
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
