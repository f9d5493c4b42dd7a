// Options page entry point. zod's CSP-safe mode must be set before any schema module is evaluated.
import '../shared/zod-setup';
import { render } from 'preact';
import { App } from './app';
import { startPageLanguage } from '../shared/i18n/page-language';

const root = document.getElementById('app');
if (root) void startPageLanguage('options_page_title').finally(() => render(<App />, root));
