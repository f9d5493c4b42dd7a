// The signed-in session as the background keeps it. Contains the secret key: it lives only in
// storage.session (trusted contexts) and, with "Remember me", the extension's IndexedDB.
import * as z from 'zod';
import type { Credentials } from '../shared/api/client';
import type { SessionInfo } from '../shared/messages/contract';

export const storedSessionSchema = z.object({
  email: z.string(),
  userId: z.string(),
  displayName: z.string().optional(),
  apiEndpoint: z.string(),
  secretKey: z.string(),
  remember: z.boolean(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export function credentialsOf(session: StoredSession): Credentials {
  return { apiEndpoint: session.apiEndpoint, email: session.email, secretKey: session.secretKey };
}

/** What other contexts may know of the session: everything but the key. */
export function publicInfo(session: StoredSession | null, reason?: string): SessionInfo {
  if (!session) return reason ? { signedIn: false, reason } : { signedIn: false };
  const { email, userId, displayName, apiEndpoint } = session;
  return { signedIn: true, email, userId, apiEndpoint, ...(displayName ? { displayName } : {}) };
}
