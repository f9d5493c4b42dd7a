// Exchanging a password for the long-lived secret key [code], and reading the signed-in user.
import { AppError } from '../errors';
import { apiRequest, joinUrl, requestJson, type Credentials } from './client';
import { authUserResponseSchema, userSchema, type ApiUser } from './schemas';
import { t } from '../i18n';

export async function fetchSecretKey(apiEndpoint: string, email: string, password: string): Promise<string> {
  const url = joinUrl(apiEndpoint, `authuser/${encodeURIComponent(email)}/`);
  try {
    const answer = await requestJson(url, null, {
      method: 'POST',
      body: { UserName: email, Password: password },
      schema: authUserResponseSchema,
      what: t('what_sign_in'),
    });
    return answer.SecretKey;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'unauthorized' || error.code === 'forbidden')) {
      throw new AppError('wrong-credentials', t('err_wrong_password'));
    }
    throw error;
  }
}

export function fetchMe(credentials: Credentials): Promise<ApiUser> {
  return apiRequest(credentials, 'users/me', { schema: userSchema, what: t('what_read_profile') });
}
