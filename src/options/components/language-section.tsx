// The extension's language (issue 6.2): follow the browser, or English, Finnish or Swedish whatever
// the browser says. Saved at once; the page (and every other context) switches as the setting changes.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { LANGUAGES, endonym, resolveLanguage, t, type LanguageSetting } from '../../shared/i18n';
import { applyLanguage, browserLanguage } from '../../shared/i18n/follow-setting';
import type { Settings } from '../../shared/storage/settings';
import { SelectField } from './select-field';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

export function LanguageSection({ settings, save }: Props) {
  const [error, setError] = useState<string | undefined>(undefined);
  const auto = endonym(resolveLanguage('auto', browserLanguage()));
  const options = [{ value: 'auto', label: t('options_language_auto', auto) }, ...LANGUAGES.map((language) => ({ value: language, label: endonym(language), lang: language }))];
  const change = async (language: LanguageSetting) => {
    setError(undefined);
    try {
      await save({ language });
      // This page switches now; other contexts follow the stored setting.
      applyLanguage(language);
    } catch (caught) {
      setError(t('options_save_failed', toAppError(caught).message));
    }
  };
  return (
    <section class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options_general')}</h2>
      <SelectField
        id="language"
        label={t('options_language')}
        value={settings.language}
        options={options}
        hint={t('options_language_hint')}
        onChange={(value) => void change(value as LanguageSetting)}
      />
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
