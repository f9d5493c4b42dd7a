// Placing calls [seed][code]: callout activation makes the next call a callback call of a list,
// if that call reaches EnreachVoice within 10 seconds.
import { apiRequest, type Credentials } from './client';
import { anyBodySchema } from './schemas';
import { t } from '../i18n';

export const CALLBACK_WINDOW_MS = 10_000;

export interface Activation {
  targetNumber: string;
  callbackRequestId: string;
  callbackListId: string;
}

export async function activateCallout(credentials: Credentials, activation: Activation, signal?: AbortSignal): Promise<void> {
  await apiRequest(credentials, 'users/me/features/callout/activate/', {
    method: 'POST',
    body: {
      TargetNumber: activation.targetNumber,
      CallbackRequestId: activation.callbackRequestId,
      CallbackListId: activation.callbackListId,
    },
    schema: anyBodySchema,
    allowEmpty: true,
    what: t('what_prepare_callback_call'),
    ...(signal ? { signal } : {}),
  });
}

export async function startMobileCall(credentials: Credentials, phoneNumber: string, signal?: AbortSignal): Promise<void> {
  await apiRequest(credentials, 'users/me/action/mobile/call/', {
    method: 'POST',
    body: { PhoneNumber: phoneNumber },
    schema: anyBodySchema,
    allowEmpty: true,
    what: t('what_start_mobile_call'),
    ...(signal ? { signal } : {}),
  });
}
