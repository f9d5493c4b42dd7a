// Account: checking, signed out (the sign-in form) or signed in (who, and Sign out).
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/storage/settings';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { useSession } from '../../shared/ui/use-session';
import { SignedInView } from './signed-in-view';
import { SignInForm } from './sign-in-form';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

export function AccountSection({ settings, save }: Props) {
  const { state, reload, setSession } = useSession();
  const session = state.status === 'ready' ? state.session : undefined;
  return (
    <section class="card" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('options_account')}</h2>
      {state.status === 'loading' ? (
        <p role="status" class="muted">
          {t('options_checking_sign_in')}
        </p>
      ) : null}
      {state.status === 'error' ? <ErrorPanel message={state.message} onRetry={reload} /> : null}
      {session?.signedIn ? <SignedInView session={session} onSignedOut={setSession} /> : null}
      {session && !session.signedIn ? (
        <>
          {session.reason ? <p class="notice">{session.reason}</p> : null}
          <SignInForm settings={settings} save={save} onSignedIn={setSession} />
        </>
      ) : null}
    </section>
  );
}
