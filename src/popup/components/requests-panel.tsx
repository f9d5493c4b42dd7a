// The callback workspace: per-list counters, Get next, search, my requests (most urgent first) with
// Call / Outcome / Give back, and outcomes EnreachVoice does not have yet.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ClassificationView, SyncStatus } from '../../shared/messages/workspace-contract';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { AnnounceContext } from '../announce';
import { useLists } from '../use-lists';
import { useMyRequests } from '../use-my-requests';
import { useNow } from '../use-now';
import { ListCounters } from './list-counters';
import { NextRequest } from './next-request';
import { PendingOutcome } from './pending-outcome';
import { RequestList } from './request-list';
import { SearchBox } from './search-box';

interface Props {
  /** Called when the background says the session is gone. */
  onSignedOut: () => void;
}

function syncText(sync: SyncStatus | undefined): string {
  if (!sync) return '';
  if (sync.mode === 'live') return t('sync_live');
  if (sync.mode === 'connecting') return t('sync_connecting');
  return sync.pollSeconds < 60 ? t('sync_every_seconds', sync.pollSeconds) : t('sync_every_minutes', Math.round(sync.pollSeconds / 60));
}

export function RequestsPanel({ onSignedOut }: Props) {
  const { requests, total, pending, sync, loading, error, reload } = useMyRequests();
  const { lists, error: listsError } = useLists();
  const now = useNow();
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (error?.code === 'signed-out') onSignedOut();
  }, [error, onSignedOut]);
  const classifications = useMemo(() => {
    const map = new Map<string, ClassificationView>();
    for (const list of lists ?? []) if (list.classification) map.set(list.id.toLowerCase(), list.classification);
    return map;
  }, [lists]);
  const onReceived = useCallback((requestId: string) => {
    setQuery('');
    setFocusRequest(requestId);
  }, []);
  useEffect(() => {
    if (!focusRequest) return;
    const row = [...document.querySelectorAll<HTMLElement>('li[data-request-id]')].find((li) => li.dataset.requestId === focusRequest);
    const button = row?.querySelector<HTMLButtonElement>('.call-button');
    if (!button) return;
    button.focus();
    setFocusRequest(undefined);
  }, [focusRequest, requests]);
  const ids = new Set((requests ?? []).map((request) => request.id.toLowerCase()));
  const orphans = pending.filter((item) => !ids.has(item.requestId.toLowerCase()));
  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <section class="requests-panel" aria-labelledby="requests-heading" aria-busy={loading ? 'true' : 'false'}>
        <ListCounters lists={lists} error={listsError} />
        <div class="toolbar">
          <NextRequest lists={lists} onReceived={onReceived} />
          <SearchBox value={query} onChange={setQuery} />
        </div>
        <p role="status" class="announcement">
          {announcement}
        </p>
        <div class="panel-head">
          <h2 id="requests-heading">{requests ? t('popup_requests_heading_count', total) : t('popup_requests_heading')}</h2>
          <span class="sync-status muted">{syncText(sync)}</span>
          <button type="button" class="link-button" onClick={() => void reload(true)} disabled={loading}>
            {t('popup_refresh')}
          </button>
        </div>
        {loading && !requests ? (
          <p role="status" class="muted">
            {t('popup_loading_requests')}
          </p>
        ) : null}
        {error ? <ErrorPanel message={error.message} onRetry={() => reload(true)} /> : null}
        {orphans.length ? (
          <section class="orphans" aria-label={t('popup_orphans_label')}>
            {orphans.map((item) => (
              <PendingOutcome key={item.id} pending={item} now={now} showWho />
            ))}
          </section>
        ) : null}
        {requests ? <RequestList requests={requests} now={now} query={query} classifications={classifications} /> : null}
      </section>
    </AnnounceContext.Provider>
  );
}
