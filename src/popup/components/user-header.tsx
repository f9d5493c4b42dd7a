// The popup's header: what this is, who is signed in, and a way to the settings.
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';

interface Props {
  email?: string | undefined;
  displayName?: string | undefined;
}

export function UserHeader({ email, displayName }: Props) {
  const openSettings = () => void browser.runtime.openOptionsPage();
  return (
    <header class="popup-header">
      <div>
        <h1>{t('action_title')}</h1>
        {email ? (
          <p class="user" title={email}>
            {displayName ? t('common_name_with_email', displayName, email) : email}
          </p>
        ) : null}
      </div>
      {email ? (
        <button type="button" class="link-button" onClick={openSettings}>
          {t('common_settings')}
        </button>
      ) : null}
    </header>
  );
}
