// Enabled CRM sites (issue 4.6): off, or on for listed URL patterns. Adding a site asks the browser
// for access to it right then (optional host permissions); removing one gives the access back.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { SUGGESTED_SITE_PATTERNS } from '../../shared/sites/site-settings';
import { useSites, type SitesState, type UseSites } from '../use-sites';
import { SaveStatus } from './save-status';

type Status = { ok: boolean; text: string };

/** An example pattern, not a text to translate. */
const EXAMPLE_PATTERN = 'https://*.example.com/*';

export function SitesSection() {
  const sites = useSites();
  const [status, setStatus] = useState<Status>({ ok: true, text: '' });
  const run = (action: Promise<string>) =>
    void action.then(
      (text) => setStatus({ ok: true, text }),
      (error: unknown) => setStatus({ ok: false, text: toAppError(error).message }),
    );
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sites_heading')}</h2>
      {sites.state ? <SitesForm state={sites.state} sites={sites} run={run} /> : <p class="muted">{t('sites_loading')}</p>}
      <SaveStatus status={status} />
    </section>
  );
}

interface FormProps {
  state: SitesState;
  sites: UseSites;
  run: (action: Promise<string>) => void;
}

function SitesForm({ state, sites, run }: FormProps) {
  const [draft, setDraft] = useState('');
  const listed = new Set(state.patterns.map((entry) => entry.pattern));
  const suggestions = SUGGESTED_SITE_PATTERNS.filter((suggestion) => !listed.has(suggestion.pattern));
  return (
    <>
      <div class="field check">
        <input
          id="sites-on"
          type="checkbox"
          checked={state.siteAccess === 'listed'}
          aria-describedby="sites-on-hint"
          onChange={(event) => run(sites.setAccess(event.currentTarget.checked ? 'listed' : 'off'))}
        />
        <label htmlFor="sites-on">{t('sites_on')}</label>
        <p id="sites-on-hint" class="hint">
          {t('sites_on_hint')}
        </p>
      </div>
      <ul class="site-list" aria-label={t('sites_enabled_label')}>
        {state.patterns.map(({ pattern, granted }) => (
          <li key={pattern}>
            <code>{pattern}</code>
            {granted ? null : (
              <button type="button" onClick={() => run(sites.grant(pattern))} aria-label={t('sites_grant_for', pattern)}>
                {t('sites_grant')}
              </button>
            )}
            <button type="button" onClick={() => run(sites.remove(pattern))} aria-label={t('sites_remove_for', pattern)}>
              {t('sites_remove')}
            </button>
          </li>
        ))}
        {state.patterns.length === 0 ? <li class="muted">{t('sites_none')}</li> : null}
      </ul>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          run(sites.add(draft).then((text) => (setDraft(''), text)));
        }}
      >
        <label htmlFor="site-pattern">{t('sites_pattern')}</label>
        <input id="site-pattern" type="text" value={draft} placeholder={EXAMPLE_PATTERN} aria-describedby="site-pattern-hint" onInput={(event) => setDraft(event.currentTarget.value)} />
        <p id="site-pattern-hint" class="hint">
          {t('sites_pattern_hint')}
        </p>
        <button type="submit">{t('sites_add')}</button>
      </form>
      {suggestions.length > 0 ? (
        <div class="field">
          <p class="hint">{t('sites_common')}</p>
          {suggestions.map(({ name, pattern }) => (
            <button key={pattern} type="button" onClick={() => run(sites.add(pattern))} aria-label={t('sites_add_named', name, pattern)}>
              {name}
            </button>
          ))}
        </div>
      ) : null}
      {state.ignored.length > 0 ? (
        <ul class="site-list" aria-label={t('sites_ignored_label')}>
          {state.ignored.map((pattern) => (
            <li key={pattern}>
              <code>{pattern}</code> <span class="muted">{t('sites_ignored')}</span>
              <button type="button" onClick={() => run(sites.stopIgnoring(pattern))} aria-label={t('sites_stop_ignoring_for', pattern)}>
                {t('sites_stop_ignoring')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
