// Shown when there is no session: one way forward, the options page.
import { browser } from '../../shared/browser';
import { PendingWhileSignedOut } from './pending-while-signed-out';

interface Props {
  reason?: string | undefined;
}

export function SignedOutView({ reason }: Props) {
  const openSettings = () => void browser.runtime.openOptionsPage();
  return (
    <section class="signed-out" aria-labelledby="signed-out-heading">
      <h2 id="signed-out-heading" class="visually-hidden">
        Not signed in
      </h2>
      <p>You are not signed in to EnreachVoice.</p>
      {reason ? <p class="muted">{reason}</p> : null}
      <button type="button" class="primary" onClick={openSettings}>
        Open settings
      </button>
      <PendingWhileSignedOut />
    </section>
  );
}
