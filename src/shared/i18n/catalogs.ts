// The three message catalogs, bundled into every context (issue 6.2). The browser's own
// chrome.i18n.getMessage can only follow the browser's language; the agent's language setting can
// override it, so the extension looks messages up itself. `_locales/` stays the one source: the
// same files give the manifest its name and description.
// A new text: add its key to all three messages.json files (test/unit/i18n/catalogs.test.ts checks
// that the keys and the $1…$9 placeholders match) and read it with t('key').
import en from '../../../_locales/en/messages.json';
import fi from '../../../_locales/fi/messages.json';
import sv from '../../../_locales/sv/messages.json';

/** Every message key, taken from the English catalog (the fallback for every other language). */
export type MessageKey = keyof typeof en;

export const LANGUAGES = ['en', 'fi', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalog = Partial<Record<string, { message: string }>>;

export const CATALOGS: Record<Language, Catalog> = { en, fi, sv };
