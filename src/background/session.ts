// The EnreachVoice session: sign-in (discovery → authuser → users/me), restore on wake, sign-out,
// and the signed-out state a 401 leads to. The only holder of the secret key.
import { fetchMe, fetchSecretKey } from '../shared/api/auth';
import type { Credentials } from '../shared/api/client';
import { discoverApiEndpoint, normaliseEndpoint } from '../shared/api/discovery';
import type { ApiUser } from '../shared/api/schemas';
import { AppError } from '../shared/errors';
import type { SessionInfo } from '../shared/messages/contract';
import { STORAGE_KEYS } from '../shared/storage/keys';
import type { PersistentStore } from './remembered-credentials';
import { credentialsOf, publicInfo, storedSessionSchema, type StoredSession } from './stored-session';
import { t } from '../shared/i18n';

/** The part of storage.session the manager uses; injectable for tests. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SignInInput {
  email: string;
  discoveryUrl?: string | undefined;
  apiEndpoint?: string | undefined;
  rememberMe: boolean;
}

function displayNameOf(user: ApiUser): string | undefined {
  const name = [user.FirstName, user.LastName].filter(Boolean).join(' ').trim();
  return name || undefined;
}

export class SessionManager {
  private current: StoredSession | null = null;
  private signedOutReason: string | undefined;

  constructor(
    private readonly area: SessionArea,
    private readonly persistent: PersistentStore,
    private readonly onChange: () => void = () => {},
  ) {}

  /** Rebuilds the session after the service worker wakes or the browser starts. */
  async restore(): Promise<void> {
    const stored = storedSessionSchema.safeParse((await this.area.get(STORAGE_KEYS.session))[STORAGE_KEYS.session]);
    if (stored.success) {
      this.current = stored.data;
      return;
    }
    this.current = await this.persistent.load().catch(() => null);
    if (this.current) await this.area.set({ [STORAGE_KEYS.session]: this.current });
  }

  info(): SessionInfo {
    return publicInfo(this.current, this.signedOutReason);
  }

  session(): StoredSession | null {
    return this.current;
  }

  requireCredentials(): Credentials {
    if (!this.current) throw new AppError('signed-out', t('err_not_signed_in'));
    return credentialsOf(this.current);
  }

  async signInWithPassword(input: SignInInput & { password: string }): Promise<SessionInfo> {
    const apiEndpoint = await this.resolveEndpoint(input);
    const secretKey = await fetchSecretKey(apiEndpoint, input.email, input.password);
    return this.complete(input, apiEndpoint, secretKey);
  }

  async signInWithKey(input: SignInInput & { secretKey: string }): Promise<SessionInfo> {
    const apiEndpoint = await this.resolveEndpoint(input);
    try {
      return await this.complete(input, apiEndpoint, input.secretKey);
    } catch (error) {
      if (error instanceof AppError && error.code === 'unauthorized') {
        throw new AppError('wrong-credentials', t('err_wrong_key'));
      }
      throw error;
    }
  }

  async signOut(reason?: string): Promise<SessionInfo> {
    this.current = null;
    this.signedOutReason = reason;
    await this.area.remove(STORAGE_KEYS.session);
    await this.persistent.clear().catch(() => undefined);
    this.onChange();
    return this.info();
  }

  /** A 401 means the key is no longer valid: forget it, say why, keep everything else. */
  async handleUnauthorized(): Promise<void> {
    if (!this.current) return;
    await this.signOut('EnreachVoice no longer accepts your sign-in (the secret key expired or was revoked). Sign in again.');
  }

  private async resolveEndpoint(input: SignInInput): Promise<string> {
    if (input.apiEndpoint?.trim()) return normaliseEndpoint(input.apiEndpoint);
    if (!input.discoveryUrl?.trim()) throw new AppError('invalid-input', t('err_no_discovery'));
    return discoverApiEndpoint(input.discoveryUrl, input.email);
  }

  private async complete(input: SignInInput, apiEndpoint: string, secretKey: string): Promise<SessionInfo> {
    const user = await fetchMe({ apiEndpoint, email: input.email, secretKey });
    const displayName = displayNameOf(user);
    const session: StoredSession = {
      email: input.email,
      userId: user.Id,
      apiEndpoint,
      secretKey,
      remember: input.rememberMe,
      ...(displayName ? { displayName } : {}),
    };
    this.current = session;
    this.signedOutReason = undefined;
    await this.area.set({ [STORAGE_KEYS.session]: session });
    if (input.rememberMe) await this.persistent.save(session);
    else await this.persistent.clear().catch(() => undefined);
    this.onChange();
    return this.info();
  }
}
