// The toolbar popup: who is signed in and my callback requests, or the way to sign in.
import { useCallback } from 'preact/hooks';
import { t } from '../shared/i18n';
import { ErrorPanel } from '../shared/ui/error-panel';
import { useLanguage } from '../shared/ui/use-language';
import { useSession } from '../shared/ui/use-session';
import { FoundOnPage } from './components/found-on-page';
import { RequestsPanel } from './components/requests-panel';
import { SignedOutView } from './components/signed-out-view';
import { UserHeader } from './components/user-header';

export function App() {
  // A change of language re-renders the page; remounting by key makes memoised rows follow too.
  const language = useLanguage();
  const { state, reload } = useSession();
  const onSignedOut = useCallback(() => void reload(), [reload]);
  const session = state.status === 'ready' ? state.session : undefined;
  return (
    <>
      <UserHeader email={session?.signedIn ? session.email : undefined} displayName={session?.signedIn ? session.displayName : undefined} />
      <main>
        {state.status === 'loading' ? (
          <p role="status" class="muted">
            {t('common_loading')}
          </p>
        ) : null}
        {state.status === 'error' ? <ErrorPanel message={state.message} onRetry={reload} /> : null}
        {session && !session.signedIn ? <SignedOutView reason={session.reason} /> : null}
        {session?.signedIn ? <RequestsPanel key={language} onSignedOut={onSignedOut} /> : null}
        <FoundOnPage />
      </main>
    </>
  );
}
