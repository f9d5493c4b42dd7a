// ASSUMED shapes of the callback-request surface (see shared/enreachvoice-api.md §2 and §4): not
// verified against a live tenant. Every unverified response shape lives here (requests, lists,
// classification, realtime payloads) so one edit fixes it.
import * as z from 'zod';

export const CALLBACK_RESULTS = [
  'ClosedSuccessfully',
  'Busy',
  'NoAnswer',
  'WrongNumber',
  'CustomerCancelled',
  'Other',
] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];
/** Results that keep the request open (every other result closes it). */
export const KEEPS_REQUEST_OPEN: readonly CallbackResult[] = ['Busy', 'NoAnswer'];

export const callbackRequestSchema = z.looseObject({
  Id: z.string().min(1),
  CallbackListId: z.string().min(1),
  CallbackListName: z.string().nullish(),
  ContactNumber: z.string().min(1),
  ContactName: z.string().nullish(),
  Note: z.string().nullish(),
  CreatedTime: z.string(),
  DueTime: z.string().nullish(),
  ExpiryTime: z.string().nullish(),
  AssignedUserId: z.string().nullish(),
  AttemptCount: z.number().int().nonnegative().default(0),
  LastAttemptTime: z.string().nullish(),
  LastResult: z.string().nullish(),
  IsClosed: z.boolean().default(false),
  HasVoicemail: z.boolean().default(false),
  LinkedRequestIds: z.array(z.string()).nullish(),
});
export type ApiCallbackRequest = z.infer<typeof callbackRequestSchema>;

export const callbackListSchema = z.looseObject({
  Id: z.string().min(1),
  Name: z.string(),
  IsServing: z.boolean().default(false),
  OpenCount: z.number().default(0),
  DueInHourCount: z.number().default(0),
  ExpiresIn24hCount: z.number().default(0),
});
export type ApiCallbackList = z.infer<typeof callbackListSchema>;

/** Auto-allocation answers 200 with a request, or 204 (parsed as null) when nothing is waiting. */
export const nextCallbackSchema = callbackRequestSchema.nullable();

// Classification [code: seen in a public EnreachVoice client, not verified here]:
// GET classification/calllistschemas and GET classification/schemas/{id}?IncludeChildren=true.
export const listSchemaBindingSchema = z.looseObject({
  ListId: z.string().min(1),
  SchemaId: z.string().min(1),
  ListName: z.string().nullish(),
});

export const tagSchemaSchema = z.looseObject({
  Id: z.string().min(1),
  Name: z.string().nullish(),
  Groups: z
    .array(
      z.looseObject({
        Name: z.string().nullish(),
        MaxSelections: z.number().int().positive().nullish(),
        Tags: z.array(z.looseObject({ Id: z.number().int(), Name: z.string().nullish() })).default([]),
      }),
    )
    .default([]),
});
export type ApiTagSchema = z.infer<typeof tagSchemaSchema>;

/** POST classification/instance answers the created instance; nothing of it is read. */
export const classificationInstanceSchema = z.looseObject({ Id: z.string().nullish() }).nullable();

/**
 * A realtime MessageReceived argument. ASSUMED (enreachvoice-api.md §4): `{data: {eventType, …}}`
 * where eventType is a name or a number, and callback events name the request and list.
 */
export const rteMessageSchema = z.looseObject({
  data: z
    .looseObject({
      eventType: z.union([z.string(), z.number()]).nullish(),
      callbackRequestId: z.string().nullish(),
      CallbackRequestId: z.string().nullish(),
      callbackListId: z.string().nullish(),
      CallbackListId: z.string().nullish(),
    })
    .nullish(),
});

export interface RteCallbackEvent {
  eventType: string | number | undefined;
  requestId: string | undefined;
  listId: string | undefined;
}

/** What the background needs of a realtime message; undefined when it is not one it understands. */
export function readRteEvent(argument: unknown): RteCallbackEvent | undefined {
  const parsed = rteMessageSchema.safeParse(argument);
  if (!parsed.success) return undefined;
  const data = parsed.data.data ?? {};
  return {
    eventType: data.eventType ?? undefined,
    requestId: data.callbackRequestId ?? data.CallbackRequestId ?? undefined,
    listId: data.callbackListId ?? data.CallbackListId ?? undefined,
  };
}
