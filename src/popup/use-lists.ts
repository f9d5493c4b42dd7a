// The callback lists I may handle, with their counters and classification tags (`callbacks.lists`).
// Realtime list events arrive as `state.changed` (what: 'lists'); a burst costs one reload.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toAppError } from '../shared/errors';
import type { CallbackListView } from '../shared/messages/workspace-contract';
import { sendToBackground } from '../shared/messages/send';
import { useBroadcasts } from '../shared/ui/use-broadcasts';

const RELOAD_DEBOUNCE_MS = 1_000;

export interface ListsState {
  lists: CallbackListView[] | undefined;
  error: string | undefined;
}

export function useLists(): ListsState {
  const [state, setState] = useState<ListsState>({ lists: undefined, error: undefined });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const load = useCallback(async () => {
    try {
      const { lists } = await sendToBackground('callbacks.lists', {});
      setState({ lists, error: undefined });
    } catch (error) {
      setState((previous) => ({ ...previous, error: toAppError(error).message }));
    }
  }, []);
  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [load]);
  useBroadcasts((broadcast) => {
    if (broadcast.event !== 'state.changed' || broadcast.what !== 'lists') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), RELOAD_DEBOUNCE_MS);
  });
  return state;
}
