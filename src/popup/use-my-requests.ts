// My callback requests from the background (`callbacks.mine`), reloaded on `state.changed`
// (what: 'callbacks'). A reload keeps the current list on screen, so rows keep their call state.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { AppError, toAppError } from '../shared/errors';
import type { CallbackRequestView } from '../shared/messages/contract';
import { sendToBackground } from '../shared/messages/send';
import { useBroadcasts } from '../shared/ui/use-broadcasts';

export interface MyRequestsState {
  requests: CallbackRequestView[] | undefined;
  loading: boolean;
  error: AppError | undefined;
}

export function useMyRequests(): MyRequestsState & { reload: () => Promise<void> } {
  const [state, setState] = useState<MyRequestsState>({ requests: undefined, loading: true, error: undefined });
  const reload = useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const { requests } = await sendToBackground('callbacks.mine', {});
      setState({ requests, loading: false, error: undefined });
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error: toAppError(error) }));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  useBroadcasts((broadcast) => {
    if (broadcast.event === 'state.changed' && broadcast.what === 'callbacks') void reload();
  });
  return { ...state, reload };
}
