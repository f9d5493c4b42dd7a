// Shown when there is no session: one way forward, the options page.
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { PendingWhileSignedOut } from './pending-while-signed-out';

interface Props {
  reason?: string | undefined;
}

export function SignedOutView({ reason }: Props) {
  const openSettings = () => void browser.runtime.openOptionsPage();
  return (
    <section class="signed-out" aria-labelledby="signed-out-heading">
      <h2 id="signed-out-heading" class="visually-hidden">
        {t('popup_signed_out_heading')}
      </h2>
      <p>{t('popup_signed_out_text')}</p>
      {reason ? <p class="muted">{reason}</p> : null}
      <button type="button" class="primary" onClick={openSettings}>
        {t('common_open_settings')}
      </button>
      <PendingWhileSignedOut />
    </section>
  );
}
