// "Found on this page" (issue 4.7): what the content scripts of the tab found, asked through the
// background, with the callback request each number belongs to when it is one of mine.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { toAppError } from '../shared/errors';
import type { CallbackRequestView } from '../shared/messages/contract';
import { sendToBackground } from '../shared/messages/send';
import type { PageFound, PageNumber } from '../shared/messages/sites-contract';
import { targetTabId } from './target-tab';
import { t } from '../shared/i18n';

export type FoundState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'no-tab' }
  | { status: 'ready'; tabId: number; page: PageFound; mine: CallbackRequestView[] };

/** The request a found number stands for: its id on the page first, else its number. */
export function requestFor(number: PageNumber, mine: readonly CallbackRequestView[]): CallbackRequestView | undefined {
  const id = number.callbackRequestId?.toLowerCase();
  if (id) return mine.find((request) => request.id.toLowerCase() === id);
  return mine.find((request) => request.number === number.e164 && !request.isClosed);
}

export function useFoundOnPage(): { state: FoundState; reload: () => Promise<void>; ignore: () => Promise<string> } {
  const [state, setState] = useState<FoundState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) return setState({ status: 'no-tab' });
      const [page, mine] = await Promise.all([
        sendToBackground('page.found', { tabId }),
        // Signed out: no requests to match, the numbers are still listed.
        sendToBackground('callbacks.mine', {}).then((answer) => answer.requests, () => []),
      ]);
      setState({ status: 'ready', tabId, page, mine });
    } catch (error) {
      setState({ status: 'error', message: toAppError(error).message });
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  const ignore = useCallback(async () => {
    if (state.status !== 'ready') return '';
    const { site, removedPattern } = await sendToBackground('sites.ignore', { tabId: state.tabId });
    await reload();
    return removedPattern
      ? t('found_removed', site)
      : t('found_ignoring', site);
  }, [state, reload]);
  return { state, reload, ignore };
}
