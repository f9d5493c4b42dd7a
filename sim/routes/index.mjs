// @ts-check
// Every route the simulator answers, in one list the router walks in order.
import { authRoutes } from './auth.mjs';
import { callbackRoutes } from './callbacks.mjs';
import { classificationRoutes } from './classification.mjs';
import { calloutRoutes } from './callout.mjs';
import { discoveryRoutes } from './discovery.mjs';
import { mobileRoutes } from './mobile.mjs';
import { rteRoutes } from './rte.mjs';
import { testControlRoutes } from './test-control.mjs';
import { workspaceControlRoutes } from './test-control-workspace.mjs';
import { userRoutes } from './users.mjs';
import { webphoneRoutes } from './webphone.mjs';

export const routes = [
  ...discoveryRoutes,
  ...authRoutes,
  ...userRoutes,
  ...callbackRoutes,
  ...calloutRoutes,
  ...mobileRoutes,
  ...webphoneRoutes,
  ...rteRoutes,
  ...classificationRoutes,
  ...testControlRoutes,
  ...workspaceControlRoutes,
];
