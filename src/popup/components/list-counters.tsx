// Per-list counters of the lists I may handle: open, due within the hour, expiring within 24 h.
import { memo } from 'preact/compat';
import type { CallbackListView } from '../../shared/messages/workspace-contract';

interface Props {
  lists: readonly CallbackListView[] | undefined;
  error: string | undefined;
}

// Memoised: the panel re-renders on every keystroke in the search box; the counters need not.
export const ListCounters = memo(function ListCounters({ lists, error }: Props) {
  if (error && !lists) return <p class="muted list-error">Callback lists: {error}</p>;
  if (!lists?.length) return null;
  return (
    <ul class="list-counters" aria-label="My callback lists">
      {lists.map((list) => (
        <li key={list.id} class="list-counter" data-list-id={list.id}>
          <span class="list-title">
            {list.name}
            {list.isServing ? null : <span class="muted"> (not serving)</span>}
          </span>{' '}
          <span class="counts">
            <span class="count-open">{list.openCount} open</span>
            {' · '}
            <span class={`count-due${list.dueInHourCount > 0 ? ' urgent' : ''}`}>{list.dueInHourCount} due within 1 h</span>
            {' · '}
            <span class="count-expiring">{list.expiresIn24hCount} expire within 24 h</span>
          </span>
        </li>
      ))}
    </ul>
  );
});
