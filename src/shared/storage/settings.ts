// User settings: one zod schema with defaults. Stored in storage.local (no secrets).
import * as z from 'zod';
import type { CountryCode } from 'libphonenumber-js';
import { browser } from '../browser';
import { STORAGE_KEYS } from './keys';
import { applyPolicy, readManagedPolicy, type PolicyApplied } from './managed-policy';
import { AppError } from '../errors';
import { callChannelSettingSchema, softphoneSchemeSchema } from '../calls/channels';
import { siteAccessSchema, sitePatternsSchema } from '../sites/site-settings';
import { t } from '../i18n';

export const DEFAULT_DISCOVERY_URL = 'https://discover.enreachvoice.com';

/** mobile | webphone | softphone, or "ask" each time (issue 5). */
export const callChannelSchema = callChannelSettingSchema;
export type CallChannel = z.infer<typeof callChannelSchema>;

export const settingsSchema = z.object({
  discoveryUrl: z.string().default(DEFAULT_DISCOVERY_URL),
  /** When set, discovery is skipped and this API endpoint is used directly. */
  apiEndpoint: z.string().default(''),
  callChannel: callChannelSchema.default('mobile'),
  /** Which URL scheme hands a number to the softphone app on this computer. */
  softphoneScheme: softphoneSchemeSchema.default('tel'),
  /** ISO 3166 alpha-2, used to read national numbers such as 040 123 4567. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('FI')
    .transform((code) => code as CountryCode),
  pollIntervalSeconds: z.number().int().min(30).max(3600).default(60),
  /** Keep the list current over EnreachVoice's realtime channel; polling remains the fallback. */
  realtimeEnabled: z.boolean().default(true),
  /** A desktop notification when a request is allocated to me. */
  notifyNewRequests: z.boolean().default(true),
  /** The extension's language (issue 6.2); "auto" follows the browser's. */
  language: z.enum(['auto', 'en', 'fi', 'sv']).default('auto'),
  /** Where call controls appear (issue 4.6): off, or the listed sites (shared/sites/site-settings.ts). */
  siteAccess: siteAccessSchema.default('listed'),
  /** URL match patterns; each needs its host permission, asked for when the agent adds it. */
  sitePatterns: sitePatternsSchema.default([]),
  /** Sites left alone even when a listed pattern covers them ("Ignore this site" in the popup). */
  ignoredSites: sitePatternsSchema.default([]),
});
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads settings, falling back to defaults field by field when stored values are invalid. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const merged: Record<string, unknown> = {};
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = (field as z.ZodType).safeParse(record[key]);
    if (parsed.success) merged[key] = record[key];
  }
  return settingsSchema.parse(merged);
}

/** The user's own settings, before the administrator's policy is laid over them. */
async function loadUserSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  return parseSettings(stored[STORAGE_KEYS.settings]);
}

/** The settings in force: the user's, with the enterprise policy (managed storage) laid over them. */
export async function loadSettingsWithPolicy(): Promise<PolicyApplied<Settings>> {
  const [user, policy] = await Promise.all([loadUserSettings(), readManagedPolicy()]);
  // Whoever reads the policy live (options page, sign-in) also brings the copy up to date.
  await storePolicyCopy(policy);
  return applyPolicy(user, policy, settingsSchema.shape);
}

/**
 * The settings in force, with the policy from the background's copy (keepPolicyCopy): one local
 * read, never a wait on managed storage, whose first read in a browser session can take seconds.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.policyCopy]);
  return applyPolicy(parseSettings(stored[STORAGE_KEYS.settings]), stored[STORAGE_KEYS.policyCopy], settingsSchema.shape).settings;
}

/** Keeps the policy copy current: call at worker start and whenever managed storage changes. */
export async function keepPolicyCopy(): Promise<void> {
  await storePolicyCopy(await readManagedPolicy());
}

async function storePolicyCopy(policy: Record<string, unknown>): Promise<void> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.policyCopy);
  if (JSON.stringify(policy) === JSON.stringify(stored[STORAGE_KEYS.policyCopy] ?? {})) return;
  await browser.storage.local.set({ [STORAGE_KEYS.policyCopy]: policy });
}

/** True for a storage change that can change the settings in force (the user's or the policy). */
export function changesSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (STORAGE_KEYS.settings in changes || STORAGE_KEYS.policyCopy in changes));
}

/** Which settings the administrator locked, and which policy entries were ignored (options page). */
export async function loadPolicyLocks(): Promise<Pick<PolicyApplied<Settings>, 'locked' | 'problems'>> {
  const { locked, problems } = await loadSettingsWithPolicy();
  return { locked, problems };
}

/**
 * Stores the user's change. Settings locked by the administrator are not stored (the policy
 * decides them); trying to change one to another value is an error that says so.
 */
export async function saveSettings(patch: Partial<z.input<typeof settingsSchema>>): Promise<Settings> {
  const { settings: effective, locked } = await loadSettingsWithPolicy();
  const own: Record<string, unknown> = { ...patch };
  for (const key of locked) {
    if (!(key in own)) continue;
    if (JSON.stringify(own[key]) !== JSON.stringify(effective[key])) throw new AppError('forbidden', t('err_admin_locked', key));
    delete own[key];
  }
  const next = settingsSchema.parse({ ...(await loadUserSettings()), ...own });
  await browser.storage.local.set({ [STORAGE_KEYS.settings]: next });
  return applyPolicy(next, await readManagedPolicy(), settingsSchema.shape).settings;
}
