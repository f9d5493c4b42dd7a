// "Call selection" (issue 4.6): a context-menu item on any page, also where the extension has no
// host access; the click hands us the selected text, nothing else of the page. The number is read
// with the shared phone module here and called through the normal call flow (callout.ts).
import { browser } from '../shared/browser';
import { toAppError } from '../shared/errors';
import type { CallResult, CallStart } from '../shared/messages/contract';
import { findPhoneNumbers, formatInternational, normaliseShownNumber, toE164, type CountryCode } from '../shared/phone';
import { t } from '../shared/i18n';

export const CALL_SELECTION_MENU_ID = 'evcb-call-selection';
const NOTIFICATION_ID = 'evcb-call-selection';

export interface OpenRequest {
  id: string;
  listId: string;
}

export interface CallSelectionDeps {
  start(input: CallStart): Promise<CallResult>;
  /** One of my open callback requests for this number: the call is then a callback call (issue 4.2). */
  openRequestFor?(e164: string): OpenRequest | undefined;
  defaultCountry(): Promise<CountryCode>;
  notify(title: string, message: string): Promise<void>;
  now?(): number;
}

/** The one number in the selection, or why there is none. */
export function numberInSelection(text: string, country: CountryCode): { e164: string } | { problem: string } {
  const selection = normaliseShownNumber(text);
  const shown = selection.length > 40 ? `${selection.slice(0, 39)}…` : selection;
  if (selection === '') return { problem: t('selection_nothing') };
  const whole = toE164(selection, country);
  if (whole) return { e164: whole };
  const found = [...new Set(findPhoneNumbers(selection, country).map((number) => number.e164))];
  if (found.length === 1) return { e164: found[0]! };
  if (found.length > 1) return { problem: t('selection_many', found.length) };
  return { problem: t('not_a_number', shown) };
}

export async function callSelection(text: string, pageUrl: string | undefined, deps: CallSelectionDeps): Promise<CallResult | null> {
  const read = numberInSelection(text, await deps.defaultCountry());
  if ('problem' in read) {
    await deps.notify(t('selection_not_number_title'), read.problem);
    return null;
  }
  const shown = formatInternational(read.e164);
  const request = deps.openRequestFor?.(read.e164);
  try {
    const result = await deps.start({
      number: read.e164,
      clickId: `menu-${deps.now?.() ?? Date.now()}`,
      ...(request ? { callbackRequestId: request.id, callbackListId: request.listId } : {}),
      ...(pageUrl && pageUrl.length <= 4096 ? { pageUrl } : {}),
    });
    await deps.notify(t('selection_calling_title'), t('selection_placed', shown));
    return result;
  } catch (error) {
    await deps.notify(t('selection_failed_title', shown), toAppError(error).message);
    return null;
  }
}

/** Created on install and update (menus persist across worker restarts). */
export function createCallSelectionMenu(): void {
  browser.contextMenus.remove(CALL_SELECTION_MENU_ID).catch(() => undefined).finally(() => {
    browser.contextMenus.create({ id: CALL_SELECTION_MENU_ID, title: t('menu_call_selection'), contexts: ['selection'] });
  });
}

export async function notifyAboutSelection(title: string, message: string): Promise<void> {
  await browser.notifications
    .create(NOTIFICATION_ID, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message })
    .catch(() => undefined);
}

/** Top-level listeners (design §4), registered synchronously by index.ts. */
export function listenForCallSelection(deps: CallSelectionDeps, ready: Promise<void>): void {
  browser.runtime.onInstalled.addListener(createCallSelectionMenu);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== CALL_SELECTION_MENU_ID) return;
    const run = () => callSelection(info.selectionText ?? '', info.pageUrl, deps);
    void ready.then(run, run);
  });
}
