// The facts of one request: list, due and expiry, attempts, voicemail.
import type { JSX } from 'preact';
import { formatDateTime, t, tn } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import { resultLabel } from '../outcome-labels';
import { describeDue, describeExpiry } from '../relative-time';
import { timeOf, unavailableReason } from '../request-status';

interface Props {
  request: CallbackRequestView;
  now: number;
  listId: string;
}

export function attemptsText(count: number, lastResult?: string): string {
  if (count === 0) return t('attempts_none');
  const attempts = tn('attempts', count);
  return lastResult ? t('attempts_last', attempts, resultLabel(lastResult)) : attempts;
}

/** Linked (duplicate) requests: how many, and the lists of those that are mine too. */
export function linkedText(linked: CallbackRequestView['linked']): string | undefined {
  if (!linked?.length) return undefined;
  const mine = linked.filter((item) => item.mine && item.listName).map((item) => item.listName);
  const count = tn('linked', linked.length);
  return mine.length ? t('linked_also_yours', count, mine.join(', ')) : count;
}

/** The exact moment behind a relative phrase, as the agent's locale writes dates and times. */
function absolute(key: 'due_at' | 'expiry_at', iso: string | undefined): string | undefined {
  const ms = timeOf(iso);
  return ms === undefined ? undefined : t(key, formatDateTime(ms));
}

function facts({ request, now, listId }: Props): JSX.Element[] {
  // A closed or expired request shows its reason instead; "overdue" would only alarm.
  const callable = unavailableReason(request, now) === undefined;
  const due = callable ? describeDue(request.dueTime, now) : undefined;
  const expiry = callable ? describeExpiry(request.expiryTime, now) : undefined;
  const items = [
    <span id={listId} class="list-name">{request.listName}</span>,
    due ? (
      <span class={`due ${due.tone}`} title={absolute('due_at', request.dueTime)}>
        {due.text}
      </span>
    ) : null,
    expiry ? (
      <span class="expiry" title={absolute('expiry_at', request.expiryTime)}>
        {expiry}
      </span>
    ) : null,
    <span class="attempts">{attemptsText(request.attemptCount, request.lastResult)}</span>,
    request.hasVoicemail ? <span class="voicemail">{t('voicemail')}</span> : null,
    linkedText(request.linked) ? <span class="linked">{linkedText(request.linked)}</span> : null,
  ];
  return items.filter((item): item is JSX.Element => item !== null);
}

/** Facts separated by real spaces, so screen readers do not run the words together. */
export function RequestDetails(props: Props) {
  return (
    <p class="request-facts">
      {facts(props).flatMap((fact, index) => (index === 0 ? [fact] : [' ', fact]))}
    </p>
  );
}
