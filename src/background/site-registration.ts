// Per-site control (issue 4.6, design §6): the content script runs only on the sites the agent
// listed and granted. It is registered at runtime (scripting.registerContentScripts, persisted) for
// those patterns, instead of a static content script on every site, so the package asks only for
// EnreachVoice hosts at install (issue 6). Re-synced on every worker start, on install/update, when
// the settings change and when a host permission is granted or removed.
import { activePatterns, type SiteSettings } from '../shared/sites/site-settings';
import { patternMatchesUrl } from '../shared/sites/match-pattern';

/**
 * The scripts every enabled site gets: our content script. The webphone bridge is not among them: it
 * goes only into frames that host `<webrtc-client-ui>`, when their content script asks for it
 * (issue 5, webphone-bridge-injection.ts). An older registration that still lists it is replaced.
 */
export const PAGE_SCRIPTS: readonly { id: string; file: string; world: 'ISOLATED' | 'MAIN' }[] = [{ id: 'evcb-content', file: 'content.js', world: 'ISOLATED' }];
/** Ids this extension registered in earlier versions: looked up so that a sync removes them. */
const RETIRED_SCRIPT_IDS = ['evcb-webphone-bridge'];
const SCRIPT_IDS = [...PAGE_SCRIPTS.map((script) => script.id), ...RETIRED_SCRIPT_IDS];

export interface Registration {
  matches: string[];
  excludeMatches: string[];
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
}

export interface RegistrationDeps {
  settings(): Promise<SiteSettings>;
  /** Whether the host permission for this pattern is granted (permissions.contains). */
  isGranted(pattern: string): Promise<boolean>;
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
    updateContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[]; world: 'ISOLATED' | 'MAIN' }): Promise<unknown>;
  };
  /** Open tabs whose URL matches one of the patterns (tabs.query({url})). */
  tabsMatching(patterns: string[]): Promise<{ id?: number; url?: string }[]>;
  log?(message: string, error?: unknown): void;
}

export interface ContentScriptSpec {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
  world: 'ISOLATED' | 'MAIN';
}

/** What should be registered: the listed patterns that are granted, minus the ignored sites. */
export async function desiredRegistration(deps: Pick<RegistrationDeps, 'settings' | 'isGranted'>): Promise<Registration | null> {
  const settings = await deps.settings();
  const listed = activePatterns(settings);
  const granted = await Promise.all(listed.map((pattern) => deps.isGranted(pattern).catch(() => false)));
  const matches = listed.filter((_, index) => granted[index]).sort();
  if (matches.length === 0) return null;
  return { matches, excludeMatches: [...new Set(settings.ignoredSites)].sort() };
}

export type SyncStep = 'register' | 'update' | 'unregister' | 'none';

/** The one change that brings the current registration (all page scripts) to the desired one. */
export function planSync(current: readonly RegisteredScript[], desired: Registration | null): SyncStep {
  if (!desired) return current.length > 0 ? 'unregister' : 'none';
  if (current.length === 0) return 'register';
  // A partial registration (one script missing) or one with a retired script is started over.
  if (current.length !== PAGE_SCRIPTS.length || current.some((script) => RETIRED_SCRIPT_IDS.includes(script.id))) return 'unregister';
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify(b);
  const currentOk = current.every((script) => same(script.matches, desired.matches) && same(script.excludeMatches, desired.excludeMatches));
  return currentOk ? 'none' : 'update';
}

function specs(registration: Registration): ContentScriptSpec[] {
  return PAGE_SCRIPTS.map((script) => ({
    id: script.id,
    js: [script.file],
    matches: registration.matches,
    excludeMatches: registration.excludeMatches,
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
    world: script.world,
  }));
}

export interface SyncResult {
  step: SyncStep;
  before: string[];
  /** The ignored sites excluded before: their open tabs have no running instance. */
  beforeExcluded: string[];
  after: string[];
}

/** Whether the registration `result.before` described covered this page. */
export function coveredBefore(result: Pick<SyncResult, 'before' | 'beforeExcluded'>, url: string): boolean {
  return result.before.some((pattern) => patternMatchesUrl(pattern, url)) && !result.beforeExcluded.some((pattern) => patternMatchesUrl(pattern, url));
}

/** Brings the registration in line with settings and grants; returns what changed. */
export async function syncRegistration(deps: RegistrationDeps): Promise<SyncResult> {
  const current = await deps.scripting.getRegisteredContentScripts({ ids: SCRIPT_IDS });
  const desired = await desiredRegistration(deps);
  const step = planSync(current, desired);
  if (step === 'unregister') {
    await deps.scripting.unregisterContentScripts({ ids: current.map((script) => script.id) });
    if (desired) await deps.scripting.registerContentScripts(specs(desired));
  }
  if (step === 'register') await deps.scripting.registerContentScripts(specs(desired!));
  if (step === 'update') await deps.scripting.updateContentScripts(specs(desired!));
  // Where the content script ran before (a retired script beside it does not change that).
  const content = current.find((script) => script.id === PAGE_SCRIPTS[0]?.id);
  const before = content?.matches ?? [];
  const beforeExcluded = content?.excludeMatches ?? [];
  return { step, before, beforeExcluded, after: desired?.matches ?? [] };
}

/**
 * Starts the content script in open tabs, so a site works without a reload once enabled, and so
 * an extension update replaces the old instances (the new one takes over and removes their
 * controls: content/lifecycle.ts). `alreadyRunning`: tabs to skip, the registration covered them.
 */
export async function injectIntoOpenTabs(deps: RegistrationDeps, patterns: string[], alreadyRunning: (url: string) => boolean = () => false): Promise<number> {
  if (patterns.length === 0) return 0;
  const tabs = await deps.tabsMatching(patterns).catch(() => []);
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const url = tab.url ?? '';
    if (alreadyRunning(url)) continue;
    try {
      for (const script of PAGE_SCRIPTS) {
        await deps.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [script.file], world: script.world });
      }
      injected += 1;
    } catch (error) {
      // An error page or a tab that navigated away meanwhile: its next load gets the registered script.
      deps.log?.(`could not start in tab ${tab.id}`, error);
    }
  }
  return injected;
}
