// The calls that woke the service worker (issue 5, cold-click latency). A click on a sleeping worker
// is handled before the workspace starts its realtime connection, sync and badge, which would
// otherwise compete with the activation and the call for the worker and the network. The wait is
// bounded: a slow call delays the workspace by FIRST_CALLS_MAX_MS at most.
export const FIRST_CALLS_MAX_MS = 1_500;

export interface FirstCalls {
  /** A call.start answer that arrived before the workspace started. */
  add(answer: Promise<unknown>): void;
  /** Resolves when every call added so far has answered, or after `maxMs`; later calls are not waited for. */
  settled(maxMs?: number): Promise<void>;
}

export function firstCalls(): FirstCalls {
  let pending: Promise<unknown>[] | undefined = [];
  return {
    add(answer) {
      pending?.push(answer);
    },
    async settled(maxMs = FIRST_CALLS_MAX_MS) {
      const waiting = pending ?? [];
      pending = undefined;
      if (waiting.length === 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs)));
      await Promise.race([Promise.allSettled(waiting), timeout]);
      clearTimeout(timer);
    },
  };
}
