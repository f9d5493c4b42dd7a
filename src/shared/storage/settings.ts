// User settings: one zod schema with defaults. Stored in storage.local (no secrets).
import * as z from 'zod';
import type { CountryCode } from 'libphonenumber-js';
import { browser } from '../browser';
import { STORAGE_KEYS } from './keys';

export const DEFAULT_DISCOVERY_URL = 'https://discover.enreachvoice.com';

export const callChannelSchema = z.enum(['mobile', 'webphone', 'softphone']);
export type CallChannel = z.infer<typeof callChannelSchema>;

export const settingsSchema = z.object({
  discoveryUrl: z.string().default(DEFAULT_DISCOVERY_URL),
  /** When set, discovery is skipped and this API endpoint is used directly. */
  apiEndpoint: z.string().default(''),
  callChannel: callChannelSchema.default('mobile'),
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

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  return parseSettings(stored[STORAGE_KEYS.settings]);
}

export async function saveSettings(patch: Partial<z.input<typeof settingsSchema>>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [STORAGE_KEYS.settings]: next });
  return next;
}
