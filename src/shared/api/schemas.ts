// zod schemas for every EnreachVoice response the extension reads. Unknown fields pass; a missing
// required field is an error the client turns into a message the agent can act on.
import * as z from 'zod';

export const discoveryEntrySchema = z.looseObject({
  apiEndpoint: z.string().min(1),
  siloName: z.string().nullish(),
  username: z.string().nullish(),
  uiEndpoint: z.string().nullish(),
  authority: z.string().nullish(),
});
export const discoveryResponseSchema = z.array(discoveryEntrySchema);
export type DiscoveryEntry = z.infer<typeof discoveryEntrySchema>;

export const authUserResponseSchema = z.looseObject({
  UserID: z.string().min(1),
  SecretKey: z.string().min(1),
});

export const userSchema = z.looseObject({
  Id: z.string().min(1),
  OrganizationID: z.string().nullish(),
  FirstName: z.string().nullish(),
  LastName: z.string().nullish(),
  Email: z.string().nullish(),
});
export type ApiUser = z.infer<typeof userSchema>;

/** Bodies of successful POSTs we do not read (activation, mobile call) may be empty or anything. */
export const anyBodySchema = z.unknown();

/** GET token/{userId}/rte/ [doc]: a short-lived JWT and the hub endpoint without a scheme. */
export const rteTokenSchema = z.looseObject({
  Token: z.string().min(1),
  WSSEndpoint: z.string().min(1),
});

/** SignalR negotiate (protocol, not EnreachVoice-specific). */
export const negotiateResponseSchema = z.looseObject({
  connectionId: z.string().nullish(),
  connectionToken: z.string().nullish(),
  url: z.string().nullish(),
  accessToken: z.string().nullish(),
  availableTransports: z.array(z.looseObject({ transport: z.string() })).nullish(),
});
