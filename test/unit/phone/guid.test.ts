import { findGuids, isGuid } from '../../../src/shared/phone';

const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

describe('isGuid', () => {
  it('accepts 8-4-4-4-12 hex, any case, optional braces and spaces', () => {
    expect(isGuid(GUID)).toBe(true);
    expect(isGuid(GUID.toUpperCase())).toBe(true);
    expect(isGuid(`{${GUID}}`)).toBe(true);
    expect(isGuid(`  ${GUID} `)).toBe(true);
  });

  it.each(['', 'not-a-guid', GUID.slice(1), `${GUID}0`, '3f2504e04f8911d39a0c0305e82c3301', 'zf2504e0-4f89-11d3-9a0c-0305e82c3301'])(
    'rejects %p',
    (text) => expect(isGuid(text)).toBe(false),
  );
});

describe('findGuids', () => {
  it('finds standalone GUIDs with offsets', () => {
    const text = `Callback request: ${GUID}, list {${GUID.toUpperCase()}}`;
    const found = findGuids(text);
    expect(found.map((g) => g.value)).toEqual([GUID, GUID.toUpperCase()]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(GUID);
  });

  it('ignores GUID-like runs glued to more hex', () => {
    expect(findGuids(`a${GUID}`)).toEqual([]);
    expect(findGuids(`${GUID}-1234`)).toEqual([]);
  });
});
