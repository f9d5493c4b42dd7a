// The signed-in session as extension pages see it: loaded from the background, refreshed on
// `state.changed` (what: 'session').
import { useCallback, useEffect, useState } from 'preact/hooks';
import { toAppError } from '../errors';
import type { SessionInfo } from '../messages/contract';
import { sendToBackground } from '../messages/send';
import { useBroadcasts } from './use-broadcasts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; session: SessionInfo }
  | { status: 'error'; message: string };

export interface UseSession {
  state: SessionState;
  reload: () => Promise<void>;
  /** Replaces the session with one the background just answered (sign in, sign out). */
  setSession: (session: SessionInfo) => void;
}

let early: Promise<SessionInfo> | undefined;

/** Asks as the page's script starts, before the first render and its effects (the popup opens faster). */
export function prefetchSession(): void {
  early = sendToBackground('session.get', {});
  early.catch(() => undefined); // reported by the first reload, which uses this answer
}

export function useSession(): UseSession {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const prefetched = early;
    early = undefined;
    try {
      setState({ status: 'ready', session: await (prefetched ?? sendToBackground('session.get', {})) });
    } catch (error) {
      setState({ status: 'error', message: toAppError(error).message });
    }
  }, []);
  const setSession = useCallback((session: SessionInfo) => setState({ status: 'ready', session }), []);
  useEffect(() => void reload(), [reload]);
  useBroadcasts((broadcast) => {
    if (broadcast.event === 'state.changed' && broadcast.what === 'session') void reload();
  });
  return { state, reload, setSession };
}
