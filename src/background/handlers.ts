// The message handlers: thin glue between the router and the session / call / callback services.
import { fetchCallbackRequest, fetchMyCallbackRequests } from '../shared/api/callbacks';
import { activateCallout, startMobileCall } from '../shared/api/calls';
import { AppError } from '../shared/errors';
import { loadSettings } from '../shared/storage/settings';
import { toRequester } from './broadcast';
import { CallCoordinator } from './callout';
import { toRequestView } from './request-view';
import type { Handlers } from './router';
import type { SessionManager } from './session';

export function createHandlers(session: SessionManager): Handlers {
  const rethrowSigningOut = async (error: unknown): Promise<never> => {
    if (error instanceof AppError && error.code === 'unauthorized') await session.handleUnauthorized();
    throw error;
  };

  const calls = new CallCoordinator({
    api: { fetchRequest: fetchCallbackRequest, activate: activateCallout, call: startMobileCall },
    credentials: () => session.requireCredentials(),
    userId: () => session.session()?.userId ?? '',
    defaultCountry: async () => (await loadSettings()).defaultCountry,
    onUnauthorized: () => session.handleUnauthorized(),
  });

  return {
    'session.get': async () => session.info(),
    'session.signIn': (input) => session.signInWithPassword(input),
    'session.signInWithKey': (input) => session.signInWithKey(input),
    'session.signOut': () => session.signOut(),
    'callbacks.mine': async () => {
      const credentials = session.requireCredentials();
      const userId = session.session()?.userId ?? '';
      const requests = await fetchMyCallbackRequests(credentials, userId).catch(rethrowSigningOut);
      const now = Date.now();
      return { requests: requests.map((request) => toRequestView(request, now)) };
    },
    'call.start': (input, context) =>
      calls.start(input, (state, message) =>
        toRequester(context, { event: 'call.progress', clickId: input.clickId, state, ...(message ? { message } : {}) }),
      ),
  };
}
