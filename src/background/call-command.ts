// The keyboard command (issue 5, manifest `commands`): calls the number selected in the active tab,
// a callback call when it is the number of one of my open requests, else a direct call; with nothing
// selected it offers the next due callback: the popup opens (the list is most urgent first), or,
// where the browser cannot open it, a notification names that request.
import type { CountryCode } from 'libphonenumber-js';
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { selectionReplySchema } from '../shared/messages/webphone-contract';
import { toE164 } from '../shared/phone';
import { formatTime, t } from '../shared/i18n';
import type { CallResult, CallStart } from '../shared/messages/contract';
import type { FlowListener } from './callout-journal';

export const CALL_COMMAND = 'call-selection';
export const NEXT_DUE_NOTIFICATION = 'evcb-next-due';

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  /** Asks the tab's frames for their selected text; the frame with the focus answers first. */
  selection(tabId: number): Promise<unknown>;
  country(): Promise<CountryCode>;
  myOpenRequests(): ApiCallbackRequest[];
  start(input: CallStart, listener: FlowListener): Promise<CallResult>;
  openPopup(): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  now(): number;
}

export async function runCallCommand(deps: CommandDeps, tabId: number | undefined): Promise<string> {
  const tab = tabId ?? (await deps.activeTabId());
  const selected = tab === undefined ? '' : await readSelection(deps, tab);
  const e164 = selected ? toE164(selected, await deps.country()) : undefined;
  if (tab !== undefined && e164) return callSelected(deps, tab, e164);
  return offerNextDue(deps);
}

async function readSelection(deps: CommandDeps, tabId: number): Promise<string> {
  const reply = selectionReplySchema.safeParse(await deps.selection(tabId).catch(() => undefined));
  return reply.success ? reply.data.text : '';
}

async function callSelected(deps: CommandDeps, tabId: number, e164: string): Promise<string> {
  const request = deps.myOpenRequests().find((r) => r.ContactNumber === e164 && !r.IsClosed);
  const clickId = `command-${deps.now()}`;
  const input: CallStart = { number: e164, clickId, ...(request ? { callbackRequestId: request.Id, callbackListId: request.CallbackListId } : {}) };
  try {
    const result = await deps.start(input, { clickId, from: 'content', tabId, frameId: 0 });
    const what = result.kind === 'callback' ? t('call_callback_placed') : t('call_state_placed');
    await deps.notify(clickId, what, `${e164}${request ? ` (${request.CallbackListName})` : ''}`);
    return what;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.notify(clickId, t('command_call_failed', e164), message);
    return message;
  }
}

async function offerNextDue(deps: CommandDeps): Promise<string> {
  const opened = await deps.openPopup().then(
    () => true,
    () => false,
  );
  if (opened) return 'popup';
  const next = nextDue(deps.myOpenRequests(), deps.now());
  const text = next
    ? `${next.ContactName ?? next.ContactNumber} · ${next.CallbackListName}${next.DueTime ? ` · ${t('command_due', formatTime(Date.parse(next.DueTime)))}` : ''}`
    : t('command_nothing_waiting');
  await deps.notify(NEXT_DUE_NOTIFICATION, next ? t('command_next_due_title') : t('command_nothing_selected'), text);
  return text;
}

/** The open request due first (no due time last, then oldest). */
export function nextDue(requests: readonly ApiCallbackRequest[], now: number): ApiCallbackRequest | undefined {
  const open = requests.filter((r) => !r.IsClosed && (!r.ExpiryTime || Date.parse(r.ExpiryTime) > now));
  const due = (r: ApiCallbackRequest) => (r.DueTime ? Date.parse(r.DueTime) : Number.POSITIVE_INFINITY);
  return open.sort((a, b) => due(a) - due(b) || Date.parse(a.CreatedTime) - Date.parse(b.CreatedTime))[0];
}
