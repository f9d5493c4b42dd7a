// Re-renders the component (and the tree under it) when the active language changes, e.g. when the
// agent picks another language on the options page.
import { useEffect, useState } from 'preact/hooks';
import { activeLanguage, onLanguageChange, type Language } from '../i18n';

export function useLanguage(): Language {
  const [language, setLanguage] = useState(activeLanguage);
  useEffect(() => onLanguageChange(setLanguage), []);
  return language;
}
