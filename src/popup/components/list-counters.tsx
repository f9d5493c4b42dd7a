// Per-list counters of the lists I may handle: open, due within the hour, expiring within 24 h.
import { memo } from 'preact/compat';
import { t } from '../../shared/i18n';
import type { CallbackListView } from '../../shared/messages/workspace-contract';

interface Props {
  lists: readonly CallbackListView[] | undefined;
  error: string | undefined;
}

// Memoised: the panel re-renders on every keystroke in the search box; the counters need not.
export const ListCounters = memo(function ListCounters({ lists, error }: Props) {
  if (error && !lists) return <p class="muted list-error">{t('lists_error', error)}</p>;
  if (!lists?.length) return null;
  return (
    <ul class="list-counters" aria-label={t('lists_label')}>
      {lists.map((list) => (
        <li key={list.id} class="list-counter" data-list-id={list.id}>
          <span class="list-title">
            {list.name}
            {list.isServing ? null : <span class="muted"> {t('list_not_serving')}</span>}
          </span>{' '}
          <span class="counts">
            <span class="count-open">{t('count_open', list.openCount)}</span>
            {' · '}
            <span class={`count-due${list.dueInHourCount > 0 ? ' urgent' : ''}`}>{t('count_due_hour', list.dueInHourCount)}</span>
            {' · '}
            <span class="count-expiring">{t('count_expiring_day', list.expiresIn24hCount)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
});
