// Signed out: e-mail and password (or an API secret key for SSO organisations), Remember me, Advanced.
import { t } from '../../shared/i18n';
import type { SessionInfo } from '../../shared/messages/contract';
import type { Settings } from '../../shared/storage/settings';
import { KEY_MODE_HASH, PASSWORD_MODE_HASH, useSignIn } from '../use-sign-in';
import { AdvancedFields } from './advanced-fields';
import { TextField } from './text-field';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  onSignedIn: (session: SessionInfo) => void;
}

export function SignInForm(props: Props) {
  const { values, update, pending, error, submit } = useSignIn(props);
  const keyMode = values.mode === 'key';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit();
  };
  return (
    <form class="sign-in" noValidate aria-labelledby="sign-in-heading" onSubmit={onSubmit}>
      <h3 id="sign-in-heading">{t('signin_heading')}</h3>
      {keyMode ? (
        <p class="hint">{t('signin_sso_hint')}</p>
      ) : null}
      <TextField id="email" label={t('signin_email')} type="email" autocomplete="username" value={values.email} onInput={(email) => update({ email })} />
      {keyMode ? (
        <TextField id="secret-key" label={t('signin_secret_key')} type="password" autocomplete="off" value={values.secretKey} onInput={(secretKey) => update({ secretKey })} />
      ) : (
        <TextField id="password" label={t('signin_password')} type="password" autocomplete="current-password" value={values.password} onInput={(password) => update({ password })} />
      )}
      <RememberMe checked={values.rememberMe} onChange={(rememberMe) => update({ rememberMe })} />
      <AdvancedFields discoveryUrl={values.discoveryUrl} apiEndpoint={values.apiEndpoint} onChange={update} />
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <button type="submit" class="primary" disabled={pending}>
        {pending ? t('signin_pending') : t('signin_submit')}
      </button>
      <p class="alternative">
        {keyMode ? (
          <a href={PASSWORD_MODE_HASH} onClick={() => update({ mode: 'password' })}>
            {t('signin_with_password')}
          </a>
        ) : (
          <>
            {t('signin_sso_question')}{' '}
            <a href={KEY_MODE_HASH} onClick={() => update({ mode: 'key' })}>
              {t('signin_with_key')}
            </a>
          </>
        )}
      </p>
    </form>
  );
}

function RememberMe({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="field check">
      <input id="remember-me" name="remember-me" type="checkbox" checked={checked} aria-describedby="remember-me-hint" onChange={(event) => onChange(event.currentTarget.checked)} />
      <label htmlFor="remember-me">{t('signin_remember_me')}</label>
      <p id="remember-me-hint" class="hint">
        {t('signin_remember_me_hint')}
      </p>
    </div>
  );
}
