// Context rules that turn down what libphonenumber-js reads as a valid number but a person would
// not: dates, times, IBANs, GUIDs, versions, prices, postcodes and labelled ids. These patterns
// describe the decoys, never phone numbers.
import { GUID_SOURCE } from './guid';
import { endsWithIdLabel } from './labels';

export interface Span {
  start: number;
  end: number;
}

const CURRENCY = '[€$£¥]|EUR|USD|SEK|NOK|DKK|GBP|kr|euro[a-z]*';
// An amount with thousands groups and cents ("12 345,67", "1,234.56"). Not right after a digit, even
// across one space: "040 123 4567 1,50 €" keeps its phone number whole.
const AMOUNT = "\\d{1,3}(?:[ \u00a0.,']\\d{3})*[.,]\\d{2}(?!\\d)";

const DECOY_PATTERNS: readonly RegExp[] = [
  /(?<!\d)\d{4}([-./])\d{1,2}\1\d{1,2}(?!\d)/g, // 2026-11-25, 2026.11.25
  /(?<!\d)\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\d)/g, // 25.11.2026, 11/25/2026, 25-11-26
  /(?<![\d/])\d{1,2}\/(?:19|20)\d{2}(?![\d/])/g, // 11/2026, week 48/2026
  /(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g, // 12:30, 12:30:45
  /(?<![\d.:])\d{1,2}\.\d{2}(?![\d]|\.\d)/g, // 12.30 (Finnish time), also 12.50 amounts
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g, // IBAN
  new RegExp(GUID_SOURCE, 'g'),
  /\b(?:v|ver\.?\s?|version\s?|build\s?)\d+(?:\.\d+)+/gi, // v1.2.3, version 10.0.19045
  new RegExp(`(?<![\\d.,] ?)${AMOUNT}\\s?(?:${CURRENCY})(?!\\p{L})`, 'giu'), // 12 345,67 €
  new RegExp(`(?:${CURRENCY})\\.?\\s?${AMOUNT}`, 'giu'), // € 12 345,67, $1,234.56
];
// Digits, possibly joined by hyphens or slashes ("0401234567", "040-1234567"): checked for a label.
const DIGIT_TOKEN = /\d+(?:[-/]\d+)*/g;

/** Where the text holds dates, times, IBANs, GUIDs, versions, amounts with cents or labelled ids. */
export function findDecoySpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of DECOY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].length });
    }
  }
  // An id right after its label ("Order 0401234567", "Ticket 040-1234567"): a number starting where
  // it starts is turned down by the label rule, one starting inside it is glued to its digits.
  for (const match of text.matchAll(DIGIT_TOKEN)) {
    const start = match.index ?? 0;
    if (followsWord(text, start) && endsWithIdLabel(text.slice(Math.max(0, start - 40), start))) spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

const LABEL_END = /\p{L}/u;

/** A word right before `at`, across spaces and label punctuation: where a label could end. */
function followsWord(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t\n\u00a0:#.'.includes(text[i]!)) i -= 1;
  return i >= 0 && LABEL_END.test(text[i]!);
}

export function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

// A letter, digit or joiner right next to the match means it is part of a longer token
// (an id like AB0401234567, a path like /users/0401234567, a reference like 12-0401234567).
const GLUED_BEFORE = /[\p{L}\p{N}_\-/#@]/u;
const GLUED_AFTER = /[\p{L}\p{N}_\-/@]/u;
const DIGIT = /\p{N}/u;

/** True when the match is glued to surrounding characters, so it is part of another token. */
export function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return true;
  // "1.0401234567" or "0401234567,50": a decimal or grouped number continues across the mark.
  if ('.,:'.includes(before) && before && DIGIT.test(text[start - 2] ?? '')) return true;
  return after !== '' && '.,:'.includes(after) && DIGIT.test(text[end + 1] ?? '');
}

const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCY})\\.?\\s*$`, 'iu');
const CURRENCY_AFTER = new RegExp(`^\\s*(?:${CURRENCY}|:-)(?![\\p{L}])`, 'iu');

/** True when a currency sign or code sits right before or after the match: an amount. */
export function isPrice(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || CURRENCY_AFTER.test(text.slice(end, end + 8));
}

/** "0401234567,50" or "1234567.50": a decimal amount that libphonenumber-js reads as number + pause. */
export function isDecimalAmount(raw: string): boolean {
  return /\d,\d{1,2}$/.test(raw) || /^[^.]*\d\.\d{2}$/.test(raw);
}

/** A bare 4–6 digit group followed by a capitalised word: "00100 Helsinki", "11122 Stockholm". */
export function isPostcode(raw: string, textAfter: string): boolean {
  return /^\d{3}\s?\d{2,3}$/.test(raw.trim()) && /^\s+\p{Lu}/u.test(textAfter);
}
