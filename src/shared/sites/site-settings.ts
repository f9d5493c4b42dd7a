// Which CRM sites the extension works on (issue 4.6, design §6): off, or on for listed URL patterns.
// A listed pattern only works while its host permission is granted (the background keeps the list
// and the grants in step); ignored sites are left out even when a broader pattern covers them.
import * as z from 'zod';
import { isMatchPattern, normaliseMatchPattern, patternMatchesUrl } from './match-pattern';

export const siteAccessSchema = z.enum(['off', 'listed']);
export type SiteAccess = z.infer<typeof siteAccessSchema>;

/** Most patterns kept: each becomes a content script match and a host permission. */
export const MAX_SITE_PATTERNS = 100;

/**
 * A stored list of patterns. The options page refuses a bad pattern with a message before storing;
 * should one reach storage anyway, it alone is dropped and the valid ones are kept.
 */
export const sitePatternsSchema = z
  .array(z.string())
  .transform((patterns) => [...new Set(patterns.map(normaliseMatchPattern).filter(isMatchPattern))].slice(0, MAX_SITE_PATTERNS));

export interface SiteSettings {
  siteAccess: SiteAccess;
  sitePatterns: readonly string[];
  ignoredSites: readonly string[];
}

/** Patterns suggested on the options page: where the CRMs of issue 4.5 live. */
export const SUGGESTED_SITE_PATTERNS: readonly { name: string; pattern: string }[] = [
  { name: 'Salesforce Lightning', pattern: 'https://*.lightning.force.com/*' },
  { name: 'Dynamics 365', pattern: 'https://*.dynamics.com/*' },
  { name: 'HubSpot', pattern: 'https://app.hubspot.com/*' },
  { name: 'Pipedrive', pattern: 'https://*.pipedrive.com/*' },
];

/** Whether call controls belong on this page (each frame asks for its own URL). */
export function isSiteEnabled(settings: SiteSettings, url: string): boolean {
  if (settings.siteAccess === 'off') return false;
  if (settings.ignoredSites.some((pattern) => patternMatchesUrl(pattern, url))) return false;
  return settings.sitePatterns.some((pattern) => patternMatchesUrl(pattern, url));
}

/** The content scripts' matches: nothing when off. */
export function activePatterns(settings: SiteSettings): string[] {
  return settings.siteAccess === 'off' ? [] : [...new Set(settings.sitePatterns)];
}
