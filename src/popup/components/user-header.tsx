// The popup's header: what this is, who is signed in, and a way to the settings.
import { browser } from '../../shared/browser';

interface Props {
  email?: string | undefined;
  displayName?: string | undefined;
}

export function UserHeader({ email, displayName }: Props) {
  const openSettings = () => void browser.runtime.openOptionsPage();
  return (
    <header class="popup-header">
      <div>
        <h1>EnreachVoice callbacks</h1>
        {email ? (
          <p class="user" title={email}>
            {displayName ? `${displayName} (${email})` : email}
          </p>
        ) : null}
      </div>
      {email ? (
        <button type="button" class="link-button" onClick={openSettings}>
          Settings
        </button>
      ) : null}
    </header>
  );
}
