// An outcome EnreachVoice does not have yet: the result and note as typed, why it is waiting, and
// (when EnreachVoice refused it) Try again / Discard. The request is not shown as closed meanwhile.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { PendingOutcomeView } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { resultLabel } from '../outcome-labels';
import { formatDuration } from '../relative-time';
import { timeOf } from '../request-status';
import { ErrorAlert } from './error-alert';

interface Props {
  pending: PendingOutcomeView;
  now: number;
  /** Whose request, for the signed-out list where there is no row around it. */
  showWho?: boolean;
}

export function pendingText(pending: PendingOutcomeView, now: number): string {
  if (pending.state === 'failed') return t('pending_failed', resultLabel(pending.result));
  const next = timeOf(pending.nextTryAt);
  const when = next === undefined ? t('pending_saving') : next <= now ? t('pending_retrying_now') : t('pending_next_try', formatDuration(next - now));
  return t('pending_waiting', resultLabel(pending.result), when);
}

export function PendingOutcome({ pending, now, showWho = false }: Props) {
  const [error, setError] = useState<string | undefined>(undefined);
  const act = async (type: 'callbacks.retryPending' | 'callbacks.discardPending') => {
    setError(undefined);
    try {
      if (type === 'callbacks.retryPending') await sendToBackground(type, {});
      else await sendToBackground(type, { id: pending.id });
    } catch (caught) {
      setError(toAppError(caught).message);
    }
  };
  const who = showWho ? [pending.contactName, pending.number].filter(Boolean).join(' ') : '';
  return (
    <div class={`pending-outcome ${pending.state}`} data-pending-id={pending.id}>
      <p class="pending-state">
        {who ? `${who}: ` : ''}
        {pendingText(pending, now)}
      </p>
      {pending.note ? <p class="pending-note">“{pending.note}”</p> : null}
      {pending.lastError ? <p class="muted pending-error">{pending.lastError}</p> : null}
      <div class="form-actions">
        <button type="button" class="link-button" onClick={() => void act('callbacks.retryPending')}>
          {t('pending_try_again')}
        </button>
        {pending.state === 'failed' ? (
          <button type="button" class="link-button" onClick={() => void act('callbacks.discardPending')}>
            {t('pending_discard')}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
