// Outcomes still waiting for EnreachVoice when the session ended (e.g. a revoked key): they are
// kept and saved after the next sign-in; the agent sees them, notes included.
import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../shared/i18n';
import type { PendingOutcomeView } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { useBroadcasts } from '../../shared/ui/use-broadcasts';
import { PendingOutcome } from './pending-outcome';

export function PendingWhileSignedOut() {
  const [pending, setPending] = useState<PendingOutcomeView[]>([]);
  const load = () =>
    sendToBackground('callbacks.pending', {}).then(
      (answer) => setPending(Array.isArray(answer?.pending) ? answer.pending : []),
      () => setPending([]),
    );
  useEffect(() => void load(), []);
  useBroadcasts((broadcast) => {
    if (broadcast.event === 'state.changed' && broadcast.what === 'callbacks') void load();
  });
  if (pending.length === 0) return null;
  return (
    <section class="orphans" aria-label={t('popup_orphans_label')}>
      <p>{tn('pending_signed_out', pending.length)}</p>
      {pending.map((item) => (
        <PendingOutcome key={item.id} pending={item} now={Date.now()} showWho />
      ))}
    </section>
  );
}
