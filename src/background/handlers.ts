// The message handlers: thin glue between the router and the session / call / callback services.
import { fetchCallbackRequest } from '../shared/api/callbacks';
import { activateCallout, startMobileCall } from '../shared/api/calls';
import { loadSettings } from '../shared/storage/settings';
import { toRequester } from './broadcast';
import { CallCoordinator } from './callout';
import type { Handlers } from './router';
import type { SessionManager } from './session';
import type { Workspace } from './workspace';
import { createWorkspaceHandlers, noteCallPlaced } from './workspace-handlers';

export function createHandlers(session: SessionManager, workspace: Workspace): Handlers {
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
    ...createWorkspaceHandlers(workspace),
    'call.start': (input, context) =>
      calls
        .start(input, (state, message) =>
          toRequester(context, { event: 'call.progress', clickId: input.clickId, state, ...(message ? { message } : {}) }),
        )
        // A placed callback call waits for its outcome in the popup.
        .then((result) => (noteCallPlaced(workspace, result), result)),
  };
}
