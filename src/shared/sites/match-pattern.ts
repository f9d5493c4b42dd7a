// Match patterns for the sites the agent enables (issue 4.6, design §6), e.g.
// `https://*.lightning.force.com/*`. The same rules Chrome applies to host permissions and content
// script `matches`, kept pure so the content script, the background and the options page agree on
// what a pattern covers. Only web pages: http, https, or `*` for both.
import { t } from '../i18n';

export interface MatchPattern {
  scheme: 'http' | 'https' | '*';
  /** `*` (any host), `*.example.com` (the domain and its subdomains) or an exact host. */
  host: string;
  /** Empty: any port (Chrome's rule for patterns without one). */
  port: string;
  /** Glob: `*` matches any run of characters. */
  path: string;
}

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\d{1,5}|\*))?(\/.*)$/;
const HOST = /^(?:\*|(?:\*\.)?(?:[a-z0-9-]+\.)*[a-z0-9-]+|\[[0-9a-f:.]+\])$/;

/** The pattern's parts, or an error message a person can act on. */
export function parseMatchPattern(text: string): MatchPattern | { error: string } {
  const input = text.trim();
  const match = PATTERN.exec(input.toLowerCase());
  if (!match) return { error: t('sites_pattern_invalid', input) };
  const [, scheme, host, port = '', path] = match as unknown as [string, MatchPattern['scheme'], string, string | undefined, string];
  if (!HOST.test(host)) return { error: t('sites_pattern_bad_host', host) };
  if (port !== '' && port !== '*' && Number(port) > 65535) return { error: t('sites_pattern_bad_port', port) };
  return { scheme, host, port: port === '*' ? '' : port, path };
}

export function isMatchPattern(text: string): boolean {
  return !('error' in parseMatchPattern(text));
}

/** The pattern as stored: trimmed and lower-case, so duplicates are found. */
export function normaliseMatchPattern(text: string): string {
  return text.trim().toLowerCase();
}

/** Does the pattern cover this URL? Non-web URLs (about:, chrome:, file:) never match. */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if ('error' in parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (parsed.scheme !== '*' && parsed.scheme !== scheme) return false;
  if (!hostMatches(parsed.host, target.hostname)) return false;
  if (parsed.port !== '' && parsed.port !== (target.port || (scheme === 'https' ? '443' : '80'))) return false;
  return globMatches(parsed.path, target.pathname + target.search);
}

function hostMatches(patternHost: string, host: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === patternHost;
}

function globMatches(glob: string, text: string): boolean {
  const parts = glob.split('*');
  if (parts.length === 1) return glob === text;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found === -1 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

/** The pattern for "this site": the page's scheme and host, any port and path. Null for non-web URLs. */
export function sitePatternFor(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}
