/// <reference types="node" />
// Minimum permissions (issue 6.1): every API permission the manifest asks for is used by the code,
// host access at install is for EnreachVoice only, and every other site is optional (asked for at
// runtime when the agent enables a CRM site).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import manifest from '../../../manifest.json';

const loose = manifest as { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; content_scripts?: { matches?: string[] }[] };

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : /\.tsx?$/.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

const source = sourceText('src');

it('uses every API permission it asks for', () => {
  const unused = (loose.permissions ?? []).filter((permission) => !new RegExp(`\\b(browser|chrome)\\.${permission}\\b`).test(source));
  expect(unused).toEqual([]);
});

it('asks at install for EnreachVoice hosts only', () => {
  const hosts = loose.host_permissions ?? [];
  expect(hosts.length).toBeGreaterThan(0);
  for (const host of hosts) expect(host).toMatch(/^https:\/\/(\*\.)?enreachvoice\.com\/\*$/);
  expect(loose.permissions ?? []).not.toEqual(expect.arrayContaining(['<all_urls>']));
  expect(loose.permissions ?? []).not.toContain('tabs');
});

it('runs on CRM sites only through optional host access, never a static all-sites content script', () => {
  const broad = (pattern: string) => /^(\*|https?):\/\/\*\/|<all_urls>/.test(pattern);
  expect((loose.content_scripts ?? []).flatMap((entry) => entry.matches ?? []).filter(broad)).toEqual([]);
  expect((loose.host_permissions ?? []).filter(broad)).toEqual([]);
});
