// Messages of page detection (issue 4.2): a content script asks for the numbers of my open
// callback requests, so a number on the page that matches one is offered as a callback call even
// when the page shows no request id. Compact on purpose (E.164 → request and list id): every
// frame of every enabled page asks once, and nothing but numbers and ids reaches the page.
import * as z from 'zod';

/** Most open requests one agent is sent; a list longer than this is cut (most urgent first). */
export const OPEN_NUMBERS_LIMIT = 5000;

export const openNumberSchema = z.tuple([
  z.string().regex(/^\+\d{6,15}$/), // E.164
  z.string().max(100), // callback request id
  z.string().max(100), // callback list id
]);
export type OpenNumber = z.infer<typeof openNumberSchema>;

export const detectionMessages = {
  'callbacks.openNumbers': {
    from: ['content'],
    request: z.object({}).strict(),
    response: z.object({
      numbers: z.array(openNumberSchema).max(OPEN_NUMBERS_LIMIT),
      /** When my requests were last fetched (0 when signed out): unchanged means nothing to redo. */
      version: z.number(),
    }),
  },
} as const;
