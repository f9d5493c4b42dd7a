// Background → content script: place a call through the page's EnreachVoice webphone
// (`<webrtc-client-ui>`), and the content script's answer. Both sides validate with these schemas.
import * as z from 'zod';
import { appErrorSchema } from '../errors';

export const WEBPHONE_TAG = 'webrtc-client-ui';

export const webphonePlaceSchema = z.object({
  command: z.literal('webphone.place'),
  e164: z.string().min(3).max(20),
  /** The activation body (PascalCase, as the API takes it); absent for a direct call. */
  activation: z
    .object({ TargetNumber: z.string(), CallbackRequestId: z.string(), CallbackListId: z.string() })
    .optional(),
  /** No call(number) after this many ms from the activation request. */
  windowMs: z.number().int().min(0).max(10_000),
});
export type WebphonePlace = z.infer<typeof webphonePlaceSchema>;

export const webphoneReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), gapMs: z.number().optional() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
export type WebphoneReply = z.infer<typeof webphoneReplySchema>;

/** Background → content script: what text is selected (the keyboard command). */
export const selectionRequestSchema = z.object({ command: z.literal('selection.get') });
export const selectionReplySchema = z.object({ text: z.string().max(200) });

export const contentCommandSchema = z.discriminatedUnion('command', [webphonePlaceSchema, selectionRequestSchema]);
