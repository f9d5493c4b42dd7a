// Labels that say a number is an id, amount or postcode, not a phone number ("Order 1234567",
// "Laskunumero: ..."). Checked on the text just before a match, and by the content script on a
// field's label (column header, <dt>, preceding label element).

// Words that make the next number an id on their own. Inflected forms are listed, not matched by
// a wildcard, so "Laskutus" (billing department) or "Tilitoimisto" can still be followed by a phone.
const ID_WORDS = [
  'orders?', 'invoices?', 'tilaus', 'tilauksen', 'lasku', 'laskun', 'faktura', 'fakturan', 'beställning',
  'beställningen', 'reference', 'ref', 'viite', 'ticket', 'tiketti', 'ärende', 'case', 'account', 'konto',
  'tili', 'tilin', 'iban', 'bic', 'sku', 'serial', 'sarja', 'tracking', 'seuranta', 'post', 'posti',
  'postal', 'zip', 'price', 'hinta', 'pris', 'amount', 'summa', 'belopp', 'total', 'yhteensä',
].join('|');
// Words that name an id only together with a "number" word, so "Customer: 040 123 4567" stays a phone.
const ID_WORDS_WITH_QUALIFIER = [
  'customer', 'client', 'kund', 'asiakas', 'asiakkaan', 'member', 'jäsen', 'medlem', 'contract', 'sopimus', 'avtal',
].join('|');
const QUALIFIER = '(?:no|nr|nro|num|number|numero|nummer|id|tunnus|code|koodi|#)';
// Qualifiers may be glued (ordernummer, asiakasnumero), hyphenated or spaced (Invoice no.).
const GLUE = '[\\s-]?';

// The label must end right before the number: only punctuation and spaces may follow it.
const ID_LABEL_AT_END = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${ID_WORDS})(?:${GLUE}${QUALIFIER}\\.?)?` +
    `|(?:${ID_WORDS_WITH_QUALIFIER})${GLUE}${QUALIFIER}\\.?)\\s*[:#.]?\\s*$`,
  'iu',
);

/** True when the text ends with a label naming an id, amount or postcode ("Invoice no.:"). */
export function endsWithIdLabel(textBefore: string): boolean {
  return ID_LABEL_AT_END.test(textBefore.slice(-40));
}

/** True when a field label (a column header, a <dt>) names an id rather than a phone number. */
export function isIdLabel(label: string): boolean {
  const text = label.trim();
  return text.length > 0 && text.length <= 60 && endsWithIdLabel(text);
}
