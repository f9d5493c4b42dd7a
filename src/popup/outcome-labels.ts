// Words for call results, as the agent reads them, in the active language. Pure.
import { t, type MessageKey } from '../shared/i18n';
import { OUTCOME_RESULTS, type OutcomeResult } from '../shared/messages/workspace-contract';

const RESULT_KEYS: Record<OutcomeResult, MessageKey> = {
  ClosedSuccessfully: 'result_closed_successfully',
  Busy: 'result_busy',
  NoAnswer: 'result_no_answer',
  WrongNumber: 'result_wrong_number',
  CustomerCancelled: 'result_customer_cancelled',
  Other: 'result_other',
};

/** What choosing the result does to the request. */
export function resultHint(result: OutcomeResult): string {
  return keepsOpen(result) ? t('result_hint_keeps_open') : t('result_hint_closes');
}

/** A result's words; a result EnreachVoice knows and we do not is shown as it came. */
export function resultLabel(result: string): string {
  return (OUTCOME_RESULTS as readonly string[]).includes(result) ? t(RESULT_KEYS[result as OutcomeResult]) : result;
}

export function keepsOpen(result: OutcomeResult): boolean {
  return result === 'Busy' || result === 'NoAnswer';
}
