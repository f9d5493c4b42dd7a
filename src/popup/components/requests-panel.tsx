// "My callback requests": loading, error with Retry, or the list.
import { useEffect } from 'preact/hooks';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { useMyRequests } from '../use-my-requests';
import { useNow } from '../use-now';
import { RequestList } from './request-list';

interface Props {
  /** Called when the background says the session is gone. */
  onSignedOut: () => void;
}

export function RequestsPanel({ onSignedOut }: Props) {
  const { requests, loading, error, reload } = useMyRequests();
  const now = useNow();
  useEffect(() => {
    if (error?.code === 'signed-out') onSignedOut();
  }, [error, onSignedOut]);
  const count = requests ? ` (${requests.length})` : '';
  return (
    <section class="requests-panel" aria-labelledby="requests-heading" aria-busy={loading ? 'true' : 'false'}>
      <div class="panel-head">
        <h2 id="requests-heading">My callback requests{count}</h2>
        <button type="button" class="link-button" onClick={() => void reload()} disabled={loading}>
          Refresh
        </button>
      </div>
      {loading && !requests ? (
        <p role="status" class="muted">
          Loading your callback requests…
        </p>
      ) : null}
      {error ? <ErrorPanel message={error.message} onRetry={reload} /> : null}
      {requests ? <RequestList requests={requests} now={now} /> : null}
    </section>
  );
}
