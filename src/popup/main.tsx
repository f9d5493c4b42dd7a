// Popup entry point. zod's CSP-safe mode must be set before any schema module is evaluated.
import '../shared/zod-setup';
import { render } from 'preact';
import { App } from './app';
import { startPageLanguage } from '../shared/i18n/page-language';
import { prefetchSession } from '../shared/ui/use-session';
import { prefetchMyRequests } from './use-my-requests';

// Both questions leave before the first render: the list can appear one round trip earlier.
prefetchSession();
prefetchMyRequests();

// The language setting is one storage read: the first paint is already in the agent's language.
const root = document.getElementById('app');
if (root) void startPageLanguage('action_title').finally(() => render(<App />, root));
