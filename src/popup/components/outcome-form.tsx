// The outcome step after a call: the result, a note (≤ 500 characters) and, when the request's list
// has a classification schema, its tags. Saved through the background's outcome queue: when
// EnreachVoice cannot be reached the outcome is kept and retried, and the row says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import type { CallbackRequestView } from '../../shared/messages/contract';
import { MAX_NOTE_LENGTH, OUTCOME_RESULTS, type ClassificationView, type OutcomeResult } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { useAnnounce } from '../announce';
import { RESULT_HINTS, RESULT_LABELS, keepsOpen } from '../outcome-labels';
import { TagChoices } from './tag-choices';

interface Props {
  request: CallbackRequestView;
  classification: ClassificationView | undefined;
  /** Move focus into the form when it opens (the agent's own call, not a popup reopening). */
  autoFocus: boolean;
  onClose: () => void;
}

export function OutcomeForm({ request, classification, autoFocus, onClose }: Props) {
  const [result, setResult] = useState<OutcomeResult | undefined>(undefined);
  const [note, setNote] = useState('');
  const [tagIds, setTagIds] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const base = `outcome-${request.id.replace(/[^\w-]/g, '_')}`;
  const who = request.contactName ?? request.displayNumber ?? request.number;

  useEffect(() => {
    // Opened after a call from this row: focus is still in the row, or was lost when the Call button
    // was disabled while calling. Never steal it from elsewhere (the search box, another row).
    const focused = document.activeElement;
    const idle = !focused || focused === document.body || Boolean(form.current?.closest('li')?.contains(focused));
    if (autoFocus || idle) form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, [autoFocus]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!result) return setError('Choose a result first.');
    setSaving(true);
    setError(undefined);
    try {
      const answer = await sendToBackground('callbacks.outcome', { requestId: request.id, result, note, tagIds });
      if (answer.status === 'saved') announce(`Outcome saved for ${who}: ${RESULT_LABELS[result]}${keepsOpen(result) ? ', the request stays open' : ', the request is closed'}.`);
      else if (answer.status === 'pending') announce(`Outcome for ${who} not saved yet: it is kept and will be retried. ${answer.message ?? ''}`.trim());
      else announce(`EnreachVoice did not accept the outcome for ${who}. Your note is kept. ${answer.message ?? ''}`.trim());
      onClose();
    } catch (caught) {
      setError(toAppError(caught).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={form} class="outcome-form" aria-label={`Outcome of the call to ${who}`} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <fieldset class="results">
        <legend>Result</legend>
        {OUTCOME_RESULTS.map((value) => (
          <label key={value} class="result-choice" title={RESULT_HINTS[value]}>
            <input type="radio" name={`${base}-result`} value={value} checked={result === value} onChange={() => setResult(value)} />
            {RESULT_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {classification ? <TagChoices idBase={base} classification={classification} selected={tagIds} onChange={setTagIds} /> : null}
      <label htmlFor={`${base}-note`} class="note-label">
        Note
      </label>
      <textarea id={`${base}-note`} rows={3} maxLength={MAX_NOTE_LENGTH} value={note} aria-describedby={`${base}-count`} onInput={(event) => setNote(event.currentTarget.value)} />
      <p id={`${base}-count`} class="note-count">
        {note.length} / {MAX_NOTE_LENGTH}
      </p>
      {error ? (
        <p role="alert" class="call-error">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save outcome'}
        </button>
        <button type="button" class="link-button" onClick={onClose}>
          Later
        </button>
      </div>
    </form>
  );
}
