import { findOnPage, ignoreSite, mergeFound, type PageProbe } from '../../../src/background/site-handlers';
import { browser } from '../../../src/shared/browser';
import { foundListAnswerSchema, pageFoundSchema } from '../../../src/shared/messages/sites-contract';
import { loadSettings, saveSettings } from '../../../src/shared/storage/settings';

const REQUEST = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
const URL_ = 'http://127.0.0.1:5173/demo/crm/';

function probe(answers: Record<number, unknown>, url: string | undefined = URL_): PageProbe & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    frameIds: async () => Object.keys(answers).map(Number),
    tabUrl: async () => url,
    ask: async (_tab, frameId) => {
      asked.push(frameId);
      const answer = answers[frameId];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

beforeEach(async () => {
  await browser.storage.local.clear();
});

describe('"Found on this page" contract', () => {
  it('accepts what a content script sends and refuses malformed or oversized answers', () => {
    const good = { url: URL_, numbers: [{ shown: '040 123 4567', e164: '+358401234567', callbackRequestId: REQUEST }], total: 1 };
    expect(foundListAnswerSchema.safeParse(good).success).toBe(true);
    expect(foundListAnswerSchema.safeParse({ ...good, numbers: [{ shown: 'x', e164: '<img src=x>' }] }).success).toBe(false);
    expect(foundListAnswerSchema.safeParse({ ...good, numbers: Array(201).fill(good.numbers[0]) }).success).toBe(false);
    expect(foundListAnswerSchema.safeParse({ url: URL_, total: -1, numbers: [] }).success).toBe(false);
  });

  it('merges frames: one row per number and request, with a count', () => {
    const a = { url: URL_, total: 2, numbers: [{ shown: '+358 40 123 4567', e164: '+358401234567', callbackRequestId: REQUEST }, { shown: '09 1234 5678', e164: '+358912345678' }] };
    const b = { url: `${URL_}frame`, total: 2, numbers: [{ shown: '(09) 1234 5678', e164: '+358912345678' }, { shown: '040 1234567', e164: '+358401234567', callbackRequestId: REQUEST.toUpperCase() }] };
    expect(mergeFound([a, b])).toEqual({
      total: 4,
      numbers: [
        { shown: '+358 40 123 4567', e164: '+358401234567', callbackRequestId: REQUEST, count: 2 },
        { shown: '09 1234 5678', e164: '+358912345678', count: 2 },
      ],
    });
  });
});

describe('findOnPage', () => {
  it('says "no access" when the tab cannot be scripted', async () => {
    const none: PageProbe = { frameIds: async () => Promise.reject(new Error('Cannot access contents of the page')), tabUrl: async () => undefined, ask: async () => null };
    expect(await findOnPage(1, none)).toEqual({ access: 'none' });
    expect(await findOnPage(1, probe({ 0: null }, 'chrome://newtab/'))).toEqual({ access: 'none' });
  });

  it('asks every frame, keeps valid answers only, and says whether the site is enabled', async () => {
    await saveSettings({ sitePatterns: ['http://127.0.0.1/*'] });
    const frames = probe({
      0: { url: URL_, total: 1, numbers: [{ shown: '09 1234 5678', e164: '+358912345678' }] },
      3: { url: URL_, total: 1, numbers: [{ shown: 'evil', e164: 'javascript:alert(1)' }] },
      5: new Error('Could not establish connection. Receiving end does not exist.'),
    });
    const page = await findOnPage(1, frames);
    expect(pageFoundSchema.parse(page)).toEqual({ access: 'granted', site: 'http://127.0.0.1/*', enabled: true, total: 1, numbers: [{ shown: '09 1234 5678', e164: '+358912345678', count: 1 }] });
    expect(frames.asked.sort()).toEqual([0, 3, 5]);
  });
});

describe('ignoreSite', () => {
  it("removes the site's own pattern and gives its permission back", async () => {
    await saveSettings({ sitePatterns: ['http://127.0.0.1/*', 'https://app.hubspot.com/*'] });
    const remove = jest.fn(async () => true);
    (browser.permissions as unknown as { remove: typeof remove }).remove = remove;
    expect(await ignoreSite(1, probe({}))).toEqual({ site: 'http://127.0.0.1/*', removedPattern: true });
    expect((await loadSettings()).sitePatterns).toEqual(['https://app.hubspot.com/*']);
    expect((await loadSettings()).ignoredSites).toEqual([]);
    expect(remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('puts the site on the ignore list when a broader pattern covers it', async () => {
    await saveSettings({ sitePatterns: ['https://*.lightning.force.com/*'] });
    const result = await ignoreSite(1, probe({}, 'https://test.lightning.force.com/lightning/page/home'));
    expect(result).toEqual({ site: 'https://test.lightning.force.com/*', removedPattern: false });
    expect(await loadSettings()).toMatchObject({ sitePatterns: ['https://*.lightning.force.com/*'], ignoredSites: ['https://test.lightning.force.com/*'] });
  });

  it('refuses a tab that shows no web site, changing nothing', async () => {
    await saveSettings({ sitePatterns: ['https://*.example.com/*'] });
    await expect(ignoreSite(1, probe({}, 'chrome://extensions/'))).rejects.toThrow(/does not show a web site/);
    expect((await loadSettings()).sitePatterns).toEqual(['https://*.example.com/*']);
  });
});
