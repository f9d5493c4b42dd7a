// The options page signed out, with settings loaded from defaults and each save echoed back:
// the setup every settings test starts from. Import after '../popup/helpers/mock-extension'.
import { sendToBackground } from '../../../../src/shared/messages/send';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../../src/shared/storage/settings';
import { unmountAll } from '../../popup/helpers/dom';

export const send = sendToBackground as jest.Mock;
export const load = loadSettings as jest.Mock;
export const save = saveSettings as jest.Mock;

export function useSignedOutSettingsPage(): void {
  beforeEach(() => {
    send.mockResolvedValue({ signedIn: false });
    load.mockResolvedValue(DEFAULT_SETTINGS);
    save.mockImplementation(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch }));
  });
  afterEach(async () => {
    await unmountAll();
    save.mockReset();
  });
}
