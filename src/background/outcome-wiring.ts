// The outcome queue wired to the workspace: the attempt and the classification go to EnreachVoice,
// EnreachVoice's answer updates my list, and retries wake by timer (while the worker lives) and by
// alarm (if it does not).
import { callbackRequestSchema } from '../shared/api/callbacks-schemas';
import { AppError, toAppError } from '../shared/errors';
import { ALARMS } from './alarm-names';
import { OutcomeQueue } from './outcome-queue';
import type { Workspace } from './workspace';
import { t } from '../shared/i18n';

export function createOutcomeQueue(workspace: Workspace): OutcomeQueue {
  const { session, api, platform } = workspace;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue: OutcomeQueue = new OutcomeQueue(platform.pendingStore, {
    saveAttempt: (item) => api.attempt(session.requireCredentials(), item.requestId, { result: item.result, note: item.note }),
    classify: async (item) => {
      const schemaId = item.listId ? await workspace.classifier.schemaIdFor(item.listId) : undefined;
      if (!schemaId) return;
      try {
        await api.classify(session.requireCredentials(), { schemaId, requestId: item.requestId, tagIds: item.tagIds, note: item.note });
      } catch (caught) {
        const error = toAppError(caught);
        // Say which half failed: the agent must not record the call a second time.
        throw new AppError(error.code, t('err_classification_not_saved', error.message), error.retryAfterMs);
      }
    },
    onAttemptSaved: async (item, answer) => {
      await workspace.requests.clearAwaiting(item.requestId);
      const request = callbackRequestSchema.safeParse(answer);
      const userId = workspace.userId();
      if (request.success && userId) await workspace.requests.put(request.data, userId);
      platform.broadcast('lists');
    },
    onUnauthorized: () => session.handleUnauthorized(),
    onChange: () => platform.broadcast('callbacks'),
    schedule: (delayMs) => {
      clearTimeout(timer);
      timer = setTimeout(() => void queue.flush(), delayMs);
      // The backstop if the worker is stopped meanwhile (packed installs round it up to 30 s).
      void platform.alarms.create(ALARMS.outcomes, { when: workspace.now() + Math.max(delayMs, 1_000) + 500 });
    },
    currentUserId: () => workspace.userId(),
    now: () => workspace.now(),
    ...(platform.random ? { random: platform.random } : {}),
  });
  return queue;
}
