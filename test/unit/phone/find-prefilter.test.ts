// The cheap context rules run before libphonenumber-js: text whose digits are all dates, amounts or
// labelled ids never reaches the parser (a grid has a column of each on every row), and turning
// them down early changes no result.
import './spy-parser';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findPhoneNumbers } from '../../../src/shared/phone';

const parser = findPhoneNumbersInText as jest.MockedFunction<typeof findPhoneNumbersInText>;
const e164s = (text: string) => findPhoneNumbers(text, 'FI').map((hit) => hit.e164);

beforeEach(() => parser.mockClear());

describe('text the parser never sees', () => {
  it.each([
    ['amount, sign after', '12 345,67 €'],
    ['amount, code after', 'Balance 1 234 567,89 EUR'],
    ['amount, sign before', '€ 12 345,67'],
    ['amount, dollars', '$1,234,567.89'],
    ['labelled order', 'Order 0401234567'],
    ['labelled invoice', 'Invoice no. 0441234567'],
    ['labelled Finnish order', 'Tilausnumero 0501234567'],
    ['labelled ticket with hyphen', 'Ticket 040-1234567'],
    ['labelled reference with slash', 'Ref 0401/234567'],
    ['date and time', '25.11.2026 12:30'],
  ])('%s: %s', (_name, text) => {
    expect(e164s(text)).toEqual([]);
    expect(parser).not.toHaveBeenCalled();
  });
});

describe('numbers next to amounts and labelled ids are still found', () => {
  it.each([
    ['a number, then a price', 'Call 040 123 4567 at 1,50 €/min', ['+358401234567']],
    ['a number, then an amount', '050 765 4321 (open: 12 345,67 €)', ['+358507654321']],
    ['an order, then a number', 'Order 12345, call 040 123 4567', ['+358401234567']],
    ['a labelled id in spaced groups, then a number', 'Ref 040 12, tel. 050 765 4321', ['+358507654321']],
    ['a number with an extension', '040 123 4567 ext. 12', ['+358401234567']],
  ])('%s: %s', (_name, text, expected) => {
    expect(e164s(text)).toEqual(expected);
    expect(parser).toHaveBeenCalled();
  });

  it('turns a labelled number in groups down after parsing, as before', () => {
    // Only the first group is a labelled token: the rest still reaches the parser, whose match
    // starts at the label and is turned down there.
    expect(e164s('Order no. 040 123 4567')).toEqual([]);
    expect(parser).toHaveBeenCalledTimes(1);
  });
});
