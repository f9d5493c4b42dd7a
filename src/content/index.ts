// Content script entry (bundled by esbuild as an IIFE): start in this document, where the site
// settings enable it (site-gate.ts), and stop when they no longer do.
import '../shared/zod-setup';
import { startSiteGate } from './site-gate';

startSiteGate(document);
