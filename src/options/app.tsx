// The options page: account (sign in / out) and calling settings.
import { t } from '../shared/i18n';
import { useLanguage } from '../shared/ui/use-language';
import { LockedSettingsContext } from './locked-settings';
import { useSettings } from './use-settings';
import { AccountSection } from './components/account-section';
import { SettingsSection } from './components/settings-section';
import { WorkspaceSettings } from './components/workspace-settings';
import { LanguageSection } from './components/language-section';
import { SitesSection } from './components/sites-section';

export function App() {
  useLanguage(); // a change of language re-renders the page (no component below is memoised)
  const { settings, loadError, locked, save } = useSettings();
  return (
    <>
      <header class="page-header">
        <h1>{t('ext_name')}</h1>
        <p class="muted">{t('common_settings')}</p>
      </header>
      <main>
        {loadError ? (
          <p role="alert" class="error">
            {loadError}
          </p>
        ) : null}
        {settings ? (
          <LockedSettingsContext.Provider value={locked}>
            <AccountSection settings={settings} save={save} />
            <SettingsSection settings={settings} save={save} />
            <SitesSection />
            <WorkspaceSettings settings={settings} save={save} />
            <LanguageSection settings={settings} save={save} />
          </LockedSettingsContext.Provider>
        ) : (
          <p role="status" class="muted">
            {t('options_loading_settings')}
          </p>
        )}
      </main>
    </>
  );
}
