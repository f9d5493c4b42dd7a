// The callback workspace's messages (popup ↔ background): lists and counters, Get next, outcomes
// and the queue of outcomes not yet saved, Give back. Spread into `messages` in contract.ts.
// Every view here is derived by the background: the popup never sees raw API JSON.
import * as z from 'zod';

/** Call results EnreachVoice knows [assumed, enreachvoice-api.md §2]; Busy and NoAnswer keep a request open. */
export const OUTCOME_RESULTS = ['ClosedSuccessfully', 'Busy', 'NoAnswer', 'WrongNumber', 'CustomerCancelled', 'Other'] as const;
export const outcomeResultSchema = z.enum(OUTCOME_RESULTS);
export type OutcomeResult = z.infer<typeof outcomeResultSchema>;

/** EnreachVoice's limit for a note [code]. */
export const MAX_NOTE_LENGTH = 500;

export const pendingOutcomeViewSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  result: outcomeResultSchema,
  note: z.string(),
  tagIds: z.array(z.number()),
  /** pending: will be retried by itself; failed: EnreachVoice refused it, the agent decides. */
  state: z.enum(['pending', 'failed']),
  tries: z.number(),
  lastError: z.string().optional(),
  nextTryAt: z.string().optional(),
  createdAt: z.string(),
  contactName: z.string().optional(),
  number: z.string().optional(),
});
export type PendingOutcomeView = z.infer<typeof pendingOutcomeViewSchema>;

/** Extra fields of a request view (contract.ts spreads them into callbackRequestViewSchema). */
export const requestViewExtras = {
  /** International format, e.g. "+358 40 123 4567" (`number` stays E.164). */
  displayNumber: z.string().optional(),
  lastAttemptTime: z.string().optional(),
  linked: z.array(z.object({ id: z.string(), listName: z.string().optional(), mine: z.boolean() })).optional(),
  /** A callback call was placed and no outcome recorded yet. */
  awaitingOutcome: z.boolean().optional(),
  /** When that call was placed: each call opens the outcome step anew. */
  awaitingSince: z.string().optional(),
  pendingOutcome: pendingOutcomeViewSchema.optional(),
};

export const classificationViewSchema = z.object({
  schemaId: z.string(),
  groups: z.array(
    z.object({ name: z.string(), maxSelections: z.number(), tags: z.array(z.object({ id: z.number(), name: z.string() })) }),
  ),
});
export type ClassificationView = z.infer<typeof classificationViewSchema>;

export const callbackListViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  isServing: z.boolean(),
  openCount: z.number(),
  dueInHourCount: z.number(),
  expiresIn24hCount: z.number(),
  classification: classificationViewSchema.optional(),
});
export type CallbackListView = z.infer<typeof callbackListViewSchema>;

/** live: realtime connected; polling: checking every N s (realtime off, down, or reconnecting). */
export const syncStatusSchema = z.object({
  mode: z.enum(['live', 'connecting', 'polling']),
  pollSeconds: z.number(),
  fetchedAt: z.string().optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const empty = z.object({}).strict();
const id = z.string().min(1).max(100);
const pendingAnswer = z.object({ pending: z.array(pendingOutcomeViewSchema) });

/** The workspace messages, given the request view schema (defined in contract.ts). */
export function workspaceMessages<V extends z.ZodType>(view: V) {
  return {
    'callbacks.lists': { from: ['extension'], request: empty, response: z.object({ lists: z.array(callbackListViewSchema) }) },
    'callbacks.next': {
      from: ['extension'],
      request: z.object({ listIds: z.array(id).max(50).optional() }).strict(),
      response: z.object({ request: view.nullable() }),
    },
    'callbacks.outcome': {
      from: ['extension'],
      request: z
        .object({ requestId: id, result: outcomeResultSchema, note: z.string().max(MAX_NOTE_LENGTH), tagIds: z.array(z.number().int()).max(20).default([]) })
        .strict(),
      response: z.object({ status: z.enum(['saved', 'pending', 'failed']), message: z.string().optional(), request: view.nullable().optional() }),
    },
    'callbacks.giveBack': { from: ['extension'], request: z.object({ requestId: id }).strict(), response: z.object({}) },
    // Pending outcomes are readable when signed out too: they wait for the next sign-in.
    'callbacks.pending': { from: ['extension'], request: empty, response: pendingAnswer },
    'callbacks.retryPending': { from: ['extension'], request: empty, response: pendingAnswer },
    'callbacks.discardPending': { from: ['extension'], request: z.object({ id }).strict(), response: pendingAnswer },
  } as const;
}
