// The three catalogs (issue 6.2) say the same things: identical keys, the same $n placeholders, no
// blank message, key names Chrome accepts, and every __MSG_…__ of the manifest defined.
import { readFileSync } from 'node:fs';
import en from '../../../_locales/en/messages.json';
import fi from '../../../_locales/fi/messages.json';
import sv from '../../../_locales/sv/messages.json';

type Catalog = Record<string, { message: string }>;
const catalogs: Record<string, Catalog> = { en, fi, sv };
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('_locales catalogs', () => {
  const englishKeys = Object.keys(en).sort();

  it('has a good number of messages', () => {
    expect(englishKeys.length).toBeGreaterThan(150);
  });

  it.each(['fi', 'sv'])('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogs[language]!).sort()).toEqual(englishKeys);
  });

  it.each(['fi', 'sv'])('%s uses the same $n placeholders as English in every message', (language) => {
    const differing = englishKeys.filter((key) => placeholders(catalogs[language]![key]!.message).join() !== placeholders(en[key as keyof typeof en].message).join());
    expect(differing).toEqual([]);
  });

  it.each(['en', 'fi', 'sv'])('%s has no blank message and only key names Chrome accepts', (language) => {
    const catalog = catalogs[language]!;
    expect(Object.keys(catalog).filter((key) => !/^[A-Za-z0-9_]+$/.test(key) || key.startsWith('@@'))).toEqual([]);
    expect(Object.entries(catalog).filter(([, value]) => value.message.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('translates what differs: Finnish and Swedish are not English copies', () => {
    const same = (language: string) => englishKeys.filter((key) => catalogs[language]![key]!.message === en[key as keyof typeof en].message && /\p{L}{4}/u.test(en[key as keyof typeof en].message));
    // Product names, units and the like may stay; whole sentences may not.
    expect(same('fi').length).toBeLessThan(10);
    expect(same('sv').length).toBeLessThan(10);
  });

  it('defines every __MSG_…__ the manifest uses, with English as the default locale', () => {
    const manifest = readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used).toEqual(expect.arrayContaining(['ext_name', 'ext_description', 'action_title']));
    for (const language of ['en', 'fi', 'sv']) expect(used.filter((key) => !(key in catalogs[language]!))).toEqual([]);
  });
});
