import { isMatchPattern, parseMatchPattern, patternMatchesUrl, sitePatternFor } from '../../../src/shared/sites/match-pattern';
import { activePatterns, isSiteEnabled, type SiteSettings } from '../../../src/shared/sites/site-settings';
import { parseSettings } from '../../../src/shared/storage/settings';

describe('match patterns', () => {
  it.each([
    'https://*.lightning.force.com/*',
    'http://127.0.0.1/*',
    '*://crm.example.com/app/*',
    'https://crm.example.com:8443/*',
    'https://*/*',
    'HTTPS://CRM.Example.com/*',
  ])('accepts %s', (pattern) => expect(isMatchPattern(pattern)).toBe(true));

  it.each([
    ['crm.example.com', /not a site pattern/],
    ['ftp://crm.example.com/*', /not a site pattern/],
    ['https://crm.example.com', /not a site pattern/],
    ['https://crm.*.com/*', /not a site pattern/],
    ['https://cr m.example.com/*', /not a host name/],
    ['https://crm.example.com:70000/*', /not a port number/],
  ])('refuses %s with a message a person can act on', (pattern, message) => {
    const parsed = parseMatchPattern(pattern);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('matches hosts, subdomains, schemes, ports and paths as Chrome does', () => {
    const sf = 'https://*.lightning.force.com/*';
    expect(patternMatchesUrl(sf, 'https://acme.lightning.force.com/lightning/r/Contact/1/view')).toBe(true);
    expect(patternMatchesUrl(sf, 'https://lightning.force.com/')).toBe(true);
    expect(patternMatchesUrl(sf, 'https://evil-lightning.force.com/')).toBe(false);
    expect(patternMatchesUrl(sf, 'http://acme.lightning.force.com/')).toBe(false);
    expect(patternMatchesUrl(sf, 'https://acme.lightning.force.com.evil.example/')).toBe(false);
    // No port in the pattern: any port; a port in the pattern: that port only.
    expect(patternMatchesUrl('http://127.0.0.1/*', 'http://127.0.0.1:43121/demo/crm/')).toBe(true);
    expect(patternMatchesUrl('https://crm.example.com:8443/*', 'https://crm.example.com/')).toBe(false);
    expect(patternMatchesUrl('https://crm.example.com:443/*', 'https://crm.example.com/')).toBe(true);
    expect(patternMatchesUrl('*://crm.example.com/app/*', 'http://crm.example.com/app/x?id=1')).toBe(true);
    expect(patternMatchesUrl('*://crm.example.com/app/*', 'https://crm.example.com/other')).toBe(false);
    expect(patternMatchesUrl('https://crm.example.com/*/edit', 'https://crm.example.com/a/b/edit')).toBe(true);
    expect(patternMatchesUrl('https://crm.example.com/*/edit', 'https://crm.example.com/a/b/view')).toBe(false);
  });

  it('never matches browser pages, files or garbage', () => {
    expect(patternMatchesUrl('https://*/*', 'chrome://extensions/')).toBe(false);
    expect(patternMatchesUrl('*://*/*', 'file:///home/agent/crm.html')).toBe(false);
    expect(patternMatchesUrl('https://*/*', 'not a url')).toBe(false);
    expect(patternMatchesUrl('not a pattern', 'https://crm.example.com/')).toBe(false);
  });

  it('turns a page into its site pattern: scheme and host, any port and path', () => {
    expect(sitePatternFor('https://acme.lightning.force.com/lightning/page/home')).toBe('https://acme.lightning.force.com/*');
    expect(sitePatternFor('http://127.0.0.1:5173/demo/crm/?x=1')).toBe('http://127.0.0.1/*');
    expect(sitePatternFor('chrome://newtab/')).toBeNull();
    expect(sitePatternFor('garbage')).toBeNull();
  });
});

describe('site settings', () => {
  const settings = (patch: Partial<SiteSettings> = {}): SiteSettings => ({ siteAccess: 'listed', sitePatterns: ['https://*.example.com/*'], ignoredSites: [], ...patch });

  it('enables listed sites only, and none when off', () => {
    expect(isSiteEnabled(settings(), 'https://crm.example.com/a')).toBe(true);
    expect(isSiteEnabled(settings(), 'https://other.test/')).toBe(false);
    expect(isSiteEnabled(settings({ siteAccess: 'off' }), 'https://crm.example.com/a')).toBe(false);
    expect(activePatterns(settings({ siteAccess: 'off' }))).toEqual([]);
  });

  it('leaves an ignored site alone though a broader pattern covers it', () => {
    const ignoring = settings({ ignoredSites: ['https://test.example.com/*'] });
    expect(isSiteEnabled(ignoring, 'https://test.example.com/record/1')).toBe(false);
    expect(isSiteEnabled(ignoring, 'https://crm.example.com/record/1')).toBe(true);
  });

  it('defaults to listed sites with none listed; a bad stored pattern is dropped alone, the rest kept', () => {
    const fresh = parseSettings(undefined);
    expect(fresh).toMatchObject({ siteAccess: 'listed', sitePatterns: [], ignoredSites: [] });
    const stored = parseSettings({ defaultCountry: 'SE', sitePatterns: ['https://ok.example.com/*', 'not a pattern', 'https://ok.example.com/*'] });
    expect(stored.defaultCountry).toBe('SE');
    expect(stored.sitePatterns).toEqual(['https://ok.example.com/*']);
    expect(parseSettings({ siteAccess: 'sometimes', sitePatterns: 'https://x.example/*' })).toMatchObject({ siteAccess: 'listed', sitePatterns: [] });
    expect(parseSettings({ sitePatterns: [' HTTPS://CRM.Example.com/* '] }).sitePatterns).toEqual(['https://crm.example.com/*']);
  });
});
