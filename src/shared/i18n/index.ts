// Translated text for every context: `t(key, ...substitutions)` with `$1…$9` (and `$$` for a
// dollar sign) as in _locales' messages.json, plurals by Intl.PluralRules, and numbers, dates and
// times formatted for the active language. Pure: no browser APIs (follow-setting.ts applies the
// agent's language setting), so it runs the same in the background, pages, content script and tests.
import { CATALOGS, LANGUAGES, type Language, type MessageKey } from './catalogs';

export { LANGUAGES, type Language, type MessageKey } from './catalogs';
export type LanguageSetting = 'auto' | Language;

/** Intl locale of each language; Finnish and Swedish as spoken in Finland and Sweden. */
const LOCALES: Record<Language, string> = { en: 'en', fi: 'fi-FI', sv: 'sv-SE' };

let active: Language = 'en';
const listeners = new Set<(language: Language) => void>();

export function activeLanguage(): Language {
  return active;
}

export function activeLocale(): string {
  return LOCALES[active];
}

/** The language to use: the setting, or for "auto" the browser's UI language when we have it. */
export function resolveLanguage(setting: LanguageSetting | undefined, uiLanguage: string | undefined): Language {
  if (setting && setting !== 'auto') return setting;
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

export function setLanguage(language: Language): void {
  if (language === active) return;
  active = language;
  for (const listener of [...listeners]) listener(language);
}

/** Called after every change of language; returns the unsubscribe. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

type Substitution = string | number;

/** Replaces $1…$9 with the substitutions (numbers formatted for the locale) and $$ with "$". */
export function substitute(message: string, substitutions: readonly Substitution[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_match, which: string) => {
    if (which === '$') return '$';
    const value = substitutions[Number(which) - 1];
    return value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The message in the active language, else in English, else the key itself (never blank). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const message = CATALOGS[active][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  return substitute(message, substitutions);
}

/** Keys that come as a `_one` / `_other` pair, named without the suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never }[MessageKey];

/** A counted phrase: `$1` is the count; Finnish, Swedish and English need only "one" and "other". */
export function tn(base: PluralKey, count: number, ...rest: Substitution[]): string {
  const form = new Intl.PluralRules(activeLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count, ...rest);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(activeLocale()).format(value);
}

/** A date and time as the agent's locale writes it, e.g. "26.11.2026 klo 14.30" in Finnish. */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A region's name in the active language ("Suomi", "Finland"), or the code when unknown. */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([activeLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code; // Not a valid region code: shown as stored.
  }
}

/** Sorts texts the way the active language's alphabet does (Ä and Ö after Z in Finnish and Swedish). */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, activeLocale());
}

/** A language's name in that language, capitalised as a menu item: "English", "Suomi", "Svenska". */
export function endonym(language: Language): string {
  let name: string = language;
  try {
    name = new Intl.DisplayNames([LOCALES[language]], { type: 'language' }).of(language) ?? language;
  } catch {
    // No display names in this engine: the code is still a fair label.
  }
  return name.charAt(0).toLocaleUpperCase(LOCALES[language]) + name.slice(1);
}

/** A time of day as the locale writes it ("14.30" in Finnish, "14:30" in Swedish, "02:30 PM"). */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(activeLocale(), { hour: '2-digit', minute: '2-digit' }).format(ms);
}
