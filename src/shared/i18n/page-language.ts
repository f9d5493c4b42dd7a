// An extension page in the agent's language: loads the language setting before the first render,
// keeps <html lang> and the tab title in step, and follows later changes of the setting.
import { activeLanguage, onLanguageChange, t, type MessageKey } from './index';
import { followLanguageSetting, loadLanguage } from './follow-setting';

function applyToDocument(titleKey: MessageKey): void {
  document.documentElement.lang = activeLanguage();
  document.title = t(titleKey);
}

/** Resolves once the language is known; render after it so the first paint is already translated. */
export async function startPageLanguage(titleKey: MessageKey): Promise<void> {
  await loadLanguage();
  applyToDocument(titleKey);
  onLanguageChange(() => applyToDocument(titleKey));
  followLanguageSetting();
}
