// Popup entry point. zod's CSP-safe mode must be set before any schema module is evaluated.
import '../shared/zod-setup';
import { render } from 'preact';
import { App } from './app';

const root = document.getElementById('app');
if (root) render(<App />, root);
