/// <reference types="node" />
// Security review (issue 6.4): extension pages run under a CSP without unsafe-eval or remote
// sources, and the extension loads no remote code: every script it names is a file in the package,
// and no source file imports or injects code from a URL.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import manifest from '../../../manifest.json';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const isPackageFile = (path: string) => !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('//');

describe('content security policy of extension pages', () => {
  const csp = (manifest as { content_security_policy?: { extension_pages?: string } }).content_security_policy?.extension_pages ?? '';
  const parsed = directives(csp);

  it('is stated explicitly, with scripts from the package only', () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(parsed.get('object-src')?.[0]);
  });

  it('never allows eval, inline script or a remote host', () => {
    for (const sources of parsed.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|^https?:|^\*$|^data:|^blob:/);
      }
    }
  });
});

describe('no remote code', () => {
  it('names only files in the package as scripts in the manifest', () => {
    const loose = manifest as { background?: { service_worker?: string; scripts?: string[] }; content_scripts?: { js?: string[] }[] };
    const scripts = [
      ...(loose.background?.service_worker ? [loose.background.service_worker] : []),
      ...(loose.background?.scripts ?? []),
      ...(loose.content_scripts ?? []).flatMap((entry) => entry.js ?? []),
    ];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(isPackageFile(script)).toBe(true);
  });

  it('loads only packaged scripts in its pages', () => {
    for (const page of ['src/popup/popup.html', 'src/options/options.html']) {
      const html = readFileSync(page, 'utf8');
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(isPackageFile(source)).toBe(true);
      // Inline script would be blocked by the CSP anyway; there must be none to block.
      expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('imports, fetches or injects no code from a URL anywhere in src/', () => {
    const offenders = filesUnder('src')
      .filter((path) => /\.(ts|tsx)$/.test(path))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        const patterns = [/\bimport\(\s*['"`]https?:/, /\bimportScripts\(/, /\.src\s*=\s*['"`]https?:/, /\bnew\s+Function\(/, /\beval\(/];
        return patterns.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`);
      });
    expect(offenders).toEqual([]);
  });
});

describe('no doors for web pages', () => {
  const loose = manifest as Record<string, unknown>;

  it('lets no web page message the extension (no externally_connectable)', () => {
    expect(loose).not.toHaveProperty('externally_connectable');
  });

  it('exposes no extension page or script to web pages', () => {
    const exposed = ((loose.web_accessible_resources ?? []) as { resources?: string[] }[]).flatMap((entry) => entry.resources ?? []);
    expect(exposed.filter((resource) => /\.(html?|m?js)$|\*/.test(resource))).toEqual([]);
  });
});
