// A sign-in message cannot pick another server than the one the administrator locked (issue 6.5).
import { withPolicyEndpoints } from '../../../src/background/policy-sign-in';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/storage/settings';

const policy = (settings: Partial<Settings>, locked: (keyof Settings)[]) => async () => ({ settings: { ...DEFAULT_SETTINGS, ...settings }, locked, problems: [] });
const input = { email: 'agent@corp.example', password: 'pw', discoveryUrl: 'https://evil.example', apiEndpoint: 'https://evil-api.example' };

describe('withPolicyEndpoints', () => {
  it('replaces the discovery URL and API endpoint when the policy locks them', async () => {
    const load = policy({ discoveryUrl: 'https://discover.corp.example', apiEndpoint: '' }, ['discoveryUrl', 'apiEndpoint']);
    await expect(withPolicyEndpoints(input, load)).resolves.toEqual({ ...input, discoveryUrl: 'https://discover.corp.example', apiEndpoint: undefined });
  });

  it('leaves what the user chose when nothing is locked', async () => {
    const load = policy({ discoveryUrl: 'https://discover.corp.example' }, []);
    await expect(withPolicyEndpoints(input, load)).resolves.toEqual(input);
  });

  it('keeps a locked API endpoint set by the policy', async () => {
    const load = policy({ apiEndpoint: 'https://api.corp.example' }, ['apiEndpoint']);
    await expect(withPolicyEndpoints(input, load)).resolves.toMatchObject({ discoveryUrl: 'https://evil.example', apiEndpoint: 'https://api.corp.example' });
  });
});
