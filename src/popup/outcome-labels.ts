// Words for call results, as the agent reads them. Pure.
import { OUTCOME_RESULTS, type OutcomeResult } from '../shared/messages/workspace-contract';

export const RESULT_LABELS: Record<OutcomeResult, string> = {
  ClosedSuccessfully: 'Closed successfully',
  Busy: 'Busy',
  NoAnswer: 'No answer',
  WrongNumber: 'Wrong number',
  CustomerCancelled: 'Customer cancelled',
  Other: 'Other',
};

/** What choosing the result does to the request. */
export const RESULT_HINTS: Record<OutcomeResult, string> = {
  ClosedSuccessfully: 'closes the request',
  Busy: 'keeps it open for another try',
  NoAnswer: 'keeps it open for another try',
  WrongNumber: 'closes the request',
  CustomerCancelled: 'closes the request',
  Other: 'closes the request',
};

export function resultLabel(result: string): string {
  return (OUTCOME_RESULTS as readonly string[]).includes(result) ? RESULT_LABELS[result as OutcomeResult] : result;
}

export function keepsOpen(result: OutcomeResult): boolean {
  return result === 'Busy' || result === 'NoAnswer';
}
