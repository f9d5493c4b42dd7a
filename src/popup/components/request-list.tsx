// My requests, most urgent first, filtered by the search box. Only the first rows are rendered, more
// as the list scrolls (or "Show more" is pressed): a popup shows about six rows, and building 1,000
// rows costs a second on a slow machine. Keyboard: ↑/↓ (Home/End) move between rows, keeping the
// column (Call, Outcome, Give back); only the active row is in the Tab order.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import type { ClassificationView } from '../../shared/messages/workspace-contract';
import { matchesQuery, parseQuery, searchKeyOf } from '../search-requests';
import { sortByUrgency } from '../sort-by-urgency';
import { RequestRow } from './request-row';
import { moveFocus } from './row-focus';

interface Props {
  requests: readonly CallbackRequestView[];
  now: number;
  query?: string;
  /** Classification of each list that has one, by lower-case list id. */
  classifications?: ReadonlyMap<string, ClassificationView> | undefined;
}

export const PAGE_ROWS = 8;

const episode = (request: CallbackRequestView) => `${request.id}|${request.awaitingSince ?? ''}`;

export function RequestList({ requests, now, query = '', classifications }: Props) {
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const [focusOutcomeOf, setFocusOutcomeOf] = useState<string | undefined>(undefined);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState({ query, rows: PAGE_ROWS });
  const rows = limit.query === query ? limit.rows : PAGE_ROWS; // a new search starts at the top
  const sentinel = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => sortByUrgency(requests, now), [requests, now]);
  const keys = useMemo(() => new Map(requests.map((request) => [request.id, searchKeyOf(request)])), [requests]);
  const visible = useMemo(() => {
    const compiled = parseQuery(query);
    return sorted.filter((request) => matchesQuery(keys.get(request.id) ?? searchKeyOf(request), compiled));
  }, [sorted, keys, query]);
  // "Later" closes the outcome step of this call only: the next call opens it again.
  const episodes = useRef(new Map<string, string>());
  episodes.current = useMemo(() => new Map(requests.map((request) => [request.id, episode(request)])), [requests]);
  const onOutcome = useCallback((requestId: string, open: boolean) => {
    setOpened((previous) => ({ ...previous, [episodes.current.get(requestId) ?? requestId]: open }));
    setFocusOutcomeOf(open ? requestId : undefined);
  }, []);
  const onFocusIn = useCallback((event: FocusEvent) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('li.request')?.dataset.requestId;
    if (id) setActiveId(id);
  }, []);
  const more = useCallback(() => setLimit({ query, rows: rows + PAGE_ROWS * 2 }), [query, rows]);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && more());
    observer.observe(element);
    return () => observer.disconnect();
  }, [more, visible.length]);

  if (requests.length === 0) return <p class="empty">{t('requests_empty')}</p>;
  const shown = visible.slice(0, rows);
  const active = shown.some((request) => request.id === activeId) ? activeId : shown[0]?.id;
  const rest = visible.length - shown.length;
  return (
    <>
      <ul class="requests" aria-labelledby="requests-heading" onKeyDown={(event) => moveFocus(event, rest > 0 ? more : undefined)} onFocusIn={onFocusIn}>
        {shown.map((request, index) => (
          <RequestRow
            key={request.id}
            request={request}
            now={now}
            position={{ index: index + 1, of: visible.length }}
            active={request.id === active}
            outcomeOpen={opened[episode(request)] ?? Boolean(request.awaitingOutcome)}
            focusOutcome={focusOutcomeOf === request.id}
            classification={classifications?.get(request.listId.toLowerCase())}
            onOutcome={onOutcome}
          />
        ))}
      </ul>
      {rest > 0 ? (
        <div ref={sentinel} class="more-rows">
          <button type="button" class="link-button" onClick={more}>
            {t('requests_show_more', rest)}
          </button>
        </div>
      ) : null}
      {visible.length === 0 ? <p class="empty">{t('requests_no_match', query.trim())}</p> : null}
    </>
  );
}
