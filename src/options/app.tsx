// The options page: account (sign in / out) and calling settings.
import { useSettings } from './use-settings';
import { AccountSection } from './components/account-section';
import { SettingsSection } from './components/settings-section';
import { WorkspaceSettings } from './components/workspace-settings';

export function App() {
  const { settings, loadError, save } = useSettings();
  return (
    <>
      <header class="page-header">
        <h1>EnreachVoice CRM Bridge</h1>
        <p class="muted">Settings</p>
      </header>
      <main>
        {loadError ? (
          <p role="alert" class="error">
            {loadError}
          </p>
        ) : null}
        {settings ? (
          <>
            <AccountSection settings={settings} save={save} />
            <SettingsSection settings={settings} save={save} />
            <WorkspaceSettings settings={settings} save={save} />
          </>
        ) : (
          <p role="status" class="muted">
            Loading settings…
          </p>
        )}
      </main>
    </>
  );
}
