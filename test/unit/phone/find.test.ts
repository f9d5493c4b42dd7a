import { findPhoneNumbers, mayContainPhoneNumber } from '../../../src/shared/phone';

const e164s = (text: string, country: 'FI' | 'SE' | 'US' = 'FI') => findPhoneNumbers(text, country).map((n) => n.e164);

describe('findPhoneNumbers accepts', () => {
  it.each([
    ['+358 40 123 4567', 'FI', '+358401234567'],
    ['00358 40 123 4567', 'FI', '+358401234567'],
    ['040 123 4567', 'FI', '+358401234567'],
    ['(09) 123 456', 'FI', '+3589123456'],
    ['09 1234 5678', 'FI', '+358912345678'],
    ['+46 70 123 45 67', 'FI', '+46701234567'],
    ['08-123 456 78', 'SE', '+46812345678'],
    ['+44 20 7123 4567', 'FI', '+442071234567'],
    ['+1 212-555-0123', 'FI', '+12125550123'],
    ['+358401234567', 'FI', '+358401234567'],
    ['040.123.4567', 'FI', '+358401234567'],
    ['040\u00a0123\u00a04567', 'FI', '+358401234567'],
  ] as const)('%s (%s)', (text, country, expected) => {
    const found = findPhoneNumbers(`Call ${text}, thanks`, country);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ raw: text, e164: expected, start: 5, end: 5 + text.length });
  });

  it('finds several numbers with exact offsets', () => {
    const text = 'Phone: 09 123 456, mobile +358 50 765 4321.';
    const found = findPhoneNumbers(text, 'FI');
    expect(found.map((n) => text.slice(n.start, n.end))).toEqual(['09 123 456', '+358 50 765 4321']);
    expect(found.map((n) => n.e164)).toEqual(['+3589123456', '+358507654321']);
  });

  it('keeps a number next to an unrelated label', () => {
    expect(e164s('Customer: 040 123 4567')).toEqual(['+358401234567']);
    expect(e164s('Laskutus: 09 123 456')).toEqual(['+3589123456']);
    expect(e164s('Caller ID: 040 123 4567')).toEqual(['+358401234567']);
    expect(e164s('12:30 call 040 123 4567')).toEqual(['+358401234567']);
  });
});

describe('findPhoneNumbers rejects decoys', () => {
  it.each([
    ['ISO date', 'Due 2026-11-25'],
    ['Finnish date', 'Eräpäivä 25.11.2026'],
    ['US date', 'Due 11/25/2026'],
    ['date and time', '25.11.2026 klo 12.30'],
    ['time range', 'klo 10.30-11.30'],
    ['clock time', 'at 12:30:45'],
    ['IBAN', 'IBAN FI21 1234 5600 0007 85'],
    ['bare IBAN', 'FI21 1234 5600 0007 85'],
    ['Swedish IBAN', 'SE45 5000 0000 0583 9825 7466'],
    ['GUID', 'id 3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['numeric GUID', '12345678-1234-1234-1234-123456789012'],
    ['order', 'Order 0401234567'],
    ['order no.', 'Order no. 040 123 4567'],
    ['invoice no.', 'Invoice no. 0401234567'],
    ['invoice number', 'Invoice number: 09 1234 5678'],
    ['tilaus', 'Tilaus 0401234567'],
    ['tilausnumero', 'Tilausnumero: 0401234567'],
    ['lasku', 'Lasku 0401234567'],
    ['laskun numero', 'Laskun numero 0401234567'],
    ['faktura', 'Faktura 0701234567'],
    ['fakturanummer', 'Fakturanummer: 0701234567'],
    ['kundnummer', 'Kundnummer 0701234567'],
    ['asiakasnumero', 'Asiakasnumero 040 1234 567'],
    ['customer no.', 'Customer no. 0401234567'],
    ['postcode', '00100 Helsinki'],
    ['labelled postcode', 'Postinumero 00100'],
    ['price euro sign after', 'Total 1 234 567 €'],
    ['price euro sign before', '€ 0401234567'],
    ['price EUR', 'price 0401234567 EUR'],
    ['price kr', 'paid 0701234567 kr'],
    ['price $', '$212-555-0123'],
    ['decimal amount', '0401234567,50'],
    ['decimal amount with dot', 'sum 0401234567.50'],
    ['version', 'v1.2.3'],
    ['version string', 'version 10.0.19045.1234'],
    ['glued letters', 'AB0401234567'],
    ['glued after', '0401234567abc'],
    ['path', '/contacts/0401234567'],
    ['hyphen reference', '2026-0401234567'],
    ['hash id', '#0401234567'],
    ['short number', '123 45'],
  ])('%s: %s', (_name, text) => {
    expect(e164s(text)).toEqual([]);
  });
});

describe('mayContainPhoneNumber', () => {
  it('needs at least six digits', () => {
    expect(mayContainPhoneNumber('Call 12345')).toBe(false);
    expect(mayContainPhoneNumber('09 123 456')).toBe(true);
    expect(mayContainPhoneNumber('')).toBe(false);
  });
});
