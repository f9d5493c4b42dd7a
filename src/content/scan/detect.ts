// Finds callable numbers in a text node, a tel:/callto: link or a read-only input, and pairs each
// with its callback request. Reads the DOM only; writing is decorate.ts's job.
import {
  findPhoneNumbers,
  formatInternational,
  isIdLabel,
  normaliseShownNumber,
  numberFromTelUri,
  toE164,
  type CountryCode,
} from '../../shared/phone';
import type { SiteAdapter } from '../adapters/site-adapter';
import type { CallTarget } from './call-target';
import { fieldLabelOf } from './field-label';
import { withOpenRequest, type OpenRequestLookup } from './open-requests';
import { pairIdsWithNumber, type LabelledIdCache } from './pair-ids-with-numbers';
import { continuesAcrossElements } from './split-number';

export interface DetectContext {
  country: CountryCode;
  adapter: SiteAdapter;
  /** My open requests by number: a match without an id on the page still makes a callback call. */
  openRequest?: OpenRequestLookup;
  /** Labelled ids of records already read in this slice of work. */
  labelledIds?: LabelledIdCache;
}

export interface TextHit {
  target: CallTarget;
}

const ONE_NUMBER_TOKEN = /^[\s:#]*[0-9+().\-/]+\s*$/;

export function detectInText(text: Text, context: DetectContext): TextHit[] {
  // Text at the top of a shadow root has no parent element: its record search starts at the host.
  const parent = text.parentElement ?? (text.parentNode as ShadowRoot | null)?.host;
  if (!parent) return [];
  let labelledAsId: boolean | undefined;
  const underIdLabel = () => (labelledAsId ??= isIdLabel(fieldLabelOf(text) ?? ''));
  // One token of digits and number punctuation under an id label ("Customer no." | 0401234567):
  // any number in it starts the node (turned down below) or is glued to the rest (turned down by the
  // context rules), so the parser need not run: a grid has a column of these on every row.
  if (ONE_NUMBER_TOKEN.test(text.data) && underIdLabel()) return [];
  const found = findPhoneNumbers(text.data, context.country).filter(
    (hit) =>
      // A number that starts its node may be labelled outside it ("<th>Order no.</th><td>…").
      (!/^[\s:#]*$/.test(text.data.slice(0, hit.start)) || !underIdLabel()) &&
      // Part of a number split over inline elements: split-number.ts reads the whole.
      !continuesAcrossElements(text, hit),
  );
  if (found.length === 0) return [];
  const ids = pairIdsWithNumber(parent, context.adapter, context.labelledIds);
  return found.map((hit) => ({ target: { shown: normaliseShownNumber(hit.raw), e164: hit.e164, ...withOpenRequest(ids, hit.e164, context) } }));
}

/** tel: links name their number explicitly, so a merely possible number is accepted. */
export function detectInTelLink(link: HTMLAnchorElement, context: DetectContext): CallTarget | null {
  const number = numberFromTelUri(link.getAttribute('href') ?? '');
  const e164 = number ? toE164(number, context.country, 'possible') : null;
  if (!e164) return null;
  const text = normaliseShownNumber(link.textContent ?? '');
  // Link text such as "Call us" is not a number: show the number from the link instead.
  const shown = toE164(text, context.country, 'possible') === e164 ? text : formatInternational(e164);
  return { shown, e164, ...withOpenRequest(pairIdsWithNumber(link, context.adapter, context.labelledIds), e164, context) };
}

export function detectInInput(input: HTMLInputElement, context: DetectContext): CallTarget | null {
  const hit = findPhoneNumbers(input.value, context.country)[0];
  if (!hit) return null;
  return { shown: normaliseShownNumber(hit.raw), e164: hit.e164, ...withOpenRequest(pairIdsWithNumber(input, context.adapter, context.labelledIds), hit.e164, context) };
}
