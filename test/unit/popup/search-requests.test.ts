import { matchesQuery, parseQuery, searchKeyOf } from '../../../src/popup/search-requests';

const key = searchKeyOf({ contactName: 'Kirsi Mäkinen', number: '+358931581234' });
const matches = (query: string) => matchesQuery(key, parseQuery(query));

describe('search by number or name', () => {
  it('finds a name case- and accent-insensitively', () => {
    expect(['kirsi', 'MÄKINEN', 'makinen', 'si mä'].map(matches)).toEqual([true, true, true, true]);
    expect(matches('virtanen')).toBe(false);
  });

  it('finds a number in E.164, international or national form, or any part of it', () => {
    expect(['+358 9 3158 1234', '358931581234', '09 3158 1234', '00358 9 315', '1234', '(09) 315-81'].map(matches)).toEqual([true, true, true, true, true, true]);
    expect(matches('040')).toBe(false);
  });

  it('matches everything when empty, and nameless requests by number only', () => {
    expect(matches('   ')).toBe(true);
    const nameless = searchKeyOf({ contactName: undefined, number: '+46709876543' });
    expect(matchesQuery(nameless, parseQuery('0709'))).toBe(true);
    expect(matchesQuery(nameless, parseQuery('sara'))).toBe(false);
  });
});
