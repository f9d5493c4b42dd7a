// The shapes of the pending-outcome queue (outcome-queue.ts): an outcome waiting for EnreachVoice,
// where the queue keeps them, and what it needs from the rest of the background.
import type { OutcomeResult } from '../shared/messages/workspace-contract';
import type { Random } from './backoff';

export interface PendingOutcome {
  id: string;
  userId: string;
  requestId: string;
  listId: string;
  result: OutcomeResult;
  note: string;
  tagIds: number[];
  createdAt: number;
  /** The attempt is saved; only the classification is left (never post the attempt twice). */
  attemptSaved: boolean;
  tries: number;
  nextTryAt: number;
  state: 'pending' | 'failed';
  lastError?: string;
  contactName?: string;
  number?: string;
}

export interface PendingStore {
  load(): Promise<PendingOutcome[]>;
  save(items: PendingOutcome[]): Promise<void>;
}

export interface QueueDeps {
  /** POST the attempt; EnreachVoice's updated request (or null if it answered nothing readable). */
  saveAttempt(item: PendingOutcome): Promise<unknown>;
  classify(item: PendingOutcome): Promise<void>;
  onAttemptSaved(item: PendingOutcome, answer: unknown): Promise<void>;
  onUnauthorized(): Promise<void>;
  /** The queue's content changed (for the popup). */
  onChange(): void;
  /** Wake the queue again after `delayMs` (a timer while alive, an alarm in case it is not). */
  schedule(delayMs: number): void;
  currentUserId(): string | undefined;
  now?: () => number;
  random?: Random;
}
