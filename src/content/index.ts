// Content script entry (bundled by esbuild as an IIFE): start in this document.
import '../shared/zod-setup';
import { startContentScript } from './start';

void startContentScript(document);
