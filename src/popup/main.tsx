// Popup entry point. zod's CSP-safe mode must be set before any schema module is evaluated.
import '../shared/zod-setup';
import { render } from 'preact';
import { App } from './app';
import { prefetchSession } from '../shared/ui/use-session';
import { prefetchMyRequests } from './use-my-requests';

// Both questions leave before the first render: the list can appear one round trip earlier.
prefetchSession();
prefetchMyRequests();

const root = document.getElementById('app');
if (root) render(<App />, root);
