// Find phone numbers in running text: libphonenumber-js finds and validates candidates, then the
// context rules in decoys.ts and labels.ts turn down what a person would not read as a number.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { findDecoySpans, isDecimalAmount, isGlued, isPostcode, isPrice, overlapsAny, type Span } from './decoys';
import { endsWithIdLabel } from './labels';

export interface FoundPhoneNumber {
  /** Offsets into the searched text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  /** As written on the page. */
  raw: string;
  /** Normalised, e.g. +358401234567. */
  e164: string;
}

// The shortest numbers we call have 6 digits ("09 123 4" is not a number; "(09) 123 456" is 8).
const MIN_DIGITS = 6;

/**
 * Cheap pre-check before the real search: does the text hold enough digits to contain a number?
 * Lets a scanner skip most text nodes of a page without running the parser.
 */
export function mayContainPhoneNumber(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

/** Every phone number in the text that survives the context rules, in order. */
export function findPhoneNumbers(text: string, country: CountryCode): FoundPhoneNumber[] {
  if (!mayContainPhoneNumber(text)) return [];
  const decoys = findDecoySpans(text);
  // Most of a CRM grid's digits are dates, amounts, ids: the parser need not look at those.
  if (!enoughDigitsOutside(text, decoys)) return [];
  const candidates = findPhoneNumbersInText(text, { defaultCountry: country });
  if (candidates.length === 0) return [];
  const found: FoundPhoneNumber[] = [];
  for (const candidate of candidates) {
    const span = { start: candidate.startsAt, end: candidate.endsAt };
    if (isDecoy(text, span, decoys)) continue;
    found.push({ ...span, raw: text.slice(span.start, span.end), e164: candidate.number.number });
  }
  return found;
}

// Letters and digits in one token (INV0442163790, JJFI3268373183): no number of ours starts or
// ends inside one (isGlued turns such matches down), so its digits do not count.
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;

/**
 * The cheap half of the context rules, before the parser: does the text still hold enough digits
 * outside decoy spans and letter-digit tokens? Never stricter than the rules applied after it.
 */
function enoughDigitsOutside(text: string, decoys: readonly Span[]): boolean {
  let digits = 0;
  for (const word of text.matchAll(WORD)) {
    const start = word.index ?? 0;
    if (LETTER.test(word[0])) continue;
    for (let i = 0; i < word[0].length; i += 1) {
      const at = start + i;
      if (!decoys.some((span) => at >= span.start && at < span.end) && ++digits >= MIN_DIGITS) return true;
    }
  }
  return false;
}

function isDecoy(text: string, span: Span, decoys: readonly Span[]): boolean {
  const { start, end } = span;
  return (
    isGlued(text, start, end) ||
    overlapsAny(span, decoys) ||
    isPrice(text, start, end) ||
    isDecimalAmount(text.slice(start, end)) ||
    endsWithIdLabel(text.slice(Math.max(0, start - 40), start)) ||
    isPostcode(text.slice(start, end), text.slice(end, end + 3))
  );
}
