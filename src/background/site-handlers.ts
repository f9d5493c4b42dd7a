// "Found on this page" and "Ignore this site" (issue 4.7) for the popup: asks each frame of the tab
// what it found (a zod-checked message per frame) and changes the site lists.
import { browser } from '../shared/browser';
import { AppError } from '../shared/errors';
import type { ParsedRequestOf, ResponseOf } from '../shared/messages/contract';
import { foundListAnswerSchema, type FoundListAnswer, type FoundListRequest, type PageNumber } from '../shared/messages/sites-contract';
import { isSiteEnabled } from '../shared/sites/site-settings';
import { sitePatternFor } from '../shared/sites/match-pattern';
import { loadSettings, saveSettings } from '../shared/storage/settings';
import { t } from '../shared/i18n';

export interface PageProbe {
  /** Frames the extension may script in this tab; throws when it may script none (no access). */
  frameIds(tabId: number): Promise<number[]>;
  tabUrl(tabId: number): Promise<string | undefined>;
  ask(tabId: number, frameId: number, request: FoundListRequest): Promise<unknown>;
}

export const browserPageProbe: PageProbe = {
  async frameIds(tabId) {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return results.map((result) => result.frameId);
  },
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  ask: (tabId, frameId, request) => browser.tabs.sendMessage(tabId, request, { frameId }),
};

/** Same number (and same request) once, however many frames and rows show it. */
export function mergeFound(answers: readonly FoundListAnswer[]): { numbers: PageNumber[]; total: number } {
  const byKey = new Map<string, PageNumber>();
  let total = 0;
  for (const answer of answers) {
    total += answer.total;
    for (const number of answer.numbers) {
      const key = `${number.e164} ${number.callbackRequestId?.toLowerCase() ?? ''}`;
      const seen = byKey.get(key);
      if (seen) seen.count += 1;
      else byKey.set(key, { ...number, count: 1 });
    }
  }
  return { numbers: [...byKey.values()], total };
}

export async function findOnPage(tabId: number, probe: PageProbe = browserPageProbe): Promise<ResponseOf<'page.found'>> {
  let frames: number[];
  let url: string | undefined;
  try {
    frames = await probe.frameIds(tabId);
    url = await probe.tabUrl(tabId);
  } catch {
    // "Cannot access contents of the page": no host permission, or a browser page.
    return { access: 'none' };
  }
  const site = url ? sitePatternFor(url) : null;
  if (!url || !site) return { access: 'none' };
  const answers = await Promise.all(
    frames.map((frameId) =>
      probe
        .ask(tabId, frameId, { type: 'found.list' })
        .then((raw) => foundListAnswerSchema.safeParse(raw))
        // No content script in that frame (not an enabled site, or it has not started yet).
        .catch(() => null),
    ),
  );
  const valid = answers.flatMap((answer) => (answer?.success ? [answer.data] : []));
  const enabled = isSiteEnabled(await loadSettings(), url);
  return { access: 'granted', site, enabled, ...mergeFound(valid) };
}

/** Removes the site's own pattern (and its permission) when listed; otherwise puts it on the ignore list. */
export async function ignoreSite(tabId: number, probe: PageProbe = browserPageProbe): Promise<ResponseOf<'sites.ignore'>> {
  const url = await probe.tabUrl(tabId).catch(() => undefined);
  const site = url ? sitePatternFor(url) : null;
  if (!url || !site) throw new AppError('invalid-input', t('sites_tab_unusable'));
  const settings = await loadSettings();
  const removedPattern = settings.sitePatterns.includes(site);
  const sitePatterns = settings.sitePatterns.filter((pattern) => pattern !== site);
  // A broader pattern (https://*.example.com/*) may still cover the site: ignore it as well then.
  const stillEnabled = isSiteEnabled({ ...settings, sitePatterns }, url);
  const ignoredSites = stillEnabled && !settings.ignoredSites.includes(site) ? [...settings.ignoredSites, site] : settings.ignoredSites;
  await saveSettings({ sitePatterns, ignoredSites });
  if (removedPattern) await browser.permissions.remove({ origins: [site] }).catch(() => undefined);
  return { site, removedPattern };
}

export function createSiteHandlers(): {
  'page.found': (input: ParsedRequestOf<'page.found'>) => Promise<ResponseOf<'page.found'>>;
  'sites.ignore': (input: ParsedRequestOf<'sites.ignore'>) => Promise<ResponseOf<'sites.ignore'>>;
} {
  return {
    'page.found': ({ tabId }) => findOnPage(tabId),
    'sites.ignore': ({ tabId }) => ignoreSite(tabId),
  };
}
