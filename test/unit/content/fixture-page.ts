/// <reference types="node" />
// Loads a static fixture (test/fixtures/*.html) into the jsdom document, runs its scripts, and
// reads back what the scanner found, shadow roots included, for scoring against its truth file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterFor } from '../../../src/content/adapters';
import { createScanner, type Scanner } from '../../../src/content/scan/scanner';
import { createCallControl, HOST_TAG } from '../../../src/content/ui/call-control';
import type { ScoredEntry } from '../../fixtures/score';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function truthOf(name: string): Record<string, { e164: string; callbackRequestId?: string }[]> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), 'utf8'));
}

export function expectedFor(name: string): ScoredEntry[] {
  return Object.entries(truthOf(name)).flatMap(([scope, entries]) => entries.map((entry) => ({ scope, ...entry })));
}

/** Puts the fixture's body into the document and runs its classic scripts, as a browser would. */
export function loadFixture(file: string, url = `/fixtures/${file}`): void {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  window.history.replaceState(null, '', url);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script\b[^>]*><\/script>/gi, '');
  for (const [, src] of body.matchAll(/<script src="([^"]+)"><\/script>/g)) {
    new Function(readFileSync(join(FIXTURES, src!), 'utf8'))();
  }
}

export function scanFixture(): Scanner {
  const scanner = createScanner({
    doc: document,
    country: 'FI',
    adapter: adapterFor(document.location.href, document),
    makeControl: (target) => createCallControl(document, target, () => undefined).host,
    schedule: () => undefined,
  });
  scanner.start();
  scanner.flush();
  return scanner;
}

/** Every control in the document, in open shadow roots too, as scored entries. */
export function foundIn(root: ParentNode, scope: string): ScoredEntry[] {
  const found: ScoredEntry[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === HOST_TAG) {
        const host = element as HTMLElement;
        found.push({ scope, e164: host.dataset.evcbNumber ?? '', callbackRequestId: host.dataset.evcbCallbackRequestId });
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}
