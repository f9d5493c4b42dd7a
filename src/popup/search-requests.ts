// Search my requests by contact name or number, as an agent types it: "sara", "Mäkinen" or
// "makinen", "+46 70 123", "0401234" (national, leading zero) all find their request. Pure.
import type { CallbackRequestView } from '../shared/messages/contract';

export interface SearchKey {
  name: string;
  digits: string;
}

/** Lower case without accents, so "makinen" finds "Mäkinen". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchKeyOf(request: Pick<CallbackRequestView, 'contactName' | 'number'>): SearchKey {
  return { name: foldText(request.contactName ?? ''), digits: request.number.replace(/\D/g, '') };
}

/** A compiled query; `null` when it matches everything. */
export interface SearchQuery {
  text: string;
  digits: string;
}

export function parseQuery(raw: string): SearchQuery | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  // Only phone characters: a number. Leading zeros (national "0", international "00") are dropped,
  // since E.164 digits start with the country code: "040 123" → "40123" is inside "358401234567".
  if (/^[\d\s+()\-./]+$/.test(trimmed)) return { text: '', digits: trimmed.replace(/\D/g, '').replace(/^0+/, '') };
  return { text: foldText(trimmed), digits: '' };
}

export function matchesQuery(key: SearchKey, query: SearchQuery | null): boolean {
  if (!query) return true;
  if (query.text) return key.name.includes(query.text);
  return query.digits === '' || key.digits.includes(query.digits);
}
