// The ways a call can be placed (issue 5). Settings may also say "ask each time"; a call itself
// always runs on one concrete channel.
import * as z from 'zod';

export const placeChannelSchema = z.enum(['mobile', 'webphone', 'softphone']);
export type PlaceChannel = z.infer<typeof placeChannelSchema>;

export const callChannelSettingSchema = z.enum(['mobile', 'webphone', 'softphone', 'ask']);
export type CallChannelSetting = z.infer<typeof callChannelSettingSchema>;

/** How the softphone gets the number: `tel:` is what most desk apps register; some want `callto:`. */
export const softphoneSchemeSchema = z.enum(['tel', 'callto']);
export type SoftphoneScheme = z.infer<typeof softphoneSchemeSchema>;

export const CHANNEL_LABELS: Record<PlaceChannel, string> = {
  mobile: 'Mobile',
  webphone: 'Webphone',
  softphone: 'Softphone',
};

/** Masks a number for log lines: enough to tell calls apart, not enough to identify the customer. */
export function maskNumber(e164: string): string {
  return e164.length > 4 ? `${'•'.repeat(Math.max(0, e164.length - 3))}${e164.slice(-3)}` : '•••';
}
