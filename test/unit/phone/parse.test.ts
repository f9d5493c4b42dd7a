import { formatInternational, normaliseShownNumber, numberFromTelUri, toE164 } from '../../../src/shared/phone';

describe('toE164', () => {
  it.each([
    ['+358 40 123 4567', 'FI', '+358401234567'],
    ['00358 40 123 4567', 'FI', '+358401234567'],
    ['040 123 4567', 'FI', '+358401234567'],
    ['040-1234567', 'FI', '+358401234567'],
    ['(09) 123 456', 'FI', '+3589123456'],
    ['08-123 456 78', 'SE', '+46812345678'],
    ['070 123 45 67', 'SE', '+46701234567'],
    ['+44 20 7123 4567', 'FI', '+442071234567'],
    ['+1 212-555-0123', 'SE', '+12125550123'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['  +358401234567  ', 'FI', '+358401234567'],
  ] as const)('%s with %s → %s', (text, country, expected) => {
    expect(toE164(text, country)).toBe(expected);
  });

  it('uses the default country for national numbers', () => {
    expect(toE164('040 123 4567', 'FI')).toBe('+358401234567');
    expect(toE164('070 123 45 67', 'FI')).not.toBe('+46701234567');
  });

  it.each(['', '   ', 'hello', '1234', '2026-11-25 and more text', 'x'.repeat(80)])('rejects %p', (text) => {
    expect(toE164(text, 'FI')).toBeNull();
  });

  it('accepts merely possible numbers only when asked', () => {
    expect(toE164('+358 10 000 0000', 'FI', 'possible')).toBe('+358100000000');
  });
});

describe('formatInternational', () => {
  it('formats E.164 for display', () => {
    expect(formatInternational('+358401234567')).toBe('+358 40 1234567');
    expect(formatInternational('+442071234567')).toBe('+44 20 7123 4567');
    expect(formatInternational('+12125550123')).toBe('+1 212 555 0123');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatInternational('not a number')).toBe('not a number');
  });
});

describe('numberFromTelUri', () => {
  it.each([
    ['tel:+358401234567', '+358401234567'],
    ['TEL:+358-40-123-4567;ext=12', '+358-40-123-4567'],
    ['tel:040%20123%204567', '040 123 4567'],
    ['callto:+46701234567', '+46701234567'],
    ['callto://+46701234567', '+46701234567'],
    ['tel:%E0%A4%A', '%E0%A4%A'],
  ])('%s → %s', (href, expected) => {
    expect(numberFromTelUri(href)).toBe(expected);
  });

  it('ignores other schemes and empty numbers', () => {
    expect(numberFromTelUri('mailto:a@example.com')).toBeNull();
    expect(numberFromTelUri('tel:')).toBeNull();
    expect(numberFromTelUri('https://example.com/tel:123')).toBeNull();
  });
});

describe('normaliseShownNumber', () => {
  it('collapses no-break and thin spaces', () => {
    expect(normaliseShownNumber(' 040\u00a0123\u202f4567 \n')).toBe('040 123 4567');
  });
});
