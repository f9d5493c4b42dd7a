// The message handlers: thin glue between the router and the session / call / callback services.
import type { CallCoordinator } from './callout';
import { withPolicyEndpoints } from './policy-sign-in';
import type { Handlers } from './router';
import type { SessionManager } from './session';
import type { Workspace } from './workspace';
import { createWorkspaceHandlers, noteCallPlaced } from './workspace-handlers';
import { createSiteHandlers } from './site-handlers';
import { openNumbersOf } from './open-numbers';
import { loadSettings } from '../shared/storage/settings';
import { injectWebphoneBridge } from './webphone-bridge-injection';

export function createHandlers(session: SessionManager, workspace: Workspace, calls: CallCoordinator): Handlers {

  return {
    'session.get': async () => session.info(),
    // A server locked by the administrator's policy wins over what the message asks for.
    'session.signIn': async (input) => session.signInWithPassword(await withPolicyEndpoints(input)),
    'session.signInWithKey': async (input) => session.signInWithKey(await withPolicyEndpoints(input)),
    'session.signOut': () => session.signOut(),
    ...createWorkspaceHandlers(workspace),
    ...createSiteHandlers(),
    'callbacks.openNumbers': async () => openNumbersOf(workspace.requests, (await loadSettings()).defaultCountry, workspace.now()),
    'call.start': (input, context) =>
      calls
        .start(input, { clickId: input.clickId, ...context })
        // A placed callback call waits for its outcome in the popup.
        .then((result) => (noteCallPlaced(workspace, result), result)),
    'call.status': async ({ clickId }) => calls.status(clickId),
    'webphone.bridge': (_input, context) => injectWebphoneBridge(context),
  };
}
