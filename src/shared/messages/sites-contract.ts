// Messages of the per-site features (issue 4.6, 4.7): "Found on this page" and "Ignore this site".
// Popup → background ask about a tab; background → each frame's content script asks what it found.
// Numbers and request ids only: nothing secret crosses to or from a page.
import * as z from 'zod';

/** Most numbers one frame reports: a popup list longer than this helps nobody. */
export const FOUND_LIMIT_PER_FRAME = 200;

export const foundNumberSchema = z.object({
  /** As the page shows it. */
  shown: z.string().max(100),
  e164: z.string().regex(/^\+\d{6,15}$/),
  callbackRequestId: z.string().max(100).optional(),
  callbackListId: z.string().max(100).optional(),
});
export type FoundNumber = z.infer<typeof foundNumberSchema>;

/** Background → content script (one frame): what have you found? */
export const foundListRequestSchema = z.object({ type: z.literal('found.list') }).strict();
export type FoundListRequest = z.infer<typeof foundListRequestSchema>;

/** Content script → background: the numbers that have call controls in this frame now. */
export const foundListAnswerSchema = z.object({
  url: z.string().max(4096),
  numbers: z.array(foundNumberSchema).max(FOUND_LIMIT_PER_FRAME),
  /** How many controls the frame has (more than `numbers` when the list was cut). */
  total: z.number().int().min(0),
});
export type FoundListAnswer = z.infer<typeof foundListAnswerSchema>;

/** One number of the page, merged over frames and repeats. */
export const pageNumberSchema = foundNumberSchema.extend({ count: z.number().int().min(1) });
export type PageNumber = z.infer<typeof pageNumberSchema>;

export const pageFoundSchema = z.discriminatedUnion('access', [
  /** The extension may not read this tab (no host permission, or a browser page). */
  z.object({ access: z.literal('none') }),
  z.object({
    access: z.literal('granted'),
    /** "This site" as a pattern (scheme and host), what "Ignore this site" adds. */
    site: z.string(),
    /** Whether call controls belong on this page by the settings. */
    enabled: z.boolean(),
    numbers: z.array(pageNumberSchema),
    /** All controls of all frames; more than the numbers listed when frames cut their lists. */
    total: z.number().int().min(0),
  }),
]);
export type PageFound = z.infer<typeof pageFoundSchema>;

const tabRequest = z.object({ tabId: z.number().int().min(0) }).strict();

export const sitesMessages = {
  'page.found': { from: ['extension'], request: tabRequest, response: pageFoundSchema },
  'sites.ignore': {
    from: ['extension'],
    request: tabRequest,
    response: z.object({
      /** The pattern now on the ignore list (or removed from the list when it was exactly this site). */
      site: z.string(),
      /** True when the site's own pattern and its host permission were removed instead. */
      removedPattern: z.boolean(),
    }),
  },
} as const;
