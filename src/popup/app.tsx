// The toolbar popup: who is signed in and my callback requests, or the way to sign in.
import { useCallback } from 'preact/hooks';
import { ErrorPanel } from '../shared/ui/error-panel';
import { useSession } from '../shared/ui/use-session';
import { RequestsPanel } from './components/requests-panel';
import { SignedOutView } from './components/signed-out-view';
import { UserHeader } from './components/user-header';

export function App() {
  const { state, reload } = useSession();
  const onSignedOut = useCallback(() => void reload(), [reload]);
  const session = state.status === 'ready' ? state.session : undefined;
  return (
    <>
      <UserHeader email={session?.signedIn ? session.email : undefined} displayName={session?.signedIn ? session.displayName : undefined} />
      <main>
        {state.status === 'loading' ? (
          <p role="status" class="muted">
            Loading…
          </p>
        ) : null}
        {state.status === 'error' ? <ErrorPanel message={state.message} onRetry={reload} /> : null}
        {session && !session.signedIn ? <SignedOutView reason={session.reason} /> : null}
        {session?.signedIn ? <RequestsPanel onSignedOut={onSignedOut} /> : null}
      </main>
    </>
  );
}
