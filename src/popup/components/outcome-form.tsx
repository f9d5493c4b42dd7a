// The outcome step after a call: the result, a note (≤ 500 characters) and, when the request's list
// has a classification schema, its tags. Saved through the background's outcome queue: when
// EnreachVoice cannot be reached the outcome is kept and retried, and the row says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import { MAX_NOTE_LENGTH, OUTCOME_RESULTS, type ClassificationView, type OutcomeResult } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { useAnnounce } from '../announce';
import { keepsOpen, resultHint, resultLabel } from '../outcome-labels';
import { TagChoices } from './tag-choices';
import { ErrorAlert } from './error-alert';

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
    if (!result) return setError(t('outcome_choose_result'));
    setSaving(true);
    setError(undefined);
    try {
      const answer = await sendToBackground('callbacks.outcome', { requestId: request.id, result, note, tagIds });
      if (answer.status === 'saved') announce(t(keepsOpen(result) ? 'outcome_saved_open' : 'outcome_saved_closed', who, resultLabel(result)));
      else if (answer.status === 'pending') announce(t('outcome_pending', who, answer.message ?? '').trim());
      else announce(t('outcome_rejected', who, answer.message ?? '').trim());
      onClose();
    } catch (caught) {
      setError(toAppError(caught).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={form} class="outcome-form" aria-label={t('outcome_form_label', who)} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <fieldset class="results">
        <legend>{t('outcome_result')}</legend>
        {OUTCOME_RESULTS.map((value) => (
          <label key={value} class="result-choice" title={resultHint(value)}>
            <input type="radio" name={`${base}-result`} value={value} checked={result === value} onChange={() => setResult(value)} />
            {resultLabel(value)}
          </label>
        ))}
      </fieldset>
      {classification ? <TagChoices idBase={base} classification={classification} selected={tagIds} onChange={setTagIds} /> : null}
      <label htmlFor={`${base}-note`} class="note-label">
        {t('outcome_note')}
      </label>
      <textarea id={`${base}-note`} rows={3} maxLength={MAX_NOTE_LENGTH} value={note} aria-describedby={`${base}-count`} onInput={(event) => setNote(event.currentTarget.value)} />
      <p id={`${base}-count`} class="note-count">
        {note.length} / {MAX_NOTE_LENGTH}
      </p>
      <ErrorAlert error={error} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('common_saving') : t('outcome_save')}
        </button>
        <button type="button" class="link-button" onClick={onClose}>
          {t('outcome_later')}
        </button>
      </div>
    </form>
  );
}
