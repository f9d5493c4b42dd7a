// Parse, normalise and format single phone numbers.
// We use the `max` metadata: about 150 kB of JSON (roughly 80 kB minified in the content bundle)
// against 80 kB for `min`, but `min` only checks lengths, so dates, ids and amounts of the right
// length would pass as "valid" numbers and get call controls. Validation quality wins here.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type { CountryCode };

/** `valid`: a number that exists in the numbering plan; `possible`: only the length fits. */
export type Strictness = 'valid' | 'possible';

// Longer input is not a phone number, and parsing it would waste time.
const MAX_INPUT_LENGTH = 64;

/**
 * The number in E.164 form (`+358401234567`), or null when the text is not one phone number.
 * National forms (`040 123 4567`) are read with the default country; `00` prefixes are understood.
 */
export function toE164(text: string, country: CountryCode, strictness: Strictness = 'valid'): string | null {
  const input = text.trim();
  if (input.length === 0 || input.length > MAX_INPUT_LENGTH) return null;
  const parsed = parsePhoneNumberFromString(input, { defaultCountry: country, extract: false });
  if (!parsed) return null;
  const acceptable = strictness === 'valid' ? parsed.isValid() : parsed.isPossible();
  return acceptable ? parsed.number : null;
}

/** International display form (`+358 40 1234567`); the input unchanged when it cannot be parsed. */
export function formatInternational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

/**
 * The number in a `tel:` or `callto:` URI (`tel:+358-40-123-4567;ext=1`, `callto://+3584012`),
 * percent-decoded and without parameters; null for other schemes.
 */
export function numberFromTelUri(href: string): string | null {
  const match = /^\s*(?:tel|callto):(?:\/\/)?([^;?#]*)/i.exec(href);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).trim() || null;
  } catch {
    // A malformed %-escape: use the text as written rather than giving up on the link.
    return match[1].trim() || null;
  }
}

/** Whitespace as the agent sees it: no-break and thin spaces become plain ones, runs collapse. */
export function normaliseShownNumber(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f]+/g, ' ').trim();
}
