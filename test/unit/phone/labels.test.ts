import { endsWithIdLabel, isIdLabel } from '../../../src/shared/phone';

describe('id labels', () => {
  it.each([
    'Order', 'Order no.', 'Order #', 'Ordernummer:', 'Invoice number', 'Invoice no.:', 'Tilaus', 'Tilausnumero',
    'Lasku', 'Laskun numero', 'Faktura', 'Fakturanr', 'Kundnummer', 'Asiakasnumero', 'Asiakasnro', 'Customer no.',
    'Customer number', 'Customer ID', 'Postcode', 'Postinumero', 'Postnummer', 'Zip code', 'IBAN', 'Price', 'Total:',
  ])('%s names an id', (label) => {
    expect(isIdLabel(label)).toBe(true);
    expect(endsWithIdLabel(`Text before. ${label} `)).toBe(true);
  });

  it.each(['Phone', 'Mobile', 'Switchboard', 'Customer', 'Customer phone', 'Laskutus', 'Tilitoimisto', 'Caller ID', 'Puhelin', '', 'Order 12'])(
    '%p does not',
    (label) => expect(isIdLabel(label)).toBe(false),
  );

  it('ignores long texts as field labels', () => {
    expect(isIdLabel(`${'a long paragraph '.repeat(5)}order`)).toBe(false);
  });
});
