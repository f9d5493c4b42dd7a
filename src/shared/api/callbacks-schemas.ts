// ASSUMED shapes of the callback-request surface (see shared/enreachvoice-api.md §2): not verified
// against a live tenant. Keep every assumed response shape here so one edit fixes it.
import * as z from 'zod';

export const CALLBACK_RESULTS = [
  'ClosedSuccessfully',
  'Busy',
  'NoAnswer',
  'WrongNumber',
  'CustomerCancelled',
  'Other',
] as const;

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
