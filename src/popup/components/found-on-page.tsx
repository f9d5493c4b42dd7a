// "Found on this page" (issue 4.7): each number the page shows with a call button, its E.164 form,
// the callback request it belongs to, and a one-click "Ignore this site".
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { requestFor, useFoundOnPage, type FoundState } from '../use-found-on-page';

export function FoundOnPage() {
  const { state, ignore } = useFoundOnPage();
  const [effect, setEffect] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const onIgnore = () =>
    void ignore().then(
      (text) => setEffect({ ok: true, text }),
      (error: unknown) => setEffect({ ok: false, text: toAppError(error).message }),
    );
  const canIgnore = state.status === 'ready' && state.page.access === 'granted' && state.page.enabled;
  return (
    <section class="found" aria-labelledby="found-heading">
      <h2 id="found-heading">{t('found_heading')}</h2>
      <FoundBody state={state} />
      {canIgnore ? (
        <button type="button" onClick={onIgnore}>
          {t('found_ignore_site')}
        </button>
      ) : null}
      {effect ? (
        <p role={effect.ok ? 'status' : 'alert'} class={effect.ok ? 'muted' : 'error'}>
          {effect.text}
        </p>
      ) : null}
    </section>
  );
}

function FoundBody({ state }: { state: FoundState }) {
  if (state.status === 'loading') return <p class="muted">{t('found_looking')}</p>;
  if (state.status === 'error') return <p class="error">{state.message}</p>;
  if (state.status === 'no-tab') return <p class="muted">{t('found_no_tab')}</p>;
  const { page, mine } = state;
  if (page.access === 'none')
    return <p class="muted">{t('found_no_access')}</p>;
  if (!page.enabled) return <p class="muted">{t('found_site_off', page.site)}</p>;
  if (page.numbers.length === 0) return <p class="muted">{t('found_none')}</p>;
  return (
    <>
      <ul class="found-list" aria-label={t('found_list_label')}>
        {page.numbers.map((number) => {
          const request = requestFor(number, mine);
          return (
            <li key={`${number.e164} ${number.callbackRequestId ?? ''}`}>
              <span class="found-number">{number.shown || number.e164}</span> <code>{number.e164}</code>
              {number.count > 1 ? <span class="muted"> ×{number.count}</span> : null}
              {number.callbackRequestId || request ? (
                <span class="found-request">
                  {t('found_request')} {request?.contactName ? `${request.contactName}, ` : ''}
                  {request ? request.listName : <code>{number.callbackRequestId}</code>}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {page.total > page.numbers.reduce((sum, number) => sum + number.count, 0) ? <p class="muted">{t('found_first_only')}</p> : null}
    </>
  );
}
