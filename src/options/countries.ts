// Countries offered as the default for reading national numbers (040 123 4567 → +358 40 123 4567),
// named and sorted in the active language (Intl.DisplayNames: "Suomi", "Finland", "Finland").
import { compareText, regionName } from '../shared/i18n';

export interface Country {
  code: string;
  name: string;
}

const CODES = ['AU', 'AT', 'BE', 'CA', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'IS', 'IE', 'IT', 'LV', 'LT', 'LU', 'NL', 'NO', 'PL', 'PT', 'ES', 'SE', 'CH', 'GB', 'US'] as const;

export const COUNTRIES: readonly { code: string }[] = CODES.map((code) => ({ code }));

/** The list in the active language, plus the stored code when it is not one of ours (so the select can show it). */
export function countriesIncluding(code: string): readonly Country[] {
  const codes: readonly string[] = CODES.includes(code as (typeof CODES)[number]) ? CODES : [...CODES, code];
  return codes.map((each) => ({ code: each, name: regionName(each) })).sort((a, b) => compareText(a.name, b.name));
}
