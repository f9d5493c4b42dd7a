// My callback requests from the background (`callbacks.mine`). When the popup opens: the most
// urgent screenful first (asked for as the script starts, beside the session check), then the
// whole list, then one refresh from EnreachVoice. Reloaded from the background's copy on
// `state.changed` (what: 'callbacks'); a reload keeps the list on screen, so rows keep their state.
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { AppError, toAppError } from '../shared/errors';
import type { CallbackRequestView, RequestOf } from '../shared/messages/contract';
import type { PendingOutcomeView, SyncStatus } from '../shared/messages/workspace-contract';
import { sendToBackground } from '../shared/messages/send';
import { useBroadcasts } from '../shared/ui/use-broadcasts';

export interface MyRequestsState {
  requests: CallbackRequestView[] | undefined;
  /** All my requests, when `requests` holds only the first screenful. */
  total: number;
  pending: PendingOutcomeView[];
  sync: SyncStatus | undefined;
  loading: boolean;
  error: AppError | undefined;
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve));
    else setTimeout(resolve);
  });
}

type MineAnswer = Awaited<ReturnType<typeof sendToBackground<'callbacks.mine'>>>;
export const FIRST_SCREEN = 30;
let early: Promise<MineAnswer> | undefined;

/** Called as the popup's script starts: one round trip less before the first rows appear. */
export function prefetchMyRequests(): void {
  early = sendToBackground('callbacks.mine', { first: FIRST_SCREEN });
  early.catch(() => undefined); // signed out: the answer is simply not used
}

export function useMyRequests(): MyRequestsState & { reload: (refresh?: boolean) => Promise<void> } {
  const [state, setState] = useState<MyRequestsState>({ requests: undefined, total: 0, pending: [], sync: undefined, loading: true, error: undefined });
  const load = useCallback(async (payload: RequestOf<'callbacks.mine'>, answer?: Promise<MineAnswer>) => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const got = await (answer ?? sendToBackground('callbacks.mine', payload));
      const requests = Array.isArray(got.requests) ? got.requests : [];
      setState({ requests, total: Math.max(got.total ?? 0, requests.length), pending: got.pending ?? [], sync: got.sync, loading: false, error: undefined });
      return requests.length < (got.total ?? 0);
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error: toAppError(error) }));
      return false;
    }
  }, []);
  const reload = useCallback(async (refresh = false) => void (await load(refresh ? { refresh } : {})), [load]);
  // A layout effect starts at once after the first render instead of after a paint.
  useLayoutEffect(() => {
    const prefetched = early;
    early = undefined;
    void (async () => {
      const partial = await load({ first: FIRST_SCREEN }, prefetched);
      // Let the first screen paint before the whole list's answer occupies the page's thread.
      if (partial) await afterNextPaint();
      if (partial) await load({});
      await load({ refresh: true });
    })();
  }, [load]);
  useBroadcasts((broadcast) => {
    if (broadcast.event === 'state.changed' && broadcast.what === 'callbacks') void reload();
  });
  return { ...state, reload };
}
