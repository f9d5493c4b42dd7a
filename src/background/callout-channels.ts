// The three ways to place a call (issue 5). Activation, when a channel does not do it itself, runs
// in the background before `call`; the webphone activates and calls inside the page, through the
// element's own API, so the activation and the call come from the same signed-in webphone.
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { Activation } from '../shared/api/calls';
import type { PlaceChannel, SoftphoneScheme } from '../shared/calls/channels';
import type { FlowListener } from './callout-journal';

export interface PlaceTarget {
  e164: string;
  /** Where the call was asked for: the softphone and webphone act in that tab. */
  requester: FlowListener;
}

export interface WebphoneOutcome {
  /** Milliseconds from the activation request to call(number), measured in the page. */
  gapMs: number;
}

export interface ChannelDriver {
  /** What the progress text calls this channel: "Calling … on your mobile". */
  readonly where: string;
  call(target: PlaceTarget, signal: AbortSignal): Promise<void>;
  /** Present when the channel activates and calls by itself (webphone); `windowMs` bounds the gap. */
  activateAndCall?(target: PlaceTarget, activation: Activation, windowMs: number, signal: AbortSignal): Promise<WebphoneOutcome>;
}

export type ChannelDrivers = Record<PlaceChannel, ChannelDriver>;

export interface TabPort {
  /** The tab the popup or a command acts on: the active tab of the last focused window. */
  activeTabId(): Promise<number | undefined>;
  openUrl(tabId: number, url: string): Promise<void>;
  send(tabId: number, frameId: number | undefined, message: unknown): Promise<unknown>;
}

export async function tabOf(requester: FlowListener, tabs: TabPort): Promise<number> {
  const tabId = requester.from === 'content' ? requester.tabId : await tabs.activeTabId();
  if (tabId === undefined) throw new AppError('invalid-input', t('callout_no_tab'));
  return tabId;
}

/**
 * Hands the number to the operating system. `tabs.update` with a tel:/callto: URL is a browser
 * navigation that the OS protocol handler takes over: the CRM page stays as it is (no navigation
 * commits) and no user gesture is needed, unlike a link clicked by a script after an await.
 */
export function softphoneDriver(tabs: TabPort, scheme: () => Promise<SoftphoneScheme>): ChannelDriver {
  return {
    where: 'on your softphone',
    async call(target) {
      const tabId = await tabOf(target.requester, tabs);
      await tabs.openUrl(tabId, `${await scheme()}:${target.e164}`);
    },
  };
}
