// Enterprise policy (issue 6.5): an administrator sets settings through managed storage
// (Chrome/Edge: the ExtensionSettings / 3rdparty policy, checked against schema.json; Firefox:
// policies.json "3rdparty"). Policy values override the user's, and settings the policy names
// in LockedSettings cannot be changed on the options page. Pure merge logic plus one reader.
import * as z from 'zod';
import { browser } from '../browser';

/** Policy names (as in schema.json, what an administrator writes) → settings keys. */
export const POLICY_SETTINGS = {
  DiscoveryUrl: 'discoveryUrl',
  ApiEndpoint: 'apiEndpoint',
  /** The listed CRM sites (issue 4.6); each still needs its host access granted in the browser. */
  EnabledSites: 'sitePatterns',
  CallChannel: 'callChannel',
  DefaultCountry: 'defaultCountry',
} as const;
export type PolicyName = keyof typeof POLICY_SETTINGS;
export const POLICY_NAMES = Object.keys(POLICY_SETTINGS) as PolicyName[];

export interface PolicyApplied<S> {
  settings: S;
  /** Settings keys the user may not change. */
  locked: readonly (keyof S & string)[];
  /** Policy entries that were ignored, as sentences for the options page and the console. */
  problems: readonly string[];
}

const lockedListSchema = z.array(z.string());

function isPolicyName(name: string): name is PolicyName {
  return Object.prototype.hasOwnProperty.call(POLICY_SETTINGS, name);
}

/**
 * Lays the policy over the user's settings. A value that does not fit the setting is ignored (the
 * user's value stays) and reported. A locked setting without a policy value is locked at the
 * schema's default. Policy entries for settings this build does not have are reported, not fatal.
 */
export function applyPolicy<S extends Record<string, unknown>>(
  user: S,
  raw: unknown,
  shape: Readonly<Record<string, z.ZodType>>,
): PolicyApplied<S> {
  const policy = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...user };
  const problems: string[] = [];
  const lockedNames = lockedListSchema.safeParse(policy.LockedSettings ?? []);
  if (!lockedNames.success) problems.push('LockedSettings must be a list of policy names; no setting was locked.');
  const toLock = new Set(lockedNames.success ? lockedNames.data : []);
  const locked: string[] = [];
  for (const name of toLock) {
    if (!isPolicyName(name)) problems.push(`LockedSettings names "${name}", which is not a policy this extension knows.`);
  }
  for (const name of POLICY_NAMES) {
    const key = POLICY_SETTINGS[name];
    const field = shape[key];
    const given = Object.prototype.hasOwnProperty.call(policy, name);
    if (!field) {
      if (given || toLock.has(name)) problems.push(`${name} is not supported by this version of the extension.`);
      continue;
    }
    if (given) {
      const parsed = field.safeParse(policy[name]);
      if (parsed.success) settings[key] = parsed.data;
      else problems.push(`${name} has a value that does not fit the setting, so it was ignored.`);
    } else if (toLock.has(name)) {
      settings[key] = field.parse(undefined); // locked at the default
    }
    if (toLock.has(name)) locked.push(key);
  }
  return { settings: settings as S, locked: locked as (keyof S & string)[], problems };
}

/** The managed-storage area, or nothing: Firefox throws when no policy is installed. */
export async function readManagedPolicy(area: Pick<typeof browser.storage.managed, 'get'> = browser.storage.managed): Promise<Record<string, unknown>> {
  try {
    return ((await area?.get()) ?? {}) as Record<string, unknown>;
  } catch {
    // No policy installed (Firefox: "Managed storage manifest not found"): nothing to apply.
    return {};
  }
}
