// "Get next request": auto-allocation from the lists I serve (all of them, or the one chosen).
// EnreachVoice hands out one request at a time, the most urgent first.
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { CallbackListView } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { useAnnounce } from '../announce';
import { ErrorAlert } from './error-alert';

interface Props {
  lists: readonly CallbackListView[] | undefined;
  /** Called with the id of the request received, so its row can take focus. */
  onReceived: (requestId: string) => void;
}

// Memoised: the panel re-renders on every keystroke in the search box; this need not.
export const NextRequest = memo(function NextRequest({ lists, onReceived }: Props) {
  const [from, setFrom] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const announce = useAnnounce();
  const serving = (lists ?? []).filter((list) => list.isServing);
  const servesNone = lists !== undefined && serving.length === 0;
  const getNext = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { request } = await sendToBackground('callbacks.next', from ? { listIds: [from] } : {});
      if (!request) return announce(t('next_nothing'));
      announce(t('next_allocated', request.contactName ?? request.displayNumber ?? request.number, request.listName));
      onReceived(request.id);
    } catch (caught) {
      setError(toAppError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="next-request">
      <button type="button" class="primary" onClick={() => void getNext()} disabled={busy || servesNone} aria-describedby={servesNone ? 'next-none' : undefined}>
        {busy ? t('next_getting') : t('next_button')}
      </button>
      {serving.length > 1 ? (
        <>
          <label htmlFor="next-from" class="visually-hidden">
            {t('next_from')}
          </label>
          <select id="next-from" value={from} onChange={(event) => setFrom(event.currentTarget.value)}>
            <option value="">{t('next_all_lists')}</option>
            {serving.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {servesNone ? (
        <p id="next-none" class="muted">
          {t('next_serves_none')}
        </p>
      ) : null}
      <ErrorAlert error={error} />
    </div>
  );
});
