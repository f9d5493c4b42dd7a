// Every message between contexts: its schema, who may send it, and what it answers.
// The background validates requests with these schemas; senders validate the answers.
import * as z from 'zod';
import { placeChannelSchema } from '../calls/channels';
import { appErrorSchema } from '../errors';
import { pendingOutcomeViewSchema, requestViewExtras, syncStatusSchema, workspaceMessages } from './workspace-contract';
import { sitesMessages } from './sites-contract';
import { detectionMessages } from './detection-contract';

const guidLike = z.string().max(100);

export const sessionInfoSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false), reason: z.string().optional() }),
  z.object({
    signedIn: z.literal(true),
    email: z.string(),
    userId: z.string(),
    displayName: z.string().optional(),
    apiEndpoint: z.string(),
  }),
]);
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** What the UI shows of a callback request: already parsed and derived by the background. */
export const callbackRequestViewSchema = z.object({
  id: z.string(),
  listId: z.string(),
  listName: z.string(),
  number: z.string(),
  contactName: z.string().optional(),
  note: z.string().optional(),
  createdTime: z.string(),
  dueTime: z.string().optional(),
  expiryTime: z.string().optional(),
  attemptCount: z.number(),
  lastResult: z.string().optional(),
  hasVoicemail: z.boolean(),
  isClosed: z.boolean(),
  isExpired: z.boolean(),
  ...requestViewExtras,
});
export type CallbackRequestView = z.infer<typeof callbackRequestViewSchema>;

export const callStateSchema = z.enum(['resolving', 'activating', 'calling', 'placed', 'failed']);
export type CallState = z.infer<typeof callStateSchema>;

export const callStartSchema = z.object({
  /** The number as the page shows it; the background normalises it. */
  number: z.string().min(1).max(100),
  callbackRequestId: guidLike.optional(),
  callbackListId: guidLike.optional(),
  pageUrl: z.string().max(4096).optional(),
  /** Chosen by the sender, so progress events can find the control that started the call. */
  clickId: z.string().min(1).max(100),
  /** A per-click channel choice (the control's menu); otherwise the channel from settings. */
  channel: placeChannelSchema.optional(),
  /** "Call as direct call": call the number without activating the callback request. */
  direct: z.boolean().optional(),
});
export type CallStart = z.infer<typeof callStartSchema>;

export const callResultSchema = z.object({
  kind: z.enum(['callback', 'direct']),
  e164: z.string(),
  callbackRequestId: z.string().optional(),
  callbackListId: z.string().optional(),
  /** Milliseconds from the activation request to the call request (callback calls only). */
  activationToCallMs: z.number().optional(),
  channel: placeChannelSchema.optional(),
});
export type CallResult = z.infer<typeof callResultSchema>;

const empty = z.object({}).strict();

export const messages = {
  'session.get': { from: ['extension', 'content'], request: empty, response: sessionInfoSchema },
  'session.signIn': {
    from: ['extension'],
    request: z.object({
      email: z.string().trim().min(3).max(320),
      password: z.string().min(1).max(1024),
      discoveryUrl: z.string().max(2048).optional(),
      apiEndpoint: z.string().max(2048).optional(),
      rememberMe: z.boolean().default(true),
    }),
    response: sessionInfoSchema,
  },
  'session.signInWithKey': {
    from: ['extension'],
    request: z.object({
      email: z.string().trim().min(3).max(320),
      secretKey: z.string().trim().min(8).max(1024),
      discoveryUrl: z.string().max(2048).optional(),
      apiEndpoint: z.string().max(2048).optional(),
      rememberMe: z.boolean().default(true),
    }),
    response: sessionInfoSchema,
  },
  'session.signOut': { from: ['extension'], request: empty, response: sessionInfoSchema },
  'callbacks.mine': {
    from: ['extension'],
    // refresh: ask EnreachVoice now; otherwise the background's current copy (kept fresh by realtime/polling).
    // first: only the N most urgent (a popup's first screen arrives fast; the rest follows).
    request: z.object({ refresh: z.boolean().optional(), first: z.number().int().min(1).max(500).optional() }).strict(),
    response: z.object({
      requests: z.array(callbackRequestViewSchema),
      /** How many there are in all (more than `requests` when `first` was asked). */
      total: z.number().optional(),
      pending: z.array(pendingOutcomeViewSchema).optional(),
      sync: syncStatusSchema.optional(),
    }),
  },
  ...workspaceMessages(callbackRequestViewSchema),
  ...sitesMessages,
  ...detectionMessages,
  'call.start': { from: ['extension', 'content'], request: callStartSchema, response: callResultSchema },
  // The frame hosts <webrtc-client-ui>: the background puts the webphone bridge into that frame's own
  // world (issue 5: only pages that have the element get it).
  'webphone.bridge': { from: ['content'], request: empty, response: z.object({ injected: z.boolean() }) },
  // Where a call stands; asked by a control whose call.start answer was lost (the worker restarted).
  'call.status': {
    from: ['extension', 'content'],
    request: z.object({ clickId: z.string().min(1).max(100) }).strict(),
    response: z.object({ state: callStateSchema, message: z.string().optional() }).nullable(),
  },
} as const satisfies Record<
  string,
  { from: readonly ('extension' | 'content')[]; request: z.ZodType; response: z.ZodType }
>;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = z.input<(typeof messages)[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof messages)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof messages)[T]['response']>;

export const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
export type Reply = z.infer<typeof replySchema>;

/** Background → content script (its tab and frame) and → extension pages. */
export const callProgressSchema = z.object({
  event: z.literal('call.progress'),
  clickId: z.string(),
  state: callStateSchema,
  message: z.string().optional(),
});
export type CallProgress = z.infer<typeof callProgressSchema>;

/** Background → extension pages: the session or my requests changed. */
export const stateChangedSchema = z.object({
  event: z.literal('state.changed'),
  what: z.enum(['session', 'callbacks', 'lists']),
});
export type StateChanged = z.infer<typeof stateChangedSchema>;

export const broadcastSchema = z.discriminatedUnion('event', [callProgressSchema, stateChangedSchema]);
export type Broadcast = z.infer<typeof broadcastSchema>;
