// The workspace's message handlers (popup → background): my requests with their pending outcomes,
// lists and counters, Get next, record an outcome, Give back, and the pending-outcome queue.
import { sortByUrgency } from '../shared/callbacks/urgency';
import { toAppError } from '../shared/errors';
import type { CallbackRequestView, CallResult } from '../shared/messages/contract';
import type { CallbackListView } from '../shared/messages/workspace-contract';
import type { PendingOutcome } from './outcome-queue';
import { toRequestView } from './request-view';
import type { Handlers } from './router';
import { toPendingView } from './pending-view';
import type { Workspace } from './workspace';

type WorkspaceMessage = 'callbacks.mine' | 'callbacks.lists' | 'callbacks.next' | 'callbacks.outcome' | 'callbacks.giveBack' | 'callbacks.pending' | 'callbacks.retryPending' | 'callbacks.discardPending';

export function createWorkspaceHandlers(workspace: Workspace): Pick<Handlers, WorkspaceMessage> {
  const { session, api, requests, queue } = workspace;
  const credentials = () => session.requireCredentials();
  const userId = () => workspace.userId() ?? '';
  /** A 401 ends the session (keeping pending outcomes); the popup still gets the error. */
  const signOutOn401 = async (caught: unknown): Promise<never> => {
    const error = toAppError(caught);
    if (error.code === 'unauthorized') await session.handleUnauthorized();
    throw error;
  };

  // The popup asks on every opening and every change; 1,000 views are built once per change (or
  // minute: `isExpired` depends on the time).
  let cached: { snapshot: object; pending: object; minute: number; views: CallbackRequestView[] } | undefined;
  const views = async (): Promise<CallbackRequestView[]> => {
    const snapshot = requests.current();
    if (!snapshot) return [];
    const now = workspace.now();
    const pendingItems = await queue.list();
    const minute = Math.floor(now / 60_000);
    if (cached && cached.snapshot === snapshot && cached.pending === pendingItems && cached.minute === minute) return cached.views;
    cached = { snapshot, pending: pendingItems, minute, views: await buildViews(snapshot, now) };
    return cached.views;
  };
  const buildViews = async (snapshot: NonNullable<ReturnType<typeof requests.current>>, now: number): Promise<CallbackRequestView[]> => {
    const mine = new Map(snapshot.requests.map((r) => [r.Id.toLowerCase(), r]));
    const pending = new Map<string, PendingOutcome>();
    for (const item of await queue.mine()) pending.set(item.requestId.toLowerCase(), item);
    return snapshot.requests.map((request) => {
      const item = pending.get(request.Id.toLowerCase());
      return toRequestView(request, now, {
        mine,
        awaitingSince: snapshot.awaitingOutcome[request.Id],
        ...(item ? { pendingOutcome: toPendingView(item) } : {}),
      });
    });
  };
  const viewOf = async (requestId: string) => (await views()).find((view) => view.id.toLowerCase() === requestId.toLowerCase()) ?? null;
  const pendingAnswer = async () => ({ pending: (workspace.userId() ? await queue.mine() : await queue.list()).map(toPendingView) });

  return {
    'callbacks.mine': async ({ refresh, first }) => {
      credentials();
      if (refresh || !requests.current()) await workspace.syncNow().catch(signOutOn401);
      credentials(); // a 401 during the refresh has ended the session: say so
      const all = await views();
      const chosen = first !== undefined && first < all.length ? sortByUrgency(all, workspace.now()).slice(0, first) : all;
      return { requests: chosen, total: all.length, pending: (await queue.mine()).map(toPendingView), sync: workspace.syncStatus() };
    },
    'callbacks.lists': async () => {
      const lists = await api.fetchLists(credentials(), userId()).catch(signOutOn401);
      workspace.setKnownLists(lists.map((list) => list.Id));
      // Without its tags an outcome can still be saved: a classification problem must not hide the lists.
      const classified = await workspace.classifier.viewsFor(lists.map((list) => list.Id)).catch(() => new Map());
      return {
        lists: lists.map((list): CallbackListView => {
          const classification = classified.get(list.Id.toLowerCase());
          const base = { id: list.Id, name: list.Name, isServing: list.IsServing, openCount: list.OpenCount, dueInHourCount: list.DueInHourCount, expiresIn24hCount: list.ExpiresIn24hCount };
          return classification ? { ...base, classification } : base;
        }),
      };
    },
    'callbacks.next': async ({ listIds }) => {
      const request = await api.next(credentials(), listIds).catch(signOutOn401);
      if (!request) return { request: null };
      if (!requests.current()) await workspace.syncNow().catch(() => undefined);
      await requests.markTakenByMe(request.Id);
      await requests.put(request, userId());
      workspace.platform.broadcast('lists');
      return { request: await viewOf(request.Id) };
    },
    'callbacks.outcome': async ({ requestId, result, note, tagIds }) => {
      credentials();
      const known = requests.current()?.requests.find((r) => r.Id.toLowerCase() === requestId.toLowerCase());
      const item = await queue.add({
        userId: userId(),
        requestId: known?.Id ?? requestId,
        listId: known?.CallbackListId ?? '',
        result,
        note,
        tagIds,
        ...(known?.ContactName ? { contactName: known.ContactName } : {}),
        ...(known ? { number: known.ContactNumber } : {}),
      });
      const left = await queue.find(item.id);
      if (!left) return { status: 'saved', request: await viewOf(requestId) };
      return { status: left.state, ...(left.lastError ? { message: left.lastError } : {}) };
    },
    'callbacks.giveBack': async ({ requestId }) => {
      await api.release(credentials(), requestId).catch(signOutOn401);
      await requests.drop(requestId);
      await requests.clearAwaiting(requestId);
      workspace.platform.broadcast('lists');
      return {};
    },
    'callbacks.pending': pendingAnswer,
    'callbacks.retryPending': async () => {
      await queue.retryAll();
      return pendingAnswer();
    },
    'callbacks.discardPending': async ({ id }) => {
      await queue.discard(id);
      return pendingAnswer();
    },
  };
}

/** After a callback call is placed (popup or CRM page), the request waits for its outcome. */
export function noteCallPlaced(workspace: Workspace, result: CallResult): void {
  if (result.kind !== 'callback' || !result.callbackRequestId) return;
  void workspace.requests.markAwaiting(result.callbackRequestId).then(() => workspace.platform.broadcast('callbacks'));
}
